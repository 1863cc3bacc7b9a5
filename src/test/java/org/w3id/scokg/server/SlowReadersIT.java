package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.scokg.server.ServerFixture.head;

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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestDumps;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.server.fair.Fairness;
import org.w3id.scokg.server.http.AsyncBody;

/**
 * Clients that read a large answer slowly, on a server of one query slot, one query per client and
 * 1 s of waiting that trusts the test's own address as a proxy (clients are told apart by {@code
 * X-Forwarded-For}): once an answer is held whole, its slot is free for the next query while the
 * answer is read, and the query stays under way for its client until its last write begins, and
 * open until its exchange ends.
 */
class SlowReadersIT {
    /** The server's send buffer of each connection; Linux doubles it, and counts its own overhead in it. */
    private static final int SEND_BUFFER = 8192;
    /** Bytes of an answer left unread before a reader looks for its last write: more than that write and the buffers on the way. */
    private static final int FAR_FROM_THE_END = 128 * 1024;
    /** Bytes a reader reads between two looks for its last write; a fraction of the last write, so it does not read past it. */
    private static final int STEP = 2048;
    private static final HttpClient PROBES = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static LinkedDataServer server;

    /** The server's dumps; JUnit removes the folder after the class (a folder in /tmp per run was left behind). */
    @TempDir
    static Path folder;

