package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2Fast;
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
 * COUNT of whole graphs read from their sizes: the same answers as plain ARQ's counting, for the
 * shapes it takes and for those next to them it must leave to ARQ; and it reads no triple.
 */
class CountsFromSizesTest {
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
                // Near misses, ARQ's to count.
                "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }",
                "SELECT (COUNT(DISTINCT *) AS ?n) { ?s ?p ?o }",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?s }",
                "SELECT (COUNT(?x) AS ?n) { ?s ?p ?o }",
                "SELECT (COUNT(*) AS ?n) (SAMPLE(?p) AS ?q) { ?s ?p ?o } HAVING (false)",
                "SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p",
                "SELECT ?s (COUNT(*) AS ?n) { GRAPH ?s { ?s ?p ?o } } GROUP BY ?s",
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
