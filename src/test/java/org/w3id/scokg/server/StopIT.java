package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.scokg.server.ServerFixture.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestDumps;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.server.sparql.EvaluatingQueries;

/**
 * A server that stops while a query runs: a query that would run to the timeout is stopped once
 * {@link LinkedDataServer#QUERY_GRACE} has passed (not before) and answers 503 saying so, and the
 * stop does not wait for the timeout.
 */
class StopIT {
    private static final String CARTESIAN = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    static Path temp;

    private static CompletableFuture<HttpResponse<String>> post(LinkedDataServer server, String query) {
        return CLIENT.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/sparql")).header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(query)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_query_under_way_is_stopped_with_a_503_and_the_stop_does_not_wait_for_the_timeout() throws Exception {
        Path project = ProjectCopy.into(temp.resolve("project"));
        TestDumps.copyInto(temp.resolve("dist"));
        LinkedDataServer server = LinkedDataServer.create(TestGraph.real(), temp.resolve("dist"), project).port(0).timeoutSeconds(60).start();
        long[] answered = new long[1];
        CompletableFuture<HttpResponse<String>> running = post(server, CARTESIAN).whenComplete((response, failure) -> answered[0] = System.nanoTime());
        // Until 5 December 2026 half a second of sleep stood for this; a loaded machine may take longer.
        await("the query evaluating", () -> EvaluatingQueries.count(server.jetty()) > 0);
        long start = System.nanoTime();
        server.stop();
        double seconds = (System.nanoTime() - start) / 1e9;
        HttpResponse<String> stopped = running.get(30, TimeUnit.SECONDS);
        assertEquals(503, stopped.statusCode(), stopped.body());
        assertTrue(stopped.body().contains("The server is stopping"), stopped.body());
        assertEquals("5", stopped.headers().firstValue("Retry-After").orElse(null));
        // Without the stop of the queries, Jetty's graceful stop waited for it: 10 s, then cut it.
        assertTrue(seconds < LinkedDataServer.QUERY_GRACE.toSeconds() + 5, "stopped in " + seconds + " s");
        double graced = (answered[0] - start) / 1e9;
        assertTrue(graced >= LinkedDataServer.QUERY_GRACE.toMillis() / 1e3 - 0.1, "the query was given its grace, answered after " + graced + " s");
    }

    /** The editor's plain form too (until 3 December 2026 a stopping server waited for its query to the timeout). */
    @Test
    void a_query_of_the_plain_form_is_stopped_too() throws Exception {
        Path project = ProjectCopy.into(temp.resolve("project-plain"));
        TestDumps.copyInto(temp.resolve("dist-plain"));
        LinkedDataServer server = LinkedDataServer.create(TestGraph.real(), temp.resolve("dist-plain"), project).port(0).timeoutSeconds(60).start();
        CompletableFuture<HttpResponse<String>> running = CLIENT.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/query?lang=ru&query="
                + URLEncoder.encode(CARTESIAN, StandardCharsets.UTF_8))).header("Accept", "text/html").timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
        await("the plain form's query evaluating", () -> EvaluatingQueries.count(server.jetty()) > 0);
        long start = System.nanoTime();
        server.stop();
        double seconds = (System.nanoTime() - start) / 1e9;
        HttpResponse<String> stopped = running.get(30, TimeUnit.SECONDS);
        assertEquals(503, stopped.statusCode());
        assertTrue(stopped.body().contains("Сервер останавливается"), "the page says why, in its language");
        assertTrue(seconds < LinkedDataServer.QUERY_GRACE.toSeconds() + 5, "stopped in " + seconds + " s");
    }
}
