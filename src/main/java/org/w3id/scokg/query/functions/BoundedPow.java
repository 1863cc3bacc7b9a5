package org.w3id.scokg.query.functions;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * {@code math:pow}, refused before it computes an integer past {@link QueryBudget#MAX_INTEGER_BITS}:
 * {@code math:pow(10, 1000000)} took a second, and writing it out as a string 18 more, with no look
 * at the timeout.
 */
final class BoundedPow extends E_Function {
    static final String IRI = "http://www.w3.org/2005/xpath-functions/math#pow";

    BoundedPow(ExprList args) {
        super(IRI, args);
    }

    @Override
    public NodeValue evalSpecial(Binding binding, FunctionEnv env) {
        if (numArgs() == 2) {
            try {
                NodeValue base = getArg(1).eval(binding, env);
                NodeValue exponent = getArg(2).eval(binding, env);
                if (base.isInteger() && exponent.isInteger()) QueryBudget.checkPower(base.getInteger(), exponent.getInteger().intValue());
            } catch (ExprEvalException notNumbers) {
                // The function reports it as Jena does.
            }
        }
        return super.evalSpecial(binding, env);
    }

    @Override
    public Expr copy(ExprList args) {
        return new BoundedPow(args);
    }
}
