package org.w3id.scokg.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Rendered answers, by request. The graph does not change while it is served, so an answer made
 * once is the answer every time. The cache holds at most {@code maxBytes} of answers and their keys
 * (two bytes a character: a SPARQL key is the whole query, often longer than its answer), dropping
 * the least recently used first; an entry larger than a tenth of that is never kept.
 */
final class ResponseCache<V> {
    private final Map<String, V> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final long maxBytes;
    private final ToLongFunction<V> sizeOf;
    private long bytes;

    ResponseCache(long maxBytes, ToLongFunction<V> sizeOf) {
        this.maxBytes = maxBytes;
        this.sizeOf = sizeOf;
    }

    /** The answer kept for {@code key}, or null. */
    V peek(String key) {
        synchronized (entries) {
            return entries.get(key);
        }
    }

    void put(String key, V value) {
        long size = weight(key, value);
        if (size > maxBytes / 10) return;
        synchronized (entries) {
            V old = entries.put(key, value);
            bytes += size - (old == null ? 0 : weight(key, old));
            var eldest = entries.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                var entry = eldest.next();
                bytes -= weight(entry.getKey(), entry.getValue());
                eldest.remove();
            }
        }
    }

    private long weight(String key, V value) {
        return sizeOf.applyAsLong(value) + 2L * key.length();
    }

    V get(String key, Supplier<V> make) {
        V cached = peek(key);
        if (cached != null) return cached;
        V made = make.get();
        put(key, made);
        return made;
    }
}
