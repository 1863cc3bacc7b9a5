package org.w3id.scokg.query.engine;

import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.iterator.QueryIterFilterExpr;
import org.apache.jena.sparql.engine.iterator.QueryIterTopN;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's executor with the repairs {@link SparqlExecutor} makes in memory: a hash join's table is
 * built when the join is made (a join, an OPTIONAL, a VALUES joined to the rows before it), so
 * closing a join never read does not fail (a NullPointerException in Jena 5.6.0); a row binding a
 * predicate to a literal goes no further into a pattern, and a pattern a literal predicate was
 * substituted into matches nothing ({@link IriPredicates}); and a FILTER with an
 * EXISTS is not placed into TDB2's quad patterns; and ORDER BY holds no more in the heap than
 * {@link SpillingSort} lets it, with Jena's comparator, a key that draws anew drawn once per
 * solution ({@link DrawnKeys}), and with LIMIT is a top-N where that answers as a sort ({@link
 * TopNInTotalOrder}); DISTINCT counts its rows by bytes ({@link SpillingDistinct}); LIMIT and OFFSET
 * are made when first read ({@link SliceWhenRead}). Everything else is TDB2's. Installed on a TDB2
 * store by {@link SparqlEngine#forQueries}.
 */
final class Tdb2Executor extends OpExecutorTDB2 {
    static final OpExecutorFactory FACTORY = Tdb2Executor::new;

    private Tdb2Executor(ExecutionContext context) {
        super(context);
    }

    /** A sort key that draws anew each time ({@code RAND()}) drawn once per solution ({@link DrawnKeys}). */
    @Override
    protected QueryIterator execute(OpOrder order, QueryIterator input) {
        DrawnKeys drawn = DrawnKeys.of(order.getConditions());
        if (drawn == null) return new SpillingSort(exec(order.getSubOp(), input), new BindingComparator(order.getConditions(), execCxt), execCxt);
        QueryIterator rows = drawn.bind(exec(order.getSubOp(), input), execCxt);
        return drawn.unbind(new SpillingSort(rows, new BindingComparator(drawn.conditions(), execCxt), execCxt), execCxt);
    }

    /**
     * A top-N that {@link SlicesAsTopN} made is {@link TopNInTotalOrder}'s, with Jena's comparator;
     * one whose sort key draws anew each time has it drawn once per solution ({@link DrawnKeys}).
     */
    @Override
    protected QueryIterator execute(OpTopN top, QueryIterator input) {
        DrawnKeys drawn = DrawnKeys.of(top.getConditions());
        if (drawn != null) {
            QueryIterator rows = drawn.bind(exec(top.getSubOp(), input), execCxt);
            return drawn.unbind(new QueryIterTopN(rows, new BindingComparator(drawn.conditions(), execCxt), top.getLimit(), false, execCxt), execCxt);
        }
        if (!SlicesAsTopN.made(top)) return super.execute(top, input);
        return TopNInTotalOrder.over(input, rows -> exec(top.getSubOp(), rows), top.getConditions(), () -> new BindingComparator(top.getConditions(), execCxt), top.getLimit(), execCxt);
    }

    @Override
    protected QueryIterator execute(OpBGP pattern, QueryIterator input) {
        if (IriPredicates.matchesNothing(pattern.getPattern())) return IriPredicates.none(input, execCxt);
        return super.execute(pattern, IriPredicates.only(pattern.getPattern(), input, execCxt));
    }

    @Override
    protected QueryIterator execute(OpQuadPattern pattern, QueryIterator input) {
        if (IriPredicates.matchesNothing(pattern.getBasicPattern())) return IriPredicates.none(input, execCxt);
        return super.execute(pattern, IriPredicates.only(pattern.getBasicPattern(), input, execCxt));
    }

    /**
     * A FILTER with an EXISTS is evaluated over its pattern's rows, as ARQ does, not placed into
     * TDB2's quad patterns: TDB2 then evaluates the EXISTS with a plain executor of its own, which
     * has none of these repairs and fails the names of graphs (ARQNotImplemented: OpDatasetNames).
     * The three lines are ARQ's own {@code OpExecutor.execute(OpFilter)}, which TDB2's executor
     * overrides and so cannot be called from here.
     */
    @Override
    protected QueryIterator execute(OpFilter filter, QueryIterator input) {
        // TDB2 places a FILTER over a pattern into its own solver, past execute(OpQuadPattern).
        BasicPattern pattern = filter.getSubOp() instanceof OpQuadPattern quads ? quads.getBasicPattern()
                : filter.getSubOp() instanceof OpBGP triples ? triples.getPattern() : null;
        if (pattern != null && IriPredicates.matchesNothing(pattern)) return IriPredicates.none(input, execCxt);
        // Nor a row that binds one of the pattern's predicates to a literal: TDB2's solver substitutes
        // it and fails in its reordering, as ARQ's does (seed 20 #14253 on TDB2, both sides failed).
        if (pattern != null) input = IriPredicates.only(pattern, input, execCxt);
        if (!GraphNamesFirst.hasExists(filter.getExprs())) return super.execute(filter, input);
        QueryIterator rows = exec(filter.getSubOp(), input);
        for (Expr expr : filter.getExprs()) rows = new QueryIterFilterExpr(rows, expr, execCxt);
        return rows;
    }

    @Override
    protected QueryIterator execute(OpTable table, QueryIterator input) {
        return SparqlExecutor.built(super.execute(table, input));
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
        return SparqlExecutor.built(super.execute(join, input));
    }

    @Override
    protected QueryIterator execute(OpLeftJoin leftJoin, QueryIterator input) {
        return SparqlExecutor.built(super.execute(leftJoin, input));
    }
}
