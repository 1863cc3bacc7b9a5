package org.w3id.scokg.query.functions;

import org.apache.jena.sparql.expr.E_Add;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.NodeValue;

/** Addition, with a duration of more than {@value LongDurations#YEARS} years added to a date or time an error ({@link LongDurations}). */
final class CheckedAdd extends E_Add {
    CheckedAdd(Expr left, Expr right) {
        super(left, right);
    }

    @Override
    public NodeValue eval(NodeValue x, NodeValue y) {
        LongDurations.check(x, y);
        return super.eval(x, y);
    }

    @Override
    public Expr copy(Expr left, Expr right) {
        return new CheckedAdd(left, right);
    }
}
