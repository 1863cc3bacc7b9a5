package org.w3id.scokg.server.sparql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.scokg.server.http.AsyncBody;
import org.w3id.scokg.server.http.CachePolicy;
import org.w3id.scokg.server.http.HeapShare;
import org.w3id.scokg.server.http.ReplayedRequest;
import org.w3id.scokg.server.http.RequestLimitsFilter;

/**
 * Successful answers of deterministic SPARQL queries, kept by {@link AnswerKey} and sent again
 * without running the query: the graph does not change while it is served. Only a query whose
 * answer is the same on every run is kept ({@link PublicQueryService#DETERMINISTIC}: no {@code
 * NOW}, {@code RAND}, {@code UUID}, {@code STRUUID}, {@code BNODE}, nor any function outside the
 * standard library). An answer is kept when its request comes a second time ({@link
 * SeenRequests}). Only 200 answers are kept, in a Caffeine cache of {@link #CACHE_BYTES} bytes of
 * answers and their keys; {@code X-Cache: hit} or {@code miss} says which.
 *
 * <p>Every answer up to a tenth of the cache is held whole before it is sent, kept or not: its
 * evaluation slot then goes to the next query, and it is sent without holding a thread ({@link
 * AsyncBody}), however slowly its client reads. A longer answer is sent as it is evaluated.
 */
final class SparqlAnswerCache implements Filter {
    /** Bytes of answers and their keys kept: 256 MiB, or a quarter of the heap if less; one answer may take a tenth of it. */
    static final long CACHE_BYTES = HeapShare.of(256L << 20, 4);
    /** The headers a kept answer is sent again with, every value of each (Vary comes twice). */
    private static final String[] KEPT_HEADERS = {"Content-Type", "Vary", "Cache-Control", "Pragma", AnswerCap.ROW_CAP_HEADER, AnswerCap.BYTE_CAP_HEADER};

    private record Answer(Map<String, List<String>> headers, byte[] body) {}

    private final Cache<String, Answer> answers = Caffeine.newBuilder()
            .maximumWeight(CACHE_BYTES)
            .<String, Answer>weigher((key, answer) -> (int) Math.min(Integer.MAX_VALUE, 2L * key.length() + answer.body().length))
            .build();
    /** The last 65 536 or so requests (256 KiB). */
    private final SeenRequests seen = new SeenRequests(16);

    /** Whether a GET (or HEAD) with these parameters and Accept would be answered from the cache now. */
    boolean holds(String method, String path, String urlQuery, Map<String, String[]> parameters, String accept) {
        if (!SparqlEndpointFilter.QUERY_PATHS.contains(path)) return false;
        // The header as the endpoint's filter hands it on, under which the answer was kept.
        String key = AnswerKey.of(method, null, urlQuery, parameters, new byte[0], EndpointAccept.forFuseki(accept).orElse(accept));
        // Asked through the map view, so asking counts as no use of the entry.
        return key != null && answers.asMap().containsKey(key);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        // Only the endpoint's own paths: the key names no path, so /sparql/foo?query=... (a 404) and
        // the Graph Store's paths would get a kept answer with a 200.
        if (!SparqlEndpointFilter.QUERY_PATHS.contains(request.getRequestURI().substring(request.getContextPath().length()))) {
            chain.doFilter(req, res);
            return;
        }
        boolean queryInBody = request.getMethod().equals("POST") && String.valueOf(request.getContentType()).startsWith("application/sparql-query");
        if (queryInBody && !(request instanceof ReplayedRequest)) {
            // Read the query here, within the body limit already checked, and hand it on.
            request = new ReplayedRequest(request, request.getInputStream().readNBytes(RequestLimitsFilter.MAX_BODY + 1));
        }
        String key = AnswerKey.of(request.getMethod(), request.getContentType(), request.getQueryString(),
                queryInBody ? Map.of() : request.getParameterMap(),
                queryInBody ? ((ReplayedRequest) request).body() : new byte[0], request.getHeader("Accept"));
        if (key == null) {
            chain.doFilter(request, res);
            return;
        }
        Answer cached = answers.getIfPresent(key);
        if (cached != null) {
            send(request, response, cached);
            return;
        }
        response.setHeader("X-Cache", "miss");
        boolean keep = seen.seenBefore(key);
        HeldResponse capture = HeldResponse.passingOn(response, CACHE_BYTES / 10);
        chain.doFilter(request, capture);
        byte[] body = capture.bytes();
        if (body == null) return;
        HeldResponse.evaluated(request);
        if (keep && capture.getStatus() == HttpServletResponse.SC_OK && !request.getMethod().equals("HEAD")
                && Boolean.TRUE.equals(request.getAttribute(PublicQueryService.DETERMINISTIC))
                && 2L * key.length() + body.length <= CACHE_BYTES / 10) {
            answers.put(key, new Answer(keptHeaders(response), body));
        }
        // Nothing written leaves the answer open: an error Fuseki sent without a body gets its
        // sentence from the filter outside (SparqlEndpointFilter); Jetty ends an empty one itself.
        if (body.length > 0) AsyncBody.send(request, response, body);
    }

    /**
     * A kept answer, each header as the answer left this filter the first time, in place of what
     * the handlers outside it set before (Fuseki replaces their Vary).
     */
    private static void send(HttpServletRequest request, HttpServletResponse response, Answer answer) throws IOException {
        answer.headers().forEach((name, values) -> {
            response.setHeader(name, values.get(0));
            for (String value : values.subList(1, values.size())) response.addHeader(name, value);
        });
        response.setHeader("X-Cache", "hit");
        HeldResponse.evaluated(request);
        if (!request.getMethod().equals("POST")) {
            // Only deterministic answers are kept: a GET's may be kept by any cache, as CachePolicy says.
            response.setHeader("Cache-Control", CachePolicy.SHARED);
            response.setHeader("Pragma", null);
        }
        AsyncBody.send(request, response, answer.body());
    }

    private static Map<String, List<String>> keptHeaders(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String contentType = response.getContentType();
        for (String name : KEPT_HEADERS) {
            List<String> values = !name.equals("Content-Type") ? List.copyOf(response.getHeaders(name)) : contentType == null ? List.of() : List.of(contentType);
            if (!values.isEmpty()) headers.put(name, values);
        }
        return headers;
    }
}
