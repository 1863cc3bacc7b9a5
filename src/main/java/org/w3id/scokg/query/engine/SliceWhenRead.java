package org.w3id.scokg.query.engine;

import java.util.function.Function;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter;
import org.apache.jena.sparql.engine.iterator.QueryIterSlice;

/**
 * LIMIT and OFFSET, made when first read rather than while ARQ builds the plan. Jena's {@link
 * QueryIterSlice} skips its OFFSET when it is made, so the rows before it were evaluated while the
 * plan was built: inside the lock that ARQ's timeout alarm waits for (the query ran past its
 * timeout), and where a failure or an abort leaves no plan to close (a DISTINCT's spill files stayed
 * on disk).
 */
final class SliceWhenRead extends QueryIter {
    private final OpSlice slice;
    private final Function<QueryIterator, QueryIterator> part;
    private QueryIterator input;
    private volatile QueryIterator rows;

    /** {@code part} evaluates the slice's part over the input it is given. */
    SliceWhenRead(OpSlice slice, Function<QueryIterator, QueryIterator> part, QueryIterator input, ExecutionContext context) {
        super(context);
        this.slice = slice;
        this.part = part;
        this.input = input;
    }

    /** Jena's slice over the part's rows; if skipping the OFFSET fails (a cancel), the part is closed. */
    private QueryIterator rows() {
        if (rows == null) {
            QueryIterator below = part.apply(input);
            input = null;
            try {
                rows = new QueryIterSlice(below, slice.getStart(), slice.getLength(), getExecContext());
            } catch (RuntimeException e) {
                below.close();
                throw e;
            }
        }
        return rows;
    }

    @Override
    protected boolean hasNextBinding() {
        return rows().hasNext();
    }

    @Override
    protected Binding moveToNextBinding() {
        return rows().next();
    }

    @Override
    protected void requestCancel() {
        QueryIterator current = rows;
        if (current != null) current.cancel();
        else if (input != null) input.cancel();
    }

    @Override
    protected void closeIterator() {
        if (rows != null) rows.close();
        else if (input != null) input.close();
    }
}
