package org.w3id.scokg.query.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_GreaterThan;
import org.apache.jena.sparql.expr.E_NotEquals;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;

/**
 * SELECTs that count the solutions of one triple pattern, the shape sco-kg's engine counts without
 * making its solutions ({@code PatternCounts}), and the shapes next to it that it must leave to ARQ:
 * the pattern's terms variables or terms of the data, now and then one variable twice; at most a
 * GRAPH around it, of a variable or a graph's name; FILTERs inside and outside the GRAPH; grouped
 * by none to two of its variables; now and then {@code ?p != <iri>} of its predicate variable;
 * COUNT(*), COUNT of a variable, and now and then COUNT(DISTINCT)
 * or a SUM; a HAVING, an ORDER BY, a LIMIT. {@link QueryGenerator} makes one of these now and then
 * from a dice of its own, so that the other queries of a seed stay what they were.
 */
final class CountGenerator {
    private final TermPool terms;
    private final Dice dice;
    private final ExpressionGenerator expressions;

    CountGenerator(TermPool terms, Dice dice) {
        this.terms = terms;
        this.dice = dice;
        this.expressions = new ExpressionGenerator(terms, dice);
    }

    /** Whether the next query is to be a count of one pattern: about one in 33. */
    boolean due() {
        return dice.chance(0.03);
    }

    Query next() {
        Scope bound = Scope.forQuery();
        Node predicate = dice.chance(0.55) ? variable(bound) : terms.predicate(dice);
        Node subject = dice.chance(0.75) ? variable(bound) : terms.subjectOf(predicate, dice);
        Node object;
        if (dice.chance(0.08) && subject.isVariable()) object = subject;
        else object = dice.chance(0.7) ? variable(bound) : dice.chance(0.8) ? terms.objectOf(predicate, dice) : terms.absent(dice, 0);
        ElementPathBlock block = new ElementPathBlock();
        block.addTriple(Triple.create(subject, predicate, object));
        ElementGroup inner = new ElementGroup();
        inner.addElement(block);
        Scope patternScope = bound.copy();
        ElementGroup where = inner;
        int graphKind = dice.weighted(5, 4, 1);
        if (graphKind > 0) {
            Node graph = graphKind == 1 ? variable(bound) : terms.graph(dice);
            for (int i = dice.weighted(3, 1); i > 0; i--) inner.addElement(new ElementFilter(expressions.condition(patternScope)));
            where = new ElementGroup();
            where.addElement(new ElementNamedGraph(graph, inner));
        }
        for (int i = dice.weighted(3, 4, 1); i > 0; i--) where.addElement(new ElementFilter(expressions.condition(bound)));
        // Now and then predicates left out, inside the GRAPH or outside it, either way round: with no
        // other filter, the shape sco-kg counts from the graphs' sizes less those predicates' triples;
        // now and then of a term that is no predicate of the data, or a literal, which it leaves to ARQ.
        if (predicate.isVariable() && dice.chance(0.4)) {
            for (int i = dice.weighted(3, 1) + 1; i > 0; i--) {
                Node other = dice.chance(0.85) ? terms.predicate(dice) : terms.absent(dice, i);
                Expr left = new ExprVar(Var.alloc(predicate));
                Expr right = NodeValue.makeNode(other);
                ElementGroup at = where != inner && dice.chance(0.5) ? inner : where;
                at.addElement(new ElementFilter(dice.chance(0.5) ? new E_NotEquals(left, right) : new E_NotEquals(right, left)));
            }
        }

        Query query = new Query();
        query.setQuerySelectType();
        query.setQueryPattern(where);
        List<Var> keys = new ArrayList<>();
        for (int i = bound.isEmpty() ? 0 : dice.weighted(4, 5, 2); i > 0; i--) {
            Var key = bound.pick(dice);
            if (keys.contains(key)) continue;
            keys.add(key);
            query.addGroupBy(key);
            if (dice.chance(0.85)) query.addResultVar(key);
        }
        Var firstCount = null;
        for (int i = dice.weighted(5, 3) + 1; i > 0; i--) {
            Var count = bound.fresh();
            query.addResultVar(count, query.allocAggregate(aggregate(bound)));
            if (firstCount == null) firstCount = count;
        }
        if (dice.chance(0.2)) query.addHavingCondition(new E_GreaterThan(query.allocAggregate(AggregatorFactory.createCount(false)), NodeValue.makeInteger(dice.between(0, 5))));
        // Ordered only where every key is projected: the fuzzer checks an answer's order on its own rows.
        if (dice.chance(0.3) && query.getProjectVars().containsAll(keys)) {
            query.addOrderBy(new ExprVar(firstCount), dice.chance(0.5) ? Query.ORDER_DESCENDING : Query.ORDER_ASCENDING);
            for (Var key : keys) query.addOrderBy(new SortCondition(key, Query.ORDER_DEFAULT));
            if (dice.chance(0.3)) query.setLimit(dice.between(1, 5));
        }
        return query;
    }

    private Var variable(Scope bound) {
        Var var = bound.fresh();
        bound.add(var);
        return var;
    }

    /** COUNT(*) or COUNT of a variable of the pattern, now and then a DISTINCT one, a SUM, or a COUNT of another value. */
    private org.apache.jena.sparql.expr.aggregate.Aggregator aggregate(Scope bound) {
        Expr argument = bound.isEmpty() || dice.chance(0.1) ? expressions.values().value(bound) : new ExprVar(bound.pick(dice));
        return switch (dice.weighted(10, 10, 2, 1)) {
            case 0 -> AggregatorFactory.createCount(false);
            case 1 -> AggregatorFactory.createCountExpr(false, argument);
            case 2 -> AggregatorFactory.createCountExpr(true, argument);
            default -> AggregatorFactory.createSum(false, argument);
        };
    }
}
