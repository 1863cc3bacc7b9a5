package org.w3id.scokg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Debian's nginx serving a folder of static files on a free loopback port: the floor a server cannot beat. */
final class Nginx implements AutoCloseable {
    private final Process process;
    private final Path root;
    private final int port;

    private Nginx(Process process, Path root, int port) {
        this.process = process;
        this.root = root;
        this.port = port;
    }

    static Nginx start(Path folder) throws IOException, InterruptedException {
        Benchmark.deleteTree(folder);
        Path root = Files.createDirectories(folder.resolve("html"));
        Files.createDirectories(folder.resolve("logs"));
        int port = EngineProcess.freePort();
        Path conf = folder.resolve("nginx.conf");
        Files.writeString(conf, "daemon off;\nworker_processes 1;\npid " + folder.toAbsolutePath().resolve("nginx.pid") + ";\n"
                + "error_log " + folder.toAbsolutePath().resolve("logs/error.log") + ";\n"
                + "events { worker_connections 256; }\nhttp {\n  access_log off;\n  default_type application/octet-stream;\n"
                + "  client_body_temp_path " + folder.toAbsolutePath() + "/tmp;\n"
                + "  server { listen 127.0.0.1:" + port + "; root " + root.toAbsolutePath() + "; }\n}\n");
        Process process = new ProcessBuilder("/usr/sbin/nginx", "-c", conf.toAbsolutePath().toString(), "-p", folder.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("logs/stdout.log").toFile()).start();
        for (int i = 0; i < 100; i++) {
            try {
                new java.net.Socket("127.0.0.1", port).close();
                return new Nginx(process, root, port);
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        process.destroy();
        throw new IOException("nginx did not start; see " + folder.resolve("logs"));
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The worker process, the one that answers (the master only starts it). */
    ProcessHandle worker() {
        return process.toHandle().children().findFirst().orElseThrow(() -> new IllegalStateException("nginx has no worker process"));
    }

    /** Puts {@code bytes} at {@code name} and returns the name to request. */
    String serve(String name, byte[] bytes) throws IOException {
        Files.write(root.resolve(name), bytes);
        return name;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
