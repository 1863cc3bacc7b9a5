package org.w3id.scokg.query.fuzz;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.aggregate.AggAvg;
import org.apache.jena.sparql.expr.aggregate.AggAvgDistinct;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.AggSample;
import org.apache.jena.sparql.expr.aggregate.AggSampleDistinct;
import org.apache.jena.sparql.expr.aggregate.AggSum;
import org.apache.jena.sparql.expr.aggregate.AggSumDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;

/**
 * What a query fixes of its answer, read from its top level, so that two answers are compared
 * strictly where the query fixes them and fairly where it does not: the ORDER BY that fixes row
 * order; a LIMIT or OFFSET that picks a window (without ORDER BY an arbitrary one, so only its size
 * is fixed); REDUCED, which fixes rows but not how often each occurs; a GROUP_CONCAT, whose parts
 * come in any order; a SAMPLE (or anything computed from one or from a GROUP_CONCAT), of which only
 * whether it is bound is fixed; and SUM and AVG, which add doubles in any order.
 */
record QueryShape(List<SortCondition> order, boolean windowed, boolean reduced, Map<Var, String> concatenated, Set<Var> boundOnly,
        Set<Var> summed) {

    static QueryShape of(Query query) {
        Map<Var, String> concatenated = new HashMap<>();
        Set<Var> boundOnly = new HashSet<>();
        Set<Var> summed = new HashSet<>();
        if (query.isSelectType()) {
            query.getProject().forEachVarExpr((var, expr) -> {
                if (expr == null) return;
                String separator = separator(expr);
                if (separator != null) concatenated.put(var, separator);
                else if (isOrderDependent(query, expr)) boundOnly.add(var);
                if (mentions(expr, AggSum.class, AggSumDistinct.class, AggAvg.class, AggAvgDistinct.class)) summed.add(var);
            });
        }
        List<SortCondition> order = query.isSelectType() && query.hasOrderBy() ? List.copyOf(query.getOrderBy()) : List.of();
        return new QueryShape(order, query.hasLimit() || query.hasOffset(), query.isReduced(), concatenated, boundOnly, summed);
    }

    /** Whether the rows of the window are arbitrary, so that only their count is fixed. */
    boolean countOnly() {
        return windowed && order.isEmpty();
    }

    /** Whether {@code expr} reads a SAMPLE or a GROUP_CONCAT, whose values depend on row order. */
    static boolean isOrderDependent(Query query, Expr expr) {
        return mentions(expr, AggSample.class, AggSampleDistinct.class, AggGroupConcat.class, AggGroupConcatDistinct.class);
    }

    /** The separator of a projection that is a bare GROUP_CONCAT, or null. */
    private static String separator(Expr expr) {
        if (!(expr instanceof ExprAggregator aggregate)) return null;
        Aggregator aggregator = aggregate.getAggregator();
        String separator = aggregator instanceof AggGroupConcat concat ? concat.getSeparator()
                : aggregator instanceof AggGroupConcatDistinct concat ? concat.getSeparator() : null;
        if (separator == null && (aggregator instanceof AggGroupConcat || aggregator instanceof AggGroupConcatDistinct)) return " ";
        return separator;
    }

    @SafeVarargs
    private static boolean mentions(Expr expr, Class<? extends Aggregator>... kinds) {
        if (expr instanceof ExprAggregator aggregate) {
            for (Class<? extends Aggregator> kind : kinds) if (kind.isInstance(aggregate.getAggregator())) return true;
            return false;
        }
        if (expr instanceof ExprFunctionOp) return false;
        if (expr instanceof ExprFunction function) return function.getArgs().stream().anyMatch(arg -> mentions(arg, kinds));
        return false;
    }
}
