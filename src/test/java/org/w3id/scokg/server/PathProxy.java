package org.w3id.scokg.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx on a free loopback port, publishing a server under a path as a proxy in front of
 * {@code serve --base https://host/kg/} would: {@code /kg/doc/state/IN} is passed on as {@code
 * /doc/state/IN}, with the browser's {@code Host}; any other path is nginx's own 404. Its error and
 * access logs are kept in its folder.
 */
final class PathProxy implements AutoCloseable {
    private final Process process;
    private final int port;
    private final String path;

    private PathProxy(Process process, int port, String path) {
        this.process = process;
        this.port = port;
        this.path = path;
    }

    /** nginx in {@code folder} (a fresh one), passing {@code path} ({@code /kg/}) on to {@code backendPort}'s root. */
    static PathProxy start(Path folder, String path, int backendPort, int port) throws IOException, InterruptedException {
        Path home = Files.createDirectories(folder).toAbsolutePath();
        Files.createDirectories(home.resolve("temp"));
        Path conf = home.resolve("nginx.conf");
        String temp = home.resolve("temp").toString();
        Files.writeString(conf, "daemon off;\nworker_processes 1;\npid " + home.resolve("nginx.pid") + ";\nerror_log " + home.resolve("error.log") + ";\n"
                + "events { worker_connections 256; }\nhttp {\n  access_log " + home.resolve("access.log") + ";\n"
                + "  client_body_temp_path " + temp + "/body;\n  proxy_temp_path " + temp + "/proxy;\n  fastcgi_temp_path " + temp + "/fastcgi;\n"
                + "  uwsgi_temp_path " + temp + "/uwsgi;\n  scgi_temp_path " + temp + "/scgi;\n"
                + "  server {\n    listen 127.0.0.1:" + port + ";\n    location " + path + " {\n"
                + "      proxy_pass http://127.0.0.1:" + backendPort + "/;\n      proxy_set_header Host $http_host;\n"
                + "      proxy_http_version 1.1;\n      proxy_set_header Connection \"\";\n    }\n  }\n}\n");
        // -e: nginx opens its error log before it reads the configuration, by default under /var/log.
        Process process = new ProcessBuilder("/usr/sbin/nginx", "-e", home.resolve("error.log").toString(), "-c", conf.toString(), "-p", home.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("stdout.log").toFile()).start();
        for (int i = 0; i < 200 && process.isAlive(); i++) {
            try {
                new Socket("127.0.0.1", port).close();
                return new PathProxy(process, port, path);
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroy();
        throw new IOException("nginx did not start; see " + home);
    }

    /** A port free now, for the proxy: the server behind it must know its public URL before it starts. */
    static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /** The public URL of the site behind the proxy, with no slash at its end: {@code http://127.0.0.1:PORT/kg}. */
    String base() {
        return "http://127.0.0.1:" + port + path.replaceFirst("/$", "");
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
