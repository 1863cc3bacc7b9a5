package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ORDER BY with LIMIT as a top-N up to the rows a sort keeps in memory: planned so, and answering
 * exactly what plain ARQ's full sort answers, rows and order, on both sides of ARQ's own 1,000-row
 * threshold and of sco-kg's spill.
 */
class SlicesAsTopNTest {
    private static final long SPILL = SparqlEngine.SPILL_ROWS;
    private static DatasetGraph plain;
    private static DatasetGraph scoKg;

    /**
     * 30,000 triples over few subjects, predicates and values of many kinds, so that sort keys tie
     * often and the tie-break decides; more rows than a sort keeps in memory.
     */
    @BeforeAll
    static void data() {
        Node[] values = {
            NodeFactory.createURI("http://example.org/a"), NodeFactory.createURI("http://example.org/b"),
            NodeFactory.createLiteralString(""), NodeFactory.createLiteralString("India"), NodeFactory.createLiteralLang("Индия", "ru"),
            NodeFactory.createLiteralDT("2", XSDDatatype.XSDinteger), NodeFactory.createLiteralDT("2.0", XSDDatatype.XSDdecimal),
            NodeFactory.createLiteralDT("2017-06-09", XSDDatatype.XSDdate), NodeFactory.createLiteralDT("2017", XSDDatatype.XSDgYear)
        };
        Random random = new Random(2017);
        plain = DatasetGraphFactory.create(GraphFactory.createGraphMem());
        for (int i = 0; plain.getDefaultGraph().size() < 30_000; i++) {
            Node s = NodeFactory.createURI("http://example.org/s" + random.nextInt(4_000));
            Node p = NodeFactory.createURI("http://example.org/p" + random.nextInt(5));
            Node o = random.nextBoolean() ? values[random.nextInt(values.length)] : NodeFactory.createLiteralDT(Integer.toString(random.nextInt(500)), XSDDatatype.XSDinteger);
            plain.add(Quad.defaultGraphIRI, s, p, o);
        }
        DatasetGraph quads = DatasetGraphFactory.create();
        Node name = NodeFactory.createURI("http://example.org/g");
        Txn.executeWrite(quads, () -> plain.getDefaultGraph().find().forEachRemaining(t -> quads.add(name, t.getSubject(), t.getPredicate(), t.getObject())));
        scoKg = SparqlEngine.copyForQueries(quads);
        SparqlEngine.configure(scoKg.getContext(), 60_000);
    }

    @Test
    void an_order_with_a_limit_under_the_spill_becomes_a_top_n_and_others_stay() {
        assertEquals(SSE.parseOp("(slice 1000 _ (top (1050 ?s) (bgp (?s ?p ?o))))"), rewrite("SELECT * { ?s ?p ?o } ORDER BY ?s LIMIT 50 OFFSET 1000"));
        assertEquals(SSE.parseOp("(project (?s) (top (5000 (desc ?o)) (bgp (?s ?p ?o))))"), rewrite("SELECT ?s { ?s ?p ?o } ORDER BY DESC(?o) LIMIT 5000"));
        assertEquals(algebra("SELECT * { ?s ?p ?o } ORDER BY ?s LIMIT 20000"), rewrite("SELECT * { ?s ?p ?o } ORDER BY ?s LIMIT 20000"));
        assertEquals(algebra("SELECT * { ?s ?p ?o } ORDER BY ?s OFFSET 19990 LIMIT 10"), rewrite("SELECT * { ?s ?p ?o } ORDER BY ?s OFFSET 19990 LIMIT 10"));
        assertEquals(algebra("SELECT * { ?s ?p ?o } ORDER BY ?s OFFSET 2000"), rewrite("SELECT * { ?s ?p ?o } ORDER BY ?s OFFSET 2000"));
        assertEquals(algebra("SELECT DISTINCT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 2000"), rewrite("SELECT DISTINCT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 2000"));
        // OFFSET plus LIMIT past what a long holds is no small top-N.
        String huge = "SELECT * { ?s ?p ?o } ORDER BY ?s OFFSET 9223372036854775807 LIMIT 10";
        assertEquals(algebra(huge), rewrite(huge));
    }

    @Test
    void answers_rows_and_order_as_a_full_sort_does_around_both_thresholds() {
        String[] orders = {"?s ?p ?o", "DESC(?o)", "DESC(STRLEN(STR(?o))) ?p"};
        long[][] slices = {{0, 999}, {0, 1000}, {1000, 50}, {950, 100}, {0, SPILL - 1}, {SPILL - 100, 99}, {SPILL - 100, 100}, {25_000, 10}};
        int i = 0;
        for (String order : orders) {
            for (long[] slice : slices) {
                String projection = i++ % 2 == 0 ? "*" : "?s ?o";
                String text = "SELECT " + projection + " { ?s ?p ?o } ORDER BY " + order + " OFFSET " + slice[0] + " LIMIT " + slice[1];
                try (QueryExec expected = QueryExec.dataset(plain).query(text).build();
                        QueryExec actual = SparqlEngine.exec(scoKg, QueryFactory.create(text), 60_000).build()) {
                    RowSet jena = expected.select().rewindable();
                    RowSet ours = actual.select().rewindable();
                    assertTrue(ResultsCompare.equalsByTermAndOrder(jena, ours), text);
                }
            }
        }
    }

    /**
     * ARQ's own top-N adds OFFSET and LIMIT without checking overflow: plain Jena 5.6.0 answers no
     * row here. The LIMIT limits nothing and is removed before ARQ plans.
     */
    @Test
    void a_limit_that_with_its_offset_passes_a_long_limits_nothing() {
        String text = "SELECT * { VALUES ?x { 3 1 2 } } ORDER BY ?x OFFSET 1 LIMIT 9223372036854775807";
        try (QueryExec exec = SparqlEngine.exec(scoKg, QueryFactory.create(text), 60_000).build()) {
            RowSet rows = exec.select();
            assertEquals("2", rows.next().get("x").getLiteralLexicalForm());
            assertEquals("3", rows.next().get("x").getLiteralLexicalForm());
            assertFalse(rows.hasNext());
        }
        assertEquals(SSE.parseOp("(slice 1 _ (bgp (?s ?p ?o)))"),
                SlicesAsTopN.withoutOverflow(algebra("SELECT * { ?s ?p ?o } OFFSET 1 LIMIT 9223372036854775807")));
        assertEquals(algebra("SELECT * { ?s ?p ?o } OFFSET 1 LIMIT 9223372036854775806"),
                SlicesAsTopN.withoutOverflow(algebra("SELECT * { ?s ?p ?o } OFFSET 1 LIMIT 9223372036854775806")));
    }

    private static Op algebra(String text) {
        return Algebra.compile(QueryFactory.create(text));
    }

    private static Op rewrite(String text) {
        return SlicesAsTopN.rewrite(algebra(text), SPILL);
    }
}
