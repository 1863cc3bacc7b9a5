package org.w3id.scokg.server.http;

import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Whether this replica should get requests, for a balancer or Kubernetes: {@code /$/ready} answers
 * 200 once the server is started (so once the graph is built and the dumps written), and 503 from
 * the moment it is asked to stop, while it still answers everything else for the drain time it is
 * given ({@code serve --drain}), so a balancer that checks every second or two takes it out before
 * it closes its port. Then Jetty's
 * {@link GracefulHandler} lets the requests under way finish (at most {@link #GRACE}) before the
 * connections close. {@code /$/ping} stays what it is: alive, not ready.
 */
public final class Readiness extends Handler.Wrapper {
    /** How long requests under way may take to finish once the port is closed. */
    static final Duration GRACE = Duration.ofSeconds(10);

    private volatile boolean draining;

    private Readiness() {}

    /** Puts readiness and a graceful stop in front of {@code server}'s handler. */
    public static Readiness install(Server server) {
        Readiness readiness = new Readiness();
        GracefulHandler graceful = new GracefulHandler();
        graceful.setHandler(server.getHandler());
        readiness.setHandler(graceful);
        server.setHandler(readiness);
        server.setStopTimeout(GRACE.toMillis());
        return readiness;
    }

    /** Answers 503 on {@code /$/ready} from now on and waits {@code time}, still serving; then the server may stop. */
    public void drain(Duration time) throws InterruptedException {
        draining = true;
        Thread.sleep(time.toMillis());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!request.getHttpURI().getPath().equals("/$/ready")) return super.handle(request, response, callback);
        boolean ready = !draining && getServer().isStarted();
        response.setStatus(ready ? HttpStatus.OK_200 : HttpStatus.SERVICE_UNAVAILABLE_503);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Content.Sink.write(response, true, ready ? "ready\n" : "draining: this replica is stopping\n", callback);
        return true;
    }
}
