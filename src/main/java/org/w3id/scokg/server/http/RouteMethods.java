package org.w3id.scokg.server.http;

import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * Which methods each route takes, read from its path alone ({@link Doors} refuses the others): GET,
 * HEAD and OPTIONS everywhere, POST on the routes that read a body (the SPARQL endpoint under each
 * of its names, the reconciliation service), and on a graph of the Graph Store no method that writes.
 */
public final class RouteMethods {
    /** The methods a route that reads a POST takes, and those a cross-origin preflight is granted. */
    static final String ALLOWED_METHODS = "GET, POST, HEAD, OPTIONS";

    /** The methods a graph of the Graph Store takes: it is read only. */
    static final String GRAPH_METHODS = "GET, HEAD, OPTIONS";

    /**
     * The methods HTTP defines (RFC 9110 9.3, and PATCH, RFC 5789), spelled as they are defined: a
     * method's name is case-sensitive, so {@code get} is none of them. The server implements some
     * of them on some routes; any other method it does not implement for any resource.
     */
    private static final Set<String> DEFINED = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");

    private RouteMethods() {}

    /** Whether {@code method} is one HTTP defines, which a route may take or refuse with a 405. */
    static boolean defined(String method) {
        return DEFINED.contains(method);
    }

    /** Whether the request writes to a graph of the Graph Store: a method that sends a body or deletes, not a POST of a query. */
    static boolean graphWrite(String route, String method, Request request) {
        boolean writes = switch (method) {
            case "POST" -> !EndpointBodies.queryBody(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
            case "PUT", "DELETE", "PATCH" -> true;
            default -> false;
        };
        return writes && namesAGraph(route, request);
    }

    /**
     * Whether the request is to a graph of the Graph Store: to the endpoint, under a query string that
     * names the graph, as graph= or default. A query string Jetty cannot decode names none here; the
     * routes refuse it.
     */
    static boolean namesAGraph(String route, Request request) {
        if (!(route.equals("/sparql") || route.startsWith("/sparql/"))) return false;
        try {
            Fields parameters = Request.extractQueryParameters(request);
            return parameters.get("graph") != null || parameters.get("default") != null;
        } catch (RuntimeException undecodable) {
            return false;
        }
    }

    /**
     * The routes that read a POST: the SPARQL endpoint (a query, form-encoded or as the body) under
     * every name it has ({@code /sparql/query}, {@code /sparql/sparql}, as Fuseki users know it) and
     * the reconciliation service, with or without its trailing slash.
     */
    static boolean takesPost(String route) {
        return route.equals("/sparql") || route.startsWith("/sparql/") || route.equals("/reconcile") || route.equals("/reconcile/");
    }

    /** The methods a route takes. */
    public static String allowed(String route) {
        return takesPost(route) ? ALLOWED_METHODS : "GET, HEAD, OPTIONS";
    }
}
