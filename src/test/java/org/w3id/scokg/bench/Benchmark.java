package org.w3id.scokg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.w3id.scokg.graph.GraphBuilder;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.query.QueryCatalog;
import org.w3id.scokg.query.fuzz.FuzzDatasets;
import org.w3id.scokg.server.fair.Fairness;

/**
 * The benchmark of {@code bench/benchmark.sh}. At each scale of the tables (x1, x10, x100 by
 * default, {@link ScaledTables}): the build's throughput and peak heap; then every named query over
 * HTTP against sco-kg (the jar's {@code serve}; first request, and repeated), against plain Fuseki
 * 5.6 serving the same dataset, against an RDF4J memory store behind the JDK's HTTP server ({@link
 * Rdf4jPeer}) and against Virtuoso 7.2 ({@link Virtuoso}), each a process of its own ({@link
 * EngineProcess}, {@link PeerMain}), beside the loopback floor (nginx serving the same answer as a
 * static file); entity-page throughput beside nginx's for a file of the same size (the median of
 * three turns each); {@code serve}'s first start; {@code serve --tdb2} against it in memory.
 * Requests are sent by {@link Wrk}, one connection at a time, for two seconds per server and query
 * after two seconds of warm-up. Prints medians, p99s and ratios measured in the same run.
 */
public final class Benchmark {
    /** How long wrk sends one request to one server before it is measured, and then measures it. */
    private static final Duration WARM_UP = Duration.ofSeconds(2);
    /** Turns each of sco-kg and nginx takes at serving pages. */
    private static final int PAGE_ROUNDS = 3;
    private static final Duration RUN = Duration.ofSeconds(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** The benchmark is one client that measures: fair scheduling must not count it against itself. */
    static final Fairness.Settings ONE_CLIENT = new Fairness.Settings(Runtime.getRuntime().availableProcessors(), 64,
            Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofSeconds(30), List.of());

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        List<Integer> scales = new ArrayList<>();
        for (String a : args) scales.add(Integer.parseInt(a));
        if (scales.isEmpty()) scales = List.of(1, 10, 100);
        Path work = Path.of("target/bench");
        Files.createDirectories(work);
        System.out.printf("machine: %d cores, Java %s, max heap %d MiB%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        List<NamedQuery> queries = new ArrayList<>();
        new QueryCatalog(new ProjectLayout(Path.of(""))).all().forEach(q -> { if (q.query().isSelectType()) queries.add(q); });
        try (Nginx nginx = Nginx.start(work.resolve("nginx"))) {
            for (int scale : scales) {
                Path project = scale == 1 ? Path.of(".") : ScaledTables.write(Path.of(""), work.resolve("tables-x" + scale), scale);
                KnowledgeGraph graph = build(project, scale, scale >= 100 ? 1 : 3);
                runScale(scale, project, graph, queries, nginx, work);
            }
        }
    }

    /** Builds the tables of {@code project}: mapping, provenance, entailments; not the shapes, which the copies' keys fail. */
    static KnowledgeGraph build(Path project, int scale, int runs) {
        List<Double> seconds = new ArrayList<>();
        KnowledgeGraph graph = null;
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            graph = null;
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            graph = GraphBuilder.build(project);
            seconds.add((System.nanoTime() - start) / 1e9);
            peak = Math.max(peak, ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum());
        }
        double median = median(seconds);
        long triples = graph.union().size();
        System.out.printf("build from the tables, x%d: %d triples, median %.2f s of %d, %.0f triples/s, peak heap %d MiB%n",
                scale, triples, median, runs, triples / median, peak >> 20);
        return graph;
    }

