package org.w3id.scokg.query.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionEnvBase;

/**
 * A query's ORDER BY evaluated on its answer's rows, compared as ARQ compares sort keys
 * ({@link BindingComparator#compareNodesRaw}), except where a key depends on a blank node's label,
 * which is the store's own and not kept by copies or other engines: two different blank nodes, or
 * a key computed from a variable bound to a blank node ({@code STR(?b)}: SPARQL makes it an error,
 * ARQ gives the label), leave the two rows' order open (the keys after it are not read: the engine
 * ordered by the labels). Rows whose keys tie form a run, in which any order is right.
 */
final class SortKeys implements Comparator<Binding> {
    private final List<SortCondition> conditions;
    private final FunctionEnv env = new FunctionEnvBase();

    SortKeys(List<SortCondition> conditions) {
        this.conditions = List.copyOf(conditions);
    }

    @Override
    public int compare(Binding left, Binding right) {
        for (SortCondition condition : conditions) {
            // A key read from blank nodes orders by their labels, which the store chose: two rows
            // with the same blank nodes there tie on it; with others, the key decides their order
            // in the engine (the keys after it are not read) and any order is right here.
            if (readsLabel(condition, left) || readsLabel(condition, right)) {
                if (sameValues(condition, left, right)) continue;
                return 0;
            }
            NodeValue a = key(condition, left);
            NodeValue b = key(condition, right);
            if (a != null && b != null && a.asNode().isBlank() && b.asNode().isBlank()) {
                if (a.asNode().equals(b.asNode())) continue;
                return 0;
            }
            int order = BindingComparator.compareNodesRaw(a, b);
            if (order != 0) return condition.getDirection() == Query.ORDER_DESCENDING ? -order : order;
        }
        return 0;
    }

    /** Whether the variables {@code condition} reads have the same values in both rows. */
    private static boolean sameValues(SortCondition condition, Binding left, Binding right) {
        return condition.getExpression().getVarsMentioned().stream().allMatch(v -> java.util.Objects.equals(left.get(v), right.get(v)));
    }

    /** Whether {@code condition} computes its key from a blank node of {@code row} (not the node itself). */
    private static boolean readsLabel(SortCondition condition, Binding row) {
        Expr expression = condition.getExpression();
        return !expression.isVariable() && expression.getVarsMentioned().stream().anyMatch(v -> row.get(v) != null && row.get(v).isBlank());
    }

    private NodeValue key(SortCondition condition, Binding row) {
        try {
            return condition.getExpression().eval(row, env);
        } catch (ExprEvalException e) {
            // Unbound or an error: sorts first, as in ARQ.
            return null;
        }
    }

    /** The first row that sorts before the one above it, or -1 if the rows are in order. */
    int firstUnsorted(List<Binding> rows) {
        for (int i = 1; i < rows.size(); i++) if (compare(rows.get(i - 1), rows.get(i)) > 0) return i;
        return -1;
    }

    /** The rows in runs of equal sort keys, in order. */
    List<List<Binding>> runs(List<Binding> rows) {
        List<List<Binding>> runs = new ArrayList<>();
        for (Binding row : rows) {
            if (runs.isEmpty() || compare(runs.get(runs.size() - 1).get(0), row) != 0) runs.add(new ArrayList<>());
            runs.get(runs.size() - 1).add(row);
        }
        return runs;
    }
}
