package org.w3id.scokg.server.fair;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpStream;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;
import org.w3id.scokg.server.http.ClientGone;
import org.w3id.scokg.server.http.Refusals;
import org.w3id.scokg.server.web.Sentence;

/**
 * Jetty's {@link QoSHandler} as the queue of queries: at most {@code slots} evaluate at once, the
 * rest wait, without holding a thread, in order of their clients' spent query time (a client that
 * has spent least goes first), for at most {@code maxWait}; then they get 503 with {@code
 * Retry-After}. A query let out of the queue is marked for {@link QueryMeter}.
 *
 * <p>A slot is for evaluation: QoSHandler gives it back when the request completes, but a query
 * whose answer is held whole before it is sent gives it back earlier, when it runs the {@link
 * Fairness#EVALUATED} attribute's {@code Runnable}, and any other when its answer's last write
 * begins ({@link QueryMeter} runs it then), so a client that reads its answer slowly holds a thread
 * and the answer's bytes, not a core's slot (holding it to completion, two clients reading the
 * whole dataset at 30 KB/s held every slot for minutes). QoSHandler takes its slot back
 * through the one completion listener it adds to the request's stream; the request it is handed
 * here lets that listener run once, at the stream's completion or when told earlier.
 */
final class EvaluationQueue extends QoSHandler {
    private final Function<Request, String> key;
    private final ClientAccounts accounts;
    private final long retryAfterSeconds;

    /**
     * Whether this queue serves routes no {@link QueryMeter} sees (searches): a request's slot goes to
     * the next one when its answer's last write begins, as QueryMeter does for queries, and a request
     * whose client went away while it waited is dropped, as a query is.
     */
    private final boolean freedAtLastWrite;

    EvaluationQueue(int slots, Duration maxWait, int maxWaiting, Function<Request, String> key, ClientAccounts accounts) {
        this(slots, maxWait, maxWaiting, key, accounts, false);
    }

    /**
     * A queue whose requests give their slot back when their answer's last write begins ({@code
     * freedAtLastWrite}), for routes no {@link QueryMeter} sees (searches): a client that does not read
     * its answer would hold the slot until its idle timeout.
     */
    EvaluationQueue(int slots, Duration maxWait, int maxWaiting, Function<Request, String> key, ClientAccounts accounts, boolean freedAtLastWrite) {
        this.freedAtLastWrite = freedAtLastWrite;
        this.key = key;
        this.accounts = accounts;
        this.retryAfterSeconds = Math.max(1, maxWait.toSeconds());
        setMaxRequestCount(slots);
        setMaxSuspend(maxWait);
        setMaxSuspendedRequestCount(maxWaiting);
    }

    /** The clients' accounts this queue orders its waiting queries by. */
    ClientAccounts accounts() {
        return accounts;
    }

    /**
     * Request attribute: a {@code Runnable} that counts a waiting query out of its client's share and
     * open exchanges, run if its client goes away while it waits ({@link QueryMeter} sets it).
     */
    static final String GONE_WHILE_WAITING = EvaluationQueue.class.getName() + ".gone";
    /** Request attribute: the {@link ClientGone} watch on a waiting query's connection. */
    private static final String WATCH = EvaluationQueue.class.getName() + ".watch";

    /**
     * Jetty asks the priority of a request only as it puts it in the queue (QoSHandler.suspend, in
     * Jetty 12.1): its connection is watched from then on. Its Javadoc does not promise it; were it
     * asked of a request let through at once, the watch would be withdrawn in {@link #nextHandler}
     * before the query runs, and FairnessIT's tests of clients gone while waiting would fail.
     */
    @Override
    protected int getPriority(Request request) {
        // A search is watched too, with nothing to count out: one whose client has gone is not evaluated
        // (the searches of 24 connections closed while theirs waited kept both cores busy after them).
        if (freedAtLastWrite && request.getAttribute(GONE_WHILE_WAITING) == null) request.setAttribute(GONE_WHILE_WAITING, (Runnable) () -> {});
        watchWhileWaiting(request);
        return accounts.account(key.apply(request)).priority();
    }

    /**
     * Watches the connection of a query that waits for a slot: a client that goes away meanwhile no
     * longer has it counted against its share (the query stays in Jetty's queue, which cannot give it
     * up, and is evaluated no further when it leaves), so a client that closes its connections and
     * asks again at once does not get 429 until its abandoned queries have left the queue.
     * Only a request on an HTTP/1 connection of its own with no body: a body would be the
     * connection's next bytes, and the watch reads one to tell a close from a false alarm.
     */
    private static void watchWhileWaiting(Request request) {
        if (request.getAttribute(WATCH) != null || !(request.getAttribute(GONE_WHILE_WAITING) instanceof Runnable gone)) return;
        HttpVersion version = request.getConnectionMetaData().getHttpVersion();
        if (version != HttpVersion.HTTP_1_1 && version != HttpVersion.HTTP_1_0) return;
        HttpFields headers = request.getHeaders();
        if (headers.contains(HttpHeader.TRANSFER_ENCODING) || headers.getLongField(HttpHeader.CONTENT_LENGTH) > 0) return;
        ClientGone watch = ClientGone.watch(request, gone);
        if (watch != null) request.setAttribute(WATCH, watch);
    }

