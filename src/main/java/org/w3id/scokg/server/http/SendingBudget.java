package org.w3id.scokg.server.http;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The bytes of the bodies being sent at once ({@link AsyncBody}), up to a capacity. A body is the
 * object that holds its bytes, counted once however many clients it is being sent to: a cached
 * answer sent to seventy connections is one array in the heap, and counted seventy times it would
 * let one client spend the whole budget and have every other client's large answers refused. A
 * body larger than the whole capacity is let through when
 * nothing else is being sent, so that it can be sent at all.
 */
final class SendingBudget {
    private final long capacity;
    private final Map<Object, Senders> bodies = new IdentityHashMap<>();
    private long reserved;

    SendingBudget(long capacity) {
        this.capacity = capacity;
    }

    /** How many sends of one body are under way, and its bytes. */
    private static final class Senders {
        final long bytes;
        int count = 1;

        Senders(long bytes) {
            this.bytes = bytes;
        }
    }

    /**
     * Counts a send of {@code body}, of {@code bytes}: true if it is being sent already, or its bytes
     * fit beside the others (or nothing else is being sent); else nothing is counted, and false.
     */
    synchronized boolean reserve(Object body, long bytes) {
        Senders senders = bodies.get(body);
        if (senders != null) {
            senders.count++;
            return true;
        }
        if (reserved != 0 && reserved + bytes > capacity) return false;
        bodies.put(body, new Senders(bytes));
        reserved += bytes;
        return true;
    }

    /** Ends a send of {@code body} counted by {@link #reserve}; its bytes are given back with its last. */
    synchronized void release(Object body) {
        Senders senders = bodies.get(body);
        if (senders == null || --senders.count > 0) return;
        bodies.remove(body);
        reserved -= senders.bytes;
    }

    synchronized long reserved() {
        return reserved;
    }
}
