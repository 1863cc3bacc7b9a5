package org.w3id.scokg.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.query.engine.SparqlEngine;
import org.w3id.scokg.query.fuzz.ArqEngine;
import org.w3id.scokg.query.fuzz.FuzzDatasets;

/**
 * The query shapes of {@code bench/shapes/} ({@link ShapeBenchmark}'s, none tuned for), each filled
 * with up to five values drawn from the graph, over sco-kg's engine with the union (the default graph
 * every query reads) held as the endpoint holds it ({@code GraphMem2Roaring}, {@link
 * KnowledgeGraph#copyOfUnion}) and as Jena's default in-memory graph ({@code GraphMem2Fast}), the
 * named graphs the same built graphs in both, in one process, alternating ({@code bench/storage.sh
 * [SCALE]}): what the union's storage changes. Medians in ms, their ratio, and the answers' sizes
 * compared.
 */
public final class StorageBench {
    private static final int RUNS = 7;
    private static final int VALUES = 5;
    private static final long TIMEOUT_MILLIS = 120_000;

    private StorageBench() {}

    public static void main(String[] args) throws Exception {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        KnowledgeGraph graph = ScaledTables.built(scale);
        DatasetGraph roaring = SparqlEngine.copyForQueries(graph);
        SparqlEngine.configure(roaring.getContext(), TIMEOUT_MILLIS);
        Graph fastUnion = GraphFactory.createGraphMem();
        roaring.getDefaultGraph().find().forEachRemaining(fastUnion::add);
        Map<Node, Graph> named = new LinkedHashMap<>();
        roaring.listGraphNodes().forEachRemaining(name -> named.put(name, roaring.getGraph(name)));
        DatasetGraph fast = SparqlEngine.forQueries(fastUnion, named);
        SparqlEngine.configure(fast.getContext(), TIMEOUT_MILLIS);
        ArqEngine oracle = new ArqEngine("oracle", FuzzDatasets.asScoKgServesIt(graph.dataset()), Duration.ofMinutes(5));
        Map<String, Query> queries = ShapeBenchmark.sampled(oracle, VALUES);
        System.out.printf("x%d: %d triples in the union; median of %d runs, ms; ratio: Roaring union over GraphMem2Fast union%n", scale,
                roaring.getDefaultGraph().size(), RUNS);
        PairedTimes.printTable(queries, fast, "fast", roaring, "roaring", RUNS, TIMEOUT_MILLIS);
    }
}
