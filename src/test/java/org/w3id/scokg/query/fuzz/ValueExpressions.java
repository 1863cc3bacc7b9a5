package org.w3id.scokg.query.fuzz;

import java.util.List;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Add;
import org.apache.jena.sparql.expr.E_Coalesce;
import org.apache.jena.sparql.expr.E_Datatype;
import org.apache.jena.sparql.expr.E_DateTimeDay;
import org.apache.jena.sparql.expr.E_DateTimeHours;
import org.apache.jena.sparql.expr.E_DateTimeMonth;
import org.apache.jena.sparql.expr.E_DateTimeTZ;
import org.apache.jena.sparql.expr.E_DateTimeTimezone;
import org.apache.jena.sparql.expr.E_DateTimeYear;
import org.apache.jena.sparql.expr.E_Divide;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_If;
import org.apache.jena.sparql.expr.E_Lang;
import org.apache.jena.sparql.expr.E_Multiply;
import org.apache.jena.sparql.expr.E_NumAbs;
import org.apache.jena.sparql.expr.E_NumCeiling;
import org.apache.jena.sparql.expr.E_NumFloor;
import org.apache.jena.sparql.expr.E_NumRound;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.E_StrAfter;
import org.apache.jena.sparql.expr.E_StrBefore;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrLang;
import org.apache.jena.sparql.expr.E_StrLength;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.E_StrSubstring;
import org.apache.jena.sparql.expr.E_StrUpperCase;
import org.apache.jena.sparql.expr.E_Subtract;
import org.apache.jena.sparql.expr.E_UnaryMinus;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.XSD;

/**
 * Value expressions: variables, constants from the data, numbers, arithmetic, string, numeric and
 * date functions, IF, COALESCE and casts ({@code xsd:integer(...)}). Inputs are of every type, so
 * that type errors and their handling are exercised as much as the happy path.
 */
final class ValueExpressions {
    private static final int DEPTH = 3;
    private static final List<String> CASTS = List.of(XSD.integer.getURI(), XSD.decimal.getURI(), XSD.xdouble.getURI(), XSD.xstring.getURI(),
            XSD.xboolean.getURI(), XSD.dateTime.getURI(), XSD.date.getURI());
    private static final List<NodeValue> NUMBERS = List.of(NodeValue.makeInteger(0), NodeValue.makeInteger(1), NodeValue.makeInteger(2),
            NodeValue.makeInteger(7), NodeValue.makeInteger(-3), NodeValue.makeDecimal("1.5"), NodeValue.makeDecimal("0.25"),
            NodeValue.makeDouble(2.5), NodeValue.makeDouble(0.0), NodeValue.makeInteger(2005));
    private final TermPool terms;
    private final Dice dice;
    private final ExpressionGenerator conditions;

    ValueExpressions(TermPool terms, Dice dice, ExpressionGenerator conditions) {
        this.terms = terms;
        this.dice = dice;
        this.conditions = conditions;
    }

    /** A variable of {@code scope}, or now and then (or when it is empty) one bound nowhere. */
    Var variable(Scope scope) {
        return scope.isEmpty() || dice.chance(0.04) ? scope.fresh() : scope.pick(dice);
    }

    /** A variable or a constant. */
    Expr operand(Scope scope) {
        return dice.chance(0.8) && !scope.isEmpty() ? new ExprVar(scope.pick(dice)) : constantLike(scope);
    }

    /** A constant: a term of the data, a literal, a number or a string. */
    Expr constantLike(Scope scope) {
        return switch (dice.weighted(3, 3, 3, 1)) {
            case 0 -> NodeValue.makeNode(terms.node(dice));
            case 1 -> NodeValue.makeNode(terms.literal(dice));
            case 2 -> dice.pick(NUMBERS);
            default -> conditions.string();
        };
    }

    /** Any value over {@code scope}. */
    Expr value(Scope scope) {
        return value(scope, 0);
    }

    Expr value(Scope scope, int depth) {
        if (depth >= DEPTH) return operand(scope);
        return switch (dice.weighted(6, 3, 4, 5, 2, 2, 2, 2, 2)) {
            case 0 -> operand(scope);
            case 1 -> constantLike(scope);
            case 2 -> arithmetic(scope, depth + 1);
            case 3 -> string(scope, depth + 1);
            case 4 -> numeric(scope, depth + 1);
            case 5 -> new E_If(conditions.condition(scope, depth + 1), value(scope, depth + 1), value(scope, depth + 1));
            case 6 -> new E_Coalesce(list(scope, depth + 1, dice.between(1, 3)));
            case 7 -> new E_Function(dice.pick(CASTS), new ExprList(value(scope, depth + 1)));
            default -> date(operand(scope));
        };
    }

    private Expr arithmetic(Scope scope, int depth) {
        Expr left = value(scope, depth);
        Expr right = dice.chance(0.5) ? dice.pick(NUMBERS) : value(scope, depth);
        return switch (dice.weighted(3, 2, 2, 2, 1)) {
            case 0 -> new E_Add(left, right);
            case 1 -> new E_Subtract(left, right);
            case 2 -> new E_Multiply(left, right);
            case 3 -> new E_Divide(left, right);
            default -> new E_UnaryMinus(left);
        };
    }

    private Expr string(Scope scope, int depth) {
        Expr operand = value(scope, depth);
        return switch (dice.weighted(3, 2, 2, 2, 2, 2, 2, 1, 1, 1)) {
            case 0 -> new E_Str(operand);
            case 1 -> new E_Lang(operand);
            case 2 -> new E_Datatype(operand);
            case 3 -> new E_StrLength(operand);
            case 4 -> new E_StrSubstring(operand, NodeValue.makeInteger(dice.between(0, 3)), dice.chance(0.5) ? null : NodeValue.makeInteger(dice.between(0, 4)));
            case 5 -> dice.chance(0.5) ? new E_StrUpperCase(operand) : new E_StrLowerCase(operand);
            case 6 -> new E_StrConcat(list(scope, depth, dice.between(1, 3)));
            case 7 -> new E_StrBefore(operand, conditions.string());
            case 8 -> new E_StrAfter(operand, conditions.string());
            default -> new E_StrLang(new E_Str(operand), NodeValue.makeString(dice.chance(0.5) ? "en" : "EN"));
        };
    }

    private Expr numeric(Scope scope, int depth) {
        Expr operand = value(scope, depth);
        return switch (dice.weighted(1, 1, 1, 1)) {
            case 0 -> new E_NumAbs(operand);
            case 1 -> new E_NumRound(operand);
            case 2 -> new E_NumCeiling(operand);
            default -> new E_NumFloor(operand);
        };
    }

    private Expr date(Expr operand) {
        Expr date = dice.chance(0.7) ? operand : NodeValue.makeNode(terms.literal(dice));
        return switch (dice.weighted(3, 2, 2, 1, 1, 1)) {
            case 0 -> new E_DateTimeYear(date);
            case 1 -> new E_DateTimeMonth(date);
            case 2 -> new E_DateTimeDay(date);
            case 3 -> new E_DateTimeHours(date);
            case 4 -> new E_DateTimeTZ(date);
            default -> new E_DateTimeTimezone(date);
        };
    }

    private ExprList list(Scope scope, int depth, int size) {
        ExprList list = new ExprList();
        for (int i = 0; i < size; i++) list.add(value(scope, depth));
        return list;
    }
}
