package org.w3id.scokg.server.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Locale;
import org.apache.jena.fuseki.Fuseki;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Sentence;

/**
 * The first handler every request meets, before any route: what a browser may do with an answer
 * and which doors are shut.
 *
 * <ul>
 *   <li>Every answer carries {@code X-Content-Type-Options: nosniff}.
 *   <li>CORS: every answer carries {@code Access-Control-Allow-Origin: *} (never credentials), so
 *       that a shared cache's copy serves a browser's script too, and may read the headers in {@link #EXPOSED_HEADERS}; a preflight is answered
 *       here (204) and grants only {@value RouteMethods#RouteMethods.ALLOWED_METHODS}, whatever it asks for.
 *   <li>Only GET, HEAD, and POST where a route reads one ({@code /sparql}, {@code /reconcile}), reach
 *       the routes; any other method answers 405 with {@code Allow}, and OPTIONS says the same in
 *       {@code Allow}; either is a 404 where the routes say the path names nothing ({@link PathProbe}; the
 *       operator's endpoints under {@code /$/} keep their own).
 *   <li>A POST to the endpoint carries a query or a form, in UTF-8 ({@link QueryCharset}): any other
 *       type or charset answers 415 with {@code Accept-Post}.
 *   <li>A POST body is sent as it is or in gzip once (also named {@code x-gzip}), which Jetty
 *       inflates: any other {@code Content-Encoding} answers 415 with {@code Accept-Encoding: gzip}.
 *   <li>A body whose {@code Content-Length} is over {@link RequestLimitsFilter#MAX_BODY} answers 413.
 *   <li>The operator's endpoints ({@code /$/} except {@code /$/ping}, such as {@code /$/metrics})
 *       answer only on the admin connector when there is one, else only to a loopback address: 404
 *       to anyone else.
 * </ul>
 */
public final class Doors extends Handler.Wrapper {
    /** The longest method named back in a 405's sentence (the longest of those RFC 7237 registers, UPDATEREDIRECTREF, has 17 letters). */
    private static final int NAMED_METHOD = 20;
    /** The connector name of the operator's port ({@code --admin-port}). */
    public static final String ADMIN_CONNECTOR = "admin";
    /**
     * Request headers a cross-origin script may send: those some route reads that a script may set
     * (the browser sets Accept-Encoding, Cookie and Origin itself): what the SPARQL protocol, content
     * negotiation, a body in gzip and the conditions of RFC 9110 13 use, and Cache-Control, which the
     * caches in front of the server read: If-Match and If-Unmodified-Since, for the dumps and
     * descriptions answer If-Match (412, or a resumed range), and Content-Encoding, for the endpoint
     * reads a body in gzip.
     */
    private static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type, Content-Encoding, Cache-Control, If-Match, If-None-Match, If-Modified-Since, "
            + "If-Unmodified-Since, If-Range, Range";
    private static final Duration PREFLIGHT_MAX_AGE = Duration.ofDays(1);
    /**
     * Response headers a cross-origin script may read beyond the CORS-safelisted ones: every other
     * header some answer of this server carries, but the browser's own instruction ({@code nosniff}).
     * Without them a script cannot read a description's {@code Link} or {@code ETag}, a redirect's
     * {@code Location} or a cap's {@code X-Result-Row-Cap}.
     */
    static final String EXPOSED_HEADERS = "Accept-Encoding, Accept-Post, Accept-Ranges, Allow, Content-Disposition, Content-Location, Content-Range, Date, ETag, "
            + "Fuseki-Request-Id, Link, Location, Retry-After, Vary, X-Cache, X-Result-Byte-Cap, X-Result-Row-Cap";

    private final boolean adminConnector;

    /** {@code adminConnector}: whether the operator's endpoints have a port of their own. */
    public Doors(Handler next, boolean adminConnector) {
        super(next);
        this.adminConnector = adminConnector;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        // RFC 9110 9.1: a method's name is case-sensitive, and Jetty and Fuseki read it so: "get" or
        // "post" taken for GET or POST here would reach them as methods they do not know (Jetty's 501
        // with no body, Fuseki's 405 without Allow). It is a 501 below, as any method HTTP does not define.
        String method = request.getMethod();
        String route = Request.getPathInContext(request);
        crossOrigin(route, response);
        if (operatorOnly(route) && !operator(request)) {
            return Refusals.refuse(request, response, callback, HttpStatus.NOT_FOUND_404, Sentence.of("said.notFound"));
        }
        // Each answers the request (true) or lets it through; a refusal answers, and is true.
        if (answeredMethod(request, response, callback, method, route) || refusedCoding(request, response, callback, method)
                || refusedBody(request, response, callback, method, route) || refusedContentType(request, response, callback, method)
                || answeredOptions(request, response, callback, method, route)) {
            return true;
        }
        return super.handle(HeaderSpellings.mediaTypesInLowerCase(method.equals("POST") ? HeaderSpellings.gzipByItsName(request) : request), response, callback);
    }

