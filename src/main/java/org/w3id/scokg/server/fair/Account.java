package org.w3id.scokg.server.fair;

import org.eclipse.jetty.server.handler.DoSHandler;
import org.eclipse.jetty.util.NanoTime;

/**
 * One client's query time: a leaky bucket that every finished query fills with the time it took
 * and that drains at the budget's rate ({@code budget} per {@code window}), the number of the
 * client's queries now waiting or running, and the number whose exchange has not ended (their
 * answers still being sent). A client is let in while its bucket holds less than the budget, it
 * has fewer than its share of queries under way and fewer than {@link Budget#openExchanges()}
 * exchanges open; so over a window it gets about the budget, and it can spend a whole budget at
 * once, as Wikidata's rule (60 s of query time per minute) allows. It also keeps a running mean of
 * the client's query times, which tells a client known for short queries ({@link #provenLight()}).
 * Jetty's {@link DoSHandler} asks {@link #onRequest} and forgets the account when {@link
 * #getExpireNanoTime()} has passed: a window after its bucket is empty and nothing of it is under
 * way or being sent.
 */
final class Account implements DoSHandler.Tracker {
    /**
     * How many places the queue's order has. Jetty's {@code QoSHandler} keeps a queue for each
     * priority it has been given, so they are bounded; with 10, a client that had spent less than a
     * tenth of its budget (6 s of 60 s) ranked with one that had spent nothing.
     */
    static final int PRIORITIES = 1000;

    /** A client whose last queries took less than this on average, and at least {@link #RECORD} of them, is proven light. */
    private static final long LIGHT_NANOS = 250_000_000L;
    private static final int RECORD = 3;
    /** Weight of the newest query in the running mean of query times. */
    private static final double WEIGHT = 0.2;
    /**
     * A query this long keeps its client out of the light lane for a window, whatever its mean: eight
     * short queries brought the mean of a 4 s query back under {@link #LIGHT_NANOS}, so a client that
     * sent them between its long queries would run those in the light lane.
     */
    private static final long LONG_NANOS = 1_000_000_000L;

    private final Budget budget;
    private long debtNanos;
    private long drainedAt = NanoTime.now();
    private int underWay;
    /** Queries let in whose exchange has not completed: under way, or counted out with their answer still being sent. */
    private int open;
    /**
     * A query refused only for {@link Refusal.Reason#UNREAD}, waiting for one of the client's open
     * exchanges to end ({@link #awaitExchangeEnd}): one at most, or null.
     */
    private Runnable waiting;
    /** Queries whose client went away while they waited, still in the queue ({@link #abandoned()}). */
    private int abandoned;
    private long queries;
    private double meanNanos;
    /** When the client's last query of {@link #LONG_NANOS} or more ended, if it has had one. */
    private long longQueryAt;
    private boolean hadLongQuery;

    Account(Budget budget) {
        this.budget = budget;
    }

    /**
     * Lets a query in, counting it as under way and open, unless the client is over its budget, has
     * its share of queries under way, or has as many exchanges open as it may.
     */
    @Override
    public synchronized boolean onRequest(long now) {
        drain(now);
        if (refused() != null) return false;
        underWay++;
        open++;
        return true;
    }

    /** Why a query would be refused now, or null. */
    private Refusal.Reason refused() {
        if (debtNanos >= budget.nanos()) return Refusal.Reason.BUDGET;
        // Abandoned queries still hold places in the queue (and their connections): a client may have
        // twice its share of queries under way and abandoned together (uncounted, one address that
        // connected, asked and closed in a loop filled the queue with 1,500).
        if (underWay >= budget.queriesPerClient() || underWay + abandoned >= 2 * budget.queriesPerClient()) return Refusal.Reason.SHARE;
        if (open >= budget.openExchanges()) return Refusal.Reason.UNREAD;
        return null;
    }

    /**
     * A query let in by {@link #onRequest} has ended, after {@code queryNanos} of evaluation: its
     * answer's last write has begun, or its exchange ended before. It stays open until {@link #completed}.
     */
    synchronized void finished(long queryNanos) {
        drain(NanoTime.now());
        underWay = Math.max(0, underWay - 1);
        debtNanos += queryNanos;
        if (queryNanos > 0) {
            meanNanos = queries == 0 ? queryNanos : (1 - WEIGHT) * meanNanos + WEIGHT * queryNanos;
            queries++;
        }
        if (queryNanos >= LONG_NANOS) {
            longQueryAt = NanoTime.now();
            hadLongQuery = true;
        }
    }

    /**
     * The client of a query let in by {@link #onRequest} went away while the query waited for a slot:
     * it is counted out of the share and, if {@code open}, of the open exchanges, uncharged, and counted as abandoned
     * until it leaves the queue ({@link #leftQueue}), where it is not evaluated.
     */
    void abandoned(boolean open) {
        Runnable wake;
        synchronized (this) {
            underWay = Math.max(0, underWay - 1);
            abandoned++;
            if (!open) return;
            this.open = Math.max(0, this.open - 1);
            wake = takeWaiting();
        }
        if (wake != null) wake.run();
    }

    /** An abandoned query has left the queue. */
    synchronized void leftQueue() {
        abandoned = Math.max(0, abandoned - 1);
    }

    /**
     * The exchange of a query let in by {@link #onRequest} has completed: its answer was sent, or
     * failed, or its client went. A query waiting for it ({@link #awaitExchangeEnd}) is woken, on this
     * thread and outside the account's lock.
     */
    void completed() {
        Runnable wake;
        synchronized (this) {
            open = Math.max(0, open - 1);
            wake = takeWaiting();
        }
        if (wake != null) wake.run();
    }

