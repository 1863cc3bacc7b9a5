package org.w3id.scokg.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.w3id.scokg.graph.GraphBuilder;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.query.QueryCatalog;
import org.w3id.scokg.query.engine.SparqlEngine;
import org.w3id.scokg.query.fuzz.QueryGenerator;

/**
 * The memory the dataset that SPARQL queries costs, and how fast each way of holding it answers, at
 * each scale ({@link ScaledTables}): the live heap after full collections with the built graph
 * alone, then with each way of holding the dataset queries see beside it, and the time of the 14
 * named queries (median of 5 rounds each, summed) and of 300 queries of the differential fuzzer
 * (one round, each stopped after 10 s), after one untimed round of both. Each way is measured in a JVM of its own, every answer's row count checked against today's copy. Prints a table.
 * Run by {@code bench/memory.sh}.
 */
public final class MemoryBench {
    private static final int FUZZ_QUERIES = 300;
    private static final long TIMEOUT_MILLIS = 10_000;

    private record Way(String name, Function<KnowledgeGraph, DatasetGraph> make) {}

    private static final List<Way> WAYS = List.of(
            new Way("union materialised + named graphs copied, GraphMem2Fast (until 1 December)", kg -> copies(kg, GraphMemFactory::createDefaultGraph)),
            new Way("union materialised + named graphs copied, GraphMem2Roaring", kg -> copies(kg, GraphMemFactory::createGraphMemRoaring)),
            new Way("transactional in-memory dataset (createTxnMem), union view", MemoryBench::txnMem),
            new Way("built graphs linked + union materialised, GraphMem2Fast (what the endpoint queries since)", SparqlEngine::copyForQueries),
            new Way("built graphs linked + union view (no copy)", kg -> SparqlEngine.forQueries(kg.union(), named(kg))));

    private MemoryBench() {}

