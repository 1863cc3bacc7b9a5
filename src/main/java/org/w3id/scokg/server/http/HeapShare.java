package org.w3id.scokg.server.http;

/**
 * The bytes a cache may keep: a share of the heap the JVM may grow to, never more than the cache's
 * own ceiling. A server started with a small heap (a container's memory limit) then keeps smaller
 * caches instead of running out of memory once they fill.
 */
public final class HeapShare {
    private HeapShare() {}

    /** {@code ceiling} bytes, or one {@code divisor}-th of the largest heap if that is less. */
    public static long of(long ceiling, int divisor) {
        return Math.min(ceiling, Runtime.getRuntime().maxMemory() / divisor);
    }
}
