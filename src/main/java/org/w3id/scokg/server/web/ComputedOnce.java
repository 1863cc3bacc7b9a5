package org.w3id.scokg.server.web;

import com.github.benmanes.caffeine.cache.AsyncCache;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * A kept answer made once, on the thread that first asks for it, without holding anyone else up.
 *
 * <p>{@code Cache.get(key, compute)} computes inside the cache's map, which locks the key's bin of
 * the map for the whole computation: every other key that falls in that bin waits too. Caffeine
 * asks that such a computation be "short and simple"; an entity's description may take the whole
 * query timeout, and a fragment's matches as long. Here the first asker puts a future in an {@link
 * AsyncCache} (a moment under the lock) and makes the value on its own thread, under its own
 * deadline, with the lock released; whoever asks for the same key meanwhile waits for that future,
 * and nobody else waits at all. A computation that fails is not kept (Caffeine drops a future that
 * completes exceptionally): its waiters get its exception, and the next asker tries again.
 */
public final class ComputedOnce {
    private ComputedOnce() {}

    /** The value kept for {@code key}, or the one being made for it, or {@code compute}'s, made here. */
    public static <K, V> V get(AsyncCache<K, V> cache, K key, Function<? super K, ? extends V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> running = cache.asMap().putIfAbsent(key, mine);
        if (running != null) return join(running);
        V value;
        try {
            value = compute.apply(key);
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
        mine.complete(value);
        return value;
    }

    /** The kept value of {@code key}, or null where there is none or it is still being made. */
    public static <K, V> V ifMade(AsyncCache<K, V> cache, K key) {
        return cache.synchronous().getIfPresent(key);
    }

    private static <V> V join(CompletableFuture<V> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            // The maker's own exception, as the maker got it (a query stopped, a term refused).
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error cause) throw cause;
            throw e;
        }
    }
}
