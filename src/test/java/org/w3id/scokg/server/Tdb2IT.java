package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.graph.Tdb2Store;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.publish.DumpWriter;

/** The persistent TDB2 mode: the same answers as in memory, and a store that outlives a kill -9. */
class Tdb2IT {
    private static final String COUNT = "/sparql?query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", StandardCharsets.UTF_8);

    private static String count(String base) {
        HttpResponse<String> response = ServerFixture.send(HttpRequest.newBuilder(URI.create(base + COUNT)).header("Accept", "text/csv").build());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().lines().skip(1).findFirst().orElse("").strip();
    }

    @Test
    void a_tdb2_store_answers_as_the_memory_graph_does(@TempDir Path temp) {
        KnowledgeGraph store = Tdb2Store.create(TestGraph.real(), temp.resolve("store"));
        DumpWriter.write(store, temp.resolve("dist"));
        LinkedDataServer server = LinkedDataServer.create(store, temp.resolve("dist"), ProjectCopy.ROOT).port(0).start();
        try {
            String base = "http://localhost:" + server.port();
            assertEquals(String.valueOf(TestGraph.real().union().size()), count(base));
            HttpResponse<String> page = ServerFixture.send(HttpRequest.newBuilder(URI.create(base + "/doc/state/IN.ttl")).build());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Q668"));
            HttpResponse<String> named = ServerFixture.send(HttpRequest.newBuilder(URI.create(base + "/queries/members-on-date?format=csv")).build());
            assertEquals(11, named.body().strip().lines().count(), named.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void a_store_killed_under_load_reopens_whole(@TempDir Path temp) throws Exception {
        Path store = temp.resolve("store");
        // Release the store in this JVM, so that the server process can lock it.
        org.apache.jena.tdb2.sys.TDBInternal.expel(Tdb2Store.create(TestGraph.real(), store).dataset());
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/sco-kg.jar", "serve", "--port", "0",
                "--tdb2", store.toString(), "--data", temp.resolve("dist").toString())
                .redirectErrorStream(true).start();
        try {
            String base = awaitBase(serve);
            for (int i = 0; i < 20; i++) assertEquals(String.valueOf(TestGraph.real().union().size()), count(base));
            ServerFixture.CLIENT.sendAsync(HttpRequest.newBuilder(URI.create(base + COUNT)).build(), HttpResponse.BodyHandlers.discarding());
        } finally {
            serve.destroyForcibly();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
        }
        KnowledgeGraph reopened = Tdb2Store.open(store, Map.of());
        assertEquals(TestGraph.real().union().size(), (int) reopened.read(() -> reopened.union().size()));
        assertTrue(reopened.read(() -> reopened.union().isIsomorphicWith(TestGraph.real().union())), "every triple is there, unchanged");
        org.apache.jena.tdb2.sys.TDBInternal.expel(reopened.dataset());
        try (ChildServer again = ChildServer.start(java.util.List.of(), "--tdb2", store.toString(), "--data", temp.resolve("dist").toString())) {
            assertEquals(String.valueOf(TestGraph.real().union().size()), count(again.base), "a server started again on the store serves it");
        }
    }

    @Test
    void a_folder_that_is_not_a_store_is_refused_and_left_as_it_was(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("other");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("notes.txt"), "mine");
        InputException e = assertThrows(InputException.class, () -> Tdb2Store.create(TestGraph.real(), folder));
        assertTrue(e.getMessage().contains("not empty and holds no TDB2 store"));
        assertEquals("mine", Files.readString(folder.resolve("notes.txt")));
        try (var files = Files.list(temp)) {
            assertEquals(1, files.count(), "no half-made store is left beside it");
        }
    }

    @Test
    void a_corrupt_store_is_a_clear_error_and_is_left_as_it_was(@TempDir Path temp) throws Exception {
        Path store = temp.resolve("store");
        Files.createDirectories(store.resolve("Data-0001"));
        byte[] junk = "not a B+tree".getBytes(StandardCharsets.UTF_8);
        Files.write(store.resolve("Data-0001/nodes.dat"), junk);
        InputException e = assertThrows(InputException.class, () -> Tdb2Store.open(store, Map.of()));
        assertTrue(e.getMessage().startsWith(store + ": cannot open the TDB2 store"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertArrayEquals(junk, Files.readAllBytes(store.resolve("Data-0001/nodes.dat")));
    }

    private static String awaitBase(Process process) throws Exception {
        Pattern endpoint = Pattern.compile("SPARQL endpoint: (http://localhost:\\d+)/sparql");
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
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
