package org.w3id.scokg.query.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.util.NodeCmp;

/**
 * ORDER BY in Jena's order, with each sort key evaluated at most once per solution. Jena's own comparator
 * evaluates the keys on every comparison, so {@code ORDER BY STR(?date)} builds a new literal
 * twice per comparison and sorting took a third of some named queries' time. Solutions compare as
 * Jena compares them ({@link BindingComparator#compareNodesRaw}, then its syntactic tie-break),
 * and Jena's {@link QueryIterSort} still does the sorting, with its cancellation and spill policy.
 * The tie-break, which Jena computes by collecting and sorting both solutions' variables on every
 * tied comparison (most of the sort's time when many solutions share a key, such as events on the
 * same date), walks each solution's variables sorted once.
 *
 * <p>The keys of at most {@link #REMEMBERED} solutions, which with the solutions add up to about
 * {@link SpillingSort#SPILL_BYTES} bytes, are kept; past that they are forgotten and evaluated again when
 * next compared. A sort past {@link SpillingSort#SPILL_BYTES} bytes of rows writes them
 * to disk, and a top-N compares every solution once: keeping the keys of all of them kept every
 * solution in the heap, which the spill is there to prevent (and made such a sort four to six times
 * slower than Jena's, {@code bench/rewrites.sh}).
 *
 * <p>A key that is a variable holding two IRIs, or two blank nodes, compares their terms at once
 * ({@link NodeCmp#compareRDFTerms}): Jena's comparison of such values finds them in one value space,
 * finds them unequal as values without an order, and ends in the same comparison of their terms
 * (Jena 5.6.0's {@code NodeValueCmp.compareWithOrdering}), after making a value of each. Such
 * comparisons need no key kept: a sort or top-N by subjects and predicates keeps none for most rows.
 */
final class OrderByKeys implements Comparator<Binding> {
    private final List<SortCondition> conditions;
    /** The variable each key is, where it is one; else null. */
    private final Var[] variables;
    private final ExecutionContext context;
    /** The most solutions whose keys are kept, however narrow; the bytes they hold usually decide first. */
    static final int REMEMBERED = 40_000;

    /** One sort runs on one thread; solutions are kept by identity while they are sorted. */
    private final Map<Binding, Keys> keys = new IdentityHashMap<>();
    /**
     * The solutions kept and their keys, estimated as {@link SpillingSort.HeldRows} estimates rows:
     * the map holds each solution, so a sort that spilled its rows still holds them here (20,004 wide
     * rows were kept by a sort that had spilled four times).
     */
    private long keptBytes;

    OrderByKeys(List<SortCondition> conditions, ExecutionContext context) {
        this.conditions = conditions;
        this.variables = conditions.stream().map(c -> c.getExpression() instanceof ExprVar v ? v.asVar() : null).toArray(Var[]::new);
        this.context = context;
    }

    @Override
    public int compare(Binding left, Binding right) {
        Keys a = null;
        Keys b = null;
        for (int i = 0; i < conditions.size(); i++) {
            // Left before right, each only when the keys before it tie, as Jena evaluates them.
            int order;
            Var variable = variables[i];
            Node s = variable == null ? null : left.get(variable);
            Node t = variable == null ? null : right.get(variable);
            if (s != null && t != null && (s.isURI() && t.isURI() || s.isBlank() && t.isBlank())) {
                order = s.equals(t) ? 0 : NodeCmp.compareRDFTerms(s, t);
            } else {
                if (a == null) {
                    a = keys(left);
                    b = keys(right);
                }
                order = BindingComparator.compareNodesRaw(a.value(i), b.value(i));
            }
            if (order != 0) return conditions.get(i).getDirection() == Query.ORDER_DESCENDING ? -order : order;
        }
        if (a == null) {
            a = keys(left);
            b = keys(right);
        }
        return compareSyntactically(a, b);
    }

    /** The keys kept of {@code solution}, kept now if they were not. */
    private Keys keys(Binding solution) {
        if (keys.size() >= REMEMBERED || keptBytes >= SpillingSort.SPILL_BYTES) {
            keys.clear();
            keptBytes = 0;
        }
        return keys.computeIfAbsent(solution, this::remember);
    }

    /** A solution's keys, to be kept: the solution is kept with them and counted, as its keys are when evaluated. */
    private Keys remember(Binding solution) {
        keptBytes += SpillingSort.HeldRows.estimate(solution);
        return new Keys(solution, conditions.size());
    }

    /** How many solutions' keys are kept now. */
    int remembered() {
        return keys.size();
    }

    /**
     * Jena's {@link BindingComparator#compareBindingsSyntactic}: the terms of the variables of
     * both solutions, taken in the order of the variables' names, compared as RDF terms, where an
     * unbound variable comes first.
     */
    private static int compareSyntactically(Keys a, Keys b) {
        Var[] x = a.vars();
        Var[] y = b.vars();
        int i = 0;
        int j = 0;
        while (i < x.length || j < y.length) {
            int name = i == x.length ? 1 : j == y.length ? -1 : x[i].getName().compareTo(y[j].getName());
            Node s = name <= 0 ? a.solution.get(x[i++]) : null;
            Node t = name >= 0 ? b.solution.get(y[j++]) : null;
            int order = NodeCmp.compareRDFTerms(s, t);
            if (order != 0) return order;
        }
        return 0;
    }

    /**
     * A solution and its sort keys, each evaluated when a comparison first needs it (Jena evaluates
     * a key only when the keys before it tie, so a key that fails is not reached otherwise); null
     * where unbound or in error, as in Jena.
     */
    private final class Keys {
        final Binding solution;
        private final NodeValue[] values;
        private final boolean[] evaluated;
        /** The solution's variables in the order of their names, when a tie first needs them. */
        private Var[] vars;

        Keys(Binding solution, int count) {
            this.solution = solution;
            this.values = new NodeValue[count];
            this.evaluated = new boolean[count];
        }

        NodeValue value(int i) {
            if (!evaluated[i]) {
                try {
                    values[i] = conditions.get(i).getExpression().eval(solution, context);
                } catch (ExprEvalException unboundOrError) {
                    values[i] = null;
                }
                evaluated[i] = true;
                keptBytes += SpillingSort.HeldRows.estimate(values[i]);
            }
            return values[i];
        }

        Var[] vars() {
            if (vars == null) {
                List<Var> list = new ArrayList<>(solution.size());
                solution.vars().forEachRemaining(list::add);
                list.sort(Comparator.comparing(Var::getName));
                vars = list.toArray(Var[]::new);
            }
            return vars;
        }
    }
}
