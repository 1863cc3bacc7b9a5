package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sort key that draws anew each time ({@code RAND()}, {@code UUID()}, {@code STRUUID()}, {@code
 * BNODE()}) is drawn once per solution: a sort past the keys {@link OrderByKeys} keeps, and past the
 * bytes a sort holds in the heap, answers every row once instead of failing with "Comparison method
 * violates its general contract!" (the endpoint answered 500, in memory and on TDB2); and the rows
 * are in the order of the drawn values.
 */
class DrawnKeysTest {
    private static final String EX = "http://example.org/";
    /**
     * 3,500 subjects, each with a short literal ({@code ex:p}) and a 900-character one ({@code ex:wide}):
     * twelve copies of each are 42,000 rows, past the 40,000 solutions whose keys are kept; of the
     * wide ones about 38 MB, past what a sort holds in the heap, so that it spills to disk.
     */
    private static final int SUBJECTS = 3_500;
    private static final String TWELVE = " VALUES ?k { 1 2 3 4 5 6 7 8 9 10 11 12 } ";
    private static DatasetGraph inMemory;
    private static DatasetGraph tdb2;

    @BeforeAll
    static void data() {
        DatasetGraph quads = DatasetGraphFactory.create();
        tdb2 = DatabaseMgr.createDatasetGraph();
        Node g = NodeFactory.createURI(EX + "g");
        Node p = NodeFactory.createURI(EX + "p");
        Node wide = NodeFactory.createURI(EX + "wide");
        Txn.executeWrite(quads, () -> Txn.executeWrite(tdb2, () -> {
            for (int i = 0; i < SUBJECTS; i++) {
                Node s = NodeFactory.createURI(EX + "s" + i);
                Node o = NodeFactory.createLiteralString(Integer.toString(i));
                Node w = NodeFactory.createLiteralString(i + "x".repeat(900));
                quads.add(g, s, p, o);
                tdb2.add(g, s, p, o);
                quads.add(g, s, wide, w);
                tdb2.add(g, s, wide, w);
            }
        }));
        inMemory = SparqlEngine.copyForQueries(quads);
        SparqlEngine.configure(inMemory.getContext(), 120_000);
        SparqlEngine.forQueries(tdb2);
        SparqlEngine.configure(tdb2.getContext(), 120_000);
        // TDB2's default graph is its own, not the union: name the graph in each query.
    }

    @Test
    void a_random_order_of_more_rows_than_are_kept_answers_each_row_once() {
        for (DatasetGraph dataset : new DatasetGraph[] {inMemory, tdb2}) {
            String[][] sorts = dataset == inMemory ? new String[][] {{"ex:p", "RAND()"}, {"ex:p", "BNODE()"}, {"ex:p", "?k DESC(STRUUID())"}, {"ex:wide", "RAND()"}}
                    : new String[][] {{"ex:p", "RAND()"}, {"ex:wide", "UUID()"}};
            for (String[] sort : sorts) {
                String key = sort[1] + " over " + sort[0];
                List<Binding> rows = select(dataset, "PREFIX ex: <" + EX + "> SELECT ?s ?k { GRAPH ?g { ?s " + sort[0] + " ?o } " + TWELVE + "} ORDER BY " + sort[1]);
                assertEquals(12 * SUBJECTS, rows.size(), key);
                Set<String> distinct = new HashSet<>();
                rows.forEach(row -> distinct.add(row.get(Var.alloc("s")) + " " + row.get(Var.alloc("k"))));
                assertEquals(12 * SUBJECTS, distinct.size(), key + ": every row once");
                rows.forEach(row -> assertEquals(2, row.size(), key + ": the drawn key is not in the answer"));
            }
        }
    }

