package org.w3id.scokg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.AbstractEndPoint;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Tells when the client of a request goes away while its query runs (so that the endpoint can
 * cancel the query: a client can otherwise start queries and leave them running) or while it waits
 * for a slot in the fair scheduler's queue (so that it is counted out, and not evaluated).
 *
 * <p>Jetty reads nothing from an HTTP/1.1 connection while a request on it is handled, so it does
 * not see the client close it (its failure listeners hear of it only at the idle timeout). While the
 * query runs, this asks Jetty to say when the connection becomes readable ({@link
 * EndPoint#tryFillInterested}): with the request read whole, that is the client's end of the
 * connection (or, from a client that pipelines, its next request, which no common client does). The
 * interest is withdrawn before the answer is written, so Jetty's own reading of the connection
 * resumes as before.
 *
 * <p>Jetty may say a connection is readable when it is not (its selector's readiness can outlive the
 * read that used it): a client sending one request after another on a kept-alive connection had one
 * query in a hundred stopped as if its client had gone, a 503 (the benchmark found it). So a readable
 * connection is read one byte: the end of the stream is a client gone; nothing is a false alarm, and
 * the watch goes on; a byte is a pipelined request, which this server does not read ahead, so the
 * connection is closed (the client sends that request again, as HTTP/1.1 lets it) and the query
 * stopped.
 *
 * <p>The end of the stream closes the connection too, before the query is stopped, so nothing is
 * answered: a client that only half-closed its end (it shut down its sending side after the request,
 * as {@code nc -N} does) reads the close, as it does when it leaves a query waiting for a slot.
 * Otherwise it reads what the stop leaves behind: a query's 503 saying it had run past the timeout,
 * within 20 ms of a timeout of 10 s; a Graph Store read's 503 with no body; a reconciliation batch's
 * 200 with no body, as if it had answered.
 */
public final class ClientGone implements Callback {
    private static final String ATTRIBUTE = ClientGone.class.getName();
    private static final Throwable WITHDRAWN = new Throwable("query finished", null, false, false) {};

    private final Runnable onGone;
    private final AtomicBoolean done = new AtomicBoolean();
    /** Set, before {@code onGone} runs, when this watch saw the client leave. */
    private volatile boolean left;
    private final AbstractEndPoint endPoint;

    private ClientGone(AbstractEndPoint endPoint, Runnable onGone) {
        this.endPoint = endPoint;
        this.onGone = onGone;
    }

    /** Runs {@code onGone} if the client leaves before {@link #stopWatching} is called for the same request. */
    public static void watch(HttpServletRequest request, Runnable onGone) {
        ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
        if (jetty == null) return;
        ClientGone watch = watch(jetty, onGone);
        if (watch != null) request.setAttribute(ATTRIBUTE, watch);
    }

    /**
     * Runs {@code onGone} if the client of a request whose body has been read whole (or that has
     * none) leaves before {@link #stop} is called: the watch, or null where none could be taken
     * (not a connection of its own, or already watched).
     */
    public static ClientGone watch(Request request, Runnable onGone) {
        if (!(request.getConnectionMetaData().getConnection().getEndPoint() instanceof AbstractEndPoint endPoint)) return null;
        ClientGone watch = new ClientGone(endPoint, onGone);
        return endPoint.tryFillInterested(watch) ? watch : null;
    }

    /** Withdraws the interest {@link #watch} registered, if it is still there. */
    public static void stopWatching(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof ClientGone watch) {
            request.removeAttribute(ATTRIBUTE);
            watch.stop();
        }
    }

    /** Withdraws this watch's interest, if it is still there; {@code onGone} will not run after. */
    public void stop() {
        // Not while succeeded() reads the connection or watches it again.
        synchronized (this) {
            if (done.compareAndSet(false, true)) endPoint.getFillInterest().onFail(WITHDRAWN);
        }
    }

    @Override
    public void succeeded() {
        boolean gone;
        synchronized (this) {
            if (done.get()) return;
            int read = readOneByte();
            if (read == 0 && endPoint.tryFillInterested(this)) return;
            // A byte is a pipelined request: it cannot be put back, so the client must send it again.
            // The end of the stream is closed too, so that no answer is written after the stop: a client
            // that only half-closed its end would read one that was not its query's.
            if (read != 0) endPoint.close();
            gone = done.compareAndSet(false, true);
            if (gone) left = true;
        }
        if (gone) onGone.run();
    }

    /**
     * Whether this watch saw the client leave: true once {@code onGone} is due, even if it is still
     * running on another thread (so a caller that has just {@link #stop stopped} the watch knows).
     */
    public boolean sawClientLeave() {
        return left;
    }

    /** One byte from the connection: 1, 0 if there is none yet, -1 at its end or if it failed. */
    private int readOneByte() {
        try {
            return endPoint.fill(BufferUtil.allocate(1));
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void failed(Throwable failure) {
        // Withdrawn by stop(), or the connection failed: either way, no one waits for the answer any longer.
        if (failure == WITHDRAWN) return;
        // Under the lock stop() takes, so that a caller that has just stopped the watch reads left right.
        synchronized (this) {
            if (!done.compareAndSet(false, true)) return;
            left = true;
        }
        onGone.run();
    }

    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }
}
