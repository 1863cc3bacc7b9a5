package org.w3id.scokg.server.http;

import java.time.Duration;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.w3id.scokg.server.web.PublicUrls;

/**
 * What Jetty does before a request reaches a route, set on the server Fuseki built: where it
 * listens, how long a connection may idle, and the handlers in front of the routes, outermost first:
 *
 * <ol>
 *   <li>{@link UndecodablePaths}: an address Jetty cannot decode refused first of all;
 *   <li>{@link Doors}: CORS, {@code nosniff}, TRACE refused, the operator's endpoints shut, a body
 *       in any content coding but gzip once refused;
 *   <li>{@link TrailingSlashes}: an address that is a resource's but for a trailing slash moved to it;
 *   <li>{@link WriteClock}: each response's writes counted, begun and taken by the connection;
 *   <li>{@link RangesUncompressed}: a request for a range handed on as if it did not accept gzip;
 *   <li>{@link WholeGzipBodies}: a request body in gzip that ends before its gzip does refused;
 *   <li>Jetty's {@link GzipHandler}: answers compressed when asked, and a request body sent with
 *       {@code Content-Encoding: gzip} inflated as it is read;
 *   <li>Jetty's {@link EagerContentHandler}: the body (inflated) read without holding a worker
 *       thread, up to one byte past {@link RequestLimitsFilter#MAX_BODY}, before the route runs;
 *       {@link RequestLimitsFilter} then answers 413 for a body past the limit. A client that sends
 *       its body a byte at a time holds a socket, never a worker, and a connection silent for
 *       {@link #IDLE_TIMEOUT} is closed; a body not in full within its deadline is answered 408
 *       ({@link BodyDeadline}, around the reader).
 * </ol>
 *
 * <p>Inside them, the handlers installed on the server before this ({@link Readiness}, {@link
 * CachePolicy}, {@link UntaggedConditions}, the fair scheduler's), then the servlet context with its filters and routes.
 *
 * <p>Every filter and servlet is marked as supporting asynchronous requests, so that a route may
 * send a large body without holding a thread while its client reads it ({@link AsyncBody}).
 */
public final class HttpFront {
    /** A connection that sends and receives nothing for this long is closed. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** The time a request body has to arrive in full, unless told otherwise. */
    public static final Duration BODY_DEADLINE = Duration.ofSeconds(30);
    private static final int INFLATE_BUFFER = 8 * 1024;

    private HttpFront() {}

    /**
     * Binds the server's connectors to {@code host}, adds the operator's connector on {@code
     * adminPort} (none when negative) and puts the handlers above in front of the routes, redirects made absolute by {@code urls}, a body
     * given {@code bodyDeadline} to arrive in full.
     */
    // GzipHandler is deprecated in Jetty 12.1 for the jetty-compression modules, which Fuseki 5.6
    // does not ship; it still works and is what Fuseki's own Jetty offers.
    @SuppressWarnings("removal")
    public static void install(Server jetty, String host, int adminPort, Duration bodyDeadline, PublicUrls urls) {
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector server) {
                server.setHost(host);
                server.setIdleTimeout(IDLE_TIMEOUT.toMillis());
            }
        }
        if (adminPort >= 0) jetty.addConnector(adminConnector(jetty, host, adminPort));
        // HTML forms up to the body limit; Jetty's own default is smaller.
        ServletContextHandler context = jetty.getDescendant(ServletContextHandler.class);
        if (context != null) {
            context.setMaxFormContentSize(RequestLimitsFilter.MAX_BODY);
            // Any route may send its body without holding a thread (AsyncBody); none goes on asynchronously unless it asks.
            for (FilterHolder filter : context.getServletHandler().getFilters()) filter.setAsyncSupported(true);
            for (ServletHolder servlet : context.getServletHandler().getServlets()) servlet.setAsyncSupported(true);
        }
        // Jetty's connections, keeping what the error page needs of a request Jetty fails before it makes it.
        // A request's line and headers have the body's deadline to arrive, from their first byte.
        BadMessageHeaders.install(jetty, bodyDeadline);
        OneSentenceErrors.install(jetty, context);
        EagerContentHandler eager = new EagerContentHandler(BodyDeadline.passed(jetty.getHandler()),
                // A form's bytes are checked for UTF-8 first, so that a 400 can name the first bad one.
                new FormCharset(RequestLimitsFilter.MAX_BODY),
                // Any other body copied as it arrives: the limit is on the bytes of its content, and nothing is kept per chunk.
                new CoalescedContentLoaderFactory(RequestLimitsFilter.MAX_BODY));
        GzipHandler gzip = new GzipHandler(new BodyDeadline(eager, bodyDeadline));
        // HEAD too, so that it answers with the headers GET does (the compressed ETag, Vary: Accept-Encoding);
        // otherwise a HEAD gives the uncompressed ETag and length (RFC 9110 9.3.2).
        gzip.setIncludedMethods("GET", "HEAD", "POST");
        gzip.setInflateBufferSize(INFLATE_BUFFER);
        // The dumps are compressed once and kept by their servlet (DumpServlet), not at every request; their list is compressed here.
        gzip.addExcludedPaths("^/dumps/.+$");
        // The writes counted outside compression: what the connection itself has taken (AsyncBody's deadlines).
        // An address Jetty cannot decode is refused first of all, with its headers read (UndecodablePaths).
        jetty.setHandler(UndecodablePaths.install(jetty, new Doors(new TrailingSlashes(new WriteClock(new RangesUncompressed(new WholeGzipBodies(gzip))), urls), adminPort >= 0)));
    }

    private static ServerConnector adminConnector(Server jetty, String host, int port) {
        HttpConnectionFactory http = jetty.getConnectors()[0].getConnectionFactory(HttpConnectionFactory.class);
        ServerConnector admin = new ServerConnector(jetty, new HttpConnectionFactory(http.getHttpConfiguration()));
        admin.setName(Doors.ADMIN_CONNECTOR);
        admin.setHost(host);
        admin.setPort(port);
        admin.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        return admin;
    }
}
