package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.scokg.server.ServerFixture.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestDumps;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.server.fair.Fairness;
import org.w3id.scokg.server.fair.SchedulerState;

/**
 * A reconciliation batch is held to the query timeout, as a query is: each name of a batch is
 * compared with every thing's names, so a batch's time grows with the graph. Until a review on 5
 * December 2026 it had no deadline: 100 names of 499 characters took 4 to 7 s at x1 and 59 to 80 s at
 * x10 with {@code --timeout 10}, and ran on after their client had gone; until later that day it ran
 * on to its end or its deadline after its client had closed the connection.
 */
class ReconcileDeadlineIT {
    /** A server whose timeout is 300 ms. */
    private static LinkedDataServer server;
    private static String base;
    /** A server whose timeout is a minute, with slots for eight batches at once. */
    private static LinkedDataServer patient;

    @BeforeAll
    static void start() throws IOException {
        Path dumps = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-tmp")), "reconcile-deadline-").resolve("dist");
        TestDumps.copyInto(dumps);
        server = LinkedDataServer.create(TestGraph.real(), dumps, ProjectCopy.ROOT).port(0).timeout(Duration.ofMillis(300)).fairness(ServerFixture.UNTHROTTLED)
                .start();
        base = "http://127.0.0.1:" + server.port();
        Fairness.Settings eightAtOnce = new Fairness.Settings(8, 256, Duration.ofDays(1), Duration.ofMinutes(1), Duration.ofMinutes(1), List.of());
        patient = LinkedDataServer.create(TestGraph.real(), dumps, ProjectCopy.ROOT).port(0).timeout(Duration.ofMinutes(1)).fairness(eightAtOnce).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        patient.stop();
    }

