package org.w3id.scokg.server.fair;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ConditionalHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;

/**
 * Charges each query to its client as its answer ends: the wall time from the moment the queue let
 * it evaluate ({@link EvaluationQueue} marks it) to the last write of its answer, nothing for a
 * query that never left the queue. It stands between Jetty's DoSHandler, which let the query in and
 * counted it as under way, and the queues, so every query let in is counted out once: at its last
 * write, before the client can read the answer and send its next query, or when the exchange ends
 * otherwise. The exchange stays open for its client ({@link Account.Budget#openExchanges()}) until it
 * completes, however it ends: sent, failed, its connection closed or cut by the idle timeout. Its
 * last write also gives the query's evaluation slot to the next query ({@link Fairness#EVALUATED}):
 * the answer has been evaluated, and a client may leave that write unread until the idle timeout.
 * A query whose client goes away while it waits in the queue is counted out then, uncharged, and as
 * abandoned until it leaves the queue ({@link EvaluationQueue}, {@link Account#abandoned}).
 * It also picks the query's lane: the light clients' when its client is {@link Account#provenLight()
 * proven light}.
 */
final class QueryMeter extends ConditionalHandler.ElseNext {
    /** Request attribute: {@link NanoTime#now()} when the query left the queue. */
    static final String STARTED = QueryMeter.class.getName() + ".started";
    /** Request attribute: {@code Boolean.TRUE} when the query goes to the lane of light clients. */
    static final String LIGHT = QueryMeter.class.getName() + ".light";

    private final Function<Request, String> key;
    private final ClientAccounts accounts;

    QueryMeter(Function<Request, String> key, ClientAccounts accounts) {
        this.key = key;
        this.accounts = accounts;
    }

    @Override
    protected boolean onConditionsMet(Request request, Response response, Callback callback) throws Exception {
        Account account = accounts.account(key.apply(request));
        request.setAttribute(LIGHT, account.provenLight());
        AtomicBoolean counted = new AtomicBoolean();
        Runnable finish = () -> {
            if (counted.compareAndSet(false, true)) {
                Object started = request.getAttribute(STARTED);
                account.finished(started == null ? 0 : NanoTime.since((Long) started));
            }
        };
        AtomicBoolean closed = new AtomicBoolean();
        // The thread, the answer and the connection's write are let go (Account.Budget#openExchanges):
        // once the last write has been taken whole by the connection, or the exchange has ended.
        Runnable complete = () -> {
            if (closed.compareAndSet(false, true)) account.completed();
        };
        // A client gone while its query waits for a slot: the query is counted out of its share and
        // its open exchanges at once, and as abandoned until it leaves the queue (EvaluationQueue
        // watches the connection while it waits, and does not evaluate such a query).
        // The watch's thread and the completion's decide under one lock, so a query is counted out once.
        Object outcome = new Object();
        AtomicBoolean abandoned = new AtomicBoolean();
        request.setAttribute(EvaluationQueue.GONE_WHILE_WAITING, (Runnable) () -> {
            synchronized (outcome) {
                // finish runs outside the lock too (at a last write, as of a 503 after the wait): one
                // compare-and-set decides which of them counts the query out.
                if (!counted.compareAndSet(false, true)) return;
                abandoned.set(true);
                account.abandoned(closed.compareAndSet(false, true));
            }
        });
        Request.addCompletionListener(request, failure -> {
            synchronized (outcome) {
                try {
                    finish.run();
                    if (abandoned.get()) account.leftQueue();
                } finally {
                    complete.run();
                }
            }
        });
        return nextHandler(request, new Response.Wrapper(request, response) {
            @Override
            public void write(boolean last, ByteBuffer content, Callback written) {
                if (!last) {
                    super.write(false, content, written);
                    return;
                }
                finish.run();
                // The answer has ended: a streamed one's slot goes to the next query now, not once its client has read it.
                if (request.getAttribute(Fairness.EVALUATED) instanceof Runnable evaluated) evaluated.run();
                // A client that has read the answer may ask again before the exchange has ended: it is not
                // held open meanwhile (held, two such clients' next queries were refused).
                super.write(true, content, Callback.from(written, complete));
            }
        }, callback);
    }
}