    /**
     * Has {@code wake} run once one of the client's open exchanges has ended, when that is all that
     * refuses its next query now ({@link Refusal.Reason#UNREAD}) and no other query of it waits so;
     * runs it at once when nothing refuses the client any more. Returns false, and never runs it,
     * otherwise: the query is refused at once. An exchange is counted ended by Jetty's completion,
     * which runs after the connection has taken the answer's last write, so a client that has read the
     * answer whole and sent its next query on a new connection can come before it; waiting for it
     * tells that client from one that leaves its answers unread.
     */
    boolean awaitExchangeEnd(Runnable wake) {
        synchronized (this) {
            drain(NanoTime.now());
            Refusal.Reason reason = refused();
            if (reason != null) {
                if (reason != Refusal.Reason.UNREAD || waiting != null) return false;
                waiting = wake;
                return true;
            }
        }
        wake.run();
        return true;
    }

    /** {@code wake} no longer waits for an exchange to end (its time is up), if it still did. */
    synchronized void stopWaiting(Runnable wake) {
        if (waiting == wake) waiting = null;
    }

    /** Whether a query of the client waits for one of its exchanges to end (for tests). */
    synchronized boolean waitsForAnExchange() {
        return waiting != null;
    }

    private Runnable takeWaiting() {
        Runnable wake = waiting;
        waiting = null;
        return wake;
    }

    /**
     * Whether the client has a record of short queries ({@value #RECORD} at least, a quarter of a
     * second on average, the newest counting most), none of a second or more within the window, and
     * has spent less than a tenth of its budget: its next query goes to the lane of light clients,
     * which no long query from a client without such a record can fill.
     */
    synchronized boolean provenLight() {
        long now = NanoTime.now();
        drain(now);
        boolean longQueryLately = hadLongQuery && NanoTime.elapsed(longQueryAt, now) < budget.windowNanos();
        return queries >= RECORD && meanNanos < LIGHT_NANOS && !longQueryLately && debtNanos < budget.nanos() / 10;
    }

    /** Why the last refused query was refused, and when to come back. */
    synchronized Refusal refusal() {
        drain(NanoTime.now());
        Refusal.Reason reason = refused();
        // Refused a moment ago, the client may have a query counted out since: it is told of its share.
        if (reason == null) reason = Refusal.Reason.SHARE;
        if (reason != Refusal.Reason.BUDGET) return new Refusal(reason, 1);
        double drainNanos = (debtNanos - budget.nanos() + 1) / budget.rate();
        return new Refusal(reason, Math.max(1, (long) Math.ceil(drainNanos / 1e9)));
    }

    /**
     * {@link #PRIORITIES} for a client that has spent nothing, down to 0 for one that has spent its
     * budget: the order of the queue, in steps of a thousandth of the budget (60 ms of 60 s).
     */
    synchronized int priority() {
        drain(NanoTime.now());
        return (int) Math.max(0, PRIORITIES - (long) ((double) debtNanos * PRIORITIES / budget.nanos()));
    }

    /** The client's queries let in and not yet counted out: waiting for a slot or evaluating. */
    synchronized int underWay() {
        return underWay;
    }

    /** The client's queries whose client went away while they waited, still in the queue. */
    synchronized int abandonedInQueue() {
        return abandoned;
    }

    /** The query time charged and not yet drained. */
    synchronized long debtNanos() {
        drain(NanoTime.now());
        return debtNanos;
    }

    @Override
    public synchronized long getExpireNanoTime() {
        long now = NanoTime.now();
        // A client's record is kept a window past its last query and the draining of its debt.
        if (underWay > 0 || open > 0 || abandoned > 0) return now + budget.windowNanos();
        return drainedAt + (long) (debtNanos / budget.rate()) + budget.windowNanos();
    }

    private void drain(long now) {
        long elapsed = NanoTime.elapsed(drainedAt, now);
        if (elapsed <= 0) return;
        debtNanos = Math.max(0, debtNanos - (long) (elapsed * budget.rate()));
        drainedAt = now;
    }

    /** A refusal, and the seconds after which to ask again (until enough has drained, over the budget). */
    record Refusal(Reason reason, long retryAfterSeconds) {
        enum Reason {
            /** The client has spent its query time. */
            BUDGET,
            /** The client has its share of queries waiting or running. */
            SHARE,
            /** The client has as many exchanges open as it may, their answers still being sent to it. */
            UNREAD
        }
    }

    /** The budget every client has: {@code nanos} of query time per {@code windowNanos}, and queries under way at once. */
    record Budget(long nanos, long windowNanos, int queriesPerClient) {
        /** Nanoseconds of debt drained per nanosecond. */
        double rate() {
            return (double) nanos / windowNanos;
        }

        /**
         * The most exchanges a client may have open at once: its share of queries, and one more. A
         * query is counted out of the share when its answer's last write begins (its last 32 KiB at
         * most), before the client can have read the answer, so that a client that has read it may
         * ask again at once; it stays open until the connection has taken that write whole (or the
         * exchange has ended), a moment later, and the one more lets such a client in meanwhile. A
         * client that leaves its answers unread in their last write is refused once it has this many being sent: each
         * holds its connection's write and, held whole, its bytes (up to the answer's 16 MiB cap, sent a piece at a time without a thread), or, streamed as
         * it was evaluated, its evaluation slot. The end is counted after the connection has taken
         * that write, so a client that has read its answers may ask again before it: a query refused
         * for this alone waits a moment for one of them to end ({@link Account#awaitExchangeEnd},
         * {@link TooManyRequests}).
         */
        int openExchanges() {
            return queriesPerClient + 1;
        }
    }
}