    private static HttpResponse<String> batch(String queries) throws Exception {
        String form = "queries=" + URLEncoder.encode(queries, StandardCharsets.UTF_8);
        return ServerFixture.CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/reconcile")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** 100 queries, each a name of 499 characters of misspelt words, compared with every name of the graph. */
    private static String heavyBatch() {
        String name = "shangai cooperaton organisaton ".repeat(20).substring(0, 499);
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 100; i++) json.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":{\"query\":\"").append(name).append("\",\"limit\":100000}");
        return json.append('}').toString();
    }

    @Test
    void a_batch_past_the_timeout_is_a_503_at_the_timeout_and_a_small_one_answers() throws Exception {
        // Warm: the index is read when the server starts, and the manifest waits for it under no deadline.
        // Until 6 December 2026 a first batch waited for it, under the 300 ms timeout, and at a load of 8
        // to 10 it was a 503.
        assertEquals(200, ServerFixture.send(HttpRequest.newBuilder(URI.create(base + "/reconcile")).timeout(Duration.ofSeconds(60)).build()).statusCode());
        ServerFixture.Spent<HttpResponse<String>> spent = ServerFixture.spent(server, () -> {
            try {
                return batch(heavyBatch());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        HttpResponse<String> heavy = spent.answer();
        assertEquals(503, heavy.statusCode(), heavy.body().length() > 300 ? heavy.body().substring(0, 300) : heavy.body());
        assertTrue(heavy.body().contains("timeout"), heavy.body());
        assertFalse(heavy.body().contains("Exception") || heavy.body().contains(".java"), heavy.body());
        // A problem document, as every refusal of the service (RFC 9457), naming the batch.
        assertEquals("application/problem+json", heavy.headers().firstValue("Content-Type").orElse(""));
        assertEquals(java.util.Set.of(), ApiSchemas.problemDetails(heavy.body()), heavy.body());
        com.google.gson.JsonObject problem = com.google.gson.JsonParser.parseString(heavy.body()).getAsJsonObject();
        assertEquals(503, problem.get("status").getAsInt());
        assertEquals("queries", problem.get("parameter").getAsString());
        assertEquals("30", heavy.headers().firstValue("Retry-After").orElse(""));
        // Unstopped, the batch takes 4 to 7 s of a core. By the server's CPU time, not a wall clock (2.5 s
        // until 6 December 2026, a bound on the machine as much as on the server).
        assertTrue(spent.cpuSeconds() < 1.5, "spent " + spent.cpuSeconds() + " s of CPU past a timeout of 300 ms");
        // The server answers again: a small batch is answered. Asked until it is, for 30 s at most, since a
        // small batch may take more than 300 ms on a loaded machine (and is then a 503, rightly).
        java.util.concurrent.atomic.AtomicReference<HttpResponse<String>> small = new java.util.concurrent.atomic.AtomicReference<>();
        await("a small batch answered after the heavy one", () -> {
            try {
                small.set(batch("{\"q0\":{\"query\":\"Russia\"}}"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return small.get().statusCode() == 200;
        });
        assertTrue(small.get().body().contains("state/RU"), small.get().body());
    }

    /**
     * The watch for a gone client takes no false alarm for one: small batches sent one after another
     * on one kept-alive connection, each as soon as the last answer is read (as OpenRefine sends a
     * column's batches), are all answered, as {@code AbuseIT}'s queries are; on the server whose
     * timeout is a minute (one of 300 batches of one name took more than 300 ms on a loaded machine).
     * Each asks a blank name, which is compared with nothing: the watch is the same for any batch, and
     * the test adds little to the load of the tests run beside it.
     */
    @Test
    void batches_one_after_another_on_a_kept_alive_connection_all_answer() throws IOException {
        List<String> others = new ArrayList<>();
        try (Socket socket = new Socket("127.0.0.1", patient.port())) {
            OutputStream out = socket.getOutputStream();
            java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(socket.getInputStream()));
            for (int i = 0; i < 300; i++) {
                byte[] body = ("queries=" + URLEncoder.encode("{\"q" + i + "\":{\"query\":\"\"}}", StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
                java.io.ByteArrayOutputStream request = new java.io.ByteArrayOutputStream();
                request.write(("POST /reconcile HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                request.write(body);
                out.write(request.toByteArray());
                out.flush();
                String status = ServerFixture.readAnswer(in);
                if (!status.startsWith("HTTP/1.1 200")) others.add(i + ": " + status);
            }
        }
        assertEquals(List.of(), others, "answers other than 200");
    }


    /**
     * One heavy batch (4 to 7 s of a core at x1) on the server whose timeout is a minute, its
     * client gone after 1.3 s: left running, it would keep a core busy for some seconds more. The
     * work of Jetty's threads is measured (not the process's, which counts the JIT and the collector
     * too) while the client waits and from 1 s after it left, for 2 s: on a shared machine a batch may
     * have less than a core, so the second is compared with the first. One batch, not more, leaves
     * the other core to the tests run beside this one (four made {@code AbuseIT}'s test of trickled
     * bodies miss its deadline). Until this was mended, four batches measured 0.53 cores after their
     * clients left where they measured 0.41 while they waited, on a machine loaded with other builds
     * (load average 10).
     */
    @Test
    void a_batch_whose_client_went_away_is_stopped() throws Exception {
        String warm = "queries=" + URLEncoder.encode("{\"q0\":{\"query\":\"China\"}}", StandardCharsets.UTF_8);
        assertEquals(200, ServerFixture.CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + patient.port() + "/reconcile?" + warm)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        byte[] form = ("queries=" + URLEncoder.encode(heavyBatch(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
        double busy;
        try (Socket client = new Socket("127.0.0.1", patient.port())) {
            OutputStream out = client.getOutputStream();
            out.write(("POST /reconcile HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(form);
            out.flush();
            // Let in by the scheduler and not waiting for a slot: evaluating (a fixed 300 ms until 5 December 2026).
            await("the batch let in and evaluating", () -> SchedulerState.underWay(patient.jetty(), "127.0.0.1") == 1 && SchedulerState.waiting(patient.jetty()) == 0);
            busy = ServerFixture.coresOf("qtp", 1_000);
        }
        Thread.sleep(1_000);
        double after = ServerFixture.coresOf("qtp", 2_000);
        assertTrue(busy > 0.02, "the batch kept " + busy + " cores busy while its client waited");
        assertTrue(after < Math.max(busy / 4, 0.05), "the batch left behind kept " + after + " cores busy, against " + busy + " while its client waited");
    }



    /**
     * A client that only half-closes its end of the connection once its request is sent (it shuts
     * down its sending side, as {@code nc -N} does) is a client gone, as one that closes it whole: its
     * batch, query or Graph Store read is stopped, and it reads the connection's close, no answer, as
     * it does when it leaves a query waiting for a slot ({@code FairnessIT}). Until a review on 6
     * December 2026 it read what the stop left behind: a batch's 200 with no body, as if it had
     * answered; a query's 503 saying it had run past the timeout, a minute here, within milliseconds;
     * a Graph Store read's 503 with no body. On the server whose timeout is a minute, so nothing else
     * stops them.
     */
    @Test
    void a_client_that_half_closes_its_connection_reads_no_answer_made_by_the_stop() throws Exception {
        String batch = "queries=" + URLEncoder.encode(heavyBatch(), StandardCharsets.UTF_8);
        String query = "query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f }", StandardCharsets.UTF_8);
        for (String request : List.of(
                "POST /reconcile HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + batch.length() + "\r\n\r\n" + batch,
                "POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/csv\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + query.length() + "\r\n\r\n" + query,
                "GET /sparql/get HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/n-quads\r\n\r\n")) {
            try (Socket socket = new Socket("127.0.0.1", patient.port())) {
                socket.setSoTimeout(30_000);
                socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                socket.shutdownOutput();
                String answer = ServerFixture.readUntilClosed(socket);
                String line = request.substring(0, request.indexOf('\r'));
                assertEquals("", answer.length() > 300 ? answer.substring(0, 300) : answer, line);
            }
        }
        // The server answers its next client as ever.
        await("a batch answered after the half-closed ones", () -> {
            try {
                return batchTo(patient, "{\"q0\":{\"query\":\"Russia\"}}").statusCode() == 200;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static HttpResponse<String> batchTo(LinkedDataServer to, String queries) throws Exception {
        String form = "queries=" + URLEncoder.encode(queries, StandardCharsets.UTF_8);
        return ServerFixture.CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port() + "/reconcile")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
