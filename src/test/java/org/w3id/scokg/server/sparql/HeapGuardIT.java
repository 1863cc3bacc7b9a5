package org.w3id.scokg.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestDumps;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.server.LinkedDataServer;

/**
 * A query the heap guard stops answers 503 with a sentence that says why and a Retry-After, and the
 * server goes on answering. The guard is told the heap ran short, as the JVM's notification tells
 * it, and the JVM's threshold is checked; ChildServerIT runs a JVM short of heap for real (and
 * fails with the guard off), though it cannot tell whether the guard or the collector saved it.
 */
class HeapGuardIT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HttpRequest post(int port, String query) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql")).header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(query)).build();
    }

    @Test
    void a_query_stopped_for_memory_answers_503_saying_so_and_the_next_query_answers(@TempDir Path temp) throws Exception {
        assertTrue(HeapGuard.jvm().watching(), "this JVM reports a tenured heap pool");
        // The JVM's own threshold is set, at 80% of the pool: the notification that calls stopAll is the JVM's.
        assertEquals(HeapGuard.jvm().poolMax() / 100 * HeapGuard.SHARE_PERCENT, HeapGuard.jvm().threshold());
        Path project = ProjectCopy.into(temp.resolve("project"));
        TestDumps.copyInto(temp.resolve("dist"));
        LinkedDataServer server = LinkedDataServer.create(TestGraph.real(), temp.resolve("dist"), project).port(0).timeoutSeconds(30).start();
        try {
            long stopsBefore = HeapGuard.jvm().stops();
            CompletableFuture<HttpResponse<String>> cartesian = CLIENT.sendAsync(post(server.port(), "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"),
                    HttpResponse.BodyHandlers.ofString());
            // 30 s at most, as the other HTTP tests wait for a state (5 s until 6 December 2026: on a machine at a
            // load of 20 the query's sending, parsing and scheduling may take longer).
            for (int i = 0; i < 1200 && HeapGuard.jvm().running() == 0; i++) Thread.sleep(25);
            assertTrue(HeapGuard.jvm().running() > 0, "the query is evaluating");
            HeapGuard.jvm().stopAll();

            HttpResponse<String> stopped = cartesian.get(20, TimeUnit.SECONDS);
            assertEquals(503, stopped.statusCode(), stopped.body());
            assertTrue(stopped.body().startsWith("The server ran short of memory while this query ran"), stopped.body());
            assertEquals("30", stopped.headers().firstValue("Retry-After").orElse(null));
            assertTrue(HeapGuard.jvm().stops() > stopsBefore);
            assertEquals(0, HeapGuard.jvm().running(), "a finished query is no longer watched");

            HttpResponse<String> next = CLIENT.send(post(server.port(), "ASK { ?s ?p ?o }"), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, next.statusCode(), next.body());
        } finally {
            server.stop();
        }
    }
}
