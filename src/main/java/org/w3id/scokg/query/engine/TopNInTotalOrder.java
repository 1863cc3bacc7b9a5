package org.w3id.scokg.query.engine;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.engine.iterator.QueryIterConcat;
import org.apache.jena.sparql.engine.iterator.QueryIterNullIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.engine.iterator.QueryIterSlice;
import org.apache.jena.sparql.engine.iterator.QueryIterTopN;

/**
 * A top-N that {@link SlicesAsTopN} made, answering exactly the first rows of ARQ's full sort.
 *
 * <p>Where Jena's comparator orders the values it meets totally (by value space, then by value,
 * then by term), a heap keeps exactly the rows a full sort puts first, and Jena's {@link
 * QueryIterTopN} does the work. It is not total where Jena compares some values by value and
 * others by their text: date and time values with and without a time zone (within 14 hours it
 * compares their text), of two datatypes of one value space (a gYear and a dateTime compare as
 * text, two gYears by value) where their text is not in the order of their values, durations
 * (compared by whole seconds where one has none: PT0M equals PT0.5S, and then as text), floats or
 * doubles with other numbers (compared after rounding, then as text), triple terms and composite
 * literals, which hold any of these. And two different rows tie where a literal with a base
 * direction is in any variable (Jena's tie-break finds {@code "abc"@en--ltr} and {@code
 * "abc"@fr--rtl} equal), and a sort keeps tied rows in the order they come, a heap does not. Three such values
 * can form a cycle, and a heap settles a cycle otherwise than a sort: an unwatched top-N answered
 * first a dateTime that another is before by value. So the rows are watched on their way into
 * the heap ({@link ValueMix}), and if a sort variable takes such a mix, a row has such a literal, or
 * the rows the heap keeps could hold more than {@link SpillingSort#SPILL_BYTES},
 * the top-N is given up and its pattern evaluated again into a full sort ({@link SpillingSort}),
 * of which the first rows are answered. Evaluating again needs the input again, so only a top-N
 * given one row (the query's start, or one row of the part around a sub-query) is watched; given
 * more, it sorts in full at once.
 */
final class TopNInTotalOrder extends QueryIter {
    private final Binding start;
    private final Function<QueryIterator, QueryIterator> pattern;
    private final List<SortCondition> conditions;
    private final Supplier<Comparator<Binding>> order;
    private final long rows;
    private volatile QueryIterator answer;
    private boolean watched;
    private boolean abandoned;

    private TopNInTotalOrder(Binding start, Function<QueryIterator, QueryIterator> pattern, List<SortCondition> conditions, Supplier<Comparator<Binding>> order, long rows,
            ExecutionContext context) {
        super(context);
        this.start = start;
        this.pattern = pattern;
        this.conditions = conditions;
        this.order = order;
        this.rows = rows;
    }

    /**
     * The first {@code rows} rows of {@code pattern} (which evaluates the top-N's pattern over an
     * input) in the order of {@code conditions}, each a variable; {@code order} makes a comparator
     * of them (one for the top-N, a new one for a full sort).
     */
    static QueryIterator over(QueryIterator input, Function<QueryIterator, QueryIterator> pattern, List<SortCondition> conditions, Supplier<Comparator<Binding>> order,
            long rows, ExecutionContext context) {
        if (!input.hasNext()) {
            input.close();
            return QueryIterNullIterator.create(context);
        }
        Binding first = input.next();
        if (!input.hasNext()) {
            input.close();
            return new TopNInTotalOrder(first, pattern, conditions, order, rows, context);
        }
        QueryIterConcat all = new QueryIterConcat(context);
        all.add(QueryIterSingleton.create(first, context));
        all.add(input);
        return sorted(pattern.apply(all), order, rows, context);
    }

    private static QueryIterator sorted(QueryIterator rows, Supplier<Comparator<Binding>> order, long first, ExecutionContext context) {
        return new QueryIterSlice(new SpillingSort(rows, order.get(), context), 0, first, context);
    }

    /** Whether the top-N was given up for a full sort (once it has answered). */
    boolean abandoned() {
        return abandoned;
    }

    /** Every row read, and kept in a heap while the values stay in a total order; else read again and sorted. */
    private QueryIterator answer() {
        if (!watched) {
            watched = true;
            Watch watch = new Watch(pattern.apply(QueryIterRoot.create(start, getExecContext())));
            QueryIterator top = new QueryIterTopN(watch, order.get(), rows, false, getExecContext());
            answer = top;
            top.hasNext();
            if (watch.abandoned) {
                abandoned = true;
                top.close();
                answer = sorted(pattern.apply(QueryIterRoot.create(start, getExecContext())), order, rows, getExecContext());
            }
        }
        return answer;
    }

    @Override
    protected boolean hasNextBinding() {
        return answer().hasNext();
    }

    @Override
    protected Binding moveToNextBinding() {
        return answer().next();
    }

    @Override
    protected void requestCancel() {
        QueryIterator current = answer;
        if (current != null) current.cancel();
    }

    @Override
    protected void closeIterator() {
        QueryIterator current = answer;
        if (current != null) current.close();
    }

    /**
     * The rows on their way into the heap, ended before the first that would leave the order of
     * the rows not total: such a row never reaches the heap (Jena's comparator can fail on it, as
     * it does for {@code "abc"@en} against {@code "abc"@en--ltr}, which a sort of the same rows may
     * never compare).
     */
    private final class Watch extends QueryIter1 {
        private final Var[] vars;
        private final ValueMix[] mixes;
        private long widest;
        private Binding pending;
        private boolean abandoned;

        Watch(QueryIterator rows) {
            super(rows, TopNInTotalOrder.this.getExecContext());
            vars = conditions.stream().map(condition -> condition.getExpression().asVar()).toArray(Var[]::new);
            mixes = new ValueMix[vars.length];
            for (int i = 0; i < mixes.length; i++) mixes[i] = new ValueMix();
        }

        @Override
        protected boolean hasNextBinding() {
            if (pending != null) return true;
            if (abandoned || !getInput().hasNext()) return false;
            Binding row = getInput().next();
            for (int i = 0; i < vars.length; i++) mixes[i].add(row.get(vars[i]));
            widest = Math.max(widest, SpillingSort.HeldRows.estimate(row));
            abandoned = !total(mixes) || tiesUnlikeTerms(row) || widest > SpillingSort.SPILL_BYTES / rows;
            if (abandoned) return false;
            pending = row;
            return true;
        }

        private static boolean total(ValueMix[] mixes) {
            for (ValueMix mix : mixes) if (!mix.total()) return false;
            return true;
        }

        @Override
        protected Binding moveToNextBinding() {
            Binding row = pending;
            pending = null;
            return row;
        }

        @Override
        protected void requestSubCancel() {}

        @Override
        protected void closeSubIterator() {}
    }

    /**
     * Whether a term of the row, in any variable, is one that Jena's tie-break between rows ({@code
     * NodeCmp.compareRDFTerms}) finds equal to another term: a literal with a base direction
     * ({@code "abc"@en--ltr} and {@code "abc"@fr--rtl} have one lexical form and one datatype), or a
     * triple term, which may hold one. Two different rows can then tie, and a sort keeps tied rows in
     * the order they come, a heap does not.
     */
    private static boolean tiesUnlikeTerms(Binding row) {
        boolean[] ties = {false};
        row.forEach((var, term) -> ties[0] |= term != null && (term.isTripleTerm() || term.isLiteral() && term.getLiteralBaseDirection() != null));
        return ties[0];
    }
}
