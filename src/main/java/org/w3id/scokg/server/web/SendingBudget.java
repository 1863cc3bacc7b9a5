package org.w3id.scokg.server.web;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of the bodies being sent at once ({@link AsyncBody}), up to a capacity. A body larger
 * than the whole capacity is let through when nothing else is being sent, so that it can be sent
 * at all.
 */
final class SendingBudget {
    private final long capacity;
    private final AtomicLong reserved = new AtomicLong();

    SendingBudget(long capacity) {
        this.capacity = capacity;
    }

    /** Takes {@code bytes} from the budget, or nothing and false if that would pass its capacity. */
    boolean reserve(long bytes) {
        long now = reserved.addAndGet(bytes);
        if (now <= capacity || now == bytes) return true;
        reserved.addAndGet(-bytes);
        return false;
    }

    /** Gives back {@code bytes} taken by {@link #reserve}. */
    void release(long bytes) {
        reserved.addAndGet(-bytes);
    }

    long reserved() {
        return reserved.get();
    }
}
