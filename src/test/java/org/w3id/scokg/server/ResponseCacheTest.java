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
        cache.put("a", new byte[90]);
        cache.put("b", new byte[90]);
        cache.peek("a");
        for (int i = 0; i < 10; i++) cache.put("c" + i, new byte[90]);
        assertNull(cache.peek("b"), "b was used least recently, and 12 answers of 90 bytes pass 1000 by one");
        assertEquals(90, cache.peek("a").length, "a was read after b was put");
        assertEquals(90, cache.peek("c9").length);
    }

    @Test
    void an_answer_larger_than_a_tenth_is_not_kept() {
        ResponseCache<byte[]> cache = new ResponseCache<>(1000, b -> b.length);
        cache.put("big", new byte[101]);
        assertNull(cache.peek("big"));
    }
}