    /**
     * OPTIONS on the operator's endpoints, and a method the route does not take (a 405 with Allow, or
     * a 404 where the path names nothing, {@link PathProbe}); false for any other.
     */
    private boolean answeredMethod(Request request, Response response, Callback callback, String method, String route) throws Exception {
        if (!RouteMethods.defined(method)) return notImplemented(request, response, callback, method);
        boolean operatorRoute = route.startsWith("/$/");
        // OPTIONS on the operator's endpoints says what they take: Fuseki answers it on the metrics
        // with the metrics themselves and no Allow, on /$/ready with its body and no Allow, and on
        // /$/ping with TRACE among its methods, which Doors refuses.
        if (method.equals("OPTIONS") && (route.equals("/$/metrics") || route.equals("/$/ping") || route.equals("/$/ready"))) {
            response.setStatus(HttpStatus.OK_200);
            // Fuseki's ping answers a POST too.
            response.getHeaders().put(HttpHeader.ALLOW, route.equals("/$/ping") ? "GET, HEAD, POST, OPTIONS" : "GET, HEAD, OPTIONS");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
            callback.succeeded();
            return true;
        }
        // Nothing here is written to, and only the endpoint and the reconciliation service (and the
        // operator's endpoints) read a POST: any other method is a 405 that says, in Allow, what the
        // resource takes (RFC 9110 15.5.6), where the routes would answer PUT, DELETE, PATCH and such
        // POSTs without Allow, some with Jetty's page.
        boolean taken = switch (method) {
            case "GET", "HEAD", "OPTIONS" -> true;
            case "POST" -> RouteMethods.takesPost(route) || operatorRoute;
            default -> false;
        };
        // A body sent to a graph of the Graph Store (?graph=, ?default) is a write, which the store,
        // read only, refuses with the methods a graph takes, not a 415 telling the client who sent a
        // POST of Turtle to send a query, nor an Allow naming POST.
        if (RouteMethods.graphWrite(route, method, request)) {
            response.getHeaders().put(HttpHeader.ALLOW, RouteMethods.GRAPH_METHODS);
            return Refusals.refuse(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405,
                    Sentence.of("said.graphStoreReadOnly"));
        }
        if (!taken) {
            String path = request.getHttpURI().getPath();
            // Jetty reads what follows a CONNECT as its tunnel's bytes, until the connection ends: the
            // connection would stay open to the idle timeout after the 405. Its target names a host,
            // not a path to ask about.
            if (method.equals("CONNECT") || path == null || !path.startsWith("/")) return methodNotAllowed(request, response, callback, method, route);
            // A 405 says the resource is there and takes other methods (RFC 9110 15.5.6): where the path
            // names nothing it is a 404, as a GET's.
            return whereNamed(request, response, callback, () -> methodNotAllowed(request, response, callback, method, route));
        }
        return false;
    }

    /**
     * A POST to the endpoint whose body it does not read: the 415 of {@link EndpointBodies} where the
     * path names something, a 404 where it names nothing (a POST of text to {@code /sparql/x}).
     */
    private boolean refusedBody(Request request, Response response, Callback callback, String method, String route) throws Exception {
        if (!EndpointBodies.refuses(request, method, route)) return false;
        return whereNamed(request, response, callback, () -> EndpointBodies.refused(request, response, callback, method, route));
    }

    /**
     * Runs {@code refusal}, a 405 or 415, which says the resource is there, where the routes say the
     * path names something ({@link PathProbe}); answers 404 with one sentence where it names nothing.
     */
    private boolean whereNamed(Request request, Response response, Callback callback, Runnable refusal) throws Exception {
        String path = request.getHttpURI().getPath();
        PathProbe.ask(getHandler(), request, response, callback, names -> {
            if (names) {
                refusal.run();
            } else {
                Refusals.refuse(request, response, callback, HttpStatus.NOT_FOUND_404, Sentence.of("said.nothingAt", NamedQuery.echo(path)));
            }
        });
        return true;
    }

