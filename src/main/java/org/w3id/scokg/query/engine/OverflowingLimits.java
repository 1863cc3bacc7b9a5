package org.w3id.scokg.query.engine;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpSlice;

/**
 * Every LIMIT that with its OFFSET passes what a long holds removed before ARQ plans (it limits
 * nothing). ARQ's optimiser makes a top-N of OFFSET plus LIMIT ({@code TransformTopN}) without
 * checking the sum: {@code ORDER BY ?x OFFSET 1 LIMIT 9223372036854775807} became a top-0 and
 * answered no row, in plain Jena 5.6.0 too.
 */
final class OverflowingLimits extends TransformCopy {
    private OverflowingLimits() {}

    /** {@code op} without a LIMIT that with its OFFSET passes {@link Long#MAX_VALUE}. */
    static Op removed(Op op) {
        return Transformer.transform(new OverflowingLimits(), op);
    }

    @Override
    public Op transform(OpSlice slice, Op sub) {
        long offset = slice.getStart() == Query.NOLIMIT ? 0 : slice.getStart();
        long limit = slice.getLength();
        if (limit == Query.NOLIMIT || limit <= Long.MAX_VALUE - offset) return super.transform(slice, sub);
        return offset == 0 ? sub : new OpSlice(sub, offset, Query.NOLIMIT);
    }
}
