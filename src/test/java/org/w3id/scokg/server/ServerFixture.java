package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestDumps;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.server.fair.Fairness;
import org.w3id.scokg.server.sparql.EvaluatingQueries;

/** The real server on a free port, started once for the integration tests, and an HTTP client for it. */
final class ServerFixture {
    static final int TIMEOUT_SECONDS = 30;
    /**
     * Fair scheduling that never turns a test's own requests away: the tests of other concerns send
     * many queries at once from one address, which the defaults would answer with 429 (FairnessIT
     * tests the defaults).
     */
    static final Fairness.Settings UNTHROTTLED = new Fairness.Settings(Runtime.getRuntime().availableProcessors(), 256,
            Duration.ofDays(1), Duration.ofMinutes(1), Duration.ofMinutes(1), List.of());
    private static LinkedDataServer server;
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ServerFixture() {}

    static synchronized String base() {
        if (server == null) {
            try {
                // Under target/, which mvn clean removes: a folder in /tmp per run was left behind.
                Path dumps = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-tmp")), "dumps-").resolve("dist");
                TestDumps.copyInto(dumps);
                server = LinkedDataServer.create(TestGraph.real(), dumps, ProjectCopy.ROOT).port(0).timeoutSeconds(TIMEOUT_SECONDS).fairness(UNTHROTTLED).start();
                Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "http://localhost:" + server.port();
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60));
    }

