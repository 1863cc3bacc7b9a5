package org.w3id.scokg.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;
import org.apache.jena.fuseki.Fuseki;
import org.eclipse.jetty.http.MimeTypes;
import org.w3id.scokg.server.web.Sentence;

/**
 * The size limits every request meets before anything reads it: the request URI with its query
 * string ({@value #MAX_URI} bytes, else 414) and the body ({@value #MAX_BODY} bytes, else 413).
 * A body of unknown length (chunked, or inflated from {@code Content-Encoding: gzip}) is read up to
 * the limit and replayed: Jetty has read it before, without holding a worker ({@link HttpFront}).
 * Each refusal is one sentence, on the site's error page to a browser ({@link Refusals#clientError}).
 */
public final class RequestLimitsFilter implements Filter {
    public static final int MAX_URI = 8 * 1024;
    public static final int MAX_BODY = 1024 * 1024;

    /** The start of the sentence of a 414. */
    static final String URI_TOO_LONG = "The request URI is longer than " + MAX_URI + " bytes; ";

    /**
     * The sentence of a 414 at {@code route}: a long query goes in a POST body only where the route
     * reads one (the endpoint, the reconciliation service); elsewhere a POST is a 405 ({@link Doors}),
     * so the address must be shorter, and the sentence does not say POST there.
     * A route not known ({@code null}) gets the second sentence, which is true of every route.
     */
    static Sentence uriTooLong(String route) {
        return Sentence.of(route != null && RouteMethods.takesPost(route) ? "said.uriTooLong.post" : "said.uriTooLong.get", (long) MAX_URI);
    }

    /** The two sentences of a 414 ({@link #uriTooLong}). */
    static List<Sentence> uriTooLongs() {
        return List.of(uriTooLong("/sparql"), uriTooLong(null));
    }

    /** The sentence of a 413. */
    static Sentence bodyTooLarge() {
        return Sentence.of("said.bodyTooLarge", (long) MAX_BODY);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (refusedForSize(request, response)) return;
        // A body of unknown length: sent in chunks, or inflated from gzip (Jetty drops the length then).
        if (request.getContentLengthLong() < 0 && !request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            ReplayedRequest replayed = readWhole(request, response);
            if (replayed != null) chain.doFilter(replayed, res);
            return;
        }
        chain.doFilter(req, res);
    }

    /** Whether the address or the body's stated length is past its limit, and the refusal is answered. */
    private static boolean refusedForSize(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        long uriLength = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
        if (uriLength > MAX_URI) {
            Refusals.clientError(request, response, 414, uriTooLong(request.getRequestURI().substring(request.getContextPath().length())));
            return true;
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            Refusals.clientError(request, response, 413, bodyTooLarge());
            return true;
        }
        return false;
    }

    /**
     * The request with its body, of unknown length, read whole and checked, to be read again by the
     * routes; null, with the refusal answered, for a body past its limit or a form that cannot be read.
     */
    private static ReplayedRequest readWhole(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            Refusals.clientError(request, response, 413, bodyTooLarge());
            return null;
        }
        // An inflated form is read by nothing before: its bytes are checked here, as FormCharset checks
        // another's, or a byte that is not UTF-8 is read as U+FFFD and the query runs.
        if (form(request) && FormCharset.fields(body) > FormCharset.MAX_FIELDS) {
            Fuseki.actionLog.warn("POST {}: 400, the form holds more than {} fields", request.getRequestURI(), FormCharset.MAX_FIELDS);
            Refusals.clientError(request, response, 400, FormCharset.TOO_MANY_FIELDS);
            return null;
        }
        OptionalInt bad = form(request) ? QueryCharset.firstBadFormByte(body) : OptionalInt.empty();
        if (bad.isPresent()) {
            Fuseki.actionLog.warn("POST {}: 400, the form is not UTF-8 at byte {}", request.getRequestURI(), bad.getAsInt());
            Refusals.clientError(request, response, 400, QueryCharset.formNotUtf8(bad.getAsInt()));
            return null;
        }
        ReplayedRequest replayed = new ReplayedRequest(request, body);
        try {
            // A form is read now, where a bad one can be answered.
            replayed.getParameterMap();
        } catch (IllegalArgumentException notAForm) {
            Refusals.clientError(request, response, 400, Sentence.of("said.formUnreadable"));
            return null;
        }
        return replayed;
    }

    private static boolean form(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && MimeTypes.getContentTypeWithoutCharset(type).strip().equalsIgnoreCase("application/x-www-form-urlencoded");
    }
}
