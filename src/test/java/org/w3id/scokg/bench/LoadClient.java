package org.w3id.scokg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.publish.Checksums;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.query.QueryCatalog;

/**
 * A load run against a running server on this machine: N clients for M seconds send every named
 * SELECT query (with its default parameters) to /sparql and fetch entity pages from /doc. Every
 * answer is checked, not only its status: it must be byte for byte the answer the same request got
 * when made alone (so a 200 with a short answer counts as an error). Prints throughput and
 * latency percentiles; exits 1 if any answer was wrong.
 *
 * <p>Usage: {@code LoadClient BASE_URL CLIENTS SECONDS [STOP_FILE]}, as {@code bench/load.sh} runs it; with
 * a stop file, the run also ends when that file appears ({@code bench/replicas.sh}), and throughput is
 * counted over the time it ran.
 */
public final class LoadClient {
    private record Target(String name, HttpRequest request, String expectedSha256) {}

    /** The JDK client's words for a connection closed before any byte of the answer came back. */
    private static final String CLOSED_BEFORE_ANSWER = "HTTP/1.1 header parser received no bytes";

    private LoadClient() {}

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:3030";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Path stopFile = args.length > 3 ? Path.of(args[3]) : null;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        List<Target> targets = targets(http, base);
        System.out.printf("load: %d clients, %d s, %d distinct requests against %s%n", clients, seconds, targets.size(), base);

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, List<Long>> byTarget = new java.util.concurrent.ConcurrentHashMap<>();
        targets.forEach(t -> byTarget.put(t.name(), Collections.synchronizedList(new ArrayList<>())));
        AtomicLong errors = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        // The first few failures, named, so that one in a million can be looked into.
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicLong retried = new AtomicLong();
        long began = System.nanoTime();
        long deadline = began + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int offset = c;
            pool.submit(() -> {
                for (int i = offset; System.nanoTime() < deadline && (stopFile == null || !java.nio.file.Files.exists(stopFile)); i++) {
                    Target target = targets.get(i % targets.size());
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response;
                        try {
                            response = http.send(target.request(), HttpResponse.BodyHandlers.ofByteArray());
                        } catch (IOException e) {
                            // A kept-alive connection the server closed (its idle timeout) just as the
                            // request went out on it: no byte of an answer came back. The JDK's client
                            // sends a GET again by itself, not a POST; a SPARQL query is safe to send
                            // again (SPARQL 1.1 Protocol), so it is, once, and counted.
                            if (!CLOSED_BEFORE_ANSWER.equals(e.getMessage())) throw e;
                            retried.incrementAndGet();
                            response = http.send(target.request(), HttpResponse.BodyHandlers.ofByteArray());
                        }
                        long took = System.nanoTime() - start;
                        latencies.add(took);
                        byTarget.get(target.name()).add(took);
                        if (response.statusCode() / 100 != 2) {
                            if (errors.incrementAndGet() <= 5) failures.add(target.name() + " answered " + response.statusCode());
                        } else if (!Checksums.sha256(response.body()).equals(target.expectedSha256())) {
                            if (wrong.incrementAndGet() <= 5) failures.add(target.name() + " answered " + response.body().length + " other bytes");
                        }
                    } catch (IOException e) {
                        if (errors.incrementAndGet() <= 5) failures.add(target.name() + ": " + e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        for (Target target : targets) {
            List<Long> times = new ArrayList<>(byTarget.get(target.name()));
            Collections.sort(times);
            System.out.printf("  %-45s n %6d  p50 %8.2f ms  p99 %8.2f ms%n", target.name(), times.size(), percentile(times, 0.5), percentile(times, 0.99));
        }
        System.out.printf("requests %d, throughput %.0f/s, p50 %.2f ms, p99 %.2f ms, non-2xx or failed %d, wrong or short answers %d%n",
                sorted.size(), sorted.size() / ((System.nanoTime() - began) / 1e9), percentile(sorted, 0.50), percentile(sorted, 0.99), errors.get(), wrong.get());
        System.out.printf("sent again after a kept-alive connection closed before any byte of the answer: %d%n", retried.get());
        failures.forEach(failure -> System.out.println("  failed: " + failure));
        System.exit(errors.get() + wrong.get() == 0 ? 0 : 1);
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) return Double.NaN;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    /** Every named SELECT query with its defaults bound, and a set of entity pages, each with its answer made alone. */
    static List<Target> targets(HttpClient http, String base) throws IOException, InterruptedException {
        List<Target> targets = new ArrayList<>();
        for (NamedQuery named : new QueryCatalog(new ProjectLayout(Path.of(""))).all()) {
            if (!named.query().isSelectType()) continue;
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(Benchmark.bound(named), StandardCharsets.UTF_8))).build();
            targets.add(alone(http, "sparql " + named.name(), request));
        }
        for (String page : List.of("state/CN", "state/IN", "organization/SCO", "document/A-66-359", "event/beijing-security-secretaries-2018", "threat/cyber-terrorism")) {
            targets.add(alone(http, "doc " + page + ".ttl", HttpRequest.newBuilder(URI.create(base + "/doc/" + page + ".ttl")).build()));
            targets.add(alone(http, "doc " + page + ".html", HttpRequest.newBuilder(URI.create(base + "/doc/" + page)).build()));
        }
        return targets;
    }

    private static Target alone(HttpClient http, String name, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200 || response.body().length == 0) {
            throw new IllegalStateException(name + " answered " + response.statusCode() + " when made alone");
        }
        return new Target(name, request, Checksums.sha256(response.body()));
    }
}
