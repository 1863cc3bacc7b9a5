package org.w3id.scokg.server.http;

import java.util.Locale;
import org.apache.jena.fuseki.Fuseki;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.w3id.scokg.server.web.Sentence;

/**
 * What a POST to the endpoint may carry: a query, as itself or in a form, in UTF-8 ({@link
 * QueryCharset}). {@link Doors} refuses any other body before a route reads it, with a 415 that
 * names the two in {@code Accept-Post}.
 */
final class EndpointBodies {
    /** The bodies a POST to the endpoint may carry. */
    static final String QUERY_BODIES = "application/sparql-query, application/x-www-form-urlencoded";

    private EndpointBodies() {}

    /** Whether the request is a POST to the endpoint whose body is no query, or not in UTF-8, which {@link #refused} answers 415. */
    static boolean refuses(Request request, String method, String route) {
        if (!method.equals("POST") || !(route.equals("/sparql") || route.startsWith("/sparql/"))) return false;
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        return !queryBody(contentType) || !QueryCharset.isUtf8(contentType);
    }

    /** A POST to the endpoint whose body is no query, or not in UTF-8: 415. */
    static boolean refused(Request request, Response response, Callback callback, String method, String route) {
        // The endpoint reads a query sent as a form or as itself (SPARQL 1.1 Protocol 2.1.2, 2.1.3),
        // nothing else: Fuseki answered any other POST 405 without Allow, as if POST were not taken.
        if (method.equals("POST") && (route.equals("/sparql") || route.startsWith("/sparql/"))) {
            String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
            if (!queryBody(contentType)) {
                response.getHeaders().put("Accept-Post", QUERY_BODIES);
                // Only an update is told that the endpoint takes none: a text/plain or multipart body is no
                // update.
                return Refusals.refuse(request, response, callback, HttpStatus.UNSUPPORTED_MEDIA_TYPE_415, isUpdate(contentType)
                        ? Sentence.of("said.noUpdate", QUERY_BODIES)
                        : Sentence.of("said.queryBody"));
            }
            // SPARQL 1.1 Query, appendix C: a query's encoding is always UTF-8. Fuseki read every body
            // as UTF-8 whatever its charset said and Jetty decodes a form in the charset named, so a
            // query sent in Latin-1 would run as another query.
            if (!QueryCharset.isUtf8(contentType)) {
                response.getHeaders().put("Accept-Post", QUERY_BODIES);
                Fuseki.actionLog.warn("POST {}: 415, a charset other than UTF-8", request.getHttpURI().getPath());
                return Refusals.refuse(request, response, callback, HttpStatus.UNSUPPORTED_MEDIA_TYPE_415, QueryCharset.ONLY_UTF8);
            }
        }
        return false;
    }

    /** Whether {@code contentType} is a SPARQL update's, {@code application/sparql-update} with any parameters. */
    private static boolean isUpdate(String contentType) {
        return contentType != null && contentType.split(";", 2)[0].strip().equalsIgnoreCase("application/sparql-update");
    }

    /** Whether {@code contentType} is one of {@link #QUERY_BODIES}, with any parameters. */
    static boolean queryBody(String contentType) {
        if (contentType == null) return false;
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/sparql-query") || type.equals("application/x-www-form-urlencoded");
    }
}
