package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.query.fuzz.FuzzDatasets;

/**
 * COUNTs of one triple pattern made without its solutions, from the graphs' sizes or by reading the
 * matching triples: the same answers as plain ARQ's counting, for the shapes it takes and for those
 * next to them it must leave to ARQ; a whole graph's count reads no triple, and a filtered count
 * reads each triple once.
 */
class PatternCountsTest {
    private static final String EX = "PREFIX ex: <http://example.org/fuzz/s/> ";

    @Test
    void counts_as_plain_arq_does_the_shapes_it_reads_from_sizes_and_those_it_leaves() {
        DatasetGraph plain = FuzzDatasets.asScoKgServesIt(FuzzDatasets.adversarialAndSynthetic());
        DatasetGraph scoKg = Txn.calculateRead(plain, () -> SparqlEngine.copyForQueries(plain));
        SparqlEngine.configure(scoKg.getContext(), 30_000);
        List<String> queries = List.of(
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
                "SELECT (COUNT(?s) AS ?n) (COUNT(*) AS ?m) { ?s ?p ?o }",
                "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                "SELECT ?g (COUNT(?o) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g HAVING (COUNT(?o) > 100) ORDER BY ?n",
                "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
                "SELECT ?g ?n { GRAPH ?g { SELECT (COUNT(*) AS ?n) { ?s ?p ?o } } }",
                "SELECT ?n ?x { { SELECT (COUNT(*) AS ?n) { ?s ?p ?o } } VALUES ?x { 1 2 } }",
                "SELECT (COUNT(*) AS ?n) FROM <http://example.org/fuzz/s/graph/A> { ?s ?p ?o }",
                "SELECT (COUNT(*) AS ?n) FROM <http://example.org/fuzz/s/graph/A> FROM <http://example.org/fuzz/s/graph/B> { ?s ?p ?o }",
                "SELECT (COUNT(*) AS ?n) FROM ex:absent { ?s ?p ?o }",
                "SELECT ?g (COUNT(*) AS ?n) FROM NAMED <http://example.org/fuzz/s/graph/B> FROM NAMED ex:absent { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                // Counted by reading the matching triples: filters, constants, keys of the pattern.
                "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?p != ex:knows) } GROUP BY ?g",
                "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o FILTER(isLiteral(?o)) } FILTER(?g != <http://example.org/fuzz/s/graph/A>) } GROUP BY ?g",
                "SELECT ?p (COUNT(*) AS ?n) (COUNT(?o) AS ?m) { ?s ?p ?o } GROUP BY ?p",
                "SELECT ?p ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?p ?g ORDER BY ?p ?g",
                "SELECT ?o (COUNT(?s) AS ?n) { ?s a ?o } GROUP BY ?o HAVING (COUNT(?s) > 60)",
                "SELECT (COUNT(*) AS ?n) { ?s ex:num ?o FILTER(?o > 8) }",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(?o > 8) }",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(?o > 8 || LANG(?o) = \"en\") }",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(STRLEN(STR(?o)) > 3 && ?p != ex:name) }",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(false) }",
                "SELECT ?s (COUNT(*) AS ?n) { ?s ex:absent ?o } GROUP BY ?s",
                "SELECT (COUNT(*) AS ?n) { ?s ex:absent ?o }",
                "SELECT (COUNT(*) AS ?n) { ex:e1 ?p ex:e2 }",
                "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p 3 } } GROUP BY ?g",
                "SELECT ?o (COUNT(*) AS ?n) { ?s ex:num ?o FILTER(?o != 01) } GROUP BY ?o",
                // From the sizes less the triples of the predicates left out.
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(?p != ex:knows) }",
                "SELECT (COUNT(?o) AS ?n) { ?s ?p ?o FILTER(ex:knows != ?p) FILTER(?p != ex:name) FILTER(?p != ex:knows) }",
                "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o FILTER(?p != ex:name) } } GROUP BY ?g",
                "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?p != ex:absent) } GROUP BY ?g ORDER BY DESC(?n)",
                "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?p != <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>) }",
                // Near misses of it: a literal, a filter of another variable, a key of another variable, equality.
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(?p != \"ex\") }",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(?o != ex:e1) }",
                "SELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o FILTER(?p != ex:knows) } GROUP BY ?s",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(?p = ex:knows) }",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(!(?p = ex:knows)) }",
                // Near misses, ARQ's to count.
                "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }",
                "SELECT (COUNT(DISTINCT *) AS ?n) { ?s ?p ?o }",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?s }",
                "SELECT (COUNT(?x) AS ?n) { ?s ?p ?o }",
                "SELECT (COUNT(*) AS ?n) (SAMPLE(?p) AS ?q) { ?s ?p ?o } HAVING (false)",
                "SELECT ?s (COUNT(*) AS ?n) { GRAPH ?s { ?s ?p ?o } } GROUP BY ?s",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(?x != 1) }",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(!BOUND(?x)) }",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER NOT EXISTS { ?o ?q ?s } }",
                "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o FILTER(BOUND(?g)) } } GROUP BY ?g",
                "SELECT ?x (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?x",
                "SELECT ?k (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY (STR(?p) AS ?k)",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o . ?o ?q ?r }",
                "SELECT (COUNT(*) AS ?n) { GRAPH <http://example.org/fuzz/s/graph/A> { ?s ?p ?o } }",
                "SELECT (COUNT(*) AS ?n) { VALUES ?s { ex:e1 } ?s ?p ?o }");
        for (String text : queries) {
            try (QueryExec expected = QueryExec.dataset(plain).query(EX + text).build();
                    QueryExec actual = SparqlEngine.exec(scoKg, QueryFactory.create(EX + text), 30_000).build()) {
                RowSet jena = expected.select().rewindable();
                RowSet ours = actual.select().rewindable();
                assertTrue(ResultsCompare.equalsByTerm(jena, ours), text);
            }
        }
    }

    @Test
    void the_count_of_a_whole_graph_reads_no_triple() {
        Node name = NodeFactory.createURI("http://example.org/g");
        CountedReads graph = new CountedReads();
        for (int i = 0; i < 500; i++) graph.add(NodeFactory.createURI("http://example.org/s" + i), name, NodeFactory.createLiteralString("v"));
        DatasetGraph scoKg = SparqlEngine.forQueries(graph, Map.of(name, graph));
        SparqlEngine.configure(scoKg.getContext(), 30_000);
        assertEquals("500", only("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", scoKg));
        assertEquals("500", only("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", scoKg));
        assertEquals(0, graph.reads);
        assertEquals("500", only("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }", scoKg));
        assertTrue(graph.reads > 0);
    }

    @Test
    void a_filtered_count_reads_the_graph_once_and_makes_no_solution_for_arq() {
        Node name = NodeFactory.createURI("http://example.org/g");
        CountedReads graph = new CountedReads();
        for (int i = 0; i < 500; i++) graph.add(NodeFactory.createURI("http://example.org/s" + i), name, NodeFactory.createLiteralString(i % 5 == 0 ? "v" : "w"));
        DatasetGraph scoKg = SparqlEngine.forQueries(graph, Map.of(name, graph));
        SparqlEngine.configure(scoKg.getContext(), 30_000);
        assertEquals("100", only("SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(?o = \"v\") }", scoKg));
        assertEquals(1, graph.reads);
        assertEquals("400", only("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?o != \"v\") } GROUP BY ?g", scoKg));
        assertEquals(2, graph.reads);
    }

    /** {@code FILTER(?p != <iri>)}: the graph's size less that predicate's triples, which are all it reads. */
    @Test
    void a_count_less_a_predicate_reads_only_that_predicates_triples() {
        Node name = NodeFactory.createURI("http://example.org/g");
        Node left = NodeFactory.createURI("http://example.org/left");
        Node kept = NodeFactory.createURI("http://example.org/kept");
        AtomicInteger read = new AtomicInteger();
        GraphMem2Fast graph = new GraphMem2Fast() {
            @Override
            public ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                return super.graphBaseFind(pattern).mapWith(t -> {
                    read.incrementAndGet();
                    return t;
                });
            }
        };
        for (int i = 0; i < 1000; i++) graph.add(NodeFactory.createURI("http://example.org/s" + i), i < 100 ? left : kept, NodeFactory.createLiteralString("v"));
        DatasetGraph scoKg = SparqlEngine.forQueries(graph, Map.of(name, graph));
        SparqlEngine.configure(scoKg.getContext(), 30_000);
        assertEquals("900", only("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?p != <http://example.org/left>) }", scoKg));
        assertEquals(100, read.get());
        assertEquals("0", only("SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(?p != <http://example.org/left> && ?p != <http://example.org/kept>) }", scoKg),
                "a conjunction is another filter, read triple by triple");
    }

    @Test
    void a_count_stops_reading_once_its_query_is_cancelled() {
        Node name = NodeFactory.createURI("http://example.org/g");
        AtomicReference<QueryExec> running = new AtomicReference<>();
        AtomicInteger read = new AtomicInteger();
        GraphMem2Fast graph = new GraphMem2Fast() {
            @Override
            public ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                // The query is cancelled (as its timeout does) once 10,000 triples have been read.
                return super.graphBaseFind(pattern).mapWith(t -> {
                    if (read.incrementAndGet() == 10_000) SparqlEngine.stop(running.get());
                    return t;
                });
            }
        };
        for (int i = 0; i < 100_000; i++) graph.add(NodeFactory.createURI("http://example.org/s" + i), name, NodeFactory.createLiteralString("v"));
        DatasetGraph scoKg = SparqlEngine.forQueries(graph, Map.of(name, graph));
        SparqlEngine.configure(scoKg.getContext(), 30_000);
        try (QueryExec exec = SparqlEngine.exec(scoKg, QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(?o = \"v\") }"), 30_000).build()) {
            running.set(exec);
            assertThrows(QueryCancelledException.class, () -> exec.select().next());
        }
        assertTrue(read.get() < 20_000, read.get() + " triples read");
    }

    private static String only(String text, DatasetGraph dataset) {
        try (QueryExec exec = SparqlEngine.exec(dataset, QueryFactory.create(text), 30_000).build()) {
            return exec.select().next().get("n").getLiteralLexicalForm();
        }
    }

    /** A plain in-memory graph that counts the times it is read triple by triple. */
    private static final class CountedReads extends GraphMem2Fast {
        int reads;

        @Override
        public ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            reads++;
            return super.graphBaseFind(pattern);
        }

        @Override
        public Stream<Triple> stream(Node s, Node p, Node o) {
            reads++;
            return super.stream(s, p, o);
        }

    }
}
