package org.w3id.scokg.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.query.engine.SparqlEngine;

/**
 * ORDER BY with and without LIMIT and OFFSET, and counts of whole graphs, sco-kg's engine against
 * plain ARQ, in one process over the same quads held the same way ({@code bench/rewrites.sh
 * [SCALE]}): what {@code OrderByKeys} and {@code PatternCounts} change. Plain ARQ queries a general
 * dataset of plain in-memory graphs, as sco-kg's copy is, so that the figures compare the
 * evaluation, not the storage. The median of five runs each, the two alternating, the row counts compared.
 * Queries given after the scale ({@code bench/rewrites.sh 10 'SELECT …'}) are timed instead.
 */
public final class RewriteBench {
    private static final int RUNS = 5;
    private static final long TIMEOUT_MILLIS = 120_000;

    private RewriteBench() {}

    public static void main(String[] args) throws Exception {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        KnowledgeGraph graph = ScaledTables.built(scale);
        DatasetGraph scoKg = SparqlEngine.copyForQueries(graph);
        SparqlEngine.configure(scoKg.getContext(), TIMEOUT_MILLIS);
        DatasetGraph plain = DatasetGraphFactory.create(GraphFactory.createGraphMem());
        Txn.executeRead(scoKg, () -> {
            scoKg.getDefaultGraph().find().forEachRemaining(plain.getDefaultGraph()::add);
            scoKg.listGraphNodes().forEachRemaining(name -> {
                plain.addGraph(name, GraphFactory.createGraphMem());
                scoKg.getGraph(name).find().forEachRemaining(plain.getGraph(name)::add);
            });
        });

        Map<String, Query> queries = new LinkedHashMap<>();
        // Queries given after the scale are timed instead of these (any shape, to compare the two engines on it).
        for (int i = 1; i < args.length; i++) queries.put(args[i], q(args[i]));
        if (queries.isEmpty()) queries.putAll(standard());

        System.out.printf("x%d: %d triples in the union; median of %d runs, ms%n", scale, plain.getDefaultGraph().size(), RUNS);
        PairedTimes.printTable(queries, plain, scoKg, RUNS, TIMEOUT_MILLIS);
    }

    /** The sorts and counts sco-kg's rewrites change. */
    private static Map<String, Query> standard() {
        Map<String, Query> queries = new LinkedHashMap<>();
        queries.put("ORDER BY ?s ?p ?o LIMIT 50 OFFSET 1000", q("SELECT * { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 50 OFFSET 1000"));
        queries.put("ORDER BY DESC(?o) LIMIT 5000, projected", q("SELECT ?s ?o { ?s ?p ?o } ORDER BY DESC(?o) ?s ?p LIMIT 5000"));
        queries.put("ORDER BY STR(?o) LIMIT 10", q("SELECT * { ?s ?p ?o } ORDER BY STR(?o) ?s ?p LIMIT 10"));
        queries.put("ORDER BY ?o ?s ?p, every row (counted)", q("SELECT * { ?s ?p ?o } ORDER BY ?o ?s ?p"));
        queries.put("ORDER BY ?s ?p ?o OFFSET 19000 LIMIT 500", q("SELECT * { ?s ?p ?o } ORDER BY ?s ?p ?o OFFSET 19000 LIMIT 500"));
        queries.put("COUNT(*) of the default graph", q("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        queries.put("COUNT(*) per named graph", q("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"));
        queries.put("(counted by ARQ) COUNT(DISTINCT ?s) per named graph", q("SELECT ?g (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"));
        return queries;
    }

    private static Query q(String text) {
        return QueryFactory.create(text);
    }
}
