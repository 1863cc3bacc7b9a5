package org.w3id.scokg.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The fairness benchmark against a running server ({@code bench/fairness.sh} starts it with
 * {@code --timeout 10}): one well-behaved client, {@code wrk} on one connection from 127.0.0.1,
 * loads four entity pages and a small named query in turn, alone and then beside 16 abusive
 * clients ({@link Abusers}): first 16 connections from one address (127.0.0.2), then 16 clients of
 * 16 addresses of their own (127.0.0.3 to 127.0.0.18). Prints the client's p50 and p99 and its
 * errors in each run, and how the abusers were answered.
 *
 * <p>Usage: {@code FairnessBench BASE_URL [SECONDS=30]}.
 */
public final class FairnessBench {
    private static final List<String> USER = List.of("/doc/state/CN.ttl", "/doc/organization/SCO.html", "/doc/state/RU.jsonld",
            "/doc/document/A-66-359.ttl", "/queries/members-on-date?date=2019-06-01&format=json");

    private FairnessBench() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Duration run = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 30);
        int port = URI.create(base).getPort();
        System.out.printf("fairness: one client (4 entity pages and the named query members-on-date in turn, one connection), %d s a run%n",
                run.toSeconds());
        Wrk.rotating(base, USER, Duration.ofSeconds(5));
        Wrk.Latency alone = Wrk.rotating(base, USER, run);
        report("alone", alone, null);
        String[] many = IntStream.rangeClosed(3, 18).mapToObj(i -> "127.0.0." + i).toArray(String[]::new);
        abused(base, port, run, alone, "16 abusers from one address", "127.0.0.2");
        abused(base, port, run, alone, "16 abusers from 16 addresses", many);
    }

    private static void abused(String base, int port, Duration run, Wrk.Latency alone, String label, String... addresses) throws Exception {
        Abusers abusers = new Abusers(port, 16, addresses);
        Map<String, Long> outcomes;
        Wrk.Latency latency;
        try {
            // Let the abusers fill the slots and the queue first.
            Thread.sleep(3000);
            latency = Wrk.rotating(base, USER, run);
            outcomes = abusers.outcomes();
        } finally {
            abusers.close();
        }
        report(label, latency, alone);
        System.out.printf("  abusers' answers while they ran: %s%n", outcomes);
    }

    private static void report(String label, Wrk.Latency latency, Wrk.Latency alone) {
        System.out.printf("%-30s p50 %7.2f ms  p99 %8.2f ms  %7d requests  %d errors%s%n", label, latency.p50(), latency.p99(), latency.requests(),
                latency.errors(), alone == null ? "" : String.format("  (p99 %.2f x alone)", latency.p99() / alone.p99()));
    }
}
