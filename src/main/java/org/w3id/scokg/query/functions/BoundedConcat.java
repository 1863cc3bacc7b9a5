package org.w3id.scokg.query.functions;

import java.util.List;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/** CONCAT, refused before it builds a string longer than {@link QueryBudget#MAX_STRING}: its arguments may each be that long. */
final class BoundedConcat extends E_StrConcat {
    BoundedConcat(ExprList args) {
        super(args);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        long length = 0;
        for (NodeValue arg : args) length += arg.isString() || arg.isLangString() ? arg.getString().length() : 0;
        QueryBudget.willBuild(env, length);
        return super.eval(args, env);
    }

    @Override
    public Expr copy(ExprList args) {
        return new BoundedConcat(args);
    }
}