    /** Withdraws the watch of {@link #watchWhileWaiting} (the query has left the queue); whether it saw the client leave. */
    private static boolean stopWatching(Request request) {
        if (request.getAttribute(WATCH) instanceof ClientGone watch) {
            request.removeAttribute(WATCH);
            watch.stop();
            return watch.sawClientLeave();
        }
        return false;
    }

    @Override
    public boolean onConditionsMet(Request request, Response response, Callback callback) throws Exception {
        return super.onConditionsMet(new SlotRequest(request), response, callback);
    }

    @Override
    protected boolean onConditionsNotMet(Request request, Response response, Callback callback) throws Exception {
        // Not this queue's request: on to the next handler unmarked.
        Handler next = getHandler();
        return next != null && next.handle(request, response, callback);
    }

    @Override
    protected boolean nextHandler(Request request, Response response, Callback callback) throws Exception {
        // Out of the queue (or never in it): the evaluation watches the connection itself from here.
        // A query whose client went away while it waited is not evaluated: its connection is closed
        // (the watch read its end, or a byte of a request it pipelined, which it sends again), and it
        // was counted out uncharged, rather than run to its timeout.
        if (stopWatching(request)) {
            // The connection is closed first: a failed callback on an open one is answered 500, to a
            // client that has only half-closed its end.
            request.getConnectionMetaData().getConnection().getEndPoint().close();
            callback.failed(new EofException("the client went away while its query waited"));
            return true;
        }
        // A search whose connection is closed is not evaluated either: one its client pipelined, which Jetty
        // had taken in and hands on after the client has gone.
        if (freedAtLastWrite && !request.getConnectionMetaData().getConnection().getEndPoint().isOpen()) {
            callback.failed(new EofException("the connection closed before its request was evaluated"));
            return true;
        }
        if (request.getAttribute(QueryMeter.STARTED) == null) request.setAttribute(QueryMeter.STARTED, NanoTime.now());
        // The handlers inside get the request itself: only QoSHandler's listener goes through SlotRequest.
        Request inner = request instanceof SlotRequest slot ? slot.getWrapped() : request;
        if (!freedAtLastWrite) return super.nextHandler(inner, response, callback);
        return super.nextHandler(inner, new Response.Wrapper(inner, response) {
            @Override
            public void write(boolean last, java.nio.ByteBuffer content, Callback written) {
                if (last && request.getAttribute(Fairness.EVALUATED) instanceof Runnable free) free.run();
                super.write(last, content, written);
            }
        }, callback);
    }

    @Override
    protected void failSuspended(Request request, Response response, Callback callback, int status, Throwable failure) {
        stopWatching(request);
        if (status != HttpStatus.SERVICE_UNAVAILABLE_503 || response.isCommitted()) {
            super.failSuspended(request, response, callback, status, failure);
            return;
        }
        response.getHeaders().put(HttpHeader.RETRY_AFTER, retryAfterSeconds);
        // A search or the editor's plain form is a page: a browser gets the site's error page.
        Refusals.refuse(request, response, callback, status, Sentence.of("said.queued", Long.toString(getMaxSuspend().toSeconds()), Integer.toString(getMaxRequestCount()),
                String.valueOf(retryAfterSeconds)));
    }

    /** The request as QoSHandler sees it: its completion listener, which frees the slot, runs once, at completion or on {@link Fairness#EVALUATED}. */
    private static final class SlotRequest extends Request.Wrapper {
        SlotRequest(Request request) {
            super(request);
        }

        @Override
        public void addHttpStreamWrapper(Function<HttpStream, HttpStream> wrapper) {
            super.addHttpStreamWrapper(stream -> {
                // The listener alone, on a stream whose completion does nothing: completing it frees the slot.
                HttpStream listener = wrapper.apply(new HttpStream.Wrapper(stream) {
                    @Override
                    public void succeeded() {}

                    @Override
                    public void failed(Throwable x) {}
                });
                AtomicBoolean freed = new AtomicBoolean();
                Runnable free = () -> {
                    if (freed.compareAndSet(false, true)) listener.succeeded();
                };
                setAttribute(Fairness.EVALUATED, free);
                return new HttpStream.Wrapper(stream) {
                    @Override
                    public void succeeded() {
                        free.run();
                        super.succeeded();
                    }

                    @Override
                    public void failed(Throwable x) {
                        free.run();
                        super.failed(x);
                    }
                };
            });
        }
    }
}