    /** The 405 of a method {@code route} does not take, with {@code Allow} naming those it does. */
    private static boolean methodNotAllowed(Request request, Response response, Callback callback, String method, String route) {
        response.getHeaders().put(HttpHeader.ALLOW, RouteMethods.allowed(route));
        if (method.equals("CONNECT")) response.getHeaders().put(HttpHeader.CONNECTION, "close");
        // A method is named back only while short, not one of 5,000 letters written back whole.
        Sentence said = method.length() <= NAMED_METHOD ? Sentence.of("said.method", method, RouteMethods.allowed(route)) : Sentence.of("said.someMethod", RouteMethods.allowed(route));
        return Refusals.refuse(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, said);
    }

    /**
     * The 501 of a method HTTP does not define (RFC 9110 9.1 and 15.6.2: a method the server does not
     * recognise, which it supports for no resource), whatever the path: {@code get} in lower case,
     * {@code PROPFIND}, {@code BREW}. The sentence names the methods the server takes, and for a
     * defined method in another case, the spelling to send.
     */
    private static boolean notImplemented(Request request, Response response, Callback callback, String method) {
        String defined = method.toUpperCase(Locale.ROOT);
        Sentence said;
        if (method.length() > NAMED_METHOD) said = Sentence.of("said.someUnknownMethod", RouteMethods.ALLOWED_METHODS);
        else if (RouteMethods.defined(defined)) said = Sentence.of("said.methodCase", method, defined);
        else said = Sentence.of("said.unknownMethod", method, RouteMethods.ALLOWED_METHODS);
        return Refusals.refuse(request, response, callback, HttpStatus.NOT_IMPLEMENTED_501, said);
    }

