package org.w3id.scokg.server.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.http.MediaTypes.Answer;

/**
 * The endpoint's {@code format=} (and Fuseki's other names for it, {@code output=} and {@code
 * results=}) in one vocabulary with a thing's description: a CONSTRUCT or DESCRIBE takes {@code /doc}'s
 * names ({@code ttl}, {@code jsonld}, {@code rdf}, {@code nt}, {@code trig}) beside Fuseki's, and a
 * SELECT or ASK Fuseki's, every name read through {@link MediaTypes#answerType}. Fuseki knows only its
 * own, and answers {@code format=jsonld} on a CONSTRUCT 400 "Can't determine output content type".
 * The query's form is known only once it is parsed ({@link #check}, from {@link
 * PublicQueryService#validateQuery}); from then on Fuseki reads the parameter as the media type it
 * names. A name the answer has no format of is a 400 naming those it has.
 */
final class AnswerFormats implements Filter {
    /** The parameters by which Fuseki lets a client name the answer's format, in the order it reads them. */
    static final List<String> PARAMETERS = List.of("output", "format", "results");
    /** Request attribute: the {@link Answer} of the query asked, once known. */
    private static final String ANSWER = AnswerFormats.class.getName();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(new Named((HttpServletRequest) request), response);
    }

    /**
     * The sentence of a 400 when a format parameter of {@code request} names no format of {@code
     * answer}; else empty, and from now on the parameters read as the media types they name.
     */
    static Optional<String> check(HttpServletRequest request, Answer answer) {
        for (String parameter : PARAMETERS) {
            String value = request.getParameter(parameter);
            if (value == null || value.isBlank() || MediaTypes.answerType(value, answer).isPresent()) continue;
            return Optional.of("The answer of " + answer.queries + " query has no format '" + value.strip() + "' (" + parameter + "=): it takes "
                    + String.join(", ", MediaTypes.answerFormatNames(answer)) + ", or a media type of one of them.");
        }
        request.setAttribute(ANSWER, answer);
        return Optional.empty();
    }

    /** The request whose format parameters read as media types once the answer's kind is known. */
    private static final class Named extends HttpServletRequestWrapper {
        Named(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String value = super.getParameter(name);
            if (value == null || !PARAMETERS.contains(name) || !(getAttribute(ANSWER) instanceof Answer answer)) return value;
            return MediaTypes.answerType(value, answer).orElse(value);
        }
    }
}
