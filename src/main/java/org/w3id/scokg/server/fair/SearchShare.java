package org.w3id.scokg.server.fair;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.w3id.scokg.server.http.Refusals;
import org.w3id.scokg.server.web.Sentence;

/**
 * One client's share of the searches' lane ({@link QueryRoutes#searches}): at most {@code share} of
 * its searches and suggestions waiting or under way at once; one more is a 429 with {@code
 * Retry-After: 1} and one sentence, at once. Searches are not charged to a client's budget, so
 * without it the lane's queue would be first come, first served: one address with 40 connections
 * asking searches of many words (some 0.3 to 1 s of a core each) kept another reader's search of
 * one word waiting 7 to 10 s, some a 503 after the longest wait.
 */
final class SearchShare extends Handler.Wrapper {
    private final Function<Request, String> key;
    private final int share;
    private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();

    SearchShare(Function<Request, String> key, int share) {
        this.key = key;
        this.share = share;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!QueryRoutes.searches(request)) return super.handle(request, response, callback);
        String client = key.apply(request);
        boolean[] admitted = {false};
        open.compute(client, (k, n) -> {
            int count = n == null ? 0 : n;
            if (count >= share) return n;
            admitted[0] = true;
            return count + 1;
        });
        if (!admitted[0]) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, 1);
            // A search is a page: a browser gets the site's error page.
            return Refusals.refuse(request, response, callback, HttpStatus.TOO_MANY_REQUESTS_429, Sentence.of("said.searches", share));
        }
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) open.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
        };
        Callback counted = new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                release.run();
                super.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                release.run();
                super.failed(failure);
            }
        };
        // Given back when the answer's last write begins, as a query's slot is (EvaluationQueue): the
        // client may have read the answer whole before the exchange ends, and one that then sends its
        // next suggestion would otherwise find its last two still counted, a 429 about once in 400
        // such requests.
        Response countedOut = new Response.Wrapper(request, response) {
            @Override
            public void write(boolean last, java.nio.ByteBuffer content, Callback written) {
                if (last) release.run();
                super.write(last, content, written);
            }
        };
        boolean handled;
        try {
            handled = super.handle(request, countedOut, counted);
        } catch (Throwable failure) {
            release.run();
            throw failure;
        }
        if (!handled) release.run();
        return handled;
    }

    /** The searches of {@code client} waiting or under way (for tests). */
    int open(String client) {
        return open.getOrDefault(client, 0);
    }
}
