package org.w3id.scokg.query.engine;

import java.util.List;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.expr.ExprVar;

/**
 * ORDER BY with LIMIT (and OFFSET) as a top-N where ARQ sorts every solution: ARQ's optimiser makes
 * a top-N only when OFFSET plus LIMIT is under {@link #arqThreshold()} (1,000 by default, read from
 * the global context), so {@code ORDER BY ?s ?p ?o LIMIT 50 OFFSET 1000} sorted the whole graph.
 * The same two shapes as ARQ's {@code TransformTopN}: a slice of an order, and a slice of a
 * projection of an order (what is under the order, a DISTINCT that ARQ's optimiser put there
 * among them, is evaluated whole; a DISTINCT or REDUCED over the order is left as it is). Only where every sort
 * condition is a variable, and the rows kept are at most {@link SpillingSort#SPILL_ROWS}: {@link
 * TopNInTotalOrder} evaluates such a top-N, and answers as a full sort would, or sorts in full.
 */
final class SlicesAsTopN extends TransformCopy {
    private SlicesAsTopN() {}

    /** {@code op} with every slice of an order by variables that ARQ left as a sort made a top-N. */
    static Op rewrite(Op op) {
        return Transformer.transform(new SlicesAsTopN(), op);
    }

    /** The rows below which ARQ's optimiser makes a top-N itself; from it on, a top-N is this rewrite's. */
    static long arqThreshold() {
        Object threshold = ARQ.getContext().get(ARQ.topNSortingThreshold);
        return threshold instanceof Number number ? number.longValue() : 1000;
    }

    /** Whether {@code top} is one this rewrite made: ARQ's own are below its threshold. */
    static boolean made(OpTopN top) {
        return top.getLimit() >= arqThreshold() && byVariables(top.getConditions());
    }

    @Override
    public Op transform(OpSlice slice, Op sub) {
        long offset = slice.getStart() == Query.NOLIMIT ? 0 : slice.getStart();
        long limit = slice.getLength();
        long most = SpillingSort.SPILL_ROWS;
        // Each compared on its own: OFFSET plus LIMIT can overflow a long.
        if (limit == Query.NOLIMIT || limit == 0 || offset > most || limit > most || offset + limit > most || offset + limit < arqThreshold()) {
            return super.transform(slice, sub);
        }
        int rows = (int) (offset + limit);
        Op top;
        if (sub instanceof OpOrder order && byVariables(order.getConditions())) {
            top = new OpTopN(order.getSubOp(), rows, order.getConditions());
        } else if (sub instanceof OpProject project && project.getSubOp() instanceof OpOrder order && byVariables(order.getConditions())) {
            top = new OpProject(new OpTopN(order.getSubOp(), rows, order.getConditions()), project.getVars());
        } else {
            return super.transform(slice, sub);
        }
        return offset == 0 ? top : new OpSlice(top, offset, Query.NOLIMIT);
    }

    static boolean byVariables(List<SortCondition> conditions) {
        return conditions.stream().allMatch(condition -> condition.getExpression() instanceof ExprVar);
    }
}
