package org.w3id.scokg.server.reconcile;

import java.util.concurrent.TimeUnit;

/**
 * When a reconciliation batch or data extension must stop: past its deadline (the query timeout),
 * or once its client has gone ({@link #clientLeft}, called from another thread by the servlet's
 * watch of the connection). The work looks at it between two things ({@link #check}), so it stops
 * within one thing's comparison of either.
 */
final class BatchDeadline {
    /** No deadline and no client to leave: the work runs to its end. */
    static final BatchDeadline NONE = new BatchDeadline(Long.MAX_VALUE);

    /** {@link System#nanoTime()} past which the work stops; {@code Long.MAX_VALUE} for never. */
    private final long dueNanos;
    private volatile boolean clientGone;

    private BatchDeadline(long dueNanos) {
        this.dueNanos = dueNanos;
    }

    /** A deadline {@code timeoutMillis} from now. */
    static BatchDeadline in(long timeoutMillis) {
        long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        return new BatchDeadline(due == Long.MAX_VALUE ? due - 1 : due);
    }

    /** Says the client has gone: the work stops at its next {@link #check}. */
    void clientLeft() {
        clientGone = true;
    }

    /** Throws {@link ClientLeft} once the client has gone, {@link PastDeadline} once the deadline has passed. */
    void check() {
        if (clientGone) throw new ClientLeft();
        if (dueNanos != Long.MAX_VALUE && System.nanoTime() - dueNanos > 0) throw new PastDeadline();
    }

    /**
     * A batch run past its deadline: each name is compared with every thing's, so a batch's time
     * grows with the graph (100 queries of 499 characters took 4 to 7 s at x1 and 59 to 80 s at x10,
     * past any timeout).
     */
    static final class PastDeadline extends RuntimeException {
        PastDeadline() {
            super("the reconciliation batch ran past its deadline", null, false, false);
        }
    }

    /**
     * A batch whose client has gone: no one reads its answer, so it does not run on to its end or
     * its deadline after its client has closed the connection.
     */
    static final class ClientLeft extends RuntimeException {
        ClientLeft() {
            super("the reconciliation batch's client has gone", null, false, false);
        }
    }
}
