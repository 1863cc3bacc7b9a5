package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.iterator.QueryIterDistinct;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/** DISTINCT with its rows counted by bytes: Jena's answers in the order they come, a bounded heap. */
class SpillingDistinctTest {
    private static final Var A = Var.alloc("a");
    private static final Var B = Var.alloc("b");
    private static final List<SortCondition> BY_A = List.of(new SortCondition(A, Query.ORDER_ASCENDING));

    private static Binding row(String a, String b) {
        return BindingBuilder.create().add(A, NodeFactory.createLiteralString(a)).add(B, NodeFactory.createLiteralString(b)).build();
    }

    private static ExecutionContext context() {
        Context context = new Context();
        context.set(ARQ.spillToDiskThreshold, SparqlEngine.SPILL_ROWS);
        return ExecutionContext.create(DatasetGraphFactory.empty(), context);
    }

    /** Every row of {@code rows}, closed after. */
    static List<Binding> drain(QueryIterator rows) {
        List<Binding> all = new ArrayList<>();
        try {
            rows.forEachRemaining(all::add);
        } finally {
            rows.close();
        }
        return all;
    }

    /** What Jena's DISTINCT answers over the same rows, with the same ORDER BY kept. */
    private static List<Binding> jena(List<Binding> rows, List<SortCondition> order, ExecutionContext context) {
        return drain(new QueryIterDistinct(QueryIterPlainWrapper.create(rows.iterator(), context), order, context));
    }

    private static QueryIterator ours(List<Binding> rows, ExecutionContext context) {
        return new SpillingDistinct(QueryIterPlainWrapper.create(rows.iterator(), context), context);
    }

    /** Each row the first time it comes, in the order it comes: what a DISTINCT answers in memory. */
    private static List<Binding> firstOfEach(List<Binding> rows) {
        return new ArrayList<>(new LinkedHashSet<>(rows));
    }

    /**
     * Narrow rows go to the bags at Jena's 20,000 rows, as Jena's go to its bag: the same rows, and
     * past the 20,000th still each the first time it comes, in the order it comes (Jena's answers
     * those in the order of a hash set), so an ORDER BY under the DISTINCT keeps its order.
     */
    @Test
    void narrow_rows_answer_as_jenas_distinct_in_the_order_they_come() {
        ExecutionContext context = context();
        Random random = new Random(3);
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) rows.add(row("a" + random.nextInt(30_000), "b"));
        assertTrue(new HashSet<>(rows).size() > SparqlEngine.SPILL_ROWS, "more distinct rows than Jena holds");
        List<Binding> ours = drain(ours(rows, context));
        assertEquals(new HashSet<>(jena(rows, List.of(), context)), new HashSet<>(ours));
        assertEquals(firstOfEach(rows), ours);
        List<Binding> sorted = new ArrayList<>(rows);
        sorted.sort(new BindingComparator(BY_A, context));
        assertEquals(firstOfEach(sorted), drain(ours(sorted, context)));
    }

    /**
     * Rows of two 3,000-character strings hold about 12 KB each by the estimate: the heap keeps a
     * few thousand of them, not Jena's 20,000 (about 240 MB), and the answer is Jena's, rows and
     * order (it holds them all in memory).
     */
    @Test
    void wide_rows_are_held_by_their_bytes_and_answer_as_jenas() {
        ExecutionContext context = context();
        String wide = "w".repeat(3_000);
        List<Binding> rows = new ArrayList<>();
        Random random = new Random(8);
        for (int i = 0; i < 8_000; i++) rows.add(row(String.format("%05d", random.nextInt(5_000)) + wide, wide));
        QueryIterator distinct = ours(rows, context);
        List<Binding> answer = drain(distinct);
        assertTrue(jena(rows, List.of(), context).equals(answer), "the rows or their order differ from Jena's");
        assertEquals(new LinkedHashSet<>(rows).size(), answer.size());
        int held = ((SpillingDistinct) distinct).held();
        long perRow = SpillingSort.HeldRows.estimate(rows.get(0));
        assertTrue(held <= SpillingSort.SPILL_BYTES / perRow + 1, held + " rows of about " + perRow + " bytes held");
    }

    /** A cancel from another thread while the rows go into the bag stops it as cancelled, on the query's thread. */
    @Test
    void a_cancel_while_the_bag_fills_stops_it_as_cancelled() {
        ExecutionContext context = context();
        String wide = "w".repeat(3_000);
        QueryIterator[] distinct = new QueryIterator[1];
        Iterator<Binding> rows = new Iterator<>() {
            private int read;

            @Override
            public boolean hasNext() {
                return read < 8_000;
            }

            @Override
            public Binding next() {
                if (++read == 6_000) SpillingSortTest.cancelFromAnotherThread(distinct[0]);
                return row(read + wide, wide);
            }
        };
        distinct[0] = new SpillingDistinct(QueryIterPlainWrapper.create(rows, context), context);
        try {
            assertThrows(QueryCancelledException.class, () -> {
                while (distinct[0].hasNext()) distinct[0].next();
            });
        } finally {
            distinct[0].close();
        }
    }
}
