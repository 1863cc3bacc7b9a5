package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.NodeFactory;
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
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

class SpillingSortTest {
    private static final List<Var> FIVE = List.of(Var.alloc("a"), Var.alloc("b"), Var.alloc("c"), Var.alloc("d"), Var.alloc("e"));

    private static Binding row(Random random, int length) {
        BindingBuilder row = BindingBuilder.create();
        for (Var var : FIVE) {
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) text.append((char) ('a' + random.nextInt(26)));
            row.add(var, NodeFactory.createLiteralString(text.toString()));
        }
        return row.build();
    }

    /** How many rows the policy takes before it says the heap holds enough. */
    private static int rowsUntilSpill(int length) {
        SpillingSort.HeldRows policy = new SpillingSort.HeldRows(SpillingSort.SPILL_ROWS, SpillingSort.SPILL_BYTES);
        Random random = new Random(7);
        int rows = 0;
        while (!policy.isThresholdExceeded()) {
            policy.increment(row(random, length));
            rows++;
        }
        return rows;
    }

    /**
     * Rows are counted by their bytes: rows of five 20-character strings spill at about 40,000, twice
     * Jena's count of 20,000 (so a sort of the graph's 20,649 triples stays in memory), and rows of
     * five 750-character strings (ChildServerIT's abuse, about 100 MB held at twenty thousand rows)
     * after a few thousand.
     */
    @Test
    void rows_go_to_disk_by_the_bytes_they_hold() {
        long narrowRow = 5 * (SpillingSort.HeldRows.PER_TERM + 2 * 20);
        assertEquals((SpillingSort.SPILL_BYTES + narrowRow - 1) / narrowRow, rowsUntilSpill(20));
        int wide = rowsUntilSpill(750);
        assertTrue(wide < SparqlEngine.SPILL_ROWS / 4, wide + " rows of 750-character strings held");
        assertTrue(wide >= SpillingSort.SPILL_BYTES / (5 * (SpillingSort.HeldRows.PER_TERM + 2 * 750)), wide + " rows");
    }

    /** However narrow the rows, no more than {@value SpillingSort#SPILL_ROWS} are held. */
    @Test
    void narrow_rows_go_to_disk_at_the_row_count() {
        SpillingSort.HeldRows policy = new SpillingSort.HeldRows(SpillingSort.SPILL_ROWS, SpillingSort.SPILL_BYTES);
        Binding empty = BindingBuilder.create().build();
        long rows = 0;
        while (!policy.isThresholdExceeded()) {
            policy.increment(empty);
            rows++;
        }
        assertEquals(SpillingSort.SPILL_ROWS, rows);
    }

    /** A sort that spills several times answers in the order Jena's comparator gives, every row once. */
    @Test
    void a_sort_that_spills_answers_every_row_in_jenas_order() {
        ExecutionContext context = ExecutionContext.create(DatasetGraphFactory.empty(), new Context());
        List<SortCondition> order = List.of(new SortCondition(FIVE.get(0), Query.ORDER_DESCENDING), new SortCondition(FIVE.get(1), Query.ORDER_ASCENDING));
        Random random = new Random(2001);
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) rows.add(row(random, 1 + random.nextInt(3)));
        SpillingSort.HeldRows policy = new SpillingSort.HeldRows(SpillingSort.SPILL_ROWS, 200_000);
        List<Binding> ours = new ArrayList<>();
        SpillingSort sort = new SpillingSort(QueryIterPlainWrapper.create(rows.iterator(), context), new BindingComparator(order, context), context, policy);
        try {
            sort.forEachRemaining(ours::add);
        } finally {
            sort.close();
        }
        assertTrue(policy.spills() >= 3, policy.spills() + " spills");
        List<Binding> jena = new ArrayList<>(rows);
        jena.sort(new BindingComparator(order, context));
        assertEquals(jena, ours);
    }

    /**
     * A cancel that comes from another thread (the heap guard's, a timeout's) while the rows are read
     * and spilled stops the sort with QueryCancelledException: cancelling Jena's bag closed it under
     * the thread writing it, a NullPointerException and a 500 (ChildServerIT). The cancel is made
     * to happen between two rows, so the test does not depend on timing.
     */
    @Test
    void a_cancel_while_the_sort_spills_stops_it_as_cancelled() {
        ExecutionContext context = ExecutionContext.create(DatasetGraphFactory.empty(), new Context());
        Random random = new Random(5);
        SpillingSort[] sort = new SpillingSort[1];
        Iterator<Binding> rows = new Iterator<>() {
            private int read;

            @Override
            public boolean hasNext() {
                return read < 3_000;
            }

            @Override
            public Binding next() {
                if (++read == 1_500) cancelFromAnotherThread(sort[0]);
                return row(random, 2);
            }
        };
        SpillingSort.HeldRows policy = new SpillingSort.HeldRows(SpillingSort.SPILL_ROWS, 100_000);
        sort[0] = new SpillingSort(QueryIterPlainWrapper.create(rows, context), new BindingComparator(List.of(new SortCondition(FIVE.get(0), Query.ORDER_ASCENDING)), context),
                context, policy);
        try {
            assertThrows(QueryCancelledException.class, sort[0]::hasNext);
            assertTrue(policy.spills() >= 2, policy.spills() + " spills before the cancel");
        } finally {
            sort[0].close();
        }
    }

    /** Cancels {@code rows} as a timeout or the heap guard does, from a thread of its own, and waits for it. */
    static void cancelFromAnotherThread(QueryIterator rows) {
        Thread canceller = new Thread(rows::cancel);
        canceller.start();
        try {
            canceller.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A sort cancelled once all its rows are read stops in its comparisons, on the query's thread. */
    @Test
    void a_cancel_after_the_rows_are_read_stops_the_sort() {
        ExecutionContext context = ExecutionContext.create(DatasetGraphFactory.empty(), new Context());
        Random random = new Random(11);
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) rows.add(row(random, 3));
        SpillingSort[] sort = new SpillingSort[1];
        Comparator<Binding> order = new BindingComparator(List.of(new SortCondition(FIVE.get(0), Query.ORDER_ASCENDING)), context);
        int[] compared = new int[1];
        sort[0] = new SpillingSort(QueryIterPlainWrapper.create(rows.iterator(), context), (a, b) -> {
            if (++compared[0] == 100) cancelFromAnotherThread(sort[0]);
            return order.compare(a, b);
        }, context, new SpillingSort.HeldRows(SpillingSort.SPILL_ROWS, SpillingSort.SPILL_BYTES));
        try {
            assertThrows(QueryCancelledException.class, sort[0]::hasNext);
            assertTrue(compared[0] < 1_000, compared[0] + " comparisons");
        } finally {
            sort[0].close();
        }
    }
}
