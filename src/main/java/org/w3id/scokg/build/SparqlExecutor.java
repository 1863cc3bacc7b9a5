package org.w3id.scokg.build;

import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;

/**
 * ARQ's executor for the in-memory SPARQL dataset: Jena's, but ORDER BY evaluates each sort key
 * once per solution ({@link OrderByKeys}) and an OPTIONAL over many rows may be hash-joined
 * ({@link AdaptiveOptional}). Both give Jena's answers in Jena's order.
 */
final class SparqlExecutor extends OpExecutor {
    static final OpExecutorFactory FACTORY = factory(AdaptiveOptional.ROW_BY_ROW, AdaptiveOptional.RIGHT_PER_LEFT);

    private final int rowByRow;
    private final int rightPerLeft;

    private SparqlExecutor(ExecutionContext context, int rowByRow, int rightPerLeft) {
        super(context);
        this.rowByRow = rowByRow;
        this.rightPerLeft = rightPerLeft;
    }

    /** The executor with other thresholds for {@link AdaptiveOptional}, so tests can take each way. */
    static OpExecutorFactory factory(int rowByRow, int rightPerLeft) {
        return context -> new SparqlExecutor(context, rowByRow, rightPerLeft);
    }

    @Override
    protected QueryIterator execute(OpOrder order, QueryIterator input) {
        return new QueryIterSort(exec(order.getSubOp(), input), new OrderByKeys(order.getConditions(), execCxt), execCxt);
    }

    @Override
    protected QueryIterator execute(OpConditional optional, QueryIterator input) {
        return AdaptiveOptional.create(exec(optional.getLeft(), input), optional, input, rowByRow, rightPerLeft, execCxt);
    }
}
