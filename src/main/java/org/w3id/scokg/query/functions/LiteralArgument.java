package org.w3id.scokg.query.functions;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * The argument of HOURS, MINUTES, SECONDS, TIMEZONE and TZ, passed on if it is a literal and a
 * type error if it is not. Jena 5.6.0 reads the lexical form of whatever those functions are given,
 * so an IRI or a blank node failed the whole query (a 500 from the endpoint) where SPARQL 1.1 (17.2)
 * makes the call an error that leaves its variable unbound or its FILTER false, as YEAR, MONTH and
 * DAY already do in Jena. Wraps the argument in the optimised algebra only.
 */
final class LiteralArgument extends ExprFunction1 {
    LiteralArgument(Expr expr) {
        super(expr, "https://w3id.org/sco-kg/ontology#literalArgument");
    }

    @Override
    public NodeValue eval(NodeValue value) {
        if (!value.isLiteral()) throw new ExprEvalException("not a literal: " + value);
        return value;
    }

    @Override
    public Expr copy(Expr expr) {
        return new LiteralArgument(expr);
    }
}
