package org.w3id.scokg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.scokg.server.fair.Fairness;

/**
 * An engine a benchmark measures, run as a process of its own, as it is deployed. Engines that
 * shared the benchmark's JVM shared its compiled code and its heap: sco-kg and plain Fuseki run the
 * same Jetty and ARQ classes, whose call sites then saw both servers' types (and the oracle's and
 * the build's) and were compiled for all of them, and every engine's collections had to trace what
 * all of them held. Moved out, sco-kg's throughput over the shapes' mix at x10 went from 117 to 362
 * answers a second and RDF4J's from 211 to 280 between two runs, the earlier on a busier machine
 * (docs/performance.md, 3 December 2026).
 */
final class EngineProcess implements AutoCloseable {
    /** The JVM options of the README's serve command line, given to every engine's JVM alike. */
    static final List<String> JVM_OPTIONS = List.of("-XX:-DontCompileHugeMethods", "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String name;
    private final Process process;
    private final String endpoint;

    private EngineProcess(String name, Process process, String endpoint) {
        this.name = name;
        this.process = process;
        this.endpoint = endpoint;
    }

    /**
     * Starts {@code command}, its output to {@code log}, and waits up to {@code patience} until a
     * form POST of {@code ASK {}} to {@code endpoint} answers 200.
     */
    static EngineProcess start(String name, List<String> command, String endpoint, Path log, Duration patience) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        EngineProcess engine = new EngineProcess(name, process, endpoint);
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IOException(name + " stopped with status " + process.exitValue() + "; see " + log);
            try {
                if (HTTP.send(Benchmark.sparql(endpoint, "ASK {}", "application/sparql-results+json"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return engine;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        engine.close();
        throw new IOException(name + " did not answer within " + patience.toSeconds() + " s; see " + log);
    }

    /** {@code java}, the {@link #JVM_OPTIONS}, this JVM's class path, {@code mainClass} and its arguments. */
    static List<String> java(String maxHeap, Class<?> mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + maxHeap));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * The jar's {@code serve} for {@code project} on {@code port}, its dumps and snapshot in {@code
     * data}, with {@code extra} options after it: the README's JVM options, and fair scheduling that
     * counts a benchmark's one client as one ({@link Benchmark#ONE_CLIENT}).
     */
    static List<String> serve(Path project, Path data, int port, String... extra) {
        Fairness.Settings one = Benchmark.ONE_CLIENT;
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", "target/sco-kg.jar", "serve", "--project", project.toString(), "--data", data.toString(),
                "--port", Integer.toString(port), "--query-slots", Integer.toString(one.slots()), "--queries-per-client",
                Integer.toString(one.queriesPerClient()), "--query-budget", Long.toString(one.budget().toSeconds()), "--queue-wait",
                Long.toString(one.maxWait().toSeconds())));
        command.addAll(List.of(extra));
        return command;
    }

    /** Writes {@code quads} as N-Quads to {@code file}, for the peers ({@link PeerMain}) to read. */
    static Path nquads(DatasetGraph quads, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            RDFDataMgr.write(out, quads, Lang.NQUADS);
        }
        return file;
    }

    static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    String name() {
        return name;
    }

    String endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
