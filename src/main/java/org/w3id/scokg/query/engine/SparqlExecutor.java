package org.w3id.scokg.query.engine;

import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterTopN;
import org.apache.jena.sparql.engine.join.AbstractIterHashJoin;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;

/**
 * ARQ's executor with the changes the README's Right answers lists, one overridden method each;
 * everything else is Jena's:
 *
 * <ul>
 *   <li>a basic graph pattern: a literal as a predicate matches nothing, whether a row binds it or
 *       substitution wrote it into the pattern ({@link IriPredicates});
 *   <li>DISTINCT counts its rows by bytes as well as number, and keeps their order past them
 *       ({@link SpillingDistinct});
 *   <li>LIMIT and OFFSET are made when first read, not while the plan is built ({@link SliceWhenRead});
 *   <li>a hash join's table (a join, an OPTIONAL, a VALUES) is built when the join is made, not
 *       when it is first read ({@link #built}): Jena 5.6.0 builds it on the first read, and closing
 *       a join never read (an OPTIONAL whose left side turned out empty) fails with a
 *       NullPointerException from {@code MultiHashProbeTable.clear()}, a 500;
 *   <li>ORDER BY, sorted or as a top-N, evaluates each sort key once per solution ({@link
 *       OrderByKeys}), draws a key that draws anew once per solution ({@link DrawnKeys}), and sorts
 *       in Jena's order, past so many rows or bytes on disk ({@link SpillingSort}); a top-N that
 *       {@link SlicesAsTopN} made is {@link TopNInTotalOrder}'s;
 *   <li>GROUP BY of counts of one triple pattern is counted without making its solutions ({@link
 *       PatternCounts}).
 * </ul>
 *
 * <p>Installed through ARQ's extension point ({@code QC.setFactory}) by {@link SparqlEngine}; the
 * differential fuzzer compares it with plain ARQ.
 */
final class SparqlExecutor extends OpExecutor {
    static final OpExecutorFactory FACTORY = SparqlExecutor::new;

    private SparqlExecutor(ExecutionContext context) {
        super(context);
    }

    @Override
    protected QueryIterator execute(OpBGP pattern, QueryIterator input) {
        if (IriPredicates.matchesNothing(pattern.getPattern())) return IriPredicates.none(input, execCxt);
        return super.execute(pattern, IriPredicates.only(pattern.getPattern(), input, execCxt));
    }

    /** DISTINCT with its rows in the heap counted by bytes as well as number, and its order kept past them ({@link SpillingDistinct}). */
    @Override
    protected QueryIterator execute(OpDistinct distinct, QueryIterator input) {
        return new SpillingDistinct(exec(distinct.getSubOp(), input), execCxt);
    }

    /** LIMIT and OFFSET made when first read, not while the plan is built ({@link SliceWhenRead}). */
    @Override
    protected QueryIterator execute(OpSlice slice, QueryIterator input) {
        return new SliceWhenRead(slice, rows -> exec(slice.getSubOp(), rows), input, execCxt);
    }

    @Override
    protected QueryIterator execute(OpJoin join, QueryIterator input) {
        return built(super.execute(join, input));
    }

    @Override
    protected QueryIterator execute(OpLeftJoin leftJoin, QueryIterator input) {
        return built(super.execute(leftJoin, input));
    }

    @Override
    protected QueryIterator execute(OpTable table, QueryIterator input) {
        return built(super.execute(table, input));
    }

    /** {@code join}, its hash table built (the first read builds it; the answer is the same). */
    static QueryIterator built(QueryIterator join) {
        if (join instanceof AbstractIterHashJoin) join.hasNext();
        return join;
    }

    /** A sort key that draws anew each time ({@code RAND()}) drawn once per solution ({@link DrawnKeys}). */
    @Override
    protected QueryIterator execute(OpOrder order, QueryIterator input) {
        DrawnKeys drawn = DrawnKeys.of(order.getConditions());
        if (drawn == null) return new SpillingSort(exec(order.getSubOp(), input), new OrderByKeys(order.getConditions(), execCxt), execCxt);
        QueryIterator rows = drawn.bind(exec(order.getSubOp(), input), execCxt);
        return drawn.unbind(new SpillingSort(rows, new OrderByKeys(drawn.conditions(), execCxt), execCxt), execCxt);
    }

    @Override
    protected QueryIterator execute(OpGroup group, QueryIterator input) {
        QueryIterator counted = PatternCounts.answer(group, input, execCxt);
        return counted != null ? counted : super.execute(group, input);
    }

    /**
     * As Jena's, a top-N over a DISTINCT keeping distinct rows, with {@link OrderByKeys} as the
     * comparator; a top-N that {@link SlicesAsTopN} made is {@link TopNInTotalOrder}'s.
     */
    @Override
    protected QueryIterator execute(OpTopN top, QueryIterator input) {
        if (SlicesAsTopN.made(top)) {
            return TopNInTotalOrder.over(input, rows -> exec(top.getSubOp(), rows), top.getConditions(), () -> new OrderByKeys(top.getConditions(), execCxt), top.getLimit(), execCxt);
        }
        DrawnKeys drawn = DrawnKeys.of(top.getConditions());
        if (drawn != null) {
            // The rows made distinct before their keys are drawn: a drawn key makes every row another.
            QueryIterator rows = drawn.bind(exec(top.getSubOp(), input), execCxt);
            return drawn.unbind(new QueryIterTopN(rows, new OrderByKeys(drawn.conditions(), execCxt), top.getLimit(), false, execCxt), execCxt);
        }
        boolean distinct = top.getSubOp() instanceof OpDistinct;
        QueryIterator rows = exec(distinct ? ((OpDistinct) top.getSubOp()).getSubOp() : top.getSubOp(), input);
        return new QueryIterTopN(rows, new OrderByKeys(top.getConditions(), execCxt), top.getLimit(), distinct, execCxt);
    }
}
