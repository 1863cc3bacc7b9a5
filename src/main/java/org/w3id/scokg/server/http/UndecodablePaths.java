package org.w3id.scokg.server.http;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.w3id.scokg.server.web.Sentence;

/**
 * The addresses Jetty's URI compliance refuses (a {@code %} not followed by two hex digits, bytes
 * that are not UTF-8, an encoded {@code /} or {@code .}, an empty segment), refused here, with the
 * request's headers read: to a browser the site's error page in its language, to a program the
 * sentence as plain text ({@link Refusals}), with {@code nosniff}, status 400 as before. Jetty
 * refuses them on the connection, before it makes the request, and hands its error handler one
 * without headers ({@code HttpConnection.RequestHandler.badMessage} builds it with {@code
 * HttpFields.EMPTY}), where a browser would get the plain text too. The connectors
 * let through exactly the violations their compliance refused ({@link UriCompliance#with}, Jetty's
 * own way to allow one), and this handler, the first of all, refuses each of them before anything
 * reads the path: what is refused is the same set of addresses Jetty's compliance refuses, and the
 * routes read a request by that configuration.
 */
public final class UndecodablePaths extends Handler.Wrapper {
    private final Set<UriCompliance.Violation> refused;
    /** Each connector's configuration as it was, by the one now in use: what the routes read a request by. */
    private final Map<HttpConfiguration, HttpConfiguration> strict;

    private UndecodablePaths(Handler next, Set<UriCompliance.Violation> refused, Map<HttpConfiguration, HttpConfiguration> strict) {
        super(next);
        this.refused = refused;
        this.strict = strict;
    }

    /**
     * Lets through {@code jetty}'s connectors the URI violations their compliance refuses and returns
     * the handler, in front of {@code next}, that refuses them.
     */
    public static UndecodablePaths install(Server jetty, Handler next) {
        Set<UriCompliance.Violation> refused = EnumSet.noneOf(UriCompliance.Violation.class);
        // Connectors may share one configuration (the operator's port takes the main one's): each is
        // changed once. HttpConfiguration's equality is its identity.
        Map<HttpConfiguration, HttpConfiguration> strict = new HashMap<>();
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http == null || strict.containsKey(http.getHttpConfiguration())) continue;
            HttpConfiguration configuration = http.getHttpConfiguration();
            UriCompliance compliance = configuration.getUriCompliance();
            Set<UriCompliance.Violation> notAllowed = EnumSet.allOf(UriCompliance.Violation.class);
            notAllowed.removeIf(compliance::allows);
            refused.addAll(notAllowed);
            strict.put(configuration, new HttpConfiguration(configuration));
            if (!notAllowed.isEmpty()) configuration.setUriCompliance(compliance.with(compliance.getName() + " read, then refused by sco-kg", notAllowed.toArray(UriCompliance.Violation[]::new)));
        }
        return new UndecodablePaths(next, refused, Map.copyOf(strict));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.getHttpURI().hasViolations()) {
            for (UriCompliance.Violation violation : request.getHttpURI().getViolations()) {
                if (!refused.contains(violation)) continue;
                response.getHeaders().put("X-Content-Type-Options", "nosniff");
                // Before Doors, so its CORS too; the path cannot be read, so no operator's route is named.
                Doors.crossOrigin(null, response);
                boolean ambiguous = UriCompliance.AMBIGUOUS_VIOLATIONS.contains(violation);
                Sentence own = ParserRefusals.sentence(violation);
                return own != null ? Refusals.refuse(request, response, callback, HttpStatus.BAD_REQUEST_400, own)
                        : Refusals.refuse(request, response, callback, HttpStatus.BAD_REQUEST_400, ErrorSentences.unreadable(ambiguous));
            }
        }
        HttpConfiguration before = strict.get(request.getConnectionMetaData().getHttpConfiguration());
        return super.handle(before == null ? request : readAsBefore(request, before), response, callback);
    }

    /**
     * The request as the routes read it, by the configuration as it was: Jetty decodes a query string
     * leniently (a bad escape as U+FFFD) where the connection's compliance allows a bad encoding
     * ({@code Request.extractQueryParameters}), and {@code /search?q=%ZZ} answered 200 with the
     * compliance let through; the query string stays a 400, as it was.
     */
    private static Request readAsBefore(Request request, HttpConfiguration before) {
        ConnectionMetaData connection = new ConnectionMetaData.Wrapper(request.getConnectionMetaData()) {
            @Override
            public HttpConfiguration getHttpConfiguration() {
                return before;
            }
        };
        return new Request.Wrapper(request) {
            @Override
            public ConnectionMetaData getConnectionMetaData() {
                return connection;
            }
        };
    }
}
