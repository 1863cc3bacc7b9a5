package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.scokg.server.ServerFixture.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as an operator runs it, in a process of its own: the abusive queries of issue 16 do
 * not exhaust a small heap, kill -9 under load leaves a folder the next start serves from, and
 * SIGTERM stops it within a few seconds while a query runs.
 */
class ChildServerIT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> SMALL_HEAP = List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-XX:-DontCompileHugeMethods", ChildServer.QUICK_START);

    private static CompletableFuture<HttpResponse<String>> post(String base, String query) {
        return CLIENT.sendAsync(HttpRequest.newBuilder(URI.create(base + "/sparql")).header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(90))
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The SPARQL queries the server at {@code base} has begun and not yet answered, by Fuseki's own
     * counters of its query endpoints in the operator's {@code /$/metrics} (read from loopback): the
     * requests, less those answered well and those answered badly. A query is counted once the fair
     * scheduler has let it evaluate.
     */
    private static double queriesUnderWay(String base) {
        String metrics;
        try {
            metrics = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/$/metrics")).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        double underWay = 0;
        for (String line : metrics.lines().filter(line -> line.contains("operation=\"query\"")).toList()) {
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            if (line.startsWith("fuseki_requests{")) underWay += value;
            if (line.startsWith("fuseki_requests_good{") || line.startsWith("fuseki_requests_bad{")) underWay -= value;
        }
        return underWay;
    }

    /** Every memory reproducer of issue 16, several at once, each more than once. */
    private static List<String> abuse() {
        StringBuilder doubling = new StringBuilder("SELECT ?a27 { BIND(\"ab\" AS ?a0) ");
        for (int i = 1; i <= 27; i++) doubling.append("BIND(CONCAT(?a").append(i - 1).append(", ?a").append(i - 1).append(") AS ?a").append(i).append(") ");
        String wide = "SELECT ?a ?b ?c ?d ?e { ?s ?p ?o . ?x ?y ?z BIND(CONCAT(STR(?s), STR(?p), STR(?o), STR(?x), \"" + "x".repeat(700) + "\") AS ?a) "
                + "BIND(CONCAT(?a, \"b\") AS ?b) BIND(CONCAT(?a, \"c\") AS ?c) BIND(CONCAT(?a, \"d\") AS ?d) BIND(CONCAT(?a, \"e\") AS ?e) }";
        return List.of(doubling.append('}').toString(), doubling.toString() + " #2", doubling.toString() + " #3",
                "SELECT (GROUP_CONCAT(CONCAT(STR(?s), STR(?o))) AS ?x) { ?s ?p ?o . ?a ?b ?c }",
                wide, wide + " ORDER BY DESC(?a)",
                "SELECT ?x { ?s ?p ?o . ?a ?b ?c BIND(CONCAT(STR(?s), STR(?o), STR(?a), STR(?c), \"" + "y".repeat(900) + "\") AS ?x) } ORDER BY ?x",
                // Two DISTINCTs of such rows, each holding 20,000 before it spills, exhausted the heap (HeapGuard).
                wide.replace("SELECT", "SELECT DISTINCT") + " LIMIT 1 OFFSET 30000", wide.replace("SELECT", "SELECT DISTINCT") + " LIMIT 1 OFFSET 30001",
                "PREFIX math: <http://www.w3.org/2005/xpath-functions/math#> SELECT (STR(math:pow(10, 1000000)) AS ?x) {}",
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                // Client mistakes that wrote stack traces or answered 500.
                "SELECT * { ?s \u0440dfs:label ?o }", "PREFIX apf: <http://jena.apache.org/ARQ/property#> SELECT * { ?s apf:str ?o } LIMIT 1",
                "SELECT * { ?s <urn:p>" + "/<urn:p>".repeat(3_000) + " ?o }");
    }

    /**
     * Java's words for a pattern it cannot compile repeat it, and Fuseki logs them: a NUL and a
     * terminal's escape sequence reached the log raw until a review on 6 December 2026 (LogRateTest).
     * Sent one at a time before the abuse: among it, a query may be a busy server's 503, never
     * evaluated and never logged (a CI run of 6 December 2026).
     */
    private static final List<String> CONTROL_CHARACTERS = List.of("ASK { FILTER(REGEX(\"x\", \"\u0000\u001b[31m(\")) }", "SELECT * { ?s ?p ?o \u0000 \u001b[31m }");

    /**
     * One run for three claims, since a start costs tens of seconds here: the abusive queries do not
     * exhaust a small heap; kill -9 under load leaves folders the next start serves from (in memory:
     * the next start builds again and finds its dumps unchanged); SIGTERM stops a server within a few
     * seconds while a query runs.
     */
    @Test
    void a_small_heap_outlives_abuse_a_kill_leaves_a_server_that_starts_again_and_sigterm_stops_it_in_seconds(@TempDir Path temp) throws Exception {
        String data = temp.resolve("dist").toString();
        String count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
        String before;
        String searched;
        Path spills = Files.createDirectories(temp.resolve("tmp")).resolve("sco-kg-spill-" + System.getProperty("user.name"));
        List<String> jvm = new ArrayList<>(SMALL_HEAP);
        jvm.add("-Djava.io.tmpdir=" + temp.resolve("tmp"));
        Path spilledFile;
        try (ChildServer server = ChildServer.start(jvm, "--timeout", "5", "--data", data, "--queries-per-client", "64", "--query-budget", "86400")) {
            before = post(server.base, count).get(30, TimeUnit.SECONDS).body();
            // Described before the abuse, so that afterwards the page is sent as it was: a first description within the
            // 5 s timeout, right after the abuse on a loaded machine, was a 503 in a CI run of 5 December 2026.
            // Asked as a client would, again after a 503 (in a CI run of 6 December 2026, with other tests beside it, this
            // first description too missed the 5 s timeout, and the 503's sentence was compared with the page).
            HttpResponse<String> first = description(server);
            assertEquals(200, first.statusCode(), () -> first.body() + "\n" + String.join("\n", server.lines()));
            String described = first.body();
            searched = CLIENT.send(HttpRequest.newBuilder(URI.create(server.base + "/search?q=India&format=json")).build(), HttpResponse.BodyHandlers.ofString()).body();
            // A fragment asked with a bad term is a 400, and nothing of it goes to the log: until a review on 6 December
            // 2026 Caffeine logged each failed making with its stack, some 100 lines, the client's words in them (ComputedOnce).
            for (String bad : List.of("/fragments?page=0", "/fragments?subject=x%0A04:00:00%20ERROR%20Server%20-%20FORGED%20LINE", "/fragments?object=%22x")) {
                HttpResponse<String> refused = CLIENT.send(HttpRequest.newBuilder(URI.create(server.base + bad)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(400, refused.statusCode(), bad);
            }
            for (String query : CONTROL_CHARACTERS) {
                HttpResponse<String> refused = post(server.base, query).get(60, TimeUnit.SECONDS);
                assertEquals(400, refused.statusCode(), () -> query + " -> " + refused.body() + "\n" + String.join("\n", server.lines()));
            }
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (String query : abuse()) answers.add(post(server.base, query));
            for (int i = 0; i < answers.size(); i++) {
                HttpResponse<String> answer;
                try {
                    answer = answers.get(i).get(120, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    throw new AssertionError(abuse().get(i) + " had no answer; the server " + (server.process.isAlive() ? "runs" : "stopped") + ":\n"
                            + String.join("\n", server.lines()), e);
                }
                int status = answer.statusCode();
                String query = abuse().get(i);
                assertTrue(status == 200 || status == 400 || status == 503, () -> query + " -> " + status + " "
                        + answer.body().substring(0, Math.min(500, answer.body().length())) + "\n" + String.join("\n", server.lines()));
            }
            assertTrue(server.process.isAlive(), "the JVM did not run out of memory:\n" + String.join("\n", server.lines()));
            // A 503 with Retry-After is a busy server's answer (its description is made within the 5 s timeout, which on
            // starved cores right after the abuse it missed twice on 5 December 2026): asked again as a client would.
            HttpResponse<String> answered = description(server);
            assertEquals(200, answered.statusCode(), () -> answered.body().substring(0, Math.min(500, answered.body().length())) + "\n" + String.join("\n", server.lines()));
            assertEquals(described, answered.body());
            assertTrue(server.lines().stream().noneMatch(line -> line.contains("OutOfMemoryError")), String.join("\n", server.lines()));
            assertTrue(server.lines().stream().noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by")), "no stack trace in the log:\n"
                    + String.join("\n", server.lines()));
            assertTrue(server.lines().stream().noneMatch(line -> line.contains("FORGED") || line.contains("BadTerm")), "no client's term in the log:\n"
                    + String.join("\n", server.lines()));
            assertTrue(server.lines().stream().noneMatch(line -> line.chars().anyMatch(Character::isISOControl)), "no control character in the log:\n"
                    + String.join("\n", server.lines()));
            assertTrue(server.lines().stream().anyMatch(line -> line.contains("\ufffd\ufffd[31m(")), "the pattern's NUL and ESC logged replaced:\n"
                    + String.join("\n", server.lines()));

            // A DISTINCT that has spilled to disk when the process is killed leaves its files in the
            // server's own folder, which the next start removes.
            post(server.base, abuse().get(7).replace("OFFSET 30000", "OFFSET 60000"));
            spilledFile = spilled(spills, 4_500);
            for (int i = 0; i < 4; i++) post(server.base, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f } #" + i);
            Thread.sleep(500);
            server.process.destroyForcibly();
            assertTrue(server.process.waitFor(10, TimeUnit.SECONDS));
        }
        assertTrue(Files.exists(spilledFile), "the killed server's spill file is still there: " + spilledFile);
        Path killed = spilledFile.getParent();
        try (ChildServer again = ChildServer.start(jvm, "--timeout", "30", "--data", data)) {
            assertFalse(Files.exists(killed), "the next start removed the killed server's spill files");
            HttpResponse<String> after = post(again.base, count).get(30, TimeUnit.SECONDS);
            assertEquals(200, after.statusCode());
            assertEquals(before, after.body(), "the restarted server answers as before");
            // It read the graph from the snapshot the first kept, and searches the index kept beside it.
            assertTrue(again.lines().stream().anyMatch(line -> line.contains("read the graph from its snapshot")), String.join("\n", again.lines()));
            assertTrue(Files.isRegularFile(Path.of(data, ".search-index", "sco-kg-index-of")));
            String searchedAgain = CLIENT.send(HttpRequest.newBuilder(URI.create(again.base + "/search?q=India&format=json")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(searchedAgain.contains("state/IN"), searchedAgain);
            assertEquals(searched, searchedAgain, "the same search, the same answer");
            assertEquals(200, CLIENT.send(HttpRequest.newBuilder(URI.create(again.base + "/dumps/SHA256SUMS")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());

            post(again.base, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } #long");
            // A second's sleep stood for this until 5 December 2026: under load the query may not have begun.
            await("the long query under way in the child server", () -> queriesUnderWay(again.base) >= 1);
            long start = System.nanoTime();
            again.process.destroy();
            assertTrue(again.process.waitFor(5, TimeUnit.SECONDS), "SIGTERM stopped the server within 5 s while a query ran");
            assertTrue((System.nanoTime() - start) / 1e9 < 5);
        }
        try (Stream<Path> left = Files.list(spills)) {
            assertEquals(List.of(), left.toList(), "a server stopped by SIGTERM removes its own spill folder");
        }
    }

    /** A Jena spill file under {@code spills}, waited for up to {@code millis}. */
    private static Path spilled(Path spills, long millis) throws Exception {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            try (Stream<Path> files = Files.walk(spills)) {
                var bag = files.filter(f -> f.getFileName().toString().startsWith("DataBag-")).findFirst();
                if (bag.isPresent()) return bag.get();
            } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException goneWhileListed) {
                // A file removed while the folder was walked: look again.
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no spill file under " + spills + " within " + millis + " ms");
    }


    /** China's description as Turtle, asked again after each 503 once its Retry-After has passed, three times at most. */
    private static HttpResponse<String> description(ChildServer server) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.base + "/doc/state/CN.ttl")).build();
        HttpResponse<String> page = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        for (int again = 0; again < 3 && page.statusCode() == 503; again++) {
            Thread.sleep(1000L * Long.parseLong(page.headers().firstValue("Retry-After").orElse("1")));
            page = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        }
        return page;
    }
}
