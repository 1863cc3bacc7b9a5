package org.w3id.scokg.query.fuzz;

import java.util.List;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.E_GreaterThan;
import org.apache.jena.sparql.expr.E_GreaterThanOrEqual;
import org.apache.jena.sparql.expr.E_IsBlank;
import org.apache.jena.sparql.expr.E_IsIRI;
import org.apache.jena.sparql.expr.E_IsLiteral;
import org.apache.jena.sparql.expr.E_IsNumeric;
import org.apache.jena.sparql.expr.E_Lang;
import org.apache.jena.sparql.expr.E_LangMatches;
import org.apache.jena.sparql.expr.E_LessThan;
import org.apache.jena.sparql.expr.E_LessThanOrEqual;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_NotEquals;
import org.apache.jena.sparql.expr.E_NotOneOf;
import org.apache.jena.sparql.expr.E_OneOf;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_SameTerm;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.E_StrContains;
import org.apache.jena.sparql.expr.E_StrEndsWith;
import org.apache.jena.sparql.expr.E_StrStartsWith;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * Boolean expressions for FILTER, HAVING and IF: comparisons, logic, BOUND, IN and NOT IN,
 * sameTerm, term tests, LANGMATCHES, REGEX with safe patterns, string tests, and the effective
 * boolean value of a plain value. The values compared come from {@link ValueExpressions}. No
 * expression reads the clock or chance.
 */
final class ExpressionGenerator {
    private static final int DEPTH = 2;
    private static final List<String> PATTERNS = List.of("^a", "e$", "a.b", "[0-9]", "chat", "^$", "^N", "\\.", "name [0-9]$", "É");
    private static final List<String> STRINGS = List.of("", "a", "chat", "name", "1", "E", "5", "2005");
    private static final List<String> RANGES = List.of("*", "en", "EN", "fr", "en-GB", "");
    private final Dice dice;
    private final ValueExpressions values;

    ExpressionGenerator(TermPool terms, Dice dice) {
        this.dice = dice;
        this.values = new ValueExpressions(terms, dice, this);
    }

    /** The values this generator compares, for BIND and SELECT expressions. */
    ValueExpressions values() {
        return values;
    }

    /** A condition over the variables of {@code scope} (and now and then one bound nowhere). */
    Expr condition(Scope scope) {
        return condition(scope, 0);
    }

    Expr condition(Scope scope, int depth) {
        boolean deeper = depth < DEPTH;
        return switch (dice.weighted(10, 4, deeper ? 4 : 0, deeper ? 2 : 0, 3, 2, 3, 2, 2, 3, 2)) {
            case 0 -> comparison(scope, depth);
            case 1 -> new E_Bound(new ExprVar(values.variable(scope)));
            case 2 -> dice.chance(0.5)
                    ? new E_LogicalAnd(condition(scope, depth + 1), condition(scope, depth + 1))
                    : new E_LogicalOr(condition(scope, depth + 1), condition(scope, depth + 1));
            case 3 -> new E_LogicalNot(condition(scope, depth + 1));
            case 4 -> oneOf(scope, depth);
            case 5 -> new E_SameTerm(values.operand(scope), values.operand(scope));
            case 6 -> termTest(values.operand(scope));
            case 7 -> new E_LangMatches(new E_Lang(values.operand(scope)), NodeValue.makeString(dice.pick(RANGES)));
            case 8 -> new E_Regex(new E_Str(values.operand(scope)), NodeValue.makeString(dice.pick(PATTERNS)), dice.chance(0.3) ? NodeValue.makeString("i") : null);
            case 9 -> stringTest(scope);
            default -> values.value(scope, depth + 1);
        };
    }

    private Expr comparison(Scope scope, int depth) {
        Expr left = dice.chance(0.75) ? values.operand(scope) : values.value(scope, depth + 1);
        Expr right = dice.chance(0.6) ? values.constantLike(scope) : values.operand(scope);
        return switch (dice.weighted(4, 2, 2, 2, 1, 1)) {
            case 0 -> new E_Equals(left, right);
            case 1 -> new E_NotEquals(left, right);
            case 2 -> new E_LessThan(left, right);
            case 3 -> new E_GreaterThan(left, right);
            case 4 -> new E_LessThanOrEqual(left, right);
            default -> new E_GreaterThanOrEqual(left, right);
        };
    }

    private Expr oneOf(Scope scope, int depth) {
        ExprList list = new ExprList();
        int size = dice.between(0, 4);
        for (int i = 0; i < size; i++) list.add(dice.chance(0.7) ? values.constantLike(scope) : values.operand(scope));
        Expr tested = dice.chance(0.8) ? values.operand(scope) : values.value(scope, depth + 1);
        return dice.chance(0.6) ? new E_OneOf(tested, list) : new E_NotOneOf(tested, list);
    }

    private Expr termTest(Expr operand) {
        return switch (dice.weighted(1, 1, 1, 1)) {
            case 0 -> new E_IsIRI(operand);
            case 1 -> new E_IsLiteral(operand);
            case 2 -> new E_IsBlank(operand);
            default -> new E_IsNumeric(operand);
        };
    }

    private Expr stringTest(Scope scope) {
        Expr string = new E_Str(values.operand(scope));
        NodeValue part = NodeValue.makeString(dice.pick(STRINGS));
        return switch (dice.weighted(1, 1, 1)) {
            case 0 -> new E_StrContains(string, part);
            case 1 -> new E_StrStartsWith(string, part);
            default -> new E_StrEndsWith(string, part);
        };
    }

    /** One of {@link #STRINGS}, for string functions. */
    NodeValue string() {
        return NodeValue.makeString(dice.pick(STRINGS));
    }
}
