package org.w3id.scokg.query.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_GreaterThan;
import org.apache.jena.sparql.expr.E_LessThan;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * SELECT queries, at the top and as sub-queries: projections with expressions, GROUP BY with every
 * aggregate, HAVING, DISTINCT and REDUCED, ORDER BY, LIMIT and OFFSET. What an engine may answer
 * in more than one right way is kept where {@link Answers} can still judge it: SAMPLE and
 * GROUP_CONCAT only in a top-level projection (never under DISTINCT, a window, HAVING or ORDER BY),
 * a sub-query's LIMIT only under an ORDER BY of all it projects, REDUCED only at the top, and a
 * top-level ORDER BY only over what is projected.
 */
final class SelectGenerator implements PatternGenerator.SubQueries {
    private static final List<String> SEPARATORS = List.of(", ", "|", "", " -- ");
    private final Dice dice;
    private final ExpressionGenerator expressions;
    private PatternGenerator patterns;

    SelectGenerator(Dice dice, ExpressionGenerator expressions) {
        this.dice = dice;
        this.expressions = expressions;
    }

    /** The patterns sub-queries are made of; they ask this generator for sub-queries in turn. */
    void patterns(PatternGenerator patterns) {
        this.patterns = patterns;
    }

    @Override
    public Query subQuery(Scope outer, int depth) {
        Scope bound = outer.empty();
        Query query = new Query();
        query.setQuerySelectType();
        query.setQueryPattern(patterns.group(outer, bound, depth));
        if (!bound.isEmpty() && dice.chance(0.3)) {
            aggregate(query, bound, false);
        } else {
            project(query, bound, false);
            if (dice.chance(0.25)) query.setDistinct(true);
        }
        // Project a variable of the patterns around, so that the sub-query joins them.
        List<Var> joins = bound.vars().stream().filter(outer::contains).toList();
        if (!joins.isEmpty() && !query.isQueryResultStar() && !query.hasAggregators() && query.getProjectVars().stream().noneMatch(outer::contains)) {
            query.addResultVar(dice.pick(joins));
        }
        if (dice.chance(0.3)) window(query);
        return query;
    }

    /** The top-level SELECT over {@code where}, which binds {@code bound}. */
    Query top(ElementGroup where, Scope bound) {
        Query query = new Query();
        query.setQuerySelectType();
        query.setQueryPattern(where);
        boolean orderDependent = false;
        if (dice.chance(0.22)) {
            orderDependent = aggregate(query, bound, true);
        } else if (bound.isEmpty() || dice.chance(0.4)) {
            query.setQueryResultStar(true);
        } else {
            project(query, bound, true);
        }
        if (!orderDependent && dice.chance(0.15)) query.setDistinct(true);
        else if (!orderDependent && dice.chance(0.05)) query.setReduced(true);
        if (dice.chance(0.35)) order(query, bound, orderDependent);
        if (!orderDependent && !query.isReduced()) limit(query);
        return query;
    }

    /** Some of {@code bound}, and now and then an expression over them under a fresh name. */
    private void project(Query query, Scope bound, boolean top) {
        List<Var> vars = bound.vars();
        for (Var var : vars) if (dice.chance(0.6)) query.addResultVar(var);
        if (dice.chance(top ? 0.2 : 0.15)) query.addResultVar(bound.fresh(), expressions.values().value(bound));
        if (query.getProjectVars().isEmpty()) {
            if (vars.isEmpty()) query.setQueryResultStar(true);
            else query.addResultVar(dice.pick(vars));
        }
    }

    /** GROUP BY some keys (or none: one group) with aggregates; true if one depends on row order. */
    private boolean aggregate(Query query, Scope bound, boolean top) {
        int keys = bound.isEmpty() ? 0 : dice.weighted(3, 5, 2);
        for (int i = 0; i < keys; i++) {
            Var key = bound.pick(dice);
            if (query.getGroupBy().contains(key)) continue;
            if (dice.chance(0.15)) {
                Var named = bound.fresh();
                query.addGroupBy(named, expressions.values().value(bound));
                query.addResultVar(named);
            } else {
                query.addGroupBy(key);
                if (dice.chance(0.85)) query.addResultVar(key);
            }
        }
        boolean orderDependent = false;
        int aggregates = dice.weighted(5, 3, 1) + 1;
        for (int i = 0; i < aggregates; i++) {
            int kind = dice.weighted(3, 2, 2, 2, 2, 2, 2, top ? 2 : 0, top ? 3 : 0);
            orderDependent |= kind >= 7;
            query.addResultVar(bound.fresh(), query.allocAggregate(aggregator(kind, bound)));
        }
        if (dice.chance(0.25)) query.addHavingCondition(having(query, bound));
        return orderDependent;
    }

