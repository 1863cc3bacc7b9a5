package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void distinct_large_answers_filling_the_caches_do_not_exhaust_a_small_heap(@TempDir Path temp) throws Exception {
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP, "-XX:+ExitOnOutOfMemoryError", ChildServer.QUICK_START,
                "-jar", "target/sco-kg.jar", "serve", "--port", "0", "--data", temp.resolve("dist").toString(),
                "--queries-per-client", "4", "--query-budget", "100000")
                .redirectErrorStream(true).start();
        try {
            String base = awaitBase(serve);
            long bytes = 0;
            for (int i = 0; i < ANSWERS; i++) {
                String query = "SELECT ?s ?x { ?s ?p ?o . VALUES ?k { 1 2 } BIND(CONCAT(\"" + i + "\", STR(?o), STR(?o), STR(?s), STR(?p), STR(?k)) AS ?x) }";
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
                for (int time = 0; time < 2; time++) {
                    HttpResponse<byte[]> answer = ServerFixture.CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    assertEquals(200, answer.statusCode(), "answer " + i + " (" + time + "), after " + (bytes >> 20) + " MB");
                    bytes += answer.body().length;
                }
            }
            assertTrue(bytes > 2 * (192L << 20), "the answers were " + (bytes >> 20) + " MB, more than the heap");
            assertTrue(serve.isAlive(), "the server is still running");
            HttpResponse<String> ping = ServerFixture.send(HttpRequest.newBuilder(URI.create(base + "/$/ping")).build());
            assertEquals(200, ping.statusCode());
        } finally {
            serve.destroyForcibly();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String awaitBase(Process process) throws Exception {
        Pattern endpoint = Pattern.compile("SPARQL endpoint: (http://localhost:\\d+)/sparql");
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        StringBuilder seen = new StringBuilder();
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = endpoint.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new AssertionError("the server did not start:\n" + seen);
    }
}
