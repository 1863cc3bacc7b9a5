package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.io.TempDir;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestDumps;
import org.w3id.scokg.TestGraph;

/**
 * A server with a one-second timeout: a query that runs out of time answers 503 on every route, and a
 * client cannot raise it. The cross product never ends on its own, so an answer within {@value
 * #WITHIN} s is the server's timeout at work (a client's 3,600 s would have held it for an hour);
 * the bound was 2 s until 5 December 2026, which a loaded CI machine passed now and then.
 */
class TimeoutIT {
    private static final int WITHIN = 20;
    private static final String CARTESIAN = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    @TempDir
    static Path temp;
    private static LinkedDataServer server;

    @BeforeAll
    static void start() throws IOException {
        Path project = ProjectCopy.into(temp.resolve("project"));
        Files.writeString(project.resolve("queries/slow-cartesian.rq"), "# title: A cross product, for the timeout test\n" + CARTESIAN + "\n");
        TestDumps.copyInto(temp.resolve("dist"));
        server = LinkedDataServer.create(TestGraph.real(), temp.resolve("dist"), project).port(0).timeoutSeconds(1).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> timedGet(String path, double[] seconds) {
        long start = System.nanoTime();
        HttpResponse<String> response = ServerFixture.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/sparql-results+json").GET().build());
        seconds[0] = (System.nanoTime() - start) / 1e9;
        return response;
    }

    /** Reproducer 4 of issue 11: it answered 503 on /sparql but 400 on /queries/{name}. */
    @Test
    void a_named_query_past_the_timeout_answers_503() {
        double[] seconds = new double[1];
        HttpResponse<String> response = timedGet("/queries/slow-cartesian", seconds);
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().contains("timeout of 1.0 s"), response.body());
        assertTrue(seconds[0] < WITHIN, "answered in " + seconds[0] + " s");
    }

    @Test
    void a_client_cannot_raise_the_timeout() {
        double[] seconds = new double[1];
        HttpResponse<String> response = timedGet("/sparql?timeout=3600&query=" + URLEncoder.encode(CARTESIAN, StandardCharsets.UTF_8), seconds);
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(seconds[0] < WITHIN, "answered in " + seconds[0] + " s");
        // A whole number of any length is a whole number: read as the endpoint's own timeout (a 400
        // saying it was not one until a review on 3 December 2026).
        HttpResponse<String> huge = timedGet("/sparql?timeout=99999999999999999999&query=" + URLEncoder.encode(CARTESIAN, StandardCharsets.UTF_8), seconds);
        assertEquals(503, huge.statusCode(), huge.body());
    }

    @Test
    void a_timeout_that_is_not_a_whole_number_of_seconds_is_a_400() {
        double[] seconds = new double[1];
        for (String bad : new String[] {"abc", "0", "-1", "1.5", "1,2"}) {
            HttpResponse<String> response = timedGet("/sparql?timeout=" + URLEncoder.encode(bad, StandardCharsets.UTF_8) + "&query="
                    + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8), seconds);
            assertEquals(400, response.statusCode(), bad + ": " + response.body());
        }
    }
}
