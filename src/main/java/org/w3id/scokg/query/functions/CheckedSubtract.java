package org.w3id.scokg.query.functions;

import org.apache.jena.sparql.expr.E_Subtract;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.NodeValue;

/** Subtraction, with a duration of more than {@value LongDurations#YEARS} years taken from a date or time an error ({@link LongDurations}). */
final class CheckedSubtract extends E_Subtract {
    CheckedSubtract(Expr left, Expr right) {
        super(left, right);
    }

    @Override
    public NodeValue eval(NodeValue x, NodeValue y) {
        LongDurations.check(x, y);
        return super.eval(x, y);
    }

    @Override
    public Expr copy(Expr left, Expr right) {
        return new CheckedSubtract(left, right);
    }
}