    @BeforeAll
    static void start() throws IOException {
        Path dumps = folder.resolve("dist");
        TestDumps.copyInto(dumps);
        Fairness.Settings settings = new Fairness.Settings(1, 1, Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(1), List.of("127.0.0.1", "::1"));
        // A send buffer of its own size, not one Linux grows to megabytes, so a reader can stop in a chosen write.
        server = LinkedDataServer.create(TestGraph.real(), dumps, ProjectCopy.ROOT).port(0).timeoutSeconds(30).fairness(settings).sendBufferBytes(SEND_BUFFER).start();
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

    /** Asks {@code query} as {@code client}, and gives its answer. */
    private static HttpResponse<String> ask(String client, String query) throws Exception {
        return PROBES.send(request(client, "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String client, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + pathAndQuery)).header("X-Forwarded-For", client).timeout(Duration.ofSeconds(30)).build();
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
            HttpResponse<String> other = ask("10.7.1.2", "ASK { ?s ?p ?o } # another client");
            // A query that waited behind the slow reader's slot would be a 503 after its 1 s of waiting: a 200 is
            // one that did not, whatever the machine's load (until 6 December 2026 it also had to come within 5 s).
            assertEquals(200, other.statusCode(), other.body());
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
                String head = head(in);
                assertTrue(head.startsWith("HTTP/1.1 200"), i + ": " + head);
                long length = contentLength(head);
                assertTrue(length > 0, i + ": " + head);
                assertEquals(length, in.readNBytes((int) length).length, i + ": the whole answer");
            }
        }
    }

    /**
     * A client that reads each answer up to its last write and no further, and asks again: one
     * query under way is its share, and each is counted out of it when its answer's last write
     * begins (before the client can have read the answer, so that one that has may ask again at
     * once), but the server still holds a thread and the whole answer until that write ends. Until
     * 2 December 2026 such a client was let in again and again, each answer held until the idle
     * timeout (30 s) cut its write; now an exchange stays open for its client until it ends, and a
     * client with its share and one more open gets 429. Another client is answered meanwhile, and
     * the client again once its readers have gone.
     */
    @Test
    void a_client_that_leaves_answers_unread_in_their_last_write_gets_429_past_its_share_and_one() throws Exception {
        List<Socket> readers = new ArrayList<>();
        try {
            readers.add(readToLastWrite("10.7.3.1"));
            readers.add(readToLastWrite("10.7.3.1"));
            HttpResponse<String> third = PROBES.send(request("10.7.3.1", "/sparql/get"), HttpResponse.BodyHandlers.ofString());
            assertEquals(429, third.statusCode(), "a third read while two answers are left unread in their last write");
            assertEquals("1", third.headers().firstValue("Retry-After").orElse(""));
            assertTrue(third.body().contains("2 answers still being sent to it"), third.body());
            HttpResponse<String> other = ask("10.7.3.2", "ASK { ?s ?p ?o } # another client than the one that leaves answers unread");
            assertEquals(200, other.statusCode(), other.body());
        } finally {
            for (Socket reader : readers) reader.close();
        }
        // The server's writes fail once the connections are gone, and their exchanges end.
        long deadline = System.nanoTime() + 30_000_000_000L;
        int status;
        do {
            status = ask("10.7.3.1", "ASK { ?s ?p ?o } # after the answers left unread").statusCode();
        } while (status == 429 && System.nanoTime() < deadline && sleep(200));
        assertEquals(200, status, "the client whose readers went away");
    }

    /**
     * Asks for the whole dataset as {@code client} and reads it up to its last write: far from the
     * end at once, then {@value #STEP} bytes at a time until the client's next query is no longer
     * refused for its share (the answer's last write has begun). The rest, more than the buffers on
     * the way hold, is left unread on the open socket. A read refused with 429 is asked again, for
     * 30 s at most: the exchange of the query that found the last write may not have ended yet.
     */
    private static Socket readToLastWrite(String client) throws Exception {
        // For as long as the tests wait for any state (5 s until 6 December 2026, which a loaded machine may pass).
        long deadline = System.nanoTime() + ServerFixture.AWAITED.toNanos();
        while (true) {
            Socket socket = new Socket();
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
            Answer answer = answerWithALongLastWrite();
            socket.getOutputStream().write(("GET " + answer.path() + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + answer.accept() + "\r\nX-Forwarded-For: " + client
                    + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(30_000);
            InputStream in = socket.getInputStream();
            String head = head(in);
            if (head.startsWith("HTTP/1.1 429") && System.nanoTime() < deadline) {
                socket.close();
                Thread.sleep(100);
                continue;
            }
            try {
                assertTrue(head.startsWith("HTTP/1.1 200"), head);
                stopInLastWrite(client, in, contentLength(head));
                return socket;
            } catch (Exception | AssertionError e) {
                socket.close();
                throw e;
            }
        }
    }

    /** A Graph Store read ({@code path}) in a syntax ({@code accept}). */
    private record Answer(String path, String accept) {}

    private static Answer answer;

    /**
     * A read of the whole dataset, or of one of its two large graphs, in a syntax whose body ends with
     * a last write of at least a quarter of Jetty's buffer, to stop in: each has its length, and the
     * data's changes move where the last write ends (Myanmar's Russian name, on 4 December 2026, left
     * the default syntax's last write 1,828 bytes; on 6 December 2026 the day's facts left none of the
     * dataset's four syntaxes one, so the two graphs' four syntaxes are tried too). Found once, by
     * another client than the tests'.
     */
    private static synchronized Answer answerWithALongLastWrite() throws Exception {
        if (answer != null) return answer;
        List<Answer> candidates = new ArrayList<>();
        for (String accept : List.of("application/n-quads", "application/trig", "application/ld+json", "application/trix+xml")) {
            candidates.add(new Answer("/sparql/get", accept));
        }
        for (String graph : List.of("data", "provenance")) {
            String path = "/sparql/get?graph=" + URLEncoder.encode("https://w3id.org/sco-kg/graph/" + graph, StandardCharsets.UTF_8);
            for (String accept : List.of("application/n-triples", "text/turtle", "application/rdf+xml", "application/ld+json")) {
                candidates.add(new Answer(path, accept));
            }
        }
        List<String> tried = new ArrayList<>();
        for (Answer candidate : candidates) {
            HttpRequest get = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + candidate.path())).header("X-Forwarded-For", "10.7.9.1")
                    .header("Accept", candidate.accept()).timeout(Duration.ofSeconds(30)).build();
            HttpResponse<byte[]> whole = PROBES.send(get, HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, whole.statusCode(), candidate.toString());
            long lastWrite = (whole.body().length - 1) % LinkedDataServer.OUTPUT_BUFFER + 1;
            if (lastWrite >= 4 * STEP && whole.body().length > FAR_FROM_THE_END + LinkedDataServer.OUTPUT_BUFFER) return answer = candidate;
            tried.add(candidate + ": " + whole.body().length + " bytes, last write " + lastWrite);
        }
        throw new AssertionError("no answer of the dataset ends with a last write long enough to stop in: " + tried);
    }

    private static void stopInLastWrite(String client, InputStream in, long length) throws Exception {
        long lastWrite = (length - 1) % LinkedDataServer.OUTPUT_BUFFER + 1;
        assertTrue(lastWrite >= 4 * STEP, "the answer's last write is " + lastWrite + " bytes, too few to stop in");
        in.skipNBytes(length - FAR_FROM_THE_END);
        long unread = FAR_FROM_THE_END;
        for (int probe = 0; ; probe++) {
            Thread.sleep(100);
            HttpResponse<String> next = ask(client, "ASK { ?s ?p ?o } # " + client + " looks for the last write, " + probe);
            if (next.statusCode() != 429 || !next.body().contains("waiting or running")) return;
            assertTrue(unread > STEP, "the answer's last write had not begun with " + unread + " bytes unread");
            in.skipNBytes(STEP);
            unread -= STEP;
        }
    }

    /**
     * An answer to a query asked for the first time that its client leaves unread in its last write:
     * the query has been evaluated, and its slot, the only one, is another client's at once. Until 2
     * December 2026 such an answer was streamed as it was evaluated and held until its exchange
     * ended, and every other query waited its second and got 503; it was then given up at the last
     * write's beginning, and since that evening it is held whole before it is sent.
     */
    @Test
    void a_first_answer_left_unread_in_its_last_write_holds_no_slot() throws Exception {
        FirstAnswer first = firstAnswer();
        Socket socket = new Socket();
        try {
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
            socket.getOutputStream().write(("GET /sparql?query=" + URLEncoder.encode(first.query() + " # b", StandardCharsets.UTF_8)
                    + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/tab-separated-values\r\nX-Forwarded-For: 10.7.4.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(30_000);
            InputStream in = socket.getInputStream();
            String head = head(in);
            assertTrue(head.startsWith("HTTP/1.1 200"), head);
            stopInLastWrite("10.7.4.1", in, first.length());
            HttpResponse<String> other = ask("10.7.4.2", "ASK { ?s ?p ?o } # while a first answer is left unread");
            // Had the unread answer kept the one slot, this would be a 503 after its 1 s of waiting: a 200 is a
            // query that did not wait, whatever the machine's load (until 6 December 2026 it also had to come within 5 s).
            assertEquals(200, other.statusCode(), other.body());
        } finally {
            socket.close();
        }
    }

    /** A query and the length of its answer's body. */
    private record FirstAnswer(String query, long length) {}

    /**
     * A SELECT of the graph's triples as TSV, new each time it is asked (each asking here
     * differs by a comment), whose body ends with a last write of at least a quarter of Jetty's 32
     * KiB: its rows are cut short until it does.
     */
    private static FirstAnswer firstAnswer() throws Exception {
        for (int rows = 10_000; rows > 9_000; rows -= 7) {
            String query = "SELECT ?s ?p ?o { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT " + rows;
            long length = wholeLength("10.7.4.9", query + " # a");
            if ((length - 1) % LinkedDataServer.OUTPUT_BUFFER + 1 >= LinkedDataServer.OUTPUT_BUFFER / 4) return new FirstAnswer(query, length);
        }
        throw new AssertionError("no answer of 9,000 to 10,000 rows ends with a long enough last write");
    }

    /** The bytes of the body of {@code query}'s answer as TSV, asked as {@code client}. */
    private static long wholeLength(String client, String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("X-Forwarded-For", client).header("Accept", "text/tab-separated-values").timeout(Duration.ofSeconds(30)).build();
        HttpResponse<byte[]> answer = PROBES.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode());
        return answer.body().length;
    }

    private static long contentLength(String head) {
        return head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .mapToLong(line -> Long.parseLong(line.substring("content-length:".length()).strip())).findFirst().orElse(-1);
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
            HttpResponse<String> answer = HttpClient.newHttpClient().send(query, HttpResponse.BodyHandlers.ofString());
            // The one slot, had a slow reader kept it while its answer was written, would have made the query a 503
            // after the 1 s a query waits at most: a 200 is a query that did not wait behind them, whatever the
            // machine's load (until 5 December 2026 it also had to come within 1 s, which a load of 16 to 25 could break).
            assertEquals(200, answer.statusCode(), answer.body());
        } finally {
            for (Socket reader : readers) reader.close();
        }
    }

    /**
     * More clients than Jetty has threads (Fuseki's pool has 20) ask a cached answer of some 300 KB,
     * or a dump of 1.6 MB, and read nothing: the answers are sent without holding a thread
     * ({@code AsyncBody}), so the server still answers a ping, a page and a query at once. Until 2
     * December 2026 each such client held a thread until the idle timeout (30 s) cut its write, and
     * the ping waited about that long.
     */
    @Test
    void clients_that_leave_cached_answers_and_dumps_unread_hold_no_thread() throws Exception {
        String cached = "/sparql?query=" + URLEncoder.encode("SELECT * { ?s ?p ?o } LIMIT 2000 # left unread", StandardCharsets.UTF_8);
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> answer = PROBES.send(request("10.7.5.1", cached), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, answer.statusCode());
            assertTrue(answer.body().length > 200_000, answer.body().length + " bytes");
        }
        for (String path : List.of(cached, "/dumps/sco-kg.ttl")) {
            List<Socket> readers = new ArrayList<>();
            try {
                for (int i = 0; i < 40; i++) readers.add(unread(path));
                Thread.sleep(1000);
                for (String probe : List.of("/$/ping", "/doc/state/KG.html", "/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o } # beside " + path, StandardCharsets.UTF_8))) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + probe)).header("X-Forwarded-For", "10.7.5.2")
                            .timeout(Duration.ofSeconds(20)).build();
                    long started = System.nanoTime();
                    HttpResponse<String> answer = PROBES.send(request, HttpResponse.BodyHandlers.ofString());
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    assertEquals(200, answer.statusCode(), probe + ": " + answer.body());
                    // A probe that waited for a thread the readers held would wait for their idle timeout, 30 s:
                    // 15 s leaves room for a machine at a load of 20 (the bound was 5 s until 6 December 2026).
                    assertTrue(millis < 15_000, probe + " took " + millis + " ms beside 40 readers of " + path + " that read nothing");
                }
                assertTrue(AsyncBody.sending() > 0, "the bodies left unread are counted in the bytes being sent");
                for (Socket reader : readers) {
                    String head = head(reader.getInputStream());
                    assertTrue(head.startsWith("HTTP/1.1 200"), path + ": " + head);
                }
            } finally {
                for (Socket reader : readers) reader.close();
            }
            // The writes fail once the connections are gone, and give their bytes back.
            long deadline = System.nanoTime() + 40_000_000_000L;
            while (AsyncBody.sending() > 0 && System.nanoTime() < deadline) Thread.sleep(100);
            assertEquals(0, AsyncBody.sending(), "bytes still counted as being sent after the readers of " + path + " went");
        }
    }

    /** Asks {@code path} with a 4 KB receive buffer and reads nothing. */
    private static Socket unread(String path) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
        socket.setSoTimeout(30_000);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 10.7.5.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        return socket;
    }
}
