package org.w3id.scokg.bench;

import java.time.Duration;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.main.StageBuilder;
import org.apache.jena.sparql.engine.main.StageGeneratorGeneric;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.query.engine.SparqlEngine;
import org.w3id.scokg.query.fuzz.ArqEngine;
import org.w3id.scokg.query.fuzz.FuzzDatasets;

/**
 * The query shapes of {@code bench/shapes/} ({@link ShapeBenchmark}'s, none tuned for), each filled
 * with up to five values drawn from the graph, over sco-kg's engine as it is and the same engine
 * with ARQ's own order of basic graph patterns (its generic stage generator instead of {@code
 * FewerMatchesFirst}), in one process, alternating ({@code bench/ties.sh [SCALE]}): what breaking
 * the fixed order's ties by matches changes. Medians in ms, their ratio, and the answers' sizes
 * compared.
 */
public final class TieBreakBench {
    private static final int RUNS = 7;
    private static final int VALUES = 5;
    private static final long TIMEOUT_MILLIS = 120_000;

    private TieBreakBench() {}

    public static void main(String[] args) throws Exception {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        KnowledgeGraph graph = ScaledTables.built(scale);
        DatasetGraph ties = SparqlEngine.copyForQueries(graph);
        SparqlEngine.configure(ties.getContext(), TIMEOUT_MILLIS);
        DatasetGraph fixed = SparqlEngine.copyForQueries(graph);
        SparqlEngine.configure(fixed.getContext(), TIMEOUT_MILLIS);
        StageBuilder.setGenerator(fixed.getContext(), new StageGeneratorGeneric());
        ArqEngine oracle = new ArqEngine("oracle", FuzzDatasets.asScoKgServesIt(graph.dataset()), Duration.ofMinutes(5));
        Map<String, Query> queries = ShapeBenchmark.sampled(oracle, VALUES);
        System.out.printf("x%d: %d triples in the union; median of %d runs, ms; ratio: ties broken over ARQ's fixed order%n", scale,
                ties.getDefaultGraph().size(), RUNS);
        PairedTimes.printTable(queries, fixed, "fixed", ties, "ties", RUNS, TIMEOUT_MILLIS);
    }
}
