package org.w3id.scokg.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol with the JDK's WebSocket client:
 * open a page, wait for it to load, collect console errors and uncaught exceptions, take a
 * screenshot. Started with the flags this workplace's closed network needs.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final ConcurrentHashMap<Integer, CompletableFuture<JsonObject>> replies = new ConcurrentHashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    HeadlessChromium() throws IOException, InterruptedException {
        profile = Files.createTempDirectory("chromium-profile-");
        process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1280,900", "about:blank")
                .redirectErrorStream(true).start();
        String browserUrl = awaitDevTools();
        HttpClient http = HttpClient.newHttpClient();
        String port = URI.create(browserUrl).getPort() + "";
        String page = pageSocket(http, port);
        socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new Listener()).join();
        call("Runtime.enable", "{}");
        call("Log.enable", "{}");
        call("Page.enable", "{}");
    }

    private String awaitDevTools() throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            Matcher m = DEVTOOLS.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "chromium-output");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IOException("Chromium did not start its DevTools server");
    }

    private static String pageSocket(HttpClient http, String port) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (JsonValue target : JSON.parseAny(list.body()).getAsArray()) {
                JsonObject t = target.getAsObject();
                if (t.get("type").getAsString().value().equals("page")) return t.get("webSocketDebuggerUrl").getAsString().value();
            }
            Thread.sleep(100);
        }
        throw new IOException("Chromium has no page");
    }

    /** Opens the page, waits for its load event, and returns the console errors it raised. */
    List<String> open(String url) {
        errors.clear();
        loaded = new CompletableFuture<>();
        call("Page.navigate", "{\"url\":\"" + url + "\"}");
        loaded.orTimeout(30, TimeUnit.SECONDS).join();
        call("Runtime.evaluate", "{\"expression\":\"1\"}");
        return new ArrayList<>(errors);
    }

    /** The text of the page's body. */
    String bodyText() {
        JsonObject reply = call("Runtime.evaluate", "{\"expression\":\"document.body.innerText\",\"returnByValue\":true}");
        return reply.get("result").getAsObject().get("result").getAsObject().get("value").getAsString().value();
    }

    void screenshot(Path file) throws IOException {
        JsonObject reply = call("Page.captureScreenshot", "{\"format\":\"png\"}");
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(reply.get("result").getAsObject().get("data").getAsString().value()));
    }

    private JsonObject call(String method, String params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        replies.put(id, reply);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
        return reply.orTimeout(30, TimeUnit.SECONDS).join();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                handle(JSON.parse(buffer.toString()));
                buffer.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        private void handle(JsonObject message) {
            if (message.hasKey("id")) {
                CompletableFuture<JsonObject> reply = replies.remove(message.get("id").getAsNumber().value().intValue());
                if (reply != null) reply.complete(message);
                return;
            }
            String method = message.get("method").getAsString().value();
            JsonObject params = message.get("params").getAsObject();
            switch (method) {
                case "Page.loadEventFired" -> loaded.complete(null);
                case "Runtime.exceptionThrown" -> errors.add("exception: " + params.get("exceptionDetails"));
                case "Runtime.consoleAPICalled" -> {
                    if (params.get("type").getAsString().value().equals("error")) errors.add("console.error: " + params.get("args"));
                }
                case "Log.entryAdded" -> {
                    JsonObject entry = params.get("entry").getAsObject();
                    if (entry.get("level").getAsString().value().equals("error")) errors.add("log: " + entry.get("text") + " " + entry.get("url"));
                }
                default -> { }
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Chromium may still be removing files of its own; whatever is left is a temporary folder.
        try {
            org.apache.jena.atlas.io.IOX.deleteAll(profile);
        } catch (RuntimeException e) {
            profile.toFile().deleteOnExit();
        }
    }
}
