package org.w3id.scokg.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered answers, by request. The graph does not change while it is served, so an answer made
 * once is the answer every time; the least recently used are dropped past {@code capacity}.
 */
final class ResponseCache<V> {
    private final Map<String, V> entries;

    ResponseCache(int capacity) {
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The answer kept for {@code key}, or null. */
    V peek(String key) {
        synchronized (entries) {
            return entries.get(key);
        }
    }

    void put(String key, V value) {
        synchronized (entries) {
            entries.put(key, value);
        }
    }

    V get(String key, Supplier<V> make) {
        synchronized (entries) {
            V cached = entries.get(key);
            if (cached != null) return cached;
        }
        V made = make.get();
        synchronized (entries) {
            entries.putIfAbsent(key, made);
        }
        return made;
    }
}
