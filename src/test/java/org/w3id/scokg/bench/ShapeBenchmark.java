package org.w3id.scokg.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.query.fuzz.Answers;
import org.w3id.scokg.query.fuzz.ArqEngine;
import org.w3id.scokg.query.fuzz.FuzzDatasets;
import org.w3id.scokg.query.fuzz.Outcome;

/**
 * The benchmark of {@code bench/shapes.sh}: SPARQL query shapes the named queries do not cover
 * (one template per file in {@code bench/shapes/}), over HTTP, at each scale of the tables (x1,
 * x10, x100 by default, {@link ScaledTables}), against sco-kg (the jar's {@code serve} on the
 * tables, with the fairness of {@link Benchmark#ONE_CLIENT}), plain Fuseki serving the same
 * dataset, the RDF4J memory store ({@link Rdf4jPeer}) and Virtuoso 7.2 ({@link Virtuoso}), all
 * holding the four named graphs with their union as the default graph, each engine a process of
 * its own ({@link EngineProcess}, {@link PeerMain}).
 *
 * <p>Each template's {@code $V} is filled with values drawn from the graph by the file's {@code #
 * draw:} query, and every request also begins with a comment no request carried before: no answer
 * cache can answer it. Before any shape is timed, its first instances are answered by the
 * differential fuzzer's oracle (plain ARQ over a plain in-memory copy of the same quads) and every
 * engine's HTTP answer is compared with it ({@link Answers}: rows as multisets, or lists under ORDER
 * BY; graphs by isomorphism; a DESCRIBE only on the described resource's own triples, the part every
 * engine's DESCRIBE shares). An engine that answers a shape wrongly is named in a MISMATCH line
 * and not timed on it. When every shape is checked, each engine answers the mix of the shapes it
 * answered right and fast for {@link #MIX_WARM_UP} (45 s), so that its compiler has done its work;
 * then {@link Wrk} times each shape, one connection, two
 * seconds after one of warm-up, rotating through the instances; an engine whose quickest checked
 * answer took over half a second is timed on three requests instead. Prints p50 and p99 per engine and shape, sco-kg's p50 over the fastest right
 * peer's, their geometric mean per scale, and throughput with 8 and 64 connections over the mix.
 */
public final class ShapeBenchmark {
    private static final Duration WARM_UP = Duration.ofSeconds(1);
    /**
     * Every engine answers the mix of the shapes it answered right and fast for this long before any
     * shape is timed. The JVM engines' compilers need it: sco-kg answered a unique ASK at 630 a
     * second in its first 10 s, then 1,430, 2,650, 4,240 and, from 40 s on, 5,300 to 6,200, its
     * compiler threads busy until then; the second of warm-up per shape measured that warm-up more
     * than the engine.
     */
    private static final Duration MIX_WARM_UP = Duration.ofSeconds(Long.getLong("mixWarmUp", 45));
    private static final Duration RUN = Duration.ofSeconds(2);
    private static final Duration LOAD = Duration.ofSeconds(3);
    /** Instances of a template, each with another value from the graph. */
    private static final int INSTANCES = 40;
    /** Instances of each shape checked against the oracle on every engine. */
    private static final int CHECKED = 3;
    /** An engine whose quickest checked answer takes longer than this is timed on {@value #SLOW_REQUESTS} requests, not by wrk. */
    private static final double SLOW_MS = 500;
    private static final int SLOW_REQUESTS = 3;
    private static final String RESULTS = "application/sparql-results+json";
    private static final String TRIPLES = "text/turtle";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    record Shape(String name, String title, String prefixes, String draw, String template) {}

    private record Endpoint(String name, String url) {}

    /** One shape's figures at one scale: latency per engine (null when not timed) and its answer's size. */
    private record Figures(Shape shape, String size, Map<String, Wrk.Latency> times, boolean slow) {}

