package org.w3id.scokg.server.sparql;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SPARQL request as the answer cache's key: everything that can change its answer. That is the
 * method (HEAD as GET), the query and every protocol parameter ({@code default-graph-uri}, {@code
 * named-graph-uri}, {@code timeout}, {@code format}, any other, each with all its values in order,
 * the parameters in order of name, each name and value written after its length so that no value
 * can read as two), or for a POST of {@code application/sparql-query} the URL's query string and
 * the body; and the {@code Accept} header (last, after the last line break: it holds none).
 */
final class AnswerKey {
    private AnswerKey() {}

    /** The key, or null for a request that is not a SPARQL query (no {@code query} parameter, another method or body). */
    static String of(String method, String contentType, String urlQuery, Map<String, String[]> parameters, byte[] body, String accept) {
        String type = String.valueOf(contentType);
        StringBuilder key = new StringBuilder(method.equals("HEAD") ? "GET" : method).append('\n');
        if (method.equals("POST") && type.startsWith("application/sparql-query")) {
            key.append(urlQuery).append('\n').append(new String(body, StandardCharsets.UTF_8));
        } else if (method.equals("GET") || method.equals("HEAD") || (method.equals("POST") && type.startsWith("application/x-www-form-urlencoded"))) {
            if (!parameters.containsKey("query")) return null;
            // Each name and value after its length: a value may hold any character, so with names and
            // values joined by '=', '\n' and U+0000 alone, one value holding them
            // (default-graph-uri=g1%00g2) made another request's key (two default-graph-uri) and its
            // answer was given to that request from the cache.
            new TreeMap<>(parameters).forEach((name, values) -> {
                key.append(name.length()).append(':').append(name).append('=').append(values.length);
                for (String value : values) key.append(',').append(value.length()).append(':').append(value);
                key.append('\n');
            });
        } else {
            return null;
        }
        return key.append('\n').append(accept).toString();
    }
}