    private org.apache.jena.sparql.expr.aggregate.Aggregator aggregator(int kind, Scope bound) {
        Expr argument = bound.isEmpty() || dice.chance(0.2) ? expressions.values().value(bound) : new ExprVar(bound.pick(dice));
        boolean distinct = dice.chance(0.2);
        return switch (kind) {
            case 0 -> AggregatorFactory.createCount(false);
            case 1 -> AggregatorFactory.createCountExpr(distinct, argument);
            case 2 -> AggregatorFactory.createCountExpr(true, argument);
            case 3 -> AggregatorFactory.createSum(distinct, argument);
            case 4 -> AggregatorFactory.createAvg(distinct, argument);
            case 5 -> AggregatorFactory.createMin(distinct, argument);
            case 6 -> AggregatorFactory.createMax(distinct, argument);
            case 7 -> AggregatorFactory.createSample(distinct, argument);
            default -> AggregatorFactory.createGroupConcat(distinct, argument, dice.chance(0.4) ? null : dice.pick(SEPARATORS), null);
        };
    }

    /** A condition on an aggregate that does not depend on row order. */
    private Expr having(Query query, Scope bound) {
        Expr aggregate = query.allocAggregate(aggregator(dice.between(0, 6), bound));
        NodeValue limit = NodeValue.makeInteger(dice.between(0, 4));
        return dice.chance(0.7) ? new E_GreaterThan(aggregate, limit) : new E_LessThan(aggregate, limit);
    }

    /** A top-level ORDER BY of projected variables, or of simple expressions over them. */
    private void order(Query query, Scope bound, boolean orderDependent) {
        List<Var> projected = new ArrayList<>(query.isQueryResultStar() ? bound.vars() : query.getProjectVars());
        if (orderDependent) projected.removeIf(var -> isOrderDependent(query, var));
        if (projected.isEmpty()) return;
        int keys = dice.weighted(5, 3, 1) + 1;
        for (int i = 0; i < keys; i++) {
            Expr key = new ExprVar(dice.pick(projected));
            if (dice.chance(0.2)) key = dice.chance(0.5) ? new E_Str(key) : new E_StrLowerCase(new E_Str(key));
            query.addOrderBy(key, dice.chance(0.3) ? Query.ORDER_DESCENDING : Query.ORDER_DEFAULT);
        }
    }

    private static boolean isOrderDependent(Query query, Var var) {
        Expr expr = query.getProject().getExpr(var);
        return expr != null && QueryShape.isOrderDependent(query, expr);
    }

    /**
     * A top-level LIMIT and OFFSET: mostly under an ORDER BY; without one only the row count is
     * compared. A tenth of the limits are about 1,000, where ARQ's optimiser stops making a top-N
     * and sorts instead.
     */
    private void limit(Query query) {
        if (dice.chance(query.hasOrderBy() ? 0.45 : 0.06)) query.setLimit(dice.chance(0.1) ? dice.between(994, 1006) : dice.between(0, 20));
        if (dice.chance(query.hasOrderBy() ? 0.2 : 0.03)) query.setOffset(dice.between(0, 6));
    }

    /** A sub-query's LIMIT: under an ORDER BY of every projected variable, so the window is one. */
    private void window(Query query) {
        List<Var> projected = query.isQueryResultStar() ? List.of() : query.getProjectVars();
        if (projected.isEmpty()) return;
        for (Var var : projected) query.addOrderBy(var, dice.chance(0.3) ? Query.ORDER_DESCENDING : Query.ORDER_DEFAULT);
        query.setLimit(dice.between(1, 10));
        if (dice.chance(0.3)) query.setOffset(dice.between(1, 3));
    }
}
