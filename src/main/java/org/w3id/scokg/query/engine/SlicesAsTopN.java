package org.w3id.scokg.query.engine;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTopN;

/**
 * ORDER BY with LIMIT (and OFFSET) as a top-N wherever the rows it keeps, OFFSET plus LIMIT, are
 * fewer than a sort keeps in memory ({@link SparqlEngine#SPILL_ROWS}): the top-N keeps those rows in
 * a heap and never spills. ARQ's optimiser makes a top-N only below 1,000 rows ({@code
 * ARQ.topNSortingThreshold}, which it reads from the global context, not the query's), so {@code
 * ORDER BY ?s ?p ?o LIMIT 50 OFFSET 1000} sorted every solution of the graph, writing all but the
 * last 20,000 to disk. The same two shapes as ARQ's ({@code TransformTopN}): a slice of an order, and a slice of a
 * projection of an order; under DISTINCT or REDUCED it is left as it is. The answer is the same: a
 * top-N keeps the first rows of the same comparator's order.
 *
 * <p>Applied last, after {@link ExistsOverAlgebra}, so that an EXISTS in a sort condition is
 * already the one that takes rows into its algebra (Jena's transformer does not visit a top-N's
 * conditions).
 *
 * <p>Before ARQ plans, {@link #withoutOverflow} removes every LIMIT that with its OFFSET passes what
 * a long holds (it limits nothing): ARQ's own top-N adds the two without checking, so {@code ORDER
 * BY ?x OFFSET 1 LIMIT 9223372036854775807} became a top-0 and answered no row, in plain ARQ too
 * (Jena 5.6.0).
 */
final class SlicesAsTopN extends TransformCopy {
    private final long keep;

    private SlicesAsTopN(long keep) {
        this.keep = keep;
    }

    /** {@code op} with every slice of an order that keeps fewer than {@code keep} rows as a top-N. */
    static Op rewrite(Op op, long keep) {
        return Transformer.transform(new SlicesAsTopN(keep), op);
    }

    /** {@code op} without a LIMIT that with its OFFSET passes {@link Long#MAX_VALUE}. */
    static Op withoutOverflow(Op op) {
        return Transformer.transform(new TransformCopy() {
            @Override
            public Op transform(OpSlice slice, Op sub) {
                long offset = slice.getStart() == Query.NOLIMIT ? 0 : slice.getStart();
                long limit = slice.getLength();
                if (limit == Query.NOLIMIT || limit <= Long.MAX_VALUE - offset) return super.transform(slice, sub);
                return offset == 0 ? sub : new OpSlice(sub, offset, Query.NOLIMIT);
            }
        }, op);
    }

    @Override
    public Op transform(OpSlice slice, Op sub) {
        long offset = slice.getStart() == Query.NOLIMIT ? 0 : slice.getStart();
        long limit = slice.getLength();
        // Each compared on its own: OFFSET plus LIMIT can overflow a long.
        if (limit == Query.NOLIMIT || offset >= keep || limit >= keep || offset + limit >= keep) return super.transform(slice, sub);
        int rows = (int) (offset + limit);
        Op top;
        if (sub instanceof OpOrder order) {
            top = new OpTopN(order.getSubOp(), rows, order.getConditions());
        } else if (sub instanceof OpProject project && project.getSubOp() instanceof OpOrder order) {
            top = new OpProject(new OpTopN(order.getSubOp(), rows, order.getConditions()), project.getVars());
        } else {
            return super.transform(slice, sub);
        }
        return offset == 0 ? top : new OpSlice(top, offset, Query.NOLIMIT);
    }
}
