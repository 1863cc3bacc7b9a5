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
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestDumps;
import org.w3id.scokg.TestGraph;

/**
 * A fragment's matches are gathered and ordered within the query timeout: a pattern of the whole
 * dataset, here on a server whose timeout is a millisecond, is a 503 that says what to do, while a
 * pattern with a term answers. Until 5 December 2026 gathering had no deadline, and at 100 times the
 * data the default graph's fragment took 12 to 31 s of a core.
 */
class FragmentsDeadlineIT {
    private static LinkedDataServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        Path dumps = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-tmp")), "fragments-deadline-").resolve("dist");
        TestDumps.copyInto(dumps);
        server = LinkedDataServer.create(TestGraph.real(), dumps, ProjectCopy.ROOT).port(0).timeout(Duration.ofMillis(1)).fairness(ServerFixture.UNTHROTTLED).start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return ServerFixture.CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_whole_dataset_past_the_deadline_is_a_503_that_says_what_to_do() throws Exception {
        String union = "/fragments?graph=" + URLEncoder.encode(base + "/fragments#default-graph", StandardCharsets.UTF_8);
        for (String path : new String[] {"/fragments", union}) {
            HttpResponse<String> response = get(path, "application/n-quads");
            assertEquals(503, response.statusCode(), path);
            assertTrue(response.body().contains("within the query timeout") && response.body().contains("name a subject, a predicate, an object or a graph"), response.body());
            assertTrue(response.headers().firstValue("ETag").isEmpty(), "a refusal has no ETag");
        }
        HttpResponse<String> page = get("/fragments", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(503, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().map().toString());
        assertTrue(page.body().contains("within the query timeout"), page.body());
    }

    @Test
    void a_pattern_with_a_term_answers_within_it() throws Exception {
        String subject = URLEncoder.encode("https://w3id.org/sco-kg/id/state/CN", StandardCharsets.UTF_8);
        HttpResponse<String> response = get("/fragments?subject=" + subject, "application/n-quads");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("<https://w3id.org/sco-kg/id/state/CN> <http://www.w3.org/2000/01/rdf-schema#label> \"China\"@en"), response.body());
    }
}
