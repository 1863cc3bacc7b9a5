package org.w3id.scokg.server.sparql;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.AbstractEndPoint;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.Callback;

/**
 * Tells when the client of a request goes away while its query runs, so that the endpoint can
 * cancel the query: a client can otherwise start queries and leave them running.
 *
 * <p>Jetty reads nothing from an HTTP/1.1 connection while a request on it is handled, so it does
 * not see the client close it (its failure listeners hear of it only at the idle timeout). While the
 * query runs, this asks Jetty to say when the connection becomes readable ({@link
 * EndPoint#tryFillInterested}): with the request read whole, that is the client's end of the
 * connection (or, from a client that pipelines, its next request, which no common client does). The
 * interest is withdrawn before the answer is written, so Jetty's own reading of the connection
 * resumes as before.
 */
final class ClientGone implements Callback {
    private static final String ATTRIBUTE = ClientGone.class.getName();
    private static final Throwable WITHDRAWN = new Throwable("query finished", null, false, false) {};

    private final Runnable onGone;
    private final AtomicBoolean done = new AtomicBoolean();
    private final AbstractEndPoint endPoint;

    private ClientGone(AbstractEndPoint endPoint, Runnable onGone) {
        this.endPoint = endPoint;
        this.onGone = onGone;
    }

    /** Runs {@code onGone} if the client leaves before {@link #stopWatching} is called for the same request. */
    static void watch(HttpServletRequest request, Runnable onGone) {
        ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
        if (jetty == null || !(jetty.getConnectionMetaData().getConnection().getEndPoint() instanceof AbstractEndPoint endPoint)) return;
        ClientGone watch = new ClientGone(endPoint, onGone);
        if (endPoint.tryFillInterested(watch)) request.setAttribute(ATTRIBUTE, watch);
    }

    /** Withdraws the interest {@link #watch} registered, if it is still there. */
    static void stopWatching(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof ClientGone watch) {
            request.removeAttribute(ATTRIBUTE);
            if (watch.done.compareAndSet(false, true)) watch.endPoint.getFillInterest().onFail(WITHDRAWN);
        }
    }

    @Override
    public void succeeded() {
        if (done.compareAndSet(false, true)) onGone.run();
    }

    @Override
    public void failed(Throwable failure) {
        // Withdrawn by stopWatching, or the connection failed: either way, no one waits for the answer any longer.
        if (failure != WITHDRAWN && done.compareAndSet(false, true)) onGone.run();
    }

    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }
}
