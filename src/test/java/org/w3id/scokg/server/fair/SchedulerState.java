package org.w3id.scokg.server.fair;

import org.eclipse.jetty.server.Server;

/**
 * What the fair scheduler of a running server holds now, read in-process from its handlers, for
 * HTTP tests that must wait until the server has reached a state (a query waiting for a slot, a
 * client counted out) instead of sleeping a fixed time and hoping it has.
 */
public final class SchedulerState {
    private SchedulerState() {}

    /** The requests waiting for a slot in any of the server's lanes (queries, light clients, searches, fragments). */
    public static int waiting(Server jetty) {
        return jetty.getDescendants(EvaluationQueue.class).stream().mapToInt(EvaluationQueue::getSuspendedRequestCount).sum();
    }

    /** The queries of the client with this key ({@link ClientKey}'s: an IPv4 address as written) waiting or evaluating. */
    public static int underWay(Server jetty, String client) {
        return accounts(jetty).account(client).underWay();
    }

    /** The queries of the client with this key that it left while they waited, still in the queue. */
    public static int abandoned(Server jetty, String client) {
        return accounts(jetty).account(client).abandonedInQueue();
    }

    private static ClientAccounts accounts(Server jetty) {
        EvaluationQueue queue = jetty.getDescendant(EvaluationQueue.class);
        if (queue == null) throw new IllegalStateException("the server has no fair scheduler");
        return queue.accounts();
    }
}