    private ShapeBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Integer> scales = new ArrayList<>();
        for (String a : args) scales.add(Integer.parseInt(a));
        if (scales.isEmpty()) scales = List.of(1, 10, 100);
        Path work = Files.createDirectories(Path.of("target/bench-shapes"));
        List<Shape> shapes = shapes(Path.of("bench/shapes"));
        System.out.printf("machine: %d cores, Java %s, max heap %d MiB; %d shapes; load average %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, shapes.size(), loadAverage());
        System.out.println("sco-kg has no setting that turns its answer cache off; it keeps an answer only when the same request comes a second "
                + "time, and no request here comes twice (a fresh comment each), so every request is evaluated.");
        Map<Integer, Double> means = new LinkedHashMap<>();
        for (int scale : scales) {
            Path project = scale == 1 ? Path.of(".") : ScaledTables.write(Path.of(""), work.resolve("tables-x" + scale), scale);
            KnowledgeGraph graph = Benchmark.build(project, scale, 1);
            means.put(scale, runScale(scale, project, graph, shapes, work));
        }
        System.out.println("geometric mean of sco-kg p50 / fastest right peer p50, per scale: " + means);
    }

    static List<Shape> shapes(Path folder) throws IOException {
        List<Shape> shapes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String title = header(text, "# shape:");
                String draw = header(text, "# draw:");
                String body = text.lines().filter(l -> !l.startsWith("#")).reduce("", (a, l) -> a + l + "\n");
                String prefixes = text.lines().filter(l -> l.startsWith("PREFIX")).reduce("", (a, l) -> a + l + "\n");
                shapes.add(new Shape(file.getFileName().toString().replace(".rq", ""), title, prefixes, draw, body));
            }
        }
        return shapes;
    }

    private static String header(String text, String name) {
        return text.lines().filter(l -> l.startsWith(name)).map(l -> l.substring(name.length()).strip()).findFirst().orElse("");
    }

    private static double runScale(int scale, Path project, KnowledgeGraph graph, List<Shape> shapes, Path work) throws Exception {
        DatasetGraph quads = FuzzDatasets.asScoKgServesIt(graph.dataset());
        ArqEngine oracle = new ArqEngine("oracle", quads, Duration.ofMinutes(5));
        System.out.printf("%n## x%d: %d triples in %d named graphs; load average %s%n%n", scale, quads.getDefaultGraph().size(),
                org.apache.jena.atlas.iterator.Iter.count(quads.listGraphNodes()), loadAverage());
        Path served = EngineProcess.nquads(quads, work.resolve("served-x" + scale + ".nq"));
        // Every engine a process of its own (EngineProcess says why); Virtuoso is one anyway.
        int oursPort = EngineProcess.freePort();
        List<String> serve = EngineProcess.serve(project, work.resolve("dist-x" + scale), oursPort);
        int plainPort = EngineProcess.freePort();
        int rdf4jPort = EngineProcess.freePort();
        Duration patience = Duration.ofMinutes(20);
        try (EngineProcess ours = EngineProcess.start("sco-kg", serve, "http://127.0.0.1:" + oursPort + "/sparql", work.resolve("sco-kg-x" + scale + ".log"), patience);
                EngineProcess plain = EngineProcess.start("plain Fuseki", EngineProcess.java("5g", PeerMain.class, "fuseki", served.toString(), Integer.toString(plainPort)),
                        "http://127.0.0.1:" + plainPort + "/ds/query", work.resolve("fuseki-x" + scale + ".log"), patience);
                EngineProcess rdf4j = EngineProcess.start("RDF4J", EngineProcess.java("5g", PeerMain.class, "rdf4j", served.toString(), Integer.toString(rdf4jPort)),
                        "http://127.0.0.1:" + rdf4jPort + "/sparql", work.resolve("rdf4j-x" + scale + ".log"), patience);
                Virtuoso virtuoso = Virtuoso.start(work.resolve("virtuoso"), quads)) {
            List<Endpoint> engines = new ArrayList<>();
            for (EngineProcess engine : List.of(ours, plain, rdf4j)) engines.add(new Endpoint(engine.name(), engine.endpoint()));
            engines.add(new Endpoint("Virtuoso", virtuoso.endpoint()));
            // Every shape is checked on every engine before any is timed: the checks also warm them up.
            Map<Shape, List<String>> instances = new LinkedHashMap<>();
            Map<Shape, Check> checks = new LinkedHashMap<>();
            for (Shape shape : shapes) {
                instances.put(shape, instances(shape, oracle));
                checks.put(shape, check(shape, instances.get(shape), oracle, engines));
            }
            for (Endpoint engine : engines) warmUp(engine, shapes, instances, checks);
            List<Figures> figures = new ArrayList<>();
            for (Shape shape : shapes) figures.add(time(shape, instances.get(shape), checks.get(shape), engines));
            double mean = report(scale, figures, engines);
            throughput(figures, instances, engines);
            System.out.printf("%nload average after x%d: %s%n", scale, loadAverage());
            return mean;
        } finally {
            Files.deleteIfExists(served);
        }
    }

    /** Up to {@code values} instances of each shape of {@code bench/shapes/}, named "shape #n", in order, for the benchmarks in one process. */
    static Map<String, Query> sampled(ArqEngine oracle, int values) throws IOException {
        Map<String, Query> queries = new LinkedHashMap<>();
        for (Shape shape : shapes(Path.of("bench/shapes"))) {
            List<String> texts = instances(shape, oracle);
            for (int i = 0; i < Math.min(values, texts.size()); i++) queries.put(shape.name() + " #" + (i + 1), QueryFactory.create(texts.get(i)));
        }
        return queries;
    }

    /** The template with each of up to {@value #INSTANCES} values its draw query finds, in a fixed random order. */
    static List<String> instances(Shape shape, ArqEngine oracle) {
        if (!shape.template().contains("$V")) return List.of(shape.template());
        if (!(oracle.evaluate(shape.prefixes() + shape.draw()) instanceof Outcome.Rows drawn) || drawn.rows().isEmpty()) {
            throw new IllegalStateException(shape.name() + ": its draw query found no value");
        }
        List<Node> values = new ArrayList<>(drawn.rows().stream().map(row -> row.get(Var.alloc("v"))).filter(v -> v != null).distinct().toList());
        values.sort((a, b) -> a.toString().compareTo(b.toString()));
        Collections.shuffle(values, new Random(14));
        return values.subList(0, Math.min(INSTANCES, values.size())).stream().map(v -> shape.template().replace("$V", NodeFmtLib.strNT(v))).toList();
    }

    /** Which engines answered a shape's checked instances right, the quickest each took, and the oracle's first answer's size. */
    private record Check(Map<String, Boolean> right, Map<String, Double> quickest, String size) {}

    /** Checks the shape's first instances on every engine against the oracle. */
    private static Check check(Shape shape, List<String> texts, ArqEngine oracle, List<Endpoint> engines) throws Exception {
        Map<String, Double> quickest = new LinkedHashMap<>();
        Map<String, Boolean> right = new LinkedHashMap<>();
        engines.forEach(e -> right.put(e.name(), true));
        String size = "";
        for (int i = 0; i < Math.min(CHECKED, texts.size()); i++) {
            String text = "# check " + System.nanoTime() + "\n" + texts.get(i);
            Query query = QueryFactory.create(text);
            Outcome expected = oracle.evaluate(text);
            if (i == 0) size = size(expected);
            for (Endpoint engine : engines) {
                long start = System.nanoTime();
                Outcome answer = answer(engine, query, text);
                quickest.merge(engine.name(), (System.nanoTime() - start) / 1e6, Math::min);
                if (expected instanceof Outcome.TimedOut || answer instanceof Outcome.TimedOut) continue;
                Optional<String> difference = query.isDescribeType()
                        ? Answers.difference(query, described(expected, query), described(answer, query))
                        : Answers.difference(query, expected, answer);
                if (difference.isPresent()) {
                    right.put(engine.name(), false);
                    System.out.printf("MISMATCH %s %s, instance %d: %s%n", shape.name(), engine.name(), i, difference.get().replace("\n", "\n    "));
                }
            }
        }
        return new Check(right, quickest, size);
    }

    /** Times the engines that answered the shape right. */
    private static Figures time(Shape shape, List<String> texts, Check check, List<Endpoint> engines) throws Exception {
        List<String> accepts = texts.stream().map(t -> accept(QueryFactory.create(t))).toList();
        Map<String, Wrk.Latency> times = new LinkedHashMap<>();
        boolean slow = false;
        for (Endpoint engine : engines) {
            if (!check.right().get(engine.name())) {
                times.put(engine.name(), null);
            } else if (check.quickest().get(engine.name()) > SLOW_MS) {
                slow = true;
                times.put(engine.name(), slowly(engine, texts, accepts));
            } else {
                Wrk.unique(engine.url(), texts, accepts, 1, WARM_UP, false);
                times.put(engine.name(), Wrk.unique(engine.url(), texts, accepts, 1, RUN, false));
            }
        }
        return new Figures(shape, check.size(), times, slow);
    }

    /** 45 s ({@code -DmixWarmUp=S}) of the engine answering the shapes it answered right within {@value #SLOW_MS} ms, interleaved. */
    private static void warmUp(Endpoint engine, List<Shape> shapes, Map<Shape, List<String>> instances, Map<Shape, Check> checks) throws Exception {
        List<Shape> quick = shapes.stream()
                .filter(s -> checks.get(s).right().get(engine.name()) && checks.get(s).quickest().get(engine.name()) <= SLOW_MS).toList();
        if (quick.isEmpty()) return;
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < INSTANCES; k++) {
            for (Shape shape : quick) texts.add(instances.get(shape).get(k % instances.get(shape).size()));
        }
        Wrk.unique(engine.url(), texts, texts.stream().map(t -> accept(QueryFactory.create(t))).toList(), 1, MIX_WARM_UP, false);
    }

    /** p50 and the largest of {@value #SLOW_REQUESTS} requests, one after the other. */
    private static Wrk.Latency slowly(Endpoint engine, List<String> texts, List<String> accepts) throws Exception {
        List<Double> times = new ArrayList<>();
        long errors = 0;
        for (int i = 0; i < SLOW_REQUESTS; i++) {
            String text = "# slow " + System.nanoTime() + "\n" + texts.get(i % texts.size());
            long start = System.nanoTime();
            int status = HTTP.send(Benchmark.sparql(engine.url(), text, accepts.get(i % texts.size())), HttpResponse.BodyHandlers.discarding()).statusCode();
            times.add((System.nanoTime() - start) / 1e6);
            if (status != 200) errors++;
        }
        return new Wrk.Latency(Benchmark.median(times), Collections.max(times), SLOW_REQUESTS, errors);
    }

    /** An engine's HTTP answer, read as the oracle's answer is given: rows, a boolean or a graph; a non-200 is a failure. */
    private static Outcome answer(Endpoint engine, Query query, String text) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(Benchmark.sparql(engine.url(), text, accept(query)), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            String body = new String(response.body(), StandardCharsets.UTF_8);
            return new Outcome.Failure("HTTP " + response.statusCode(), body.substring(0, Math.min(300, body.length())));
        }
        try {
            ByteArrayInputStream in = new ByteArrayInputStream(response.body());
            if (query.isSelectType()) {
                RowSet rows = RowSet.adapt(ResultSetMgr.read(in, ResultSetLang.RS_JSON));
                List<Binding> bindings = new ArrayList<>();
                rows.forEachRemaining(bindings::add);
                return new Outcome.Rows(rows.getResultVars(), bindings);
            }
            if (query.isAskType()) return ask(response.body());
            String type = response.headers().firstValue("Content-Type").orElse(TRIPLES).replaceFirst(";.*", "").strip();
            Lang lang = Optional.ofNullable(RDFLanguages.contentTypeToLang(type)).orElse(Lang.TURTLE);
            Graph graph = GraphFactory.createGraphMem();
            RDFParser.source(in).lang(lang).parse(graph);
            return new Outcome.Triples(graph);
        } catch (RuntimeException e) {
            return new Outcome.Failure(e.getClass().getName(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * An ASK's boolean; Virtuoso 7.2 answers a form POST of ASK asking for SPARQL JSON with a table
     * of one variable, {@code __ASK_RETVAL}, one row of 1 for true and none for false: read as that.
     */
    private static Outcome ask(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.contains("\"__ASK_RETVAL\"")) return new Outcome.Ask(ResultSetMgr.readBoolean(new ByteArrayInputStream(body), ResultSetLang.RS_JSON));
        RowSet rows = RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_JSON));
        boolean value = rows.hasNext() && !rows.next().get(Var.alloc("__ASK_RETVAL")).getLiteralLexicalForm().equals("0");
        return new Outcome.Ask(value);
    }

    /** A DESCRIBE's graph cut to the described resource's own triples, which every engine's DESCRIBE gives. */
    private static Outcome described(Outcome outcome, Query query) {
        if (!(outcome instanceof Outcome.Triples triples)) return outcome;
        Node resource = query.getResultURIs().get(0);
        Graph own = GraphFactory.createGraphMem();
        triples.graph().find(resource, Node.ANY, Node.ANY).forEachRemaining(own::add);
        return new Outcome.Triples(own);
    }

    private static String accept(Query query) {
        return query.isSelectType() || query.isAskType() ? RESULTS : TRIPLES;
    }

    private static String size(Outcome outcome) {
        if (outcome instanceof Outcome.Rows rows) return rows.rows().size() + " rows";
        if (outcome instanceof Outcome.Ask ask) return "ASK " + ask.value();
        if (outcome instanceof Outcome.Triples triples) return triples.graph().size() + " triples";
        return outcome.toString();
    }

    /** Prints the table of one scale; returns the geometric mean of sco-kg's ratios to the fastest right peer. */
    private static double report(int scale, List<Figures> figures, List<Endpoint> engines) {
        System.out.printf("%n| shape (x%d) | oracle's answer, first instance |", scale);
        engines.forEach(e -> System.out.printf(" %s p50 / p99 ms |", e.name()));
        System.out.println(" fastest right peer | sco-kg / fastest |");
        System.out.println("| --- | --- |" + " --- |".repeat(engines.size()) + " --- | --- |");
        double logs = 0;
        int counted = 0;
        List<String> overOne = new ArrayList<>();
        List<String> overTwo = new ArrayList<>();
        for (Figures f : figures) {
            StringBuilder row = new StringBuilder("| " + f.shape().title() + (f.slow() ? " (3 requests)" : "") + " | " + f.size() + " |");
            String fastest = null;
            for (Endpoint engine : engines) {
                Wrk.Latency t = f.times().get(engine.name());
                row.append(t == null ? " wrong, not timed |" : String.format(" %.3f / %.2f%s |", t.p50(), t.p99(), t.errors() > 0 ? " (" + t.errors() + " errors)" : ""));
                boolean peer = !engine.name().equals("sco-kg");
                if (peer && t != null && (fastest == null || t.p50() < f.times().get(fastest).p50())) fastest = engine.name();
            }
            Wrk.Latency ours = f.times().get("sco-kg");
            if (fastest == null || ours == null) {
                row.append(" - | - |");
            } else {
                double ratio = ours.p50() / f.times().get(fastest).p50();
                row.append(String.format(" %s | %.2f |", fastest, ratio));
                logs += Math.log(ratio);
                counted++;
                if (ratio > 1) overOne.add(String.format("%s %.2f", f.shape().name(), ratio));
                if (ratio > 2) overTwo.add(String.format("%s %.2f", f.shape().name(), ratio));
            }
            System.out.println(row);
        }
        double mean = Math.exp(logs / counted);
        System.out.printf("%nx%d: geometric mean of sco-kg / fastest right peer over %d shapes: %.2f%n", scale, counted, mean);
        System.out.printf("x%d: shapes above the fastest peer: %s%nx%d: shapes above twice the fastest peer: %s%n", scale, overOne, scale, overTwo);
        return mean;
    }

    /**
     * Requests answered (2xx) per second with 8 and 64 connections over the mix of every shape all
     * four engines answered right and none took over {@value #SLOW_MS} ms on, their instances
     * interleaved. Until 3 December 2026 a refusal counted as an answer: at x100 sco-kg refused 66
     * requests of a run with 64 connections with 429 (the warm-up's connections, closed with their
     * queries still waiting, still counted against the one client's 64), counted in its rate. The
     * warm-up's queries still waiting when its connections close are evaluated no further, but they
     * leave the queue only as slots free, and count against the client until then: at x10 the
     * measurement that followed at once got 71 answers of 429. Each measurement now begins when the
     * engine answers a query of its own again ({@link #drained}), and the line names the statuses
     * of what was not answered.
     */
    private static void throughput(List<Figures> figures, Map<Shape, List<String>> instances, List<Endpoint> engines) throws Exception {
        List<Shape> mixed = figures.stream().filter(f -> !f.slow() && !f.times().containsValue(null)).map(Figures::shape).toList();
        if (mixed.isEmpty()) {
            System.out.println("\nthroughput: no shape that every engine answered right and fast enough for a mix");
            return;
        }
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < INSTANCES; k++) {
            for (Shape shape : mixed) texts.add(instances.get(shape).get(k % instances.get(shape).size()));
        }
        List<String> accepts = texts.stream().map(t -> accept(QueryFactory.create(t))).toList();
        System.out.printf("%nthroughput over the mix of %d shapes (%s), %d s per engine and client count, after %d s of warm-up:%n", mixed.size(),
                String.join(", ", mixed.stream().map(Shape::name).toList()), LOAD.toSeconds(), WARM_UP.toSeconds());
        for (int connections : new int[] {8, 64}) {
            StringBuilder line = new StringBuilder(connections + " clients:");
            for (Endpoint engine : engines) {
                Wrk.unique(engine.url(), texts, accepts, connections, WARM_UP, false);
                drained(engine, texts.get(0), accepts.get(0));
                Wrk.Latency load = Wrk.uniqueNamingRefusals(engine.url(), texts, accepts, connections, LOAD);
                // wrk counts every answer as a request, a 429 too: only the others are counted as answered.
                long answered = Math.max(0, load.requests() - load.errors());
                line.append(String.format(" %s %.0f/s (p50 %.2f ms, %d errors%s);", engine.name(), answered / (double) LOAD.toSeconds(), load.p50(),
                        load.errors(), load.refusals().isEmpty() ? "" : ": " + load.refusals()));
            }
            System.out.println(line);
        }
    }

    /**
     * Waits until {@code engine} answers a query of the mix, made unique, with 200 (at most a
     * minute), so a measurement does not begin while the warm-up's abandoned queries still count
     * against the one client they all came from: sco-kg's queue lets one client's queries out in
     * the order they came, so the answered query came out after all of them.
     */
    private static void drained(Endpoint engine, String text, String accept) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        for (int k = 0; System.nanoTime() < deadline; k++) {
            String unique = "# drained-" + System.nanoTime() + "-" + k + "\n" + text;
            HttpRequest request = HttpRequest.newBuilder(Benchmark.sparql(engine.url(), unique, accept), (name, value) -> true).timeout(Duration.ofSeconds(30)).build();
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException e) {
                // A connection refused or timed out while the engine is still busy: ask again.
            }
            Thread.sleep(50);
        }
        System.out.printf("%s: still refusing a minute after the warm-up; measured anyway%n", engine.name());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
