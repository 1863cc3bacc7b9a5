package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {
    @Test
    void an_answer_is_made_once_and_then_kept() {
        ResponseCache<byte[]> cache = new ResponseCache<>(1000, b -> b.length);
        AtomicInteger made = new AtomicInteger();
        byte[] first = cache.get("a", () -> new byte[] {(byte) made.incrementAndGet()});
        byte[] second = cache.get("a", () -> new byte[] {(byte) made.incrementAndGet()});
        assertArrayEquals(first, second);
        assertEquals(1, made.get());
    }

    @Test
    void the_least_recently_used_go_first_past_the_byte_limit() {
        ResponseCache<byte[]> cache = new ResponseCache<>(1000, b -> b.length);
        // An entry weighs its bytes and two per character of its key: 90 for a and b, 92 for c0 to c8.
        cache.put("a", new byte[88]);
        cache.put("b", new byte[88]);
        cache.peek("a");
        for (int i = 0; i < 9; i++) cache.put("c" + i, new byte[88]);
        assertNull(cache.peek("b"), "b was used least recently, and 11 entries weigh 1008 (968 without their keys)");
        assertEquals(88, cache.peek("a").length, "a was read after b");
        assertEquals(88, cache.peek("c8").length);
    }

    @Test
    void an_answer_larger_than_a_tenth_is_not_kept() {
        ResponseCache<byte[]> cache = new ResponseCache<>(1000, b -> b.length);
        cache.put("big", new byte[95]);
        assertNull(cache.peek("big"), "95 bytes and 6 for its key");
        cache.put("b", new byte[98]);
        assertEquals(98, cache.peek("b").length, "98 bytes and 2 for its key");
    }

    @Test
    void a_long_key_counts_as_much_as_a_long_answer() {
        ResponseCache<byte[]> cache = new ResponseCache<>(1000, b -> b.length);
        cache.put("q".repeat(60), new byte[1]);
        assertNull(cache.peek("q".repeat(60)), "a key of 60 characters weighs 120 bytes, more than a tenth");
    }
}
