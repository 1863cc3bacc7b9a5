package org.w3id.scokg.query.engine;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;

/**
 * Inside an EXISTS or NOT EXISTS, ARQ's top-N (ORDER BY with LIMIT, as the optimiser plans it) is
 * put back as ORDER BY and LIMIT. Substituting a row into an EXISTS writes its pattern back as
 * syntax ({@code ExprFunctionOp.copySubstitute}, through {@code OpAsQuery}), which has no top-N,
 * and Jena 5.6.0 fails the query: {@code SELECT * { VALUES ?x { 1 } OPTIONAL { FILTER NOT EXISTS {
 * SELECT * {} ORDER BY ?v LIMIT 3 } } }} fails with ARQNotImplemented: OpTopN, in plain ARQ too
 * (RDF4J answers one row). The answer is the same; only that pattern is sorted in full.
 */
final class TopNInsideExists extends ExprTransformCopy {

    /** {@code op} with every EXISTS pattern's top-N put back. */
    static Op rewrite(Op op) {
        return Transformer.transform(new TransformCopy(), new TopNInsideExists(), op);
    }

    @Override
    public Expr transform(ExprFunctionOp exists, ExprList args, Op pattern) {
        Op written = Transformer.transform(new TransformCopy() {
            @Override
            public Op transform(OpTopN topN, Op sub) {
                return new OpSlice(new OpOrder(sub, topN.getConditions()), Query.NOLIMIT, topN.getLimit());
            }
        }, pattern);
        return written == exists.getGraphPattern() ? exists : exists.copy(args, written);
    }
}
