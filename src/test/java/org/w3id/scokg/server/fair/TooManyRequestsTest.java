package org.w3id.scokg.server.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.DoSHandler;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A client of one query at a time, each on a new connection, whose answers it has read whole while
 * Jetty has not yet counted their exchanges ended: Jetty's DoSHandler with {@link Account}s, {@link
 * TooManyRequests} and {@link QueryMeter} in front of a handler that answers {@code true}, through a
 * local connector, no port. The connection takes each answer's last write whole, and the client
 * reads it; the write's completion, which ends the exchange, is held back until the test lets it go,
 * as a loaded machine holds back the thread that runs it.
 */
class TooManyRequestsTest {
    private static final String CLIENT = "one client";
    private static final String ASK = "GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: localhost\r\n\r\n";

    private final Queue<Callback> heldCompletions = new ConcurrentLinkedQueue<>();
    /** A minute of query time per minute, one query under way at once: two exchanges open. */
    private static final Account.Budget BUDGET = new Account.Budget(60_000_000_000L, 60_000_000_000L, 1);

    private final ClientAccounts accounts = new ClientAccounts(BUDGET);
    private Server server;
    private LocalConnector connector;

    /**
     * A review on 6 December 2026: a client that sent small ASKs one after another, reading each
     * answer whole and closing, got 429 "already has 2 answers still being sent" on 2 to 9 % of them
     * on a loaded machine, its last two exchanges not yet counted ended. Its next query now waits
     * for one to end, and is answered; another query of the client, sent meanwhile, is refused at
     * once, so a client has one query waiting so at most.
     */
    @Test
    void a_query_after_two_answers_read_whole_waits_for_their_exchanges_to_end_and_is_answered() throws Exception {
        start(Duration.ofSeconds(30));
        answeredWhole(2);
        LocalConnector.LocalEndPoint third = connector.executeRequest(ASK);
        if (!awaited(() -> account().waitsForAnExchange())) {
            throw new AssertionError("the third query did not wait for an exchange to end: " + third.getResponse(false, 1, TimeUnit.SECONDS));
        }
        HttpTester.Response fourth = HttpTester.parseResponse(connector.getResponse(ASK, 10, TimeUnit.SECONDS));
        assertEquals(429, fourth.getStatus(), fourth.getContent());
        assertTrue(account().waitsForAnExchange(), "the third query no longer waits");
        heldCompletions.remove().succeeded();
        HttpTester.Response answer = HttpTester.parseResponse(third.getResponse(false, 10, TimeUnit.SECONDS));
        assertEquals(200, answer.getStatus(), answer.getContent());
        assertEquals("true", answer.getContent());
    }

    /** A client that leaves two answers unread in their last write is refused a third after the wait, with the 429 it got at once before. */
    @Test
    void a_client_whose_answers_stay_unread_is_refused_a_third_after_the_wait() throws Exception {
        Duration wait = Duration.ofMillis(200);
        start(wait);
        answeredWhole(2);
        long sent = System.nanoTime();
        HttpTester.Response refused = HttpTester.parseResponse(connector.getResponse(ASK, 10, TimeUnit.SECONDS));
        long waited = System.nanoTime() - sent;
        assertEquals(429, refused.getStatus(), refused.getContent());
        assertEquals("1", refused.get("Retry-After"));
        assertTrue(refused.getContent().contains("2 answers still being sent to it"), refused.getContent());
        assertTrue(waited >= wait.toNanos(), "refused after " + waited / 1_000_000 + " ms");
        assertFalse(account().waitsForAnExchange());
    }

    /** A query whose client goes while it waits leaves the client's account as it was: the next two are answered, and a third waits again. */
    @Test
    void a_client_gone_while_its_query_waits_leaves_no_exchange_open() throws Exception {
        start(Duration.ofSeconds(30));
        answeredWhole(2);
        LocalConnector.LocalEndPoint third = connector.executeRequest(ASK);
        assertTrue(awaited(() -> account().waitsForAnExchange()), "the third query did not wait");
        third.close();
        heldCompletions.remove().succeeded();
        heldCompletions.remove().succeeded();
        assertTrue(awaited(() -> !account().waitsForAnExchange() && account().underWay() == 0), "the gone client's query is still counted");
        Thread.sleep(100);
        heldCompletions.forEach(Callback::succeeded);
        heldCompletions.clear();
        answeredWhole(2);
        connector.executeRequest(ASK);
        assertTrue(awaited(() -> account().waitsForAnExchange()), "a third query after two more answers did not wait");
    }

    /** A query waiting for an exchange to end, and the two exchanges it waits for, do not hold the server's stop. */
    @Test
    void a_waiting_query_does_not_hold_the_server_stop() throws Exception {
        start(Duration.ofSeconds(30));
        answeredWhole(2);
        connector.executeRequest(ASK);
        assertTrue(awaited(() -> account().waitsForAnExchange()), "the third query did not wait");
        long began = System.nanoTime();
        server.stop();
        long took = (System.nanoTime() - began) / 1_000_000;
        assertTrue(took < 5_000, "stopped after " + took + " ms");
    }

    @AfterEach
    void stop() throws Exception {
        Callback held;
        while ((held = heldCompletions.poll()) != null) held.succeeded();
        if (server != null) server.stop();
    }

    /** Asks {@code count} queries, each on a new connection, and reads each answer whole; their exchanges do not end. */
    private void answeredWhole(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            HttpTester.Response answer = HttpTester.parseResponse(connector.getResponse(ASK, 10, TimeUnit.SECONDS));
            assertEquals(200, answer.getStatus(), i + ": " + answer.getContent());
            assertEquals("true", answer.getContent());
        }
        assertTrue(awaited(() -> heldCompletions.size() == count), "answers written: " + heldCompletions.size());
        assertEquals(0, account().underWay(), "each query is counted out of the share at its last write");
    }

    private void start(Duration wait) throws Exception {
        server = new Server();
        connector = new LocalConnector(server);
        server.addConnector(connector);
        TooManyRequests tooMany = new TooManyRequests(request -> CLIENT, accounts, BUDGET, wait);
        DoSHandler dos = new DoSHandler(null, request -> CLIENT, accounts, tooMany, 100, false);
        tooMany.askAgainThrough(dos);
        QueryMeter meter = new QueryMeter(request -> CLIENT, accounts);
        meter.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.write(true, ByteBuffer.wrap("true".getBytes(StandardCharsets.US_ASCII)), callback);
                return true;
            }
        });
        dos.setHandler(meter);
        Handler.Wrapper holdingCompletions = new Handler.Wrapper(dos) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                return super.handle(request, new Response.Wrapper(request, response) {
                    @Override
                    public void write(boolean last, ByteBuffer content, Callback written) {
                        // The connection takes the last write; the thread that would go on to end the exchange is held.
                        super.write(last, content, last ? Callback.from(() -> heldCompletions.add(written), written::failed) : written);
                    }
                }, callback);
            }
        };
        server.setHandler(holdingCompletions);
        server.start();
    }

    private Account account() {
        return accounts.account(CLIENT);
    }

    private static boolean awaited(BooleanSupplier state) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!state.getAsBoolean()) {
            if (System.nanoTime() > deadline) return false;
            Thread.sleep(5);
        }
        return true;
    }
}
