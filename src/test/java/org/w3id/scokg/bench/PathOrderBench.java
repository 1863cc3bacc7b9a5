package org.w3id.scokg.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.query.engine.SparqlEngine;

/**
 * Queries joining a property path to patterns, sco-kg's engine against plain ARQ, in one process
 * over the same quads ({@code bench/paths.sh [SCALE]}): what {@code BoundPathsFirst} (a pattern
 * that binds a path's end moved before the path) and sco-kg's other rewrites change in time. Plain
 * ARQ is ARQ's transactional in-memory dataset with its defaults, holding the same named graphs and
 * their union as its default graph. The
 * median of seven runs each, the two alternating, the row counts compared.
 */
public final class PathOrderBench {
    private static final int RUNS = 7;
    private static final long TIMEOUT_MILLIS = 60_000;
    private static final String PREFIXES = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX org: <http://www.w3.org/ns/org#> "
            + "PREFIX schema: <http://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX prov: <http://www.w3.org/ns/prov#> ";

    private PathOrderBench() {}

    public static void main(String[] args) throws Exception {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        KnowledgeGraph graph = ScaledTables.built(scale);
        DatasetGraph scoKg = SparqlEngine.copyForQueries(graph);
        SparqlEngine.configure(scoKg.getContext(), TIMEOUT_MILLIS);
        DatasetGraph plain = DatasetGraphFactory.createTxnMem();
        // The same quads, and their union copied into the default graph, as sco-kg's copy holds it.
        Txn.executeWrite(plain, () -> Txn.executeRead(scoKg, () -> scoKg.find().forEachRemaining(plain::add)));

        Map<String, Query> queries = new LinkedHashMap<>();
        queries.put("broader* counts per top concept", q("SELECT ?top (COUNT(?t) AS ?n) { ?t skos:broader* ?top . ?top skos:topConceptOf ?scheme } GROUP BY ?top"));
        queries.put("broader+ to a labelled concept", q("SELECT ?t ?l { ?t skos:broader+ ?top . ?top skos:prefLabel ?l }"));
        queries.put("places within a member", q("SELECT ?place ?state { ?place schema:containedInPlace* ?state . ?state org:hasMembership ?m }"));
        queries.put("derived-from chains to a labelled source", q("SELECT (COUNT(*) AS ?n) { ?a prov:wasDerivedFrom+ ?s . ?s rdfs:label ?l }"));
        queries.put("(no pattern binds) broader* pairs", q("SELECT (COUNT(*) AS ?n) { ?a skos:broader* ?b }"));

        System.out.printf("x%d: %d triples in the union; median of %d runs, ms%n", scale, plain.getDefaultGraph().size(), RUNS);
        PairedTimes.printTable(queries, plain, scoKg, RUNS, TIMEOUT_MILLIS);
    }

    private static Query q(String text) {
        return QueryFactory.create(PREFIXES + text);
    }
}
