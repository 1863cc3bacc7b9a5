package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

/**
 * An independent review's counterexamples to the first guarded top-N (commit 2adc2bd): answers that
 * differed from plain ARQ's full sort, each now the same ({@link TopNInTotalOrder}).
 */
class TopNReviewTest {
    static final String EX = "http://example.org/";
    static final Node G = NodeFactory.createURI(EX + "g");
    static final Node P = NodeFactory.createURI(EX + "p");

    static Node dur(String lex) {
        return NodeFactory.createLiteralDT(lex, XSDDatatype.XSDduration);
    }

    static int cmp(Node a, Node b) {
        return Integer.signum(BindingComparator.compareNodesRaw(NodeValue.makeNode(a), NodeValue.makeNode(b)));
    }

    /**
     * Jena's DurationImpl.compare (Jena-patched) compares through a GregorianCalendar with whole seconds when one side has
     * no seconds field: "PT0M" equals "PT0.5S" there, so they are compared as text, while two durations with seconds are
     * compared by value. ValueMix called any mix of day-time durations total; now no two durations are.
     */
    @Test
    void durations_with_and_without_a_seconds_field_form_a_cycle_that_value_mix_refuses() {
        Node a = dur("PT0.5S"), b = dur("PT0M"), c = dur("PT0S");
        assertEquals(-1, cmp(a, b)); // text: "PT0.5S" < "PT0M"
        assertEquals(-1, cmp(b, c)); // text: "PT0M" < "PT0S"
        assertEquals(-1, cmp(c, a)); // value: 0 < 0.5
        ValueMix mix = new ValueMix();
        mix.add(a); mix.add(b); mix.add(c);
        assertFalse(mix.total(), "ValueMix refuses the cycle");
    }

    static String text(RowSet rows) {
        StringBuilder sb = new StringBuilder();
        rows.forEachRemaining(b -> sb.append("  ").append(b).append('\n'));
        return sb.toString();
    }

    private static DatasetGraph data(String[][] values) {
        DatasetGraph quads = DatasetGraphFactory.create();
        Txn.executeWrite(quads, () -> {
            for (int i = 0; i < 1_000; i++) quads.add(G, NodeFactory.createURI(EX + "f" + i), P, NodeFactory.createURI(EX + "iri" + i));
            for (String[] v : values) quads.add(G, NodeFactory.createURI(EX + v[0]), P, dur(v[1]));
        });
        return quads;
    }

    private static String[] inMemory(DatasetGraph quads, String text) {
        DatasetGraph scoKg = SparqlEngine.copyForQueries(quads);
        SparqlEngine.configure(scoKg.getContext(), 60_000);
        DatasetGraph plain = DatasetGraphFactory.create(scoKg.getDefaultGraph());
        try (QueryExec expected = QueryExec.dataset(plain).query(text).build(); QueryExec actual = SparqlEngine.exec(scoKg, QueryFactory.create(text), 60_000).build()) {
            RowSetRewindable jena = expected.select().rewindable();
            RowSetRewindable ours = actual.select().rewindable();
            boolean same = ResultsCompare.equalsByTermAndOrder(jena, ours);
            jena.reset();
            ours.reset();
            return new String[] {String.valueOf(same), text(jena), text(ours)};
        }
    }

    /** Every row of the answer was right, their order was not. */
    @Test
    void zero_durations_in_memory_rows_in_another_order() {
        String text = "SELECT ?s ?o { ?s ?p ?o } ORDER BY ?o OFFSET 1000 LIMIT 3";
        String[] r = inMemory(data(new String[][] {{"s0_29", "PT0M"}, {"s1_447", "PT0.5S"}, {"s2_515", "PT0S"}}), text);
        assertEquals("true", r[0], "plain ARQ:\n" + r[1] + "sco-kg:\n" + r[2]);
    }

    /** A different row was answered. */
    @Test
    void a_minute_in_memory_another_row() {
        String text = "SELECT ?s ?o { ?s ?p ?o } ORDER BY ?o OFFSET 1000 LIMIT 1";
        String[] r = inMemory(data(new String[][] {{"s0_29", "PT60.2S"}, {"s1_447", "P0DT60.7S"}, {"s2_515", "PT1M"}}), text);
        assertEquals("true", r[0], "plain ARQ:\n" + r[1] + "sco-kg:\n" + r[2]);
    }

