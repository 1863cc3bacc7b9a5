package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestDumps;
import org.w3id.scokg.TestGraph;

/**
 * A reconciliation batch is held to the query timeout, as a query is: each name of a batch is
 * compared with every thing's names, so a batch's time grows with the graph. Until a review on 5
 * December 2026 it had no deadline: 100 names of 499 characters took 4 to 7 s at x1 and 59 to 80 s at
 * x10 with {@code --timeout 10}, and ran on after their client had gone.
 */
class ReconcileDeadlineIT {
    private static LinkedDataServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        Path dumps = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-tmp")), "reconcile-deadline-").resolve("dist");
        TestDumps.copyInto(dumps);
        server = LinkedDataServer.create(TestGraph.real(), dumps, ProjectCopy.ROOT).port(0).timeout(Duration.ofMillis(300)).fairness(ServerFixture.UNTHROTTLED)
                .start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
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
        // Warm: the index is read when the server starts, and the first batch waits for it.
        assertEquals(200, batch("{\"q0\":{\"query\":\"China\"}}").statusCode());
        long start = System.nanoTime();
        HttpResponse<String> heavy = batch(heavyBatch());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, heavy.statusCode(), heavy.body().length() > 300 ? heavy.body().substring(0, 300) : heavy.body());
        assertTrue(heavy.body().contains("timeout"), heavy.body());
        assertFalse(heavy.body().contains("Exception") || heavy.body().contains(".java"), heavy.body());
        assertEquals("30", heavy.headers().firstValue("Retry-After").orElse(""));
        assertTrue(millis < 2_500, "answered " + millis + " ms after it was sent, past a timeout of 300 ms");
        HttpResponse<String> small = batch("{\"q0\":{\"query\":\"Russia\"}}");
        assertEquals(200, small.statusCode(), small.body());
        assertTrue(small.body().contains("state/RU"), small.body());
    }
}
