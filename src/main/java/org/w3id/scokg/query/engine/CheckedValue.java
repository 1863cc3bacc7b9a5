package org.w3id.scokg.query.engine;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * The value of an expression that can build a long string or a large integer (CONCAT, REPLACE,
 * UCASE, ENCODE_FOR_URI, STR, multiplication, any named function), counted against the query's
 * {@link QueryBudget} as it is computed. Wraps the expression in the optimised algebra only; the
 * value is the expression's own.
 */
final class CheckedValue extends ExprFunction1 {
    CheckedValue(Expr expr) {
        super(expr, "https://w3id.org/sco-kg/ontology#checked");
    }

    @Override
    public NodeValue eval(NodeValue value, FunctionEnv env) {
        return QueryBudget.check(value, env);
    }

    @Override
    public NodeValue eval(NodeValue value) {
        return QueryBudget.check(value, null);
    }

    @Override
    public Expr copy(Expr expr) {
        return new CheckedValue(expr);
    }
}
