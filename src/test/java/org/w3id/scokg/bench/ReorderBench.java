package org.w3id.scokg.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.StageBuilder;
import org.apache.jena.sparql.engine.main.StageGeneratorGeneric;
import org.apache.jena.sparql.engine.optimizer.StatsMatcher;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderWeighted;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollector;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.query.QueryCatalog;
import org.w3id.scokg.query.engine.SparqlEngine;

/**
 * Statistics-based join ordering against the order the endpoint uses, in one process over the
 * same copy of the graph ({@code bench/reorder.sh [SCALE]}). The endpoint orders a basic graph
 * pattern's triples by their shape ({@code ReorderLib.fixed()}, ARQ's default in memory); the
 * alternative is Jena's {@link ReorderWeighted} over the statistics TDB2's {@code tdbstats} gathers
 * (triples per predicate, subjects per class), gathered here from the union graph and installed
 * through ARQ's stage-generator extension point. Every named query with its default parameters
 * and three joins of other shapes; the median of seven runs each, both orders alternating, the
 * row counts compared.
 */
public final class ReorderBench {
    private static final int RUNS = 7;
    private static final long TIMEOUT_MILLIS = 60_000;

    private ReorderBench() {}

    /** ARQ's generic stage generator with a reordering chosen here instead of the fixed one. */
    private static final class Reordered extends StageGeneratorGeneric {
        private final ReorderTransformation reorder;

        Reordered(Graph graph) {
            StatsCollector statistics = new StatsCollector();
            graph.find().forEachRemaining(t -> statistics.record(null, t.getSubject(), t.getPredicate(), t.getObject()));
            this.reorder = new ReorderWeighted(new StatsMatcher(Stats.format(statistics.results())));
        }

        @Override
        public QueryIterator execute(BasicPattern pattern, QueryIterator input, ExecutionContext context) {
            return execute(pattern, reorder, input, context);
        }
    }

    public static void main(String[] args) throws Exception {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        KnowledgeGraph graph = ScaledTables.built(scale);
        DatasetGraph fixed = SparqlEngine.copyForQueries(graph);
        SparqlEngine.configure(fixed.getContext(), TIMEOUT_MILLIS);
        DatasetGraph weighted = SparqlEngine.copyForQueries(graph);
        SparqlEngine.configure(weighted.getContext(), TIMEOUT_MILLIS);
        StageBuilder.setGenerator(weighted.getContext(), new Reordered(weighted.getDefaultGraph()));

        Map<String, Query> queries = new LinkedHashMap<>();
        for (NamedQuery q : new QueryCatalog(new ProjectLayout(Path.of(""))).all()) {
            if (q.query().isSelectType()) queries.put(q.name(), QueryFactory.create(q.textWith(Map.of())));
        }
        String prefixes = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX org: <http://www.w3.org/ns/org#> "
                + "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX oa: <http://www.w3.org/ns/oa#> ";
        queries.put("(join) statement, source, member", QueryFactory.create(prefixes
                + "SELECT ?s ?l ?source { ?a rdf:subject ?s ; prov:wasDerivedFrom ?e . ?e oa:hasSource ?source . ?s rdfs:label ?l . ?s a ?c . ?m org:member ?s }"));
        queries.put("(join) typed, labelled, linked", QueryFactory.create(prefixes
                + "SELECT (COUNT(*) AS ?n) { ?x a ?c . ?x rdfs:label ?l . ?x ?p ?o . ?o a ?c2 }"));
        queries.put("(join) membership", QueryFactory.create(prefixes
                + "SELECT ?state ?role { ?m org:organization ?o ; org:member ?state ; org:role ?role . ?state rdfs:label ?l . ?o rdfs:label ?ol }"));

        System.out.printf("x%d: %d triples in the union; median of %d runs, ms%n", scale, fixed.getDefaultGraph().size(), RUNS);
        System.out.printf("%-34s %7s %10s %10s %7s%n", "query", "rows", "fixed", "weighted", "ratio");
        for (Map.Entry<String, Query> entry : queries.entrySet()) {
            PairedTimes times = PairedTimes.of(entry.getValue(), fixed, weighted, RUNS, TIMEOUT_MILLIS);
            double f = times.firstMillis();
            double w = times.secondMillis();
            System.out.printf("%-34s %7s %10.2f %10s %7s%s%n", entry.getKey(), times.firstRows() < 0 ? "timeout" : Long.toString(times.firstRows()), f,
                    w >= TIMEOUT_MILLIS ? "timeout" : String.format("%.2f", w), w >= TIMEOUT_MILLIS ? ">" + Math.round(TIMEOUT_MILLIS / f) : String.format("%.2f", w / f), times.note());
        }
    }
}
