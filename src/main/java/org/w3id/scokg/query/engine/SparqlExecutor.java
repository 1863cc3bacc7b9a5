package org.w3id.scokg.query.engine;

import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;

/**
 * ARQ's executor with one change to evaluation: ORDER BY evaluates each sort key once per solution
 * ({@link OrderByKeys}) instead of on every comparison, and sorts in Jena's order. Everything else
 * is Jena's. Installed through ARQ's extension point ({@code QC.setFactory}) by {@link
 * SparqlEngine}; the differential fuzzer compares it with plain ARQ.
 */
final class SparqlExecutor extends OpExecutor {
    static final OpExecutorFactory FACTORY = SparqlExecutor::new;

    private SparqlExecutor(ExecutionContext context) {
        super(context);
    }

    @Override
    protected QueryIterator execute(OpOrder order, QueryIterator input) {
        return new QueryIterSort(exec(order.getSubOp(), input), new OrderByKeys(order.getConditions(), execCxt), execCxt);
    }
}
