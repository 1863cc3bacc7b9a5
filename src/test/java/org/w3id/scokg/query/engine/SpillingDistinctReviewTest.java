package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterDistinct;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/**
 * An independent review's counterexamples to the first SpillingDistinct (commit 4fa1e56), each now
 * answering as Jena's DISTINCT does in memory.
 */
class SpillingDistinctReviewTest {
    private static final Var X = Var.alloc("x");

    /** No spillToDiskThreshold: Jena's DISTINCT holds everything in memory. */
    private static ExecutionContext unlimited() {
        return ExecutionContext.create(DatasetGraphFactory.empty(), new Context());
    }

    private static List<Binding> jena(List<Binding> rows) {
        ExecutionContext cxt = unlimited();
        return SpillingDistinctTest.drain(new QueryIterDistinct(QueryIterPlainWrapper.create(rows.iterator(), cxt), List.of(), cxt));
    }

    private static List<Binding> ours(List<Binding> rows) {
        ExecutionContext cxt = unlimited();
        return SpillingDistinctTest.drain(new SpillingDistinct(QueryIterPlainWrapper.create(rows.iterator(), cxt), cxt));
    }

    /** 20,000 distinct rows: the heap's count, after which SpillingDistinct sorts the rest by terms. */
    private static List<Binding> filler(Var var) {
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < SparqlEngine.SPILL_ROWS; i++) rows.add(BindingFactory.binding(var, NodeFactory.createLiteralString("f" + i)));
        return rows;
    }

    /**
     * Jena's syntactic order finds {@code "abc"@en--ltr}, {@code "abc"@en--rtl} and {@code
     * "abc"@fr--ltr} equal (one lexical form, one datatype); past the rows held in the heap they were
     * taken for one. They are three terms, and three rows.
     */
    @Test
    void directional_language_strings_with_the_same_text_stay_three_rows() {
        List<Binding> rows = filler(X);
        rows.add(BindingFactory.binding(X, NodeFactory.createLiteralDirLang("abc", "en", "ltr")));
        rows.add(BindingFactory.binding(X, NodeFactory.createLiteralDirLang("abc", "en", "rtl")));
        rows.add(BindingFactory.binding(X, NodeFactory.createLiteralDirLang("abc", "fr", "ltr")));
        assertEquals(jena(rows), ours(rows));
        assertEquals(20_003, ours(rows).size());
    }

    @Test
    void directional_language_strings_through_the_engine() {
        String filler = "{ VALUES ?a { " + range(200) + " } VALUES ?b { " + range(100) + " } BIND(?a * 100 + ?b AS ?x) }";
        String text = "SELECT DISTINCT ?x { " + filler + " UNION { VALUES ?x { \"abc\"@en--ltr \"abc\"@en--rtl \"abc\"@fr--ltr } } }";
        assertEquals(plain(text), scoKg(text));
    }

    /** Jena's spill files cannot read a triple term back ("Not a valid token for an RDF term"): such rows stay in the heap. */
    @Test
    void triple_terms_are_held_not_spilled() {
        List<Binding> rows = filler(X);
        Node triple = NodeFactory.createTripleTerm(NodeFactory.createURI("http://example.org/s"), NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("o"));
        // The same row 20,001 times: every copy goes to the bag, which would spill at 20,000.
        for (int i = 0; i <= SparqlEngine.SPILL_ROWS; i++) rows.add(BindingFactory.binding(X, triple));
        assertEquals(jena(rows), ours(rows));
    }

    @Test
    void triple_terms_through_the_engine() {
        String filler = "{ VALUES ?a { " + range(200) + " } VALUES ?b { " + range(100) + " } BIND(?a * 100 + ?b AS ?x) }";
        String triples = "{ VALUES ?a { " + range(200) + " } VALUES ?b { " + range(101) + " } BIND(TRIPLE(<http://example.org/s>, <http://example.org/p>, ?a) AS ?x) }";
        String text = "SELECT DISTINCT ?x { " + filler + " UNION " + triples + " }";
        assertEquals(plain(text), scoKg(text));
    }

    /** SPARQL allows U+00B7 in a variable's name; the spill files' reader does not: such rows stay in the heap. */
    @Test
    void variables_whose_names_the_spill_files_cannot_read_are_held_not_spilled() {
        Var odd = Var.alloc("x\u00B7y");
        List<Binding> rows = filler(odd);
        for (int i = 0; i <= SparqlEngine.SPILL_ROWS; i++) rows.add(BindingFactory.binding(odd, NodeFactory.createLiteralString("g" + i)));
        assertEquals(jena(rows), ours(rows));
        String text = "SELECT DISTINCT ?x\u00B7y { VALUES ?a { " + range(201) + " } VALUES ?b { " + range(200) + " } BIND(?a * 1000 + ?b AS ?x\u00B7y) }";
        assertEquals(plain(text), scoKg(text));
    }

    /** A cancel signal (a timeout's, an abort's) set once the rows are read stops the bags' sorts, not only the next row. */
    @Test
    void the_cancel_signal_stops_the_bags_sorts() {
        Context context = new Context();
        AtomicBoolean signal = Context.getOrSetCancelSignal(context);
        ExecutionContext cxt = ExecutionContext.create(DatasetGraphFactory.empty(), context);
        List<Binding> rows = filler(X);
        for (int i = 0; i < 30_000; i++) rows.add(BindingFactory.binding(X, NodeFactory.createLiteralString("g" + (i * 7919 % 30_000))));
        Iterator<Binding> source = rows.iterator();
        Iterator<Binding> signalling = new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = source.hasNext();
                if (!more) signal.set(true); // the deadline fires as the last row has been read
                return more;
            }

            @Override
            public Binding next() {
                return source.next();
            }
        };
        SpillingDistinct distinct = new SpillingDistinct(QueryIterPlainWrapper.create(signalling, cxt), cxt);
        try {
            for (int i = 0; i < 20_000; i++) distinct.next();
            assertThrows(QueryCancelledException.class, distinct::hasNext);
        } finally {
            distinct.close();
        }
    }

    // ---- helpers

    private static String range(int n) {
        return IntStream.range(0, n).mapToObj(Integer::toString).collect(Collectors.joining(" "));
    }

    private static List<Binding> plain(String text) {
        try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.create()).query(text).build()) {
            List<Binding> all = new ArrayList<>();
            exec.select().forEachRemaining(all::add);
            return all;
        }
    }

    private static List<Binding> scoKg(String text) {
        DatasetGraph scoKg = SparqlEngine.copyForQueries(DatasetGraphFactory.create());
        SparqlEngine.configure(scoKg.getContext(), 120_000);
        try (QueryExec exec = SparqlEngine.exec(scoKg, QueryFactory.create(text), 120_000).build()) {
            List<Binding> all = new ArrayList<>();
            exec.select().forEachRemaining(all::add);
            return all;
        }
    }

}
