package org.w3id.scokg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Entity pages against nginx serving the same bytes, each server a process of its own, as they are
 * deployed: the jar started with the README's command line, nginx with one worker. {@link Benchmark}
 * measures its in-process server too, but that server shares its JVM, and so its compiled code and
 * its heap, with plain Fuseki (another Jetty) and RDF4J, which a deployed server does not.
 *
 * <p>For each page: both servers warmed up for 30 s (system property {@code warmUp}) with 8 connections, then
 * {@value #TURNS} alternating turns of 3 s each; prints each turn's rate and the CPU time the server
 * process spent per request (user and system, all its threads), and the ratio of the medians.
 *
 * <pre>bench/pages.sh [PATH ...]</pre>
 */
public final class PageBenchmark {
    private static final int WARM_UP_SECONDS = Integer.getInteger("warmUp", 30);
    private static final int TURNS = 5;
    /**
     * Turns of 3 s had the server's CPU per request at 50 to 80 µs for a page it served at 40 µs
     * once it had run for a while: after a few seconds without requests its first seconds cost
     * more, whatever the cause (not found), and nginx has no such cost. Longer turns dilute it.
     */
    private static final int TURN_SECONDS = 6;
    private static final List<String> DEFAULT_PAGES = List.of("/doc/state/CN.ttl", "/doc/state/CN.html", "/doc/state/IN.jsonld");

    private PageBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        List<String> pages = args.length > 1 ? List.of(args).subList(1, args.length) : DEFAULT_PAGES;
        Path work = Path.of("target/bench-pages");
        Benchmark.deleteTree(work);
        Files.createDirectories(work);
        int port = EngineProcess.freePort();
        Process served = new ProcessBuilder("java", "-XX:-DontCompileHugeMethods", "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError",
                "-jar", jar.toString(), "serve", "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(work.resolve("serve.log").toFile()).start();
        try (Nginx nginx = Nginx.start(work.resolve("nginx"))) {
            String base = "http://127.0.0.1:" + port;
            HttpClient client = HttpClient.newHttpClient();
            awaitReady(client, base + pages.get(0), served);
            ProcessHandle nginxWorker = nginx.worker();
            System.out.printf("entity pages, the jar (%s) and nginx (one worker) each a process of its own, 8 connections,"
                    + " %d s of warm-up, then %d alternating turns of %d s%n", jar, WARM_UP_SECONDS, TURNS, TURN_SECONDS);
            System.out.println("| page | bytes | sco-kg req/s (median) | nginx req/s (median) | sco-kg / nginx | sco-kg CPU µs per request | nginx CPU µs per request |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
            for (String page : pages) {
                HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(URI.create(base + page)).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (answer.statusCode() != 200) throw new IOException(page + " answered " + answer.statusCode());
                String name = nginx.serve("page" + page.replace('/', '-'), answer.body());
                String ours = base + page;
                String floor = nginx.base() + "/" + name;
                Wrk.throughput(ours, 8, Duration.ofSeconds(WARM_UP_SECONDS));
                Wrk.throughput(floor, 8, Duration.ofSeconds(WARM_UP_SECONDS));
                List<Turn> oursTurns = new ArrayList<>();
                List<Turn> floorTurns = new ArrayList<>();
                for (int turn = 0; turn < TURNS; turn++) {
                    oursTurns.add(Turn.measure(ours, served.toHandle()));
                    floorTurns.add(Turn.measure(floor, nginxWorker));
                }
                double rate = Benchmark.median(oursTurns.stream().map(Turn::rate).toList());
                double floorRate = Benchmark.median(floorTurns.stream().map(Turn::rate).toList());
                System.out.printf("| `%s` | %d | %s (%.0f) | %s (%.0f) | **%.2f** | %.0f | %.0f |%n", page, answer.body().length, rates(oursTurns), rate,
                        rates(floorTurns), floorRate, rate / floorRate, Benchmark.median(oursTurns.stream().map(Turn::cpuMicros).toList()),
                        Benchmark.median(floorTurns.stream().map(Turn::cpuMicros).toList()));
            }
        } finally {
            served.destroy();
            served.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** One turn: requests a second, and the server process's CPU time per request, in microseconds. */
    private record Turn(double rate, double cpuMicros) {
        static Turn measure(String url, ProcessHandle server) throws IOException, InterruptedException {
            Duration length = Duration.ofSeconds(TURN_SECONDS);
            long before = cpuNanos(server);
            double rate = Wrk.throughput(url, 8, length);
            long spent = cpuNanos(server) - before;
            return new Turn(rate, spent / 1000.0 / (rate * length.toSeconds()));
        }

        private static long cpuNanos(ProcessHandle process) {
            return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("no CPU time for process " + process.pid())).toNanos();
        }
    }

    private static void awaitReady(HttpClient client, String url, Process served) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!served.isAlive()) throw new IOException("the server stopped; see target/bench-pages/serve.log");
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IOException("the server did not answer " + url + " within 300 s; see target/bench-pages/serve.log");
    }

    private static String rates(List<Turn> turns) {
        return String.join(", ", turns.stream().map(t -> String.format("%.0f", t.rate())).toList());
    }
}
