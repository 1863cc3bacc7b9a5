package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.scokg.cli.ServedFolder;

/**
 * Memory is bounded by the heap, not by what clients ask: a server in a child JVM with a heap of
 * {@value #HEAP} (and told to exit on running out of memory) is sent a run of distinct large
 * answers, each asked twice so the answer cache keeps it, more bytes in all than the whole heap,
 * and answers every one. The caches take a share of the heap, not a fixed size larger than it.
 */
class SmallHeapIT {
    private static final String HEAP = "-Xmx192m";
    /**
     * Distinct answers of about 3 MB each: 240 MB through the answer cache, a quarter more than the
     * whole heap, so that a cache that kept them all (a fixed size larger than the heap) would run
     * the server out of memory, and the test fails; the last assertion checks that the distinct
     * bytes did pass the heap. It was 120 (360 MB): the margin over the heap is what proves the
     * bound, and a third of the requests, a third of the test's minute, proved nothing more.
     */
    private static final int ANSWERS = 80;

    /**
     * The server starts from a folder as an earlier start over the same inputs left it ({@link
     * ServedFolder}): it reads the graph from its snapshot rather than building it, validating it and
     * writing every dump in 192 MB first, which took most of the test's time on 2 cores and is not
     * what it is about (a first start in a small heap is {@code ChildServerIT}'s, in 256 MB). What
     * fills the heap here is what clients ask, and that is the same either way.
     */
    @Test
    void distinct_large_answers_filling_the_caches_do_not_exhaust_a_small_heap(@TempDir Path temp) throws Exception {
        Path data = ServedFolder.write(temp.resolve("dist"));
        try (ChildServer serve = ChildServer.start(List.of(HEAP, "-XX:+ExitOnOutOfMemoryError", ChildServer.QUICK_START),
                "--data", data.toString(), "--queries-per-client", "4", "--query-budget", "100000")) {
            assertTrue(serve.lines().stream().anyMatch(line -> line.contains("read the graph from its snapshot")),
                    "the server started from the folder written for it:\n" + String.join("\n", serve.lines()));
            long bytes = 0;
            for (int i = 0; i < ANSWERS; i++) {
                String query = "SELECT ?s ?x { ?s ?p ?o . VALUES ?k { 1 2 } BIND(CONCAT(\"" + i + "\", STR(?o), STR(?o), STR(?s), STR(?p), STR(?k)) AS ?x) }";
                HttpRequest request = HttpRequest.newBuilder(URI.create(serve.base + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
                for (int time = 0; time < 2; time++) {
                    HttpResponse<byte[]> answer = ServerFixture.CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    assertEquals(200, answer.statusCode(), "answer " + i + " (" + time + "), after " + (bytes >> 20) + " MB");
                    bytes += answer.body().length;
                }
            }
            assertTrue(bytes > 2 * (192L << 20), "the answers were " + (bytes >> 20) + " MB, more than the heap");
            assertTrue(serve.process.isAlive(), "the server is still running");
            HttpResponse<String> ping = ServerFixture.send(HttpRequest.newBuilder(URI.create(serve.base + "/$/ping")).build());
            assertEquals(200, ping.statusCode());
        }
    }
}