    private static void runScale(int scale, Path project, KnowledgeGraph graph, List<NamedQuery> queries, Nginx nginx, Path work) throws Exception {
        DatasetGraph quads = FuzzDatasets.asScoKgServesIt(graph.dataset());
        System.out.printf("## x%d: %d triples%n%n", scale, quads.getDefaultGraph().size());
        Path served = EngineProcess.nquads(quads, work.resolve("served-x" + scale + ".nq"));
        // Every engine a process of its own (EngineProcess says why); Virtuoso is one anyway. sco-kg
        // starts as the README starts it, from the tables: its start builds, validates and writes
        // its dumps into a folder of its own, as a first start does.
        Path dist = work.resolve("dist-x" + scale);
        deleteTree(dist);
        int oursPort = EngineProcess.freePort();
        int plainPort = EngineProcess.freePort();
        int rdf4jPort = EngineProcess.freePort();
        Duration patience = Duration.ofMinutes(20);
        long t0 = System.nanoTime();
        try (EngineProcess ours = EngineProcess.start("sco-kg", EngineProcess.serve(project, dist, oursPort), "http://127.0.0.1:" + oursPort + "/sparql",
                work.resolve("sco-kg-x" + scale + ".log"), patience)) {
            System.out.printf("serve, from its start to its first answer (the build, the checks and the dumps written): %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
            try (EngineProcess plain = EngineProcess.start("plain Fuseki", EngineProcess.java("5g", PeerMain.class, "fuseki", served.toString(),
                            Integer.toString(plainPort)), "http://127.0.0.1:" + plainPort + "/ds/query", work.resolve("fuseki-x" + scale + ".log"), patience);
                    EngineProcess rdf4j = EngineProcess.start("RDF4J", EngineProcess.java("5g", PeerMain.class, "rdf4j", served.toString(),
                            Integer.toString(rdf4jPort)), "http://127.0.0.1:" + rdf4jPort + "/sparql", work.resolve("rdf4j-x" + scale + ".log"), patience);
                    Virtuoso virtuoso = Virtuoso.start(work.resolve("virtuoso"), quads)) {
                compare(scale, queries, ours.endpoint(), plain.endpoint(), rdf4j.endpoint(), virtuoso.endpoint(), nginx);
                pages("http://127.0.0.1:" + oursPort, scale, nginx);
            }
            tdb2(project, queries, work, scale, ours.endpoint());
        } finally {
            Files.deleteIfExists(served);
        }
        System.out.println();
    }

    /** Every named query's first and repeated requests to sco-kg, beside the peers and nginx serving its answer. */
    private static void compare(int scale, List<NamedQuery> queries, String ours, String plain, String rdf4j, String virtuoso, Nginx nginx) throws Exception {
        List<String> differences = new ArrayList<>();
        // Every server answers every query for two seconds before any is measured: the first
        // query measured is then not also the first the JIT sees at this scale, and each
        // server's request path has run often enough to be compiled.
        for (NamedQuery named : queries) {
            String text = bound(named);
            Wrk.query(ours, text, true, WARM_UP);
            Wrk.query(plain, text, false, WARM_UP);
            warmUpPeer(rdf4j, text);
            warmUpPeer(virtuoso, text);
        }
        System.out.println();
        System.out.println("| query | rows | sco-kg first p50 / p99 ms | sco-kg repeated p50 ms | plain Fuseki p50 / p99 ms | RDF4J memory p50 / p99 ms | Virtuoso p50 / p99 ms | nginx static p50 ms | first / fastest peer | repeated / fastest peer | repeated / nginx |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (NamedQuery named : queries) {
            String text = bound(named);
            byte[] answer = send(sparql(ours, text)).body();
            String file = nginx.serve(named.name() + "-" + scale + ".json", answer);
            Wrk.Latency first = Wrk.query(ours, text, true, RUN);
            Wrk.Latency repeated = Wrk.query(ours, text, false, RUN);
            Wrk.Latency fuseki = Wrk.query(plain, text, false, RUN);
            Wrk.Latency peer = measurePeer(rdf4j, text);
            Wrk.Latency virtuosoTimes = measurePeer(virtuoso, text);
            // A peer that refuses the query (RDF4J 5.2 evaluates no comparison of an xsd:date with a
            // number: a 400) is named so, and the fastest is of those that answered.
            double fastest = java.util.stream.Stream.of(fuseki, peer, virtuosoTimes).filter(java.util.Objects::nonNull).mapToDouble(Wrk.Latency::p50).min().orElseThrow();
            Wrk.Latency floor = Wrk.get(nginx.base() + "/" + file, RUN);
            long rows = rows(answer);
            if (virtuosoTimes != null) {
                long virtuosoRows = rows(send(sparql(virtuoso, text)).body());
                if (virtuosoRows != rows) differences.add(named.name() + ": Virtuoso " + virtuosoRows + " rows, sco-kg " + rows);
            }
            System.out.printf("| %s | %d | %.3f / %.2f | %.3f | %.3f / %.2f | %s | %s | %.3f | %.2f | %.2f | %.2f |%n", named.name(), rows,
                    first.p50(), first.p99(), repeated.p50(), fuseki.p50(), fuseki.p99(), times(peer), times(virtuosoTimes),
                    floor.p50(), first.p50() / fastest, repeated.p50() / fastest, repeated.p50() / floor.p50());
        }
        if (!differences.isEmpty()) System.out.printf("%nAnswers of another size: %s%n", String.join("; ", differences));
    }

    /** Entity-page throughput against nginx serving a file of the same bytes. */
    private static void pages(String oursBase, int scale, Nginx nginx) throws Exception {
        byte[] page = send(HttpRequest.newBuilder(URI.create(oursBase + "/doc/state/CN.ttl")).build()).body();
        String same = nginx.serve("page-" + scale + ".ttl", page);
        String doc = oursBase + "/doc/state/CN.ttl";
        String file = nginx.base() + "/" + same;
        // Both servers are warmed up before either is measured; then they take turns, three times,
        // as the JIT may still be compiling the page's path after the warm-up and nginx's own
        // rate moves by half between measurements on two cores.
        Wrk.throughput(doc, 8, WARM_UP);
        Wrk.throughput(file, 8, WARM_UP);
        List<Double> docs = new ArrayList<>();
        List<Double> files = new ArrayList<>();
        for (int round = 0; round < PAGE_ROUNDS; round++) {
            docs.add(Wrk.throughput(doc, 8, Duration.ofSeconds(3)));
            files.add(Wrk.throughput(file, 8, Duration.ofSeconds(3)));
        }
        System.out.printf("%nentity page /doc/state/CN.ttl (%d bytes), 8 clients, %d turns of 3 s each after 2 s of warm-up: "
                + "sco-kg %s req/s, nginx %s req/s; medians %.0f and %.0f: %.2f of nginx%n",
                page.length, PAGE_ROUNDS, rates(docs), rates(files), median(docs), median(files), median(docs) / median(files));
    }

    /** Every named query's first request to {@code serve --tdb2}, its store built by its first start, against {@code memory}. */
    private static void tdb2(Path project, List<NamedQuery> queries, Path work, int scale, String memory) throws Exception {
        Path store = work.resolve("tdb2-" + scale);
        Path dist = work.resolve("dist-tdb2-x" + scale);
        deleteTree(store);
        deleteTree(dist);
        int port = EngineProcess.freePort();
        try (EngineProcess tdb2 = EngineProcess.start("sco-kg on TDB2", EngineProcess.serve(project, dist, port, "--tdb2", store.toString()),
                "http://127.0.0.1:" + port + "/sparql", work.resolve("sco-kg-tdb2-x" + scale + ".log"), Duration.ofMinutes(20))) {
            List<Double> ratios = new ArrayList<>();
            for (NamedQuery named : queries) {
                String text = bound(named);
                Wrk.query(tdb2.endpoint(), text, true, WARM_UP);
                double onDisk = Wrk.query(tdb2.endpoint(), text, true, RUN).p50();
                double inMemory = Wrk.query(memory, text, true, RUN).p50();
                ratios.add(onDisk / inMemory);
            }
            Collections.sort(ratios);
            System.out.printf("TDB2 against in memory, first requests, median over the named queries of p50(TDB2)/p50(memory): %.2f (range %.2f to %.2f)%n",
                    median(ratios), ratios.get(0), ratios.get(ratios.size() - 1));
        }
    }

    /** The named query's text with its parameters' defaults in place. */
    static String bound(NamedQuery named) {
        Map<Var, Node> values = new HashMap<>();
        named.bind(Map.of()).forEach(values::put);
        Query query = QueryTransformOps.syntaxSubstitute(named.query(), values);
        return query.toString();
    }

    private static HttpRequest sparql(String endpoint, String query) {
        return sparql(endpoint, query, "application/sparql-results+json");
    }

    /** {@code query} sent to {@code endpoint} as a form POST, asking for {@code accept}. */
    static HttpRequest sparql(String endpoint, String query, String accept) {
        return HttpRequest.newBuilder(URI.create(endpoint)).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
    }

    /** A peer that takes over a second for an answer is sent it once, not for two seconds. */
    private static String rates(List<Double> rates) {
        return rates.stream().map(rate -> String.format("%.0f", rate)).collect(Collectors.joining(", "));
    }

    /** The middle one of {@code values}, the upper of the two middle ones of an even number. */
    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void warmUpPeer(String endpoint, String text) throws Exception {
        double once = once(endpoint, text);
        if (once >= 0 && once <= 1000) Wrk.query(endpoint, text, false, WARM_UP);
    }

    /** A peer's times, or null where it refuses the query; one that takes over a second for an answer is measured once. */
    private static Wrk.Latency measurePeer(String endpoint, String text) throws Exception {
        double once = once(endpoint, text);
        if (once < 0) return null;
        return once > 1000 ? new Wrk.Latency(once, once, 1, 0) : Wrk.query(endpoint, text, false, RUN);
    }

    /** A peer's p50 / p99 in milliseconds, or that it refused the query. */
    private static String times(Wrk.Latency latency) {
        return latency == null ? "refused" : String.format("%.3f / %.2f", latency.p50(), latency.p99());
    }

    /** Milliseconds for one answer; -1 where the peer answers other than 200. */
    private static double once(String endpoint, String text) throws Exception {
        long start = System.nanoTime();
        HttpResponse<Void> response = HTTP.send(sparql(endpoint, text), HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 200 ? (System.nanoTime() - start) / 1e6 : -1;
    }

    /** The number of solutions in a SPARQL JSON answer, as Jena reads it. */
    private static long rows(byte[] json) {
        return org.apache.jena.sparql.exec.RowSet.adapt(org.apache.jena.riot.ResultSetMgr.read(
                new java.io.ByteArrayInputStream(json), org.apache.jena.riot.resultset.ResultSetLang.RS_JSON)).rewindable().size();
    }

    private static HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        return response;
    }

    static void deleteTree(Path folder) {
        if (Files.exists(folder)) org.apache.jena.atlas.io.IOX.deleteAll(folder);
    }
}
