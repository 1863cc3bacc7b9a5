package org.w3id.scokg.server.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.http.MediaTypes.Answer;

/**
 * A Graph Store read's format named by a parameter ({@code format=}, {@code output=}, {@code
 * results=}), in the words a CONSTRUCT's answer takes ({@link AnswerFormats}): a description's
 * extensions ({@code ttl}, {@code nt}, {@code jsonld}, ...), Fuseki's names, or a media type. Fuseki's
 * Graph Store read takes no such parameter and answers every one 400 "Unknown parameter 'format'",
 * though the endpoint's 406 says a named format overrides {@code Accept}: the read is handed to
 * Fuseki as asked in that format's media type, the parameter gone.
 */
final class GraphStoreFormat {
    private GraphStoreFormat() {}

    /** The first format parameter of {@code request} that is not blank, as name=value; empty when none. */
    static Optional<Map.Entry<String, String>> named(HttpServletRequest request) {
        for (String parameter : AnswerFormats.PARAMETERS) {
            String value = request.getParameter(parameter);
            if (value != null && !value.isBlank()) return Optional.of(Map.entry(parameter, value.strip()));
        }
        return Optional.empty();
    }

    /** The media type {@code name} names among {@code offered}; empty when it names none of them. */
    static Optional<String> type(String name, List<String> offered) {
        return MediaTypes.answerType(name, Answer.GRAPH).filter(offered::contains);
    }

    /** The sentence of the 400 for a format parameter that names none of {@code offered}. */
    static String refusal(Map.Entry<String, String> parameter, List<String> offered) {
        List<String> names = MediaTypes.answerFormatNames(Answer.GRAPH).stream().filter(name -> type(name, offered).isPresent()).toList();
        return "This Graph Store read has no format '" + parameter.getValue() + "' (" + parameter.getKey() + "=): it takes " + String.join(", ", names)
                + ", or a media type of one of them.";
    }

    /** {@code request} asking for {@code type} by {@code Accept}, without its format parameters, as Fuseki's read takes it. */
    static HttpServletRequest asking(HttpServletRequest request, String type) {
        return new Asked(request, type);
    }

    /** The request with {@code Accept} the named type and no format parameter, in its parameters or its query string. */
    private static final class Asked extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;
        private final String queryString;

        Asked(HttpServletRequest request, String type) {
            super(new SparqlEndpointFilter.AcceptWrapper(request, type));
            Map<String, String[]> kept = new LinkedHashMap<>(request.getParameterMap());
            AnswerFormats.PARAMETERS.forEach(kept::remove);
            this.parameters = Collections.unmodifiableMap(kept);
            String query = request.getQueryString();
            // Fuseki reads a read with no query string as the whole dataset's (/sparql/get), so one
            // left empty is none.
            String rest = query == null ? "" : Arrays.stream(query.split("&")).filter(pair -> !AnswerFormats.PARAMETERS.contains(pair.split("=", 2)[0]))
                    .collect(Collectors.joining("&"));
            this.queryString = rest.isEmpty() ? null : rest;
        }

        @Override
        public String getQueryString() {
            return queryString;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }
}