    static HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        return send(request.build());
    }

    /** For requests a client must not repeat (POST, PUT): a connection of their own. */
    static HttpResponse<String> sendOnNewConnection(HttpRequest request) {
        return send(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), request);
    }

    static HttpResponse<String> send(HttpRequest request) {
        return send(CLIENT, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The longest a test waits for a server to reach a state it needs (a query evaluating, one waiting). */
    static final Duration AWAITED = Duration.ofSeconds(30);

    /** Waits until {@code state} holds, or fails naming {@code what} after {@link #AWAITED}. */
    static void await(String what, BooleanSupplier state) throws InterruptedException {
        await(what, AWAITED, state);
    }

    /**
     * Waits until {@code state}, read from the server in-process, holds, or fails naming {@code what}
     * after {@code within}. Until 5 December 2026 the HTTP tests slept a fixed time instead and hoped
     * the server had got there; on a loaded machine (CI on two shared cores) it sometimes had not.
     */
    static void await(String what, Duration within, BooleanSupplier state) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!state.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) fail("the server did not reach this state in " + within.toMillis() + " ms: " + what);
            Thread.sleep(5);
        }
    }

    /** The status line and headers of an answer read from a socket, a byte at a time (what an HTTP client hides). */
    static String head(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) break;
            head.append((char) c);
        }
        return head.toString();
    }
    /**
     * Reads an answer from a kept-alive connection, its head and its body (of the length it says),
     * and gives its status line.
     */
    static String readAnswer(java.io.DataInputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) throw new IOException("the server closed the connection after: " + head);
            head.append((char) c);
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        if (!length.find()) throw new IOException("no Content-Length: " + head);
        in.readFully(new byte[Integer.parseInt(length.group(1))]);
        return head.substring(0, head.indexOf("\r\n"));
    }

    /**
     * The CPU time, in nanoseconds, of each of this JVM's live threads whose names begin with {@code
     * prefix} (a server's request threads: not the JIT's or the collector's, which a process's time
     * counts), by thread id.
     */
    static java.util.Map<Long, Long> threadsCpu(String prefix) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        // Without it every time reads -1, and a bound on the time spent would hold whatever the server did.
        if (!threads.isThreadCpuTimeSupported() || !threads.isThreadCpuTimeEnabled()) throw new IllegalStateException("this JVM does not measure threads' CPU time");
        java.util.Map<Long, Long> nanos = new java.util.HashMap<>();
        for (java.lang.management.ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread == null || !thread.getThreadName().startsWith(prefix)) continue;
            long time = threads.getThreadCpuTime(thread.getThreadId());
            if (time >= 0) nanos.put(thread.getThreadId(), time);
        }
        return nanos;
    }

    /**
     * The CPU time, in nanoseconds, the threads whose names begin with {@code prefix} spent since
     * {@code before} ({@link #threadsCpu}): each live thread's time less what it had then. A sum of
     * the live threads' times taken twice would lose the whole time of a thread the pool let go in
     * between (idle for its timeout), and could come out smaller than the work done, or below zero.
     */
    static long cpuSince(String prefix, java.util.Map<Long, Long> before) {
        long nanos = 0;
        for (java.util.Map.Entry<Long, Long> now : threadsCpu(prefix).entrySet()) nanos += now.getValue() - before.getOrDefault(now.getKey(), 0L);
        return nanos;
    }

    /** The cores that the threads whose names begin with {@code prefix} kept busy over the next {@code millis}. */
    static double coresOf(String prefix, long millis) throws InterruptedException {
        java.util.Map<Long, Long> before = threadsCpu(prefix);
        Thread.sleep(millis);
        return cpuSince(prefix, before) / (millis * 1e6);
    }

    /** The server {@link #base()} starts, for a test that reads its state or its threads' time. */
    static synchronized LinkedDataServer server() {
        base();
        return server;
    }

    /** An answer, and the CPU time in seconds the server's request threads spent from its asking until no query evaluated. */
    record Spent<T>(T answer, double cpuSeconds) {}

    /**
     * Asks {@code ask} of {@code server} and measures the CPU time its request threads spend on it,
     * for tests that ask whether the server stopped work at a deadline or refused it before it began.
     * A query stopped at its timeout spends at most that timeout of a core, besides its parse and its
     * answer, however loaded the machine is (a loaded machine gives it less of a core, not more),
     * where a clock of wall time also counts the time other processes held the cores: on CI's two
     * shared cores at a load average of 20 a thread may get a tenth of one, and a bound of a second
     * or two past a timeout is a bound on the machine. The time is counted until no query is
     * evaluating (awaited, as before the asking), so a query answered 503 that evaluates on is counted
     * too. Each test names the runaway it tells apart, which spent more.
     */
    /** The wall time an answer {@link #spent} measures may take at most, whatever its CPU time. */
    static final double WALL_CEILING_SECONDS = 30;

    static <T> Spent<T> spent(LinkedDataServer server, Supplier<T> ask) throws InterruptedException {
        org.eclipse.jetty.server.Server jetty = server.jetty();
        await("no query evaluating before the timed one is asked", () -> EvaluatingQueries.count(jetty) == 0);
        String threads = requestThreads(server);
        java.util.Map<Long, Long> before = threadsCpu(threads);
        long asked = System.nanoTime();
        T answer = ask.get();
        // The CPU time does not see a refusal that comes late while its thread waits without working (on a
        // lock, in a queue, for a cancellation): a ceiling of wall time, far above what a loaded machine adds
        // to a timeout of a few seconds, catches that (a review of 6 December 2026).
        double waited = (System.nanoTime() - asked) / 1e9;
        if (waited > WALL_CEILING_SECONDS) throw new AssertionError("the answer took " + waited + " s, more than " + WALL_CEILING_SECONDS + " s of wall time");
        await("no query evaluating once the timed one is answered", () -> EvaluatingQueries.count(jetty) == 0);
        return new Spent<>(answer, cpuSince(threads, before) / 1e9);
    }

    /** The prefix of the names of a server's request threads (its Jetty thread pool's name). */
    static String requestThreads(org.w3id.scokg.server.LinkedDataServer server) {
        return ((org.eclipse.jetty.util.thread.QueuedThreadPool) server.threadPool()).getName() + "-";
    }

    /** Everything the server sends on {@code socket} until it closes it; a reset after the answer ends it, what arrived before stands. */
    static String readUntilClosed(java.net.Socket socket) throws java.io.IOException {
        java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = socket.getInputStream().read(buffer)) > 0;) answer.write(buffer, 0, n);
        } catch (java.io.IOException reset) {
            // The answer has ended.
        }
        return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
