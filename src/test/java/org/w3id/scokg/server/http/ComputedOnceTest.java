package org.w3id.scokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ComputedOnceTest {
    // "Aa" and "BB" have one hash code, so one bin of any hash map.
    private static final String SLOW = "Aa";
    private static final String OTHER = "BB";

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        threads.shutdownNow();
    }

    private String slow(String key) {
        started.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return key + " made";
    }

    @Test
    void the_keys_share_a_hash_code() {
        assertEquals(SLOW.hashCode(), OTHER.hashCode());
    }

    @Test
    void a_key_in_the_bin_of_one_being_made_is_made_without_waiting() throws Exception {
        ComputedOnce<String, String> cache = new ComputedOnce<>(Caffeine.newBuilder().build());
        Future<String> slowOne = threads.submit(() -> cache.get(SLOW, this::slow));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        Future<String> other = threads.submit(() -> cache.get(OTHER, k -> k + " made"));
        assertEquals("BB made", other.get(10, TimeUnit.SECONDS), "made while the other key of its bin is being made");
        assertNull(cache.ifMade(SLOW), "nothing kept while it is being made");
        release.countDown();
        assertEquals("Aa made", slowOne.get(10, TimeUnit.SECONDS));
        assertEquals("Aa made", cache.ifMade(SLOW));
    }

    @Test
    void caffeines_own_get_holds_the_bin_which_is_why_this_exists() throws Exception {
        // The behaviour this class avoids, shown so the test above means something.
        Cache<String, String> cache = Caffeine.newBuilder().build();
        threads.submit(() -> cache.get(SLOW, this::slow));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        Future<String> other = threads.submit(() -> cache.get(OTHER, k -> k + " made"));
        assertThrows(TimeoutException.class, () -> other.get(1, TimeUnit.SECONDS), "the other key waits for the bin");
        release.countDown();
        assertEquals("BB made", other.get(10, TimeUnit.SECONDS));
    }

    @Test
    void a_second_asker_of_the_same_key_waits_for_the_one_making() throws Exception {
        ComputedOnce<String, String> cache = new ComputedOnce<>(Caffeine.newBuilder().build());
        AtomicInteger made = new AtomicInteger();
        Future<String> first = threads.submit(() -> cache.get(SLOW, k -> {
            made.incrementAndGet();
            return slow(k);
        }));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        Future<String> second = threads.submit(() -> cache.get(SLOW, k -> {
            made.incrementAndGet();
            return k + " made again";
        }));
        assertThrows(TimeoutException.class, () -> second.get(300, TimeUnit.MILLISECONDS), "it waits");
        release.countDown();
        assertSame(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS));
        assertEquals(1, made.get());
    }

    @Test
    void a_failure_reaches_its_waiters_and_is_not_kept() throws Exception {
        ComputedOnce<String, String> cache = new ComputedOnce<>(Caffeine.newBuilder().build());
        Future<String> first = threads.submit(() -> cache.get(SLOW, k -> {
            slow(k);
            throw new IllegalStateException("stopped at the timeout");
        }));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        CountDownLatch waiting = new CountDownLatch(1);
        Future<String> second = threads.submit(() -> {
            waiting.countDown();
            return cache.get(SLOW, k -> "not asked");
        });
        assertTrue(waiting.await(10, TimeUnit.SECONDS));
        Thread.sleep(1000); // time for it to find the future being made and wait on it
        release.countDown();
        for (Future<String> asker : java.util.List.of(first, second)) {
            java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class, () -> asker.get(10, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof IllegalStateException, e.toString());
        }
        assertNull(cache.ifMade(SLOW));
        assertEquals("Aa made now", cache.get(SLOW, k -> k + " made now"), "the next asker makes it");
    }
}