    @Test
    void the_rows_are_in_the_order_of_the_drawn_values() {
        for (DatasetGraph dataset : new DatasetGraph[] {inMemory, tdb2}) {
            // RAND() * 0 draws, and its value is ?k's: the answer is in the order of ?k.
            List<Binding> rows = select(dataset, "SELECT * { GRAPH ?g { ?s <" + EX + "p> ?o } " + TWELVE + "} ORDER BY DESC(RAND() * 0 + ?k) ?s");
            List<Integer> ks = new ArrayList<>();
            rows.forEach(row -> ks.add(Integer.parseInt(row.get(Var.alloc("k")).getLiteralLexicalForm())));
            List<Integer> sorted = new ArrayList<>(ks);
            sorted.sort((a, b) -> b - a);
            assertEquals(sorted, ks);
            assertEquals(12, (int) ks.get(0));
            rows.forEach(row -> row.vars().forEachRemaining(var -> assertFalse(var.getName().startsWith("scokgDrawnKey"), "the drawn key is not in the answer")));
        }
    }

    @Test
    void a_random_sample_is_a_top_n_of_distinct_rows() {
        for (DatasetGraph dataset : new DatasetGraph[] {inMemory, tdb2}) {
            List<Binding> ten = select(dataset, "SELECT ?s { GRAPH ?g { ?s <" + EX + "p> ?o } } ORDER BY RAND() LIMIT 10");
            assertEquals(10, ten.size());
            List<Binding> ks = select(dataset, "SELECT DISTINCT ?k { GRAPH ?g { ?s <" + EX + "p> ?o } " + TWELVE + "} ORDER BY RAND() LIMIT 12");
            Set<String> distinct = new HashSet<>();
            ks.forEach(row -> distinct.add(row.get(Var.alloc("k")).getLiteralLexicalForm()));
            assertEquals(12, ks.size(), "DISTINCT before the keys are drawn");
            assertEquals(12, distinct.size());
        }
    }

    @Test
    void two_samples_differ() {
        String text = "SELECT ?s { GRAPH ?g { ?s <" + EX + "p> ?o } } ORDER BY RAND() LIMIT 20";
        assertNotEquals(select(inMemory, text), select(inMemory, text), "twenty of 3,500 drawn alike twice");
    }

    @Test
    void only_keys_that_draw_are_drawn() {
        assertTrue(DrawnKeys.draws(QueryFactory.create("SELECT * {} ORDER BY (RAND() + 1)").getOrderBy().get(0).getExpression()));
        assertTrue(DrawnKeys.draws(QueryFactory.create("SELECT * {} ORDER BY (STRLEN(STRUUID()))").getOrderBy().get(0).getExpression()));
        assertFalse(DrawnKeys.draws(QueryFactory.create("SELECT * {} ORDER BY (STRLEN(?x))").getOrderBy().get(0).getExpression()));
        assertFalse(DrawnKeys.draws(QueryFactory.create("SELECT * {} ORDER BY (NOW())").getOrderBy().get(0).getExpression()), "NOW() is one value for a whole query");
        assertTrue(DrawnKeys.draws(QueryFactory.create("SELECT * {} ORDER BY (<http://example.org/unknown>(?x))").getOrderBy().get(0).getExpression()));
        // ARQ's afn:uuid, after a query has called it (ARQ then registers it: a review found it taken for pure since).
        String afnUuid = "SELECT * { VALUES ?x { 1 2 } } ORDER BY (<http://jena.apache.org/ARQ/function#uuid>())";
        select(inMemory, afnUuid);
        assertTrue(DrawnKeys.draws(QueryFactory.create(afnUuid).getOrderBy().get(0).getExpression()));
        assertTrue(DrawnKeys.draws(QueryFactory.create("SELECT * {} ORDER BY (<http://www.w3.org/ns/sparql#rand>())").getOrderBy().get(0).getExpression()));
    }

    private static List<Binding> select(DatasetGraph dataset, String text) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = SparqlEngine.exec(dataset, QueryFactory.create(text), 120_000).build()) {
                RowSet rows = exec.select();
                List<Binding> all = new ArrayList<>();
                rows.forEachRemaining(all::add);
                return all;
            }
        });
    }
}
