package org.w3id.scokg.server.sparql;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SPARQL request as the answer cache's key: everything that can change its answer. That is the
 * method (HEAD as GET), the query and every protocol parameter ({@code default-graph-uri}, {@code
 * named-graph-uri}, {@code timeout}, {@code format}, any other, each with all its values in order,
 * the parameters in order of name), or for a POST of {@code application/sparql-query} the URL's
 * query string and the body; and the {@code Accept} header.
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
            new TreeMap<>(parameters).forEach((name, values) -> key.append(name).append('=').append(String.join("\u0000", values)).append('\n'));
        } else {
            return null;
        }
        return key.append('\n').append(accept).toString();
    }
}
