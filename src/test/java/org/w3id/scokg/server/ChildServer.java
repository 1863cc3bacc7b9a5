package org.w3id.scokg.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code java -jar target/sco-kg.jar serve ...} in a process of its own, as an operator runs it; its output kept. */
final class ChildServer implements AutoCloseable {
    private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint: (http://localhost:\\d+)/sparql");
    /**
     * The JIT's first tier only, for children that start, answer for a minute or so and stop: their
     * start (build, validation, dumps) takes about half as long on 2 cores (25 s against 40 to 45 s
     * measured on a loaded machine), and nothing they are tested for (heap bounds, a kill, a restart,
     * SIGTERM) depends on the compiler.
     */
    static final String QUICK_START = "-XX:TieredStopAtLevel=1";

    final Process process;
    final String base;
    final List<String> output = Collections.synchronizedList(new ArrayList<>());

    /**
     * The lines written so far, copied under the list's lock: its drain thread adds to it while a test
     * reads it, and a stream over the list itself failed with a ConcurrentModificationException in a
     * CI run of 6 December 2026 (SmallHeapIT).
     */
    List<String> lines() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    private ChildServer(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /** Starts the server with {@code jvmOptions} and {@code serveArguments}, and waits until it answers. */
    static ChildServer start(List<String> jvmOptions, String... serveArguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", "target/sco-kg.jar", "serve", "--port", "0"));
        command.addAll(List.of(serveArguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.add(line);
            Matcher m = ENDPOINT.matcher(line);
            if (m.find()) {
                ChildServer child = new ChildServer(process, m.group(1));
                child.output.addAll(seen);
                Thread drain = new Thread(() -> out.lines().forEach(child.output::add));
                drain.setDaemon(true);
                drain.start();
                return child;
            }
        }
        process.destroyForcibly();
        throw new AssertionError("the server did not start:\n" + String.join("\n", seen));
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
