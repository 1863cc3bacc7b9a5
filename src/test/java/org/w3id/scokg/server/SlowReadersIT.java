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
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestDumps;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.server.fair.Fairness;

/**
 * Clients that read a large answer slowly, on a server of one query slot, one query per client and
 * 1 s of waiting that trusts the test's own address as a proxy (clients are told apart by {@code
 * X-Forwarded-For}): once an answer is held whole, its slot is free for the next query while the
 * answer is read, and the query stays under way for its client until its last write begins.
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

    /** Asks {@code query} as {@code client} with a client of its own, and gives its answer. */
    private static HttpResponse<String> ask(String client, String query) throws Exception {
        String url = "http://localhost:" + server.port() + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("X-Forwarded-For", client).timeout(Duration.ofSeconds(30)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * One client may have its share of queries under way (one here), and a query whose answer it is
     * reading slowly is one of them while the answer is being written: Jetty's servlet output writes
     * a held answer 32 KiB at a time, and the query is counted out only when the last of these writes
     * begins. Its second read is a 429 while the first is read; another client's query is answered
     * meanwhile; once the slow reader goes away (its connection closed with the answer unread), the
     * client is answered again.
     */
    @Test
    void a_client_reading_an_answer_slowly_gets_429_for_another_while_it_is_written() throws Exception {
        List<String> statusLines = new ArrayList<>();
        Socket first = slowReader("10.7.1.1", statusLines);
        try {
            slowReader("10.7.1.1", statusLines).close();
            assertEquals(List.of("HTTP/1.1 200", "HTTP/1.1 429"), statusLines, "the client's second read while its first is read");
            long started = System.nanoTime();
            HttpResponse<String> other = ask("10.7.1.2", "ASK { ?s ?p ?o } # another client");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(200, other.statusCode(), other.body());
            assertTrue(millis < 5000, "another client's query took " + millis + " ms");
        } finally {
            first.close();
        }
        // The server's write fails once the connection is gone, and counts the query out.
        long deadline = System.nanoTime() + 30_000_000_000L;
        int status;
        do {
            status = ask("10.7.1.1", "ASK { ?s ?p ?o } # after the slow read").statusCode();
        } while (status == 429 && System.nanoTime() < deadline && sleep(200));
        assertEquals(200, status, "the client whose slow reader went away");
    }

    private static boolean sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return true;
    }

    /**
     * A client that has read its whole answer may send its next query at once, on a new connection,
     * and is not refused for the one it has read: the query is counted out when its answer's last
     * write begins, before the client can have read it. Each answer is read to its {@code
     * Content-Length}, not to the connection's end; whoever moves the counting out later must keep this.
     */
    @Test
    void a_client_that_has_read_its_answer_may_ask_again_at_once() throws Exception {
        for (int i = 0; i < 20; i++) {
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                String query = URLEncoder.encode("ASK { ?s ?p ?o } # at once " + i, StandardCharsets.UTF_8);
                socket.getOutputStream().write(("GET /sparql?query=" + query + " HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 10.7.2.1\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.setSoTimeout(30_000);
                InputStream in = socket.getInputStream();
                StringBuilder head = new StringBuilder();
                while (!head.toString().endsWith("\r\n\r\n")) {
                    int c = in.read();
                    if (c < 0) break;
                    head.append((char) c);
                }
                assertTrue(head.toString().startsWith("HTTP/1.1 200"), i + ": " + head);
                long length = head.toString().lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                        .mapToLong(line -> Long.parseLong(line.substring("content-length:".length()).strip())).findFirst().orElse(-1);
                assertTrue(length > 0, i + ": " + head);
                assertEquals(length, in.readNBytes((int) length).length, i + ": the whole answer");
            }
        }
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
