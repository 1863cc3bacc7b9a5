package org.w3id.scokg.server.http;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Kept answers, each made once, on the thread that first asks for it, without holding anyone else up.
 *
 * <p>{@code Cache.get(key, compute)} computes inside the cache's map, which locks the key's bin of
 * the map for the whole computation: every other key that falls in that bin waits too. Caffeine
 * asks that such a computation be "short and simple"; an entity's description may take the whole
 * query timeout, and a fragment's matches as long. Here the first asker puts a future in a map of
 * the answers being made (a moment under the lock) and makes the value on its own thread, under
 * its own deadline, with the lock released; whoever asks for the same key meanwhile waits for that
 * future, and nobody else waits at all. A value made is put in the {@link Cache} before its future
 * leaves the map, so an asker finds it in one or the other.
 *
 * <p>A computation that fails is not kept: its waiters get its exception, and the next asker tries
 * again. Its future is never in the Caffeine cache: an {@code AsyncCache} logs every future that
 * fails ("Exception thrown during asynchronous load", with the stack, through {@code
 * System.Logger}), so each fragment asked with a bad term, a client's mistake answered 400, would
 * write some 100 lines to the log, the client's words among them.
 */
public final class ComputedOnce<K, V> {
    private final Cache<K, V> kept;
    private final ConcurrentMap<K, CompletableFuture<V>> making = new ConcurrentHashMap<>();

    /** Answers kept in {@code kept}, whose bounds (size, weight, expiry) decide how long. */
    public ComputedOnce(Cache<K, V> kept) {
        this.kept = kept;
    }

    /** The value kept for {@code key}, or the one being made for it, or {@code compute}'s, made here. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        V value = kept.getIfPresent(key);
        if (value != null) return value;
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> running = making.putIfAbsent(key, mine);
        if (running != null) return join(running);
        try {
            // Made and kept while this asker was between the two looks above.
            value = kept.getIfPresent(key);
            if (value == null) {
                value = compute.apply(key);
                kept.put(key, value);
            }
        } catch (Throwable e) {
            // Any throwable, a checked one thrown unchecked too: a future left in the map would hold every later asker.
            making.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        making.remove(key, mine);
        mine.complete(value);
        return value;
    }

    /** The kept value of {@code key}, or null where there is none or it is still being made. */
    public V ifMade(K key) {
        return kept.getIfPresent(key);
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
