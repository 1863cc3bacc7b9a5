package org.w3id.scokg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Abusive clients for the fairness benchmark: each a thread with connections of its own, bound to
 * a loopback address of its own or shared, sending queries that run to the server's timeout one
 * after another, each new (a comment with a counter) so no cache answers it: cartesian products,
 * path closures over {@code (<p>|!<p>)*}, a huge GROUP_CONCAT, bodies sent a byte every 5 s,
 * {@code afn:wait}, and eight asks at once of a cached answer of megabytes, each left unread. A
 * refusal (429, 503) is retried after 50 ms, an abuser's idea of patience. Counts every answer by
 * status.
 */
final class Abusers {
    private static final String[] QUERIES = {
        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "SELECT (COUNT(*) AS ?n) { ?s (<urn:p>|!<urn:p>)* ?o . ?x (<urn:p>|!<urn:p>)* ?y }",
        "SELECT (STRLEN(GROUP_CONCAT(STR(?s))) AS ?n) { ?s a ?t . ?x a ?y . ?z a ?w }",
        "PREFIX afn: <http://jena.apache.org/ARQ/function#> SELECT (afn:wait(600000) AS ?x) {}",
    };
    /** The same each time, so that the answer cache answers it after the first two asks: some 4 MB of XML. */
    private static final String LARGE = "SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 9000";
    private static final int UNREAD = 8;
    private static final AtomicLong COUNTER = new AtomicLong();

    private final int port;
    private final List<Thread> threads = new ArrayList<>();
    private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    private volatile boolean running = true;

    /** {@code count} abusers against {@code port}, abuser i from {@code addresses[i % addresses.length]}. */
    Abusers(int port, int count, String... addresses) {
        this.port = port;
        for (int i = 0; i < count; i++) {
            String address = addresses[i % addresses.length];
            int first = i;
            Thread thread = new Thread(() -> abuse(address, first), "abuser-" + i);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
    }

    private void abuse(String address, int first) {
        for (long turn = first; running; turn++) {
            String outcome;
            try {
                outcome = switch ((int) (turn % 6)) {
                    case 4 -> slowBody(address);
                    case 5 -> unread(address);
                    default -> query(address, QUERIES[(int) (turn % 6)]);
                };
            } catch (IOException e) {
                outcome = "socket error: " + e.getClass().getSimpleName();
            }
            outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
            if (!outcome.equals("200")) pause(50);
        }
    }

    private String query(String address, String query) throws IOException {
        String text = "# abuse " + COUNTER.incrementAndGet() + "\n" + query;
        String target = "/sparql?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        try (Socket socket = connect(address)) {
            send(socket, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            return status(socket.getInputStream());
        }
    }

    /** A POST whose 1000-byte body comes a byte every 5 s, until the server gives up or the run ends. */
    private String slowBody(String address) throws IOException {
        try (Socket socket = connect(address)) {
            send(socket, "POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\nContent-Length: 1000\r\n"
                    + "Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            for (int i = 0; i < 1000 && running; i++) {
                out.write(' ');
                out.flush();
                pause(5000);
                if (socket.getInputStream().available() > 0) return "slow body: " + status(socket.getInputStream());
            }
            return "slow body: held until the run ended";
        } catch (IOException e) {
            return "slow body: closed by the server";
        }
    }

    /** {@value #UNREAD} asks of {@link #LARGE}, each read to its status line and no further, until the server closes them or the run ends. */
    private String unread(String address) throws IOException {
        List<Socket> sockets = new ArrayList<>();
        try {
            String target = "/sparql?query=" + URLEncoder.encode(LARGE, StandardCharsets.UTF_8);
            for (int i = 0; i < UNREAD; i++) {
                Socket socket = new Socket();
                sockets.add(socket);
                socket.setReceiveBufferSize(4096);
                socket.bind(new InetSocketAddress(address, 0));
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
                socket.setSoTimeout(60_000);
                send(socket, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/sparql-results+xml\r\nConnection: close\r\n\r\n");
            }
            String status = new String(sockets.get(0).getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            for (int waited = 0; waited < 40 && running; waited++) pause(1000);
            return "unread answers: " + (status.startsWith("HTTP/1.1 ") ? status.substring(9, 12) : "no answer") + (running ? ", held 40 s" : ", held until the run ended");
        } finally {
            for (Socket socket : sockets) socket.close();
        }
    }

    private Socket connect(String address) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(address, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(60_000);
        return socket;
    }

    private static void send(Socket socket, String request) throws IOException {
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    private static String status(InputStream in) throws IOException {
        byte[] answer = in.readAllBytes();
        String head = new String(answer, 0, Math.min(answer.length, 12), StandardCharsets.US_ASCII);
        return head.startsWith("HTTP/1.1 ") ? head.substring(9, 12) : "no answer";
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The answers so far by status, in order. */
    Map<String, Long> outcomes() {
        Map<String, Long> counts = new TreeMap<>();
        outcomes.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }

    /** Stops every abuser and waits for its last request to end. */
    void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) thread.join(70_000);
    }
}
