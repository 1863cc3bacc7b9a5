package org.w3id.scokg.server.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Jetty's HTTP/1.1 connections, keeping for the error handler the headers that say who asked and in
 * what language ({@code Accept}, {@code Accept-Language}, {@code Cookie}) of a request Jetty fails
 * before it has made it: a request whose headers pass the limit (431), and a path Jetty cannot parse
 * at all (a {@code %} not followed by two hex digits, a {@code ..} that climbs above the root, decoded
 * or not). On such a request Jetty's connection calls its error handler with no headers ({@code
 * HttpConnection.RequestHandler.badMessage} makes it with {@code HttpFields.EMPTY}), so until 5
 * December 2026 a browser got the plain text a program gets ({@code OneSentenceErrors}, {@link
 * Refusals}). A path {@code HttpURI} cannot parse fails the request line, before any header is read:
 * here the request line is read with the path's first segment in its place ({@code /reconcile} for
 * {@code /reconcile/%ZZ}, else {@code /}), its headers are read, and the request is then failed as
 * Jetty failed it, with the same 400 and "Bad URI", and the connection closed as before; no handler
 * sees it. Jetty's own extension points: the connection factory makes the connection, and the
 * connection its parser's handler ({@code newRequestHandler}) and each request's stream ({@code
 * newHttpStream}, where the path is parsed).
 */
public final class BadMessageHeaders extends HttpConnectionFactory {
    /** The connection attribute that holds a failed request's {@link Kept} headers. */
    static final String ATTRIBUTE = BadMessageHeaders.class.getName();
    private static final Set<HttpHeader> KEPT = EnumSet.of(HttpHeader.ACCEPT, HttpHeader.ACCEPT_LANGUAGE, HttpHeader.COOKIE);

    /** What was kept of a failed request: its headers as read before it failed, and whether its path could not be parsed. */
    record Kept(HttpFields headers, boolean unparsedPath) {}

    private BadMessageHeaders(HttpConnectionFactory jettys) {
        super(jettys.getHttpConfiguration());
        setInputBufferSize(jettys.getInputBufferSize());
    }

    /** Puts these connections in place of Jetty's HTTP/1.1 ones on each of {@code jetty}'s connectors. */
    public static void install(Server jetty) {
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http == null || http instanceof BadMessageHeaders || !(connector instanceof AbstractConnector abstractConnector)) continue;
            // In its place among the others (a TLS factory, were there one, stays first), the default kept.
            String defaultProtocol = abstractConnector.getDefaultProtocol();
            List<ConnectionFactory> factories = new ArrayList<>(abstractConnector.getConnectionFactories());
            factories.replaceAll(factory -> factory == http ? new BadMessageHeaders(http) : factory);
            abstractConnector.setConnectionFactories(factories);
            abstractConnector.setDefaultProtocol(defaultProtocol);
        }
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        return configure(new KeepingConnection(getHttpConfiguration(), connector, endPoint), connector, endPoint);
    }

    /** What was kept of {@code request} if Jetty failed it before it was made, else null. */
    static Kept kept(Request request) {
        return request.getConnectionMetaData().getAttribute(ATTRIBUTE) instanceof Kept kept ? kept : null;
    }

    /**
     * {@code request} with the headers kept of it where Jetty failed it before it was made (it has
     * none of its own then), else {@code request}.
     */
    static Request withKeptHeaders(Request request) {
        Kept kept = kept(request);
        if (kept == null || request.getHeaders().size() > 0) return request;
        return new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return kept.headers();
            }
        };
    }

    /**
     * Where the request line's path cannot be parsed, the path read in its place: its first segment,
     * which names the route (the reconciliation service answers with problem documents), where that
     * can be parsed and names nothing but itself, else {@code /}; null for a CONNECT, which Jetty
     * fails as before.
     */
    static String standIn(String method, String target) {
        // A CONNECT's target is an authority, and one that cannot be parsed has no path to stand in for.
        if (HttpMethod.CONNECT.is(method)) return null;
        if (target == null || !target.startsWith("/")) return "/";
        int end = 1;
        while (end < target.length() && "/?;#".indexOf(target.charAt(end)) < 0) end++;
        String first = target.substring(0, end);
        try {
            HttpURI uri = HttpURI.build(method, first);
            return uri.hasViolations() || !first.equals(uri.getCanonicalPath()) ? "/" : first;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    /** The connection, whose parser's handler keeps the headers. */
    private static final class KeepingConnection extends HttpConnection {
        // Set by the parser's handler, which Jetty's constructor makes: no initialisers here.
        private HttpFields.Mutable headers;
        private boolean unparsedPath;

        KeepingConnection(HttpConfiguration configuration, Connector connector, EndPoint endPoint) {
            super(configuration, connector, endPoint);
        }

        @Override
        protected RequestHandler newRequestHandler() {
            return new KeepingHandler();
        }

        @Override
        protected HttpStreamOverHTTP1 newHttpStream(String method, String uri, HttpVersion version) {
            try {
                return super.newHttpStream(method, uri, version);
            } catch (IllegalArgumentException e) {
                // HttpURI throws on it (NumberFormatException for %ZZ, "Bad URI" for ..): Jetty would
                // fail the request line here, before reading a header.
                String standIn = standIn(method, uri);
                if (standIn == null) throw e;
                unparsedPath = true;
                return super.newHttpStream(method, standIn, version);
            }
        }

        private final class KeepingHandler extends RequestHandler {
            @Override
            public void startRequest(String method, String uri, HttpVersion version) {
                removeAttribute(ATTRIBUTE);
                headers = null;
                unparsedPath = false;
                super.startRequest(method, uri, version);
            }

            @Override
            public void parsedHeader(HttpField field) {
                if (KEPT.contains(field.getHeader())) {
                    if (headers == null) headers = HttpFields.build();
                    headers.add(field);
                }
                super.parsedHeader(field);
            }

            @Override
            public boolean headerComplete() {
                // Failed as Jetty fails the request line it cannot parse: 400, "Bad URI", the connection closed.
                if (unparsedPath) throw new BadMessageException("Bad URI");
                return super.headerComplete();
            }

            @Override
            public void badMessage(HttpException failure) {
                setAttribute(ATTRIBUTE, new Kept(headers == null ? HttpFields.EMPTY : headers.asImmutable(), unparsedPath));
                super.badMessage(failure);
            }
        }
    }
}
