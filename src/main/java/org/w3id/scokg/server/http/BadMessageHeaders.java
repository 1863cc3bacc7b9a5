package org.w3id.scokg.server.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpURI;
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
import org.eclipse.jetty.util.HostPort;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Sentence;

/**
 * Jetty's HTTP/1.1 connections, keeping for the error handler the headers that say who asked and in
 * what language ({@code Accept}, {@code Accept-Language}, {@code Cookie}) of a request Jetty fails
 * before it has made it: a request whose headers pass the limit (431), and a path Jetty cannot parse
 * at all (a {@code %} not followed by two hex digits, a {@code ..} that climbs above the root, decoded
 * or not). On such a request Jetty's connection calls its error handler with no headers ({@code
 * HttpConnection.RequestHandler.badMessage} makes it with {@code HttpFields.EMPTY}), so without
 * them a browser gets the plain text a program gets ({@code OneSentenceErrors}, {@link
 * Refusals}). A path {@code HttpURI} cannot parse fails the request line, before any header is read:
 * here the request line is read with the path's first segment in its place ({@code /reconcile} for
 * {@code /reconcile/%ZZ}, else {@code /}), its headers are read, and the request is then failed as
 * Jetty failed it, with the same 400 and "Bad URI", and the connection closed as before; no handler
 * sees it. Jetty's own extension points: the connection factory makes the connection, and the
 * connection its parser's handler ({@code newRequestHandler}) and each request's stream ({@code
 * newHttpStream}, where the path is parsed).
 *
 * <p>What each connection does, request by request, is {@link KeepingConnection}'s: it keeps those
 * headers, gives a request's line and headers a deadline, cuts a request line past half the header
 * limit, and fails a target this server does not read once its headers are read. Here: the factory
 * that makes those connections and puts them in place ({@link #install}); what the error handler
 * reads of a request failed so ({@link #kept}, {@link #withKeptHeaders}, {@link #bodyEnded}, {@link
 * #placed}); and the judgement of a request line's target ({@link #standIn}, {@link #unreadable}).
 * An absolute address whose host differs from the {@code Host} header is served at the target's
 * host, as RFC 9112 3.2.2 requires (Jetty's compliance allows it here).
 */
public final class BadMessageHeaders extends HttpConnectionFactory {
    /** The connection attribute that holds a failed request's {@link Kept} headers. */
    static final String ATTRIBUTE = BadMessageHeaders.class.getName();

    /**
     * What was kept of a failed request: its headers as read before it failed, and whether a path
     * stood in for its own (which could not be parsed, or was cut).
     */
    record Kept(HttpFields headers, boolean standIn) {}

    /** The time a request's line and headers have to arrive in full, from their first byte. */
    private final Duration headerDeadline;

    private BadMessageHeaders(HttpConnectionFactory jettys, Duration headerDeadline) {
        super(jettys.getHttpConfiguration());
        setInputBufferSize(jettys.getInputBufferSize());
        this.headerDeadline = headerDeadline;
    }

    /**
     * Puts these connections in place of Jetty's HTTP/1.1 ones on each of {@code jetty}'s
     * connectors, a request's line and headers given {@code headerDeadline} to arrive in full.
     */
    public static void install(Server jetty, Duration headerDeadline) {
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http == null || http instanceof BadMessageHeaders || !(connector instanceof AbstractConnector abstractConnector)) continue;
            // In its place among the others (a TLS factory, were there one, stays first), the default kept.
            String defaultProtocol = abstractConnector.getDefaultProtocol();
            List<ConnectionFactory> factories = new ArrayList<>(abstractConnector.getConnectionFactories());
            factories.replaceAll(factory -> factory == http ? new BadMessageHeaders(http, headerDeadline) : factory);
            abstractConnector.setConnectionFactories(factories);
            abstractConnector.setDefaultProtocol(defaultProtocol);
            // RFC 9112 3.2.2: a server MUST ignore the Host header of a request in absolute-form and use
            // the target's host; Jetty refuses the two when they differ ("Authority!=Host", a 400) unless
            // its compliance allows it. Connectors may share a configuration: it is changed once.
            HttpConfiguration configuration = http.getHttpConfiguration();
            HttpCompliance compliance = configuration.getHttpCompliance();
            if (!compliance.allows(HttpCompliance.Violation.MISMATCHED_AUTHORITY)) {
                configuration.setHttpCompliance(compliance.with(compliance.getName() + " with the target's authority", HttpCompliance.Violation.MISMATCHED_AUTHORITY));
            }
        }
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        return configure(new KeepingConnection(getHttpConfiguration(), connector, endPoint, headerDeadline.toNanos()), connector, endPoint);
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

    /**
     * Null where {@code target}, of a request that is not a CONNECT, is one this server reads, else the
     * sentence that says why not ({@link ParserRefusals}): a path
     * (origin-form), {@code *} (which Jetty judges), or an absolute {@code http://} or {@code https://}
     * address with a host and a port, if any, that a {@code Host} header may name (Jetty's {@code
     * HostPort}; absolute-form, RFC 9112 3.2.2), the scheme in any case. Jetty reads any scheme there
     * ({@code ftp://host/x} was served as {@code /x}), a target without a host ({@code http:/x},
     * {@code host:port}) as one whose authority differs from {@code Host}, and a port past 65535 in it,
     * which it refuses in {@code Host} ({@code http://host:99999999/} was served, its redirects naming
     * that port). Each gets its own sentence, which says whether the port, the host or the scheme is
     * wrong.
     */
    static String unreadable(String target) {
        if (target.startsWith("/") || target.equals("*")) return null;
        String lower = target.toLowerCase(java.util.Locale.ROOT);
        int scheme = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
        if (scheme < 0) return ParserRefusals.NOT_HTTP.english();
        int end = scheme;
        while (end < target.length() && "/?#".indexOf(target.charAt(end)) < 0) end++;
        // A user before the host is Jetty's to refuse (USER_INFO), with a sentence of its own.
        String authority = target.substring(target.lastIndexOf('@', end - 1) < scheme ? scheme : target.lastIndexOf('@', end - 1) + 1, end);
        if (authority.isEmpty() || authority.startsWith(":")) return ParserRefusals.NO_HOST.english();
        try {
            return new HostPort(authority).getHost().isEmpty() ? ParserRefusals.NO_HOST.english() : null;
        } catch (IllegalArgumentException e) {
            // HostPort says which part it refuses (a port, an IPv6 host, the host), and logs it.
            return ParserRefusals.target(e.getMessage()).english();
        }
    }

    /**
     * The sentence of the body of {@code request} that Jetty's parser ended early, by what ended it,
     * or null where that is not known ({@link LineBoundParser#bodyEnded}).
     */
    static Sentence bodyEnded(Request request) {
        if (!(request.getConnectionMetaData().getConnection() instanceof HttpConnection connection)) return null;
        return connection.getParser() instanceof LineBoundParser parser ? parser.bodyEnded() : null;
    }

    /**
     * The sentence of the refusal of {@code request} that Jetty's parser said {@code message} of,
     * naming the line of its head where it failed, or null where that is not known ({@link
     * ParserRefusals#placed}).
     */
    static Sentence placed(Request request, String message) {
        if (!(request.getConnectionMetaData().getConnection() instanceof HttpConnection connection)) return null;
        return connection.getParser() instanceof LineBoundParser parser ? ParserRefusals.placed(message, parser.failedLine()) : null;
    }
}
