package org.w3id.scokg.server.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

/** One client's share of the searches' lane ({@link SearchShare}), through a local connector, no port. */
class SearchShareTest {
    /**
     * A review on 5 December 2026: the share was given back only when the exchange had ended, after
     * the answer's last write had been taken by the connection, so a client that read each answer
     * whole and only then sent its next suggestion (on a new connection, as Python's urllib does)
     * could find its last two still counted: one in about 400 such requests was a 429 that said
     * "send the next when one has been answered". It is given back when the last write begins, as a
     * query's slot is ({@link EvaluationQueue}).
     */
    @Test
    void a_search_is_counted_out_when_its_answers_last_write_begins() throws Exception {
        Server server = new Server();
        LocalConnector connector = new LocalConnector(server);
        server.addConnector(connector);
        AtomicInteger openWhenWritten = new AtomicInteger(-1);
        CountDownLatch ended = new CountDownLatch(1);
        SearchShare share = new SearchShare(request -> "one client", 1);
        share.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.write(true, ByteBuffer.wrap("{\"result\":[]}".getBytes(StandardCharsets.UTF_8)), Callback.from(() -> {
                    // The answer is with the client; the exchange has not ended yet.
                    openWhenWritten.set(share.open("one client"));
                    callback.succeeded();
                    ended.countDown();
                }, callback::failed));
                return true;
            }
        });
        server.setHandler(share);
        server.start();
        try {
            HttpTester.Response answer = HttpTester.parseResponse(
                    connector.getResponse("GET /reconcile/suggest/entity?prefix=R HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
            assertEquals(200, answer.getStatus());
            // The client may have the answer before the exchange ends: wait for it.
            assertTrue(ended.await(10, TimeUnit.SECONDS), "the exchange did not end");
            assertEquals(0, openWhenWritten.get(), "the search was still counted once its answer was written");
            assertEquals(0, share.open("one client"));
        } finally {
            server.stop();
        }
    }
}