    /** A body in a transfer coding or a content coding this server does not read: 501, 415. */
    private static boolean refusedCoding(Request request, Response response, Callback callback, String method) {
        // Jetty inflates gzip, and only a body in gzip once (HttpFront): Fuseki "inflated" deflate
        // with a compressor, answered br 400, and inflated a second gzip without a bound (gzip of
        // gzip of a 1 GiB comment fits in 1 MiB); Jetty's form reader reads a form in any other
        // coding as if it were none. RFC 9110 15.5.16: 415 with Accept-Encoding.
        // RFC 9112 6.1: a transfer coding the server does not understand is a 501.
        if (!HeaderSpellings.decodedTransfer(request)) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            return Refusals.refuse(request, response, callback, HttpStatus.NOT_IMPLEMENTED_501,
                    Sentence.of("said.transferCoding"));
        }
        if (method.equals("POST") && !HeaderSpellings.readableCoding(request)) {
            response.getHeaders().put(HttpHeader.ACCEPT_ENCODING, HeaderSpellings.READABLE_CODING);
            Fuseki.actionLog.warn("POST {}: 415, a Content-Encoding other than gzip", request.getHttpURI().getPath());
            return Refusals.refuse(request, response, callback, HttpStatus.UNSUPPORTED_MEDIA_TYPE_415,
                    Sentence.of("said.contentEncoding"));
        }
        return false;
    }

    /** A Content-Type whose charset is none, or a body that says it is over the limit. */
    private static boolean refusedContentType(Request request, Response response, Callback callback, String method) {
        // A charset that is no charset, or that Java does not know, on any other request (a GET's or
        // a reconciliation POST's Content-Type): Jetty's servlet request throws when asked its
        // content type, and the client would get a 500.
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (contentType != null && !knownCharset(contentType)) {
            return Refusals.refuse(request, response, callback, method.equals("POST") ? HttpStatus.UNSUPPORTED_MEDIA_TYPE_415 : HttpStatus.BAD_REQUEST_400,
                    Sentence.of("said.noSuchCharset"));
        }
        // A body that says it is over the limit is refused before anything reads it: Jetty's form
        // reader, which reads a form before any route runs, throws on one, and the client would get a
        // 500. RequestLimitsFilter counts the bodies that do not say.
        if (request.getLength() > RequestLimitsFilter.MAX_BODY) {
            return Refusals.refuse(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, RequestLimitsFilter.bodyTooLarge());
        }
        return false;
    }

    /** A CORS preflight, and OPTIONS on any route but the operator's: what the resource takes, or a 404. */
    private boolean answeredOptions(Request request, Response response, Callback callback, String method, String route) throws Exception {
        boolean cors = request.getHeaders().get(HttpHeader.ORIGIN) != null;
        boolean operatorRoute = route.startsWith("/$/");
        if (cors && method.equals("OPTIONS") && request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            response.setStatus(HttpStatus.NO_CONTENT_204);
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, RouteMethods.ALLOWED_METHODS);
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, PREFLIGHT_MAX_AGE.toSeconds());
            callback.succeeded();
            return true;
        }
        // OPTIONS without a preflight: what the resource takes, as a 405 would say it; a 404 when the
        // path names nothing, which only the routes know, not a 200 for every path.
        if (method.equals("OPTIONS") && !operatorRoute) {
            // OPTIONS * asks about the server as a whole (RFC 9110 9.3.7): there is no path to probe.
            if (request.getHttpURI().getPath() == null || request.getHttpURI().getPath().equals("*")) {
                response.setStatus(HttpStatus.OK_200);
                response.getHeaders().put(HttpHeader.ALLOW, RouteMethods.ALLOWED_METHODS);
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
                callback.succeeded();
                return true;
            }
            PathProbe.ask(getHandler(), request, response, callback, names -> {
                if (!names) {
                    Refusals.refuse(request, response, callback, HttpStatus.NOT_FOUND_404, Sentence.of("said.nothingAt", NamedQuery.echo(request.getHttpURI().getPath())));
                    return;
                }
                response.setStatus(HttpStatus.OK_200);
                // A graph of the Graph Store is read only, as its 405 says: its Allow names no POST.
                response.getHeaders().put(HttpHeader.ALLOW, RouteMethods.namesAGraph(route, request) ? RouteMethods.GRAPH_METHODS : RouteMethods.allowed(route));
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
                callback.succeeded();
            });
            return true;
        }
        return false;
    }

    /**
     * Whether {@code route} is an operator's endpoint that no one else may use: all of {@code /$/}
     * but the health checks, which are public (a balancer or an orchestrator's probes come from
     * other hosts), whatever the method.
     */
    static boolean operatorOnly(String route) {
        return route != null && route.startsWith("/$/") && !route.equals("/$/ping") && !route.equals("/$/ready");
    }

    /**
     * CORS on every answer but the operator's, whether the request had an Origin or not: a shared
     * cache keeps one copy of a page for every client, and a copy kept from a request without one
     * would lack the header, which a browser's script would then get (the answers do not vary on
     * Origin). Not on the operator's own endpoints: a web page open in a browser on the server's
     * machine could otherwise read /$/metrics from loopback. Jetty's own refusals, made before this
     * handler, carry it too ({@link OneSentenceErrors},
     * {@link UndecodablePaths}).
     */
    static void crossOrigin(String route, Response response) {
        if (operatorOnly(route)) return;
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
    }

    /** Whether the charset a {@code Content-Type} names, if any, is one Java knows, as Jetty reads it. */
    private static boolean knownCharset(String contentType) {
        try {
            String name = MimeTypes.getCharsetFromContentType(contentType);
            return name == null || Charset.isSupported(name);
        } catch (IllegalArgumentException notACharset) {
            return false;
        }
    }

    /**
     * Whether the request came through the operator's door: the admin port, or loopback when there is
     * none, and not through a proxy: a request that a proxy on this machine forwarded (it says so in
     * {@code Forwarded} or {@code X-Forwarded-For}) comes from whoever the proxy serves: otherwise
     * every client of a balancer on the same machine, as the README's advice and {@code
     * deploy/haproxy} set it up, is taken for the operator and reads {@code /$/metrics}.
     */
    private boolean operator(Request request) {
        if (adminConnector) return ADMIN_CONNECTOR.equals(request.getConnectionMetaData().getConnector().getName());
        HttpFields headers = request.getHeaders();
        if (headers.contains(HttpHeader.FORWARDED) || headers.contains(HttpHeader.X_FORWARDED_FOR) || headers.contains("X-Real-IP")) return false;
        SocketAddress remote = request.getConnectionMetaData().getRemoteSocketAddress();
        if (!(remote instanceof InetSocketAddress address)) return false;
        InetAddress ip = address.getAddress();
        return ip != null && ip.isLoopbackAddress();
    }
}
