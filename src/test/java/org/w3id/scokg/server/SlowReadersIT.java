package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestDumps;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.server.fair.Fairness;

/**
 * Clients that read a large answer slowly, on a server of one query slot and 1 s of waiting that
 * trusts the test's own address as a proxy (clients are told apart by {@code X-Forwarded-For}):
 * once an answer is held whole, its slot is free for the next query while the answer is read.
 */
class SlowReadersIT {
    private static LinkedDataServer server;

    @BeforeAll
    static void start() throws IOException {
        Path dumps = Files.createTempDirectory("sco-kg-slow-").resolve("dist");
        TestDumps.copyInto(dumps);
        Fairness.Settings settings = new Fairness.Settings(1, 1, Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(1), List.of("127.0.0.1", "::1"));
        server = LinkedDataServer.create(TestGraph.real(), dumps, ProjectCopy.ROOT).port(0).timeoutSeconds(30).fairness(settings).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /**
     * Asks for the whole dataset ({@code /sparql/get}, some 5 MB) with a 4 KB receive buffer and
     * reads its status line, 12 bytes at 100 ms apart; the socket is left open, unread.
     */
    private static Socket slowReader(String client, List<String> statusLines) throws Exception {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
        socket.getOutputStream().write(("GET /sparql/get HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: " + client + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.setSoTimeout(60_000);
        InputStream in = socket.getInputStream();
        byte[] status = new byte[12];
        for (int read = 0; read < status.length; ) {
            int n = in.read(status, read, 1);
            if (n < 0) break;
            read += n;
            Thread.sleep(100);
        }
        statusLines.add(new String(status, StandardCharsets.US_ASCII));
        return socket;
    }

    @Test
    void a_query_is_answered_while_two_clients_read_the_whole_dataset_slowly() throws Exception {
        List<String> statusLines = new ArrayList<>();
        List<Socket> readers = new ArrayList<>();
        try {
            readers.add(slowReader("10.7.0.1", statusLines));
            readers.add(slowReader("10.7.0.2", statusLines));
            assertEquals(List.of("HTTP/1.1 200", "HTTP/1.1 200"), statusLines, "each slow reader got the answer, neither waited for the other's reading");

            String url = "http://localhost:" + server.port() + "/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o } # slow readers", StandardCharsets.UTF_8);
            HttpRequest query = HttpRequest.newBuilder(URI.create(url)).header("X-Forwarded-For", "10.7.0.3").timeout(Duration.ofSeconds(30)).build();
            long started = System.nanoTime();
            HttpResponse<String> answer = HttpClient.newHttpClient().send(query, HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(millis < 1000, "a query waited " + millis + " ms behind two slow readers");
        } finally {
            for (Socket reader : readers) reader.close();
        }
    }
}
