package org.w3id.scokg.query.functions;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;

/** GROUP_CONCAT(DISTINCT ...) as Jena computes it, bounded as {@link BoundedGroupConcat} (repeated values counted too). */
final class BoundedGroupConcatDistinct extends AggGroupConcatDistinct {
    BoundedGroupConcatDistinct(Expr expr, String separator) {
        super(expr, separator);
    }

    @Override
    public Aggregator copy(ExprList exprs) {
        return new BoundedGroupConcatDistinct(exprs.get(0), getSeparator());
    }

    @Override
    public Accumulator createAccumulator() {
        return BoundedGroupConcat.bounded(super.createAccumulator(), getExpr(), BoundedGroupConcat.effective(getSeparator()));
    }
}
