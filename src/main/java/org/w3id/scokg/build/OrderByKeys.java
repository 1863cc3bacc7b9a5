package org.w3id.scokg.build;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * ORDER BY in Jena's order, with each sort key evaluated once per solution. Jena's own comparator
 * evaluates the keys on every comparison, so {@code ORDER BY STR(?date)} builds a new literal
 * twice per comparison and sorting took a third of some named queries' time. Solutions compare as
 * Jena compares them ({@link BindingComparator#compareNodesRaw}, then its syntactic tie-break),
 * and Jena's {@link QueryIterSort} still does the sorting, with its cancellation and spill policy.
 * {@link #EXECUTOR} is an ARQ executor factory for a dataset's context that sorts this way.
 */
final class OrderByKeys implements Comparator<Binding> {
    /** Jena's executor, but ORDER BY sorts with {@link OrderByKeys}. */
    static final OpExecutorFactory EXECUTOR = context -> new OpExecutor(context) {
        @Override
        protected QueryIterator execute(OpOrder order, QueryIterator input) {
            return new QueryIterSort(exec(order.getSubOp(), input), new OrderByKeys(order.getConditions(), execCxt), execCxt);
        }
    };

    private final List<SortCondition> conditions;
    private final ExecutionContext context;
    /** One sort runs on one thread; solutions are kept by identity while they are sorted. */
    private final Map<Binding, NodeValue[]> keys = new IdentityHashMap<>();

    OrderByKeys(List<SortCondition> conditions, ExecutionContext context) {
        this.conditions = conditions;
        this.context = context;
    }

    @Override
    public int compare(Binding left, Binding right) {
        NodeValue[] a = keys.computeIfAbsent(left, this::keysOf);
        NodeValue[] b = keys.computeIfAbsent(right, this::keysOf);
        for (int i = 0; i < a.length; i++) {
            int order = BindingComparator.compareNodesRaw(a[i], b[i]);
            if (order != 0) return conditions.get(i).getDirection() == Query.ORDER_DESCENDING ? -order : order;
        }
        return BindingComparator.compareBindingsSyntactic(left, right);
    }

    /** The solution's sort keys; null where a key is unbound or its expression fails, as in Jena. */
    private NodeValue[] keysOf(Binding solution) {
        NodeValue[] values = new NodeValue[conditions.size()];
        for (int i = 0; i < values.length; i++) {
            try {
                values[i] = conditions.get(i).getExpression().eval(solution, context);
            } catch (ExprEvalException unboundOrError) {
                values[i] = null;
            }
        }
        return values;
    }
}
