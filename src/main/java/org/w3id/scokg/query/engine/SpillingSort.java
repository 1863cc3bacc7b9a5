package org.w3id.scokg.query.engine;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.atlas.data.ThresholdPolicy;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.system.SerializationFactoryFinder;

/**
 * ORDER BY in Jena's {@link SortedDataBag}, which writes its rows to disk once the {@link
 * HeldRows} policy says the heap holds enough: rows whose terms add up to about {@value
 * #SPILL_BYTES} bytes, or {@value #SPILL_ROWS} rows, whichever comes first. Jena's own {@link
 * QueryIterSort} counts rows only (its policy comes from the context as a number), so twenty
 * thousand rows of five 750-character strings each, under the budget's counted length, held about
 * 100 MB, and a few such sorts at once exhausted a 256 MB heap (ChildServerIT). Counted by bytes,
 * narrow rows need not spill at Jena's count: a sort of the 20,649 triples of the graph held in
 * memory about 14 MB by the estimate, and spilling them made it three times as slow as plain ARQ's.
 */
final class SpillingSort extends QueryIter {
    /** What the rows one sort holds in the heap may add up to, as {@link HeldRows} estimates them. */
    static final long SPILL_BYTES = 32L << 20;
    /** The most rows one sort holds in the heap, however narrow (rows of one short term reach the bytes near it). */
    static final long SPILL_ROWS = 200_000;

    private final QueryIterator rows;
    private final SortedDataBag<Binding> bag;
    private Iterator<Binding> sorted;
    private volatile boolean cancelled;

    SpillingSort(QueryIterator rows, Comparator<Binding> order, ExecutionContext context) {
        this(rows, order, context, new HeldRows(SPILL_ROWS, SPILL_BYTES));
    }

    SpillingSort(QueryIterator rows, Comparator<Binding> order, ExecutionContext context, HeldRows policy) {
        super(context);
        this.rows = rows;
        this.bag = BagFactory.newSortedBag(policy, SerializationFactoryFinder.bindingSerializationFactory(), stoppable(order, () -> cancelled, context));
    }

    /**
     * {@code order}, stopping with QueryCancelledException on the query's thread once the query is
     * cancelled: by a cancel that reached the iterator ({@code cancelled}), or by the query's cancel
     * signal, which a timeout or an abort sets without reaching it (a sort of what a bag holds, or its
     * merge, reads no row that would notice).
     */
    static Comparator<Binding> stoppable(Comparator<Binding> order, BooleanSupplier cancelled, ExecutionContext context) {
        AtomicBoolean signal = context.getCancelSignal();
        return (a, b) -> {
            if (cancelled.getAsBoolean() || signal != null && signal.get()) throw new QueryCancelledException();
            return order.compare(a, b);
        };
    }

    /** All the rows, read and sorted at the first call. */
    private Iterator<Binding> sorted() {
        if (sorted == null) {
            bag.addAll(rows);
            sorted = bag.iterator();
        }
        return sorted;
    }

    @Override
    protected boolean hasNextBinding() {
        return sorted().hasNext();
    }

    @Override
    protected Binding moveToNextBinding() {
        return sorted().next();
    }

    /**
     * Cancels the rows being read and the comparisons, not the bag: the query's own thread then
     * stops at its next row or comparison and closes the bag itself. {@code SortedDataBag.cancel()}
     * closes the bag on the cancelling thread, while the query's thread may be writing it: a query
     * the heap guard stopped during a spill answered 500, a NullPointerException from {@code
     * SortedDataBag.spill} (ChildServerIT).
     */
    @Override
    protected void requestCancel() {
        cancelled = true;
        rows.cancel();
    }

    @Override
    protected void closeIterator() {
        bag.close();
        rows.close();
    }

    /**
     * Past {@code maxRows} rows, or past {@code maxBytes} by an estimate that errs high: two bytes a
     * character of each term's text and {@value #PER_TERM} for the objects around it (a Latin-1
     * string takes one byte a character; terms the graph holds are counted though not copied).
     */
    static final class HeldRows implements ThresholdPolicy<Binding> {
        static final int PER_TERM = 128;
        private final long maxRows;
        private final long maxBytes;
        /** The variables whose names were found writable: a sort's rows have few, each checked once. */
        private final Set<Var> writableNames = new HashSet<>();
        private long rows;
        private long bytes;
        private int spills;
        private boolean unwritable;

        HeldRows(long maxRows, long maxBytes) {
            this.maxRows = maxRows;
            this.maxBytes = maxBytes;
        }

        @Override
        public void increment(Binding row) {
            rows++;
            bytes += estimate(row);
            if (!unwritable && !writable(row)) unwritable = true;
        }

        /** Past the rows or the bytes; never once a row Jena's spill files cannot hold has come (it stays in the heap). */
        @Override
        public boolean isThresholdExceeded() {
            return !unwritable && (rows >= maxRows || bytes >= maxBytes);
        }

        @Override
        public void reset() {
            rows = 0;
            bytes = 0;
            spills++;
        }

        /** How many times the bag wrote what it held to disk (the bag resets its policy then). */
        int spills() {
            return spills;
        }

        static long estimate(Binding row) {
            // forEach walks the row once; vars() then get() walked its parents again for every variable.
            long[] bytes = {0};
            row.forEach((var, term) -> bytes[0] += PER_TERM + 2L * characters(term));
            return bytes[0];
        }

        /** A sort key as {@link #estimate(Binding)} counts one term; a value without a term counts its string. */
        static long estimate(NodeValue value) {
            if (value == null) return 0;
            if (value.hasNode()) return PER_TERM + 2L * characters(value.getNode());
            return PER_TERM + (value.isString() || value.isLangString() ? 2L * value.getString().length() : 0);
        }

        /**
         * Whether Jena's spill files read {@code row} back as it was written: not a triple term
         * ("Not a valid token for an RDF term: [L_TRIPLE]"), not a literal with a base direction,
         * not a variable whose name has characters outside the Basic Multilingual Plane or other
         * than letters, digits and {@code _ . / ~ ?} (a legal SPARQL name with U+00B7 or a combining
         * mark failed: "Failed to find a prefix name or keyword"; Jena 5.6.0).
         */
        boolean writable(Binding row) {
            boolean[] writable = {true};
            row.forEach((var, term) -> {
                if (!writableNames.contains(var)) {
                    if (!var.getName().codePoints().allMatch(c -> c < 0x10000 && (Character.isLetterOrDigit(c) || "_./~?".indexOf(c) >= 0))) writable[0] = false;
                    else writableNames.add(var);
                }
                if (term != null && (term.isTripleTerm() || term.isLiteral() && term.getLiteralBaseDirection() != null)) writable[0] = false;
            });
            return writable[0];
        }

        private static int characters(Node term) {
            if (term == null) return 0;
            if (term.isTripleTerm()) {
                Triple triple = term.getTriple();
                return characters(triple.getSubject()) + characters(triple.getPredicate()) + characters(triple.getObject());
            }
            if (term.isLiteral()) return term.getLiteralLexicalForm().length() + term.getLiteralLanguage().length();
            if (term.isURI()) return term.getURI().length();
            if (term.isBlank()) return term.getBlankNodeLabel().length();
            return 0;
        }
    }
}