    /**
     * {@code MemoryBench SCALE WAY}: one way of holding the dataset at one scale, in a JVM of its own;
     * way 0 prints the table's head. {@code MemoryBench SCALE rdf4j}: the live heap of RDF4J's memory
     * store holding the same named graphs (as contexts), beside the built graph, for comparison; its
     * queries are not timed here (the shapes benchmark does that over HTTP).
     */
    public static void main(String[] args) throws Exception {
        int scale = Integer.parseInt(args[0]);
        if (args[1].equals("rdf4j")) {
            rdf4j(scale);
            return;
        }
        int way = Integer.parseInt(args[1]);
        Path project = scale == 1 ? Path.of("") : Path.of("target/memory-x" + scale);
        if (way == 0 && scale > 1) ScaledTables.write(Path.of(""), project, scale);
        long empty = live();
        KnowledgeGraph graph = GraphBuilder.build(project);
        long built = live() - empty;
        List<NamedQuery> named = new QueryCatalog(new ProjectLayout(project)).all();
        List<Query> fuzz = new ArrayList<>();
        QueryGenerator generator = graph.read(() -> new QueryGenerator(graph.dataset(), 7));
        for (int i = 0; i < FUZZ_QUERIES; i++) fuzz.add(generator.next());
        if (way == 0) {
            System.out.printf("%n#### x%d: %d triples; the built graph: %d MiB live (java %s, %d cores, %s)%n%n", scale, graph.read(() -> graph.union().size()),
                    built >> 20, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), ManagementFactory.getRuntimeMXBean().getInputArguments());
            System.out.println("| dataset for queries | live heap beside the built graph, MiB | named queries, ms (sum of medians) | 300 fuzzer queries, ms | answers (hash of the row counts) |");
            System.out.println("| --- | --- | --- | --- | --- |");
        }
        long before = live();
        DatasetGraph dataset = WAYS.get(way).make().apply(graph);
        long size = live() - before;
        // The JIT's first work is not the way's cost: one untimed round first.
        named(dataset, named, new ArrayList<>());
        fuzz(dataset, fuzz, new ArrayList<>());
        List<Long> rows = new ArrayList<>();
        double namedMillis = named(dataset, named, rows);
        double fuzzMillis = fuzz(dataset, fuzz, rows);
        System.out.printf("| %s | %d | %.1f | %.0f | %08x |%n", WAYS.get(way).name(), size >> 20, namedMillis, fuzzMillis, rows.hashCode());
    }

    private static void rdf4j(int scale) throws Exception {
        Path project = scale == 1 ? Path.of("") : Path.of("target/memory-x" + scale);
        if (scale > 1 && !java.nio.file.Files.isDirectory(project)) ScaledTables.write(Path.of(""), project, scale);
        KnowledgeGraph graph = GraphBuilder.build(project);
        long before = live();
        byte[] nquads = graph.read(() -> {
            var out = new java.io.ByteArrayOutputStream();
            org.apache.jena.riot.RDFDataMgr.writeQuads(out, graph.dataset().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
            return out.toByteArray();
        });
        var store = new org.eclipse.rdf4j.repository.sail.SailRepository(new org.eclipse.rdf4j.sail.memory.MemoryStore());
        try (var connection = store.getConnection()) {
            connection.add(new java.io.ByteArrayInputStream(nquads), "", org.eclipse.rdf4j.rio.RDFFormat.NQUADS);
        }
        nquads = null;
        long size = live() - before;
        long statements;
        try (var connection = store.getConnection()) {
            statements = connection.size();
        }
        // The built graph is used after the measurement, so that it is held through it (as in the other ways).
        long triples = graph.read(() -> graph.union().size());
        System.out.printf("| RDF4J's memory store, the same %d quads (for comparison; %d triples in their union) | %d | not timed here | | |%n", statements, triples,
                size >> 20);
        store.shutDown();
    }

    private static double named(DatasetGraph dataset, List<NamedQuery> queries, List<Long> rows) {
        double total = 0;
        for (NamedQuery query : queries) {
            Query text = QueryFactory.create(query.textWith(Map.of()));
            long[] times = new long[5];
            long count = 0;
            for (int round = -2; round < times.length; round++) {
                long start = System.nanoTime();
                count = Txn.calculateRead(dataset, () -> count(dataset, text));
                if (round >= 0) times[round] = System.nanoTime() - start;
            }
            Arrays.sort(times);
            total += times[times.length / 2] / 1e6;
            rows.add(count);
        }
        return total;
    }

    private static double fuzz(DatasetGraph dataset, List<Query> queries, List<Long> rows) {
        long start = System.nanoTime();
        for (Query query : queries) rows.add(Txn.calculateRead(dataset, () -> count(dataset, query)));
        return (System.nanoTime() - start) / 1e6;
    }

    /** Rows of a SELECT, 1 or 0 for an ASK, triples of a CONSTRUCT or DESCRIBE; -1 for an error or a timeout. */
    private static long count(DatasetGraph dataset, Query query) {
        try (QueryExec exec = SparqlEngine.exec(dataset, query, TIMEOUT_MILLIS).build()) {
            if (query.isSelectType()) {
                long n = 0;
                var answer = exec.select();
                while (answer.hasNext()) {
                    answer.next();
                    n++;
                }
                return n;
            }
            if (query.isAskType()) return exec.ask() ? 1 : 0;
            return query.isConstructType() ? exec.construct().size() : exec.describe().size();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static Map<Node, Graph> named(KnowledgeGraph graph) {
        Map<Node, Graph> named = new LinkedHashMap<>();
        graph.read(() -> {
            graph.dataset().listGraphNodes().forEachRemaining(name -> named.put(name, graph.dataset().getGraph(name)));
            return null;
        });
        return named;
    }

    private static DatasetGraph copies(KnowledgeGraph graph, Supplier<Graph> kind) {
        return graph.read(() -> {
            Map<Node, Graph> named = new LinkedHashMap<>();
            named(graph).forEach((name, g) -> named.put(name, copy(g, kind)));
            return SparqlEngine.forQueries(copy(graph.union(), kind), named);
        });
    }

    private static DatasetGraph txnMem(KnowledgeGraph graph) {
        DatasetGraph quads = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(quads, () -> graph.read(() -> {
            graph.dataset().find().forEachRemaining(quads::add);
            return null;
        }));
        Map<Node, Graph> named = new LinkedHashMap<>();
        quads.listGraphNodes().forEachRemaining(name -> named.put(name, quads.getGraph(name)));
        return SparqlEngine.forQueries(quads.getUnionGraph(), named);
    }

    private static Graph copy(Graph graph, Supplier<Graph> kind) {
        Graph copy = kind.get();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    /** The heap in use after full collections, in bytes. */
    private static long live() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