    /** The same on TDB2 (Tdb2Executor): plain ARQ/TDB2 first, then the same store with sco-kg's settings. */
    @Test
    void zero_durations_on_tdb2() {
        String text = "SELECT ?s ?o { ?s ?p ?o } ORDER BY ?o OFFSET 1000 LIMIT 3";
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(store, () -> {
            for (int i = 0; i < 1_000; i++) store.getDefaultGraph().add(NodeFactory.createURI(EX + "f" + i), P, NodeFactory.createURI(EX + "iri" + i));
            store.getDefaultGraph().add(NodeFactory.createURI(EX + "s0"), P, dur("PT0M"));
            store.getDefaultGraph().add(NodeFactory.createURI(EX + "s1"), P, dur("PT0.5S"));
            store.getDefaultGraph().add(NodeFactory.createURI(EX + "s2"), P, dur("PT0S"));
        });
        List<String> results = new ArrayList<>();
        Txn.executeRead(store, () -> {
            try (QueryExec exec = QueryExec.dataset(store).query(text).build()) {
                results.add(text(exec.select()));
            }
        });
        SparqlEngine.forQueries(store);
        SparqlEngine.configure(store.getContext(), 60_000);
        Txn.executeRead(store, () -> {
            try (QueryExec exec = SparqlEngine.exec(store, QueryFactory.create(text), 60_000).build()) {
                results.add(text(exec.select()));
            }
        });
        assertEquals(results.get(0), results.get(1));
    }

    /** Answers of both engines as text, or the failure's class and message. */
    private static String[] both(DatasetGraph quads, String text) {
        DatasetGraph scoKg = SparqlEngine.copyForQueries(quads);
        SparqlEngine.configure(scoKg.getContext(), 60_000);
        DatasetGraph plain = DatasetGraphFactory.create(scoKg.getDefaultGraph());
        String jena, ours;
        try (QueryExec exec = QueryExec.dataset(plain).query(text).build()) {
            jena = text(exec.select().rewindable());
        } catch (RuntimeException e) {
            jena = "FAILED " + e;
        }
        try (QueryExec exec = SparqlEngine.exec(scoKg, QueryFactory.create(text), 60_000).build()) {
            ours = text(exec.select().rewindable());
        } catch (RuntimeException e) {
            ours = "FAILED " + e;
        }
        return new String[] {jena, ours};
    }

    /**
     * "abc"@en--ltr makes ValueMix give the top-N up, but Watch handed that row to the heap first, and the heap's
     * comparison of it with "abc"@en threw; ARQ's sort never compared those two ("abc"@fr lies between them). Now the
     * row that gives the top-N up never reaches the heap.
     */
    @Test
    void a_row_that_gives_the_top_n_up_never_reaches_the_heap() {
        DatasetGraph quads = DatasetGraphFactory.create();
        Txn.executeWrite(quads, () -> {
            for (int i = 0; i < 1_000; i++) quads.add(G, NodeFactory.createURI(EX + "f" + i), P, NodeFactory.createURI(EX + "iri" + i));
            quads.add(G, NodeFactory.createURI(EX + "s0_210"), P, NodeFactory.createLiteralLang("abc", "en"));
            quads.add(G, NodeFactory.createURI(EX + "s1_581"), P, NodeFactory.createLiteralLang("abc", "fr"));
            quads.add(G, NodeFactory.createURI(EX + "s2_128"), P, NodeFactory.createLiteralDirLang("abc", "en", "ltr"));
        });
        String[] r = both(quads, "SELECT ?s ?o { ?s ?p ?o } ORDER BY ?o OFFSET 1000 LIMIT 1");
        assertEquals(r[0], r[1]);
    }

    /**
     * Rows tied on the sort key whose only other difference is a literal with a base direction of the same lexical
     * form: Jena's syntactic tie-break (NodeCmp: lexical form, then datatype rdf:dirLangString) calls them equal, its
     * stable sort keeps them in the order read, the heap does not. ValueMix watched only the sort variables; such a
     * literal in any variable now gives the top-N up.
     */
    @Test
    void rows_jena_calls_equal_come_in_the_order_of_the_sort() {
        Node k = NodeFactory.createURI(EX + "k"), x = NodeFactory.createURI(EX + "x");
        java.util.Random r = new java.util.Random(0);
        int special = r.nextInt(1000);
        List<Node> xs = new ArrayList<>();
        for (String l : "en fr de es it nl pt ru ja zh ko ar he pl sv da fi no cs el".split(" ")) for (String d : new String[] {"ltr", "rtl"}) xs.add(NodeFactory.createLiteralDirLang("abc", l, d));
        java.util.Collections.shuffle(xs, r);
        DatasetGraph quads = DatasetGraphFactory.create();
        Txn.executeWrite(quads, () -> {
            for (int i = 0; i < 2_000; i++) {
                Node s = NodeFactory.createURI(EX + "f" + i);
                quads.add(G, s, k, NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger));
                quads.add(G, s, x, NodeFactory.createLiteralString("x" + i));
            }
            Node s = NodeFactory.createURI(EX + "special" + special);
            quads.add(G, s, k, NodeFactory.createLiteralDT("500.5", XSDDatatype.XSDdecimal));
            for (Node v : xs) quads.add(G, s, x, v);
        });
        String[] answers = both(quads, "SELECT ?s ?x { ?s <" + EX + "k> ?k . ?s <" + EX + "x> ?x } ORDER BY ?k OFFSET 500 LIMIT 600");
        assertEquals(answers[0], answers[1]);
    }
}
