package org.w3id.scokg.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter;
import org.apache.jena.sparql.engine.iterator.QueryIterConcat;
import org.apache.jena.sparql.engine.iterator.QueryIterDefaulting;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterRepeatApply;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.engine.join.Join;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.engine.main.iterator.QueryIterOptionalIndex;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.serializer.SerializationContext;

/**
 * An OPTIONAL that ARQ evaluates by substitution ({@link OpConditional}), evaluated the cheaper of
 * two ways. Jena evaluates the optional pattern once per row of the left side, substituting and
 * planning it again each time; for thousands of rows a hash left join that evaluates the optional
 * pattern once is up to twice as fast, but it is far slower when the left side is small and the
 * optional pattern, alone, matches much of the graph.
 *
 * <p>Rows joined one by one are joined as Jena does, except that an optional pattern that is
 * {@linkplain #hashable hashable} is not rewritten for each row: it is evaluated with the row as
 * its input ({@link RowAsInput}), which binds the same variables without copying the pattern (a
 * tenth of the time of a small query).
 *
 * <p>The first {@value #ROW_BY_ROW} rows are joined one by one, as Jena does, so a small left side
 * or a query that stops early ({@code LIMIT}) costs what it did. Beyond them, the rest of the left
 * side and the optional pattern are read together, {@value #RIGHT_PER_LEFT} optional rows for each
 * left row: if the optional pattern ends first it is hash-joined with the left ({@link
 * Join#hashLeftJoin}, with what the OPTIONAL's filter says of the left side's variables as the
 * join's condition); if the left side ends first, its rows are joined one by one and the optional
 * rows read are dropped. The work wasted is at most {@value #RIGHT_PER_LEFT} optional rows per left
 * row.
 *
 * <p>Only an optional pattern that gives, joined alone, what substituting gives is hash-joined
 * ({@link #hashable}). Anything else is Jena's {@link QueryIterOptionalIndex}.
 */
final class AdaptiveOptional extends QueryIter {
    /** Left rows always joined one by one. */
    static final int ROW_BY_ROW = 32;
    /**
     * Rows of the optional pattern read for each left row before the hash join is given up.
     * Measured on the named queries at x10 and x100: the hash join was faster where the optional
     * pattern had up to twice the left side's rows, slower at three and a half times.
     */
    static final int RIGHT_PER_LEFT = 2;

    private final QueryIterator left;
    private final OpConditional conditional;
    private final int rowByRow;
    private final int rightPerLeft;
    /** The first rows of the left side, joined one by one. */
    private List<Binding> first;
    /** The variables the left side's rows may bind, once the first rows are read. */
    private Set<Var> outer;
    /** Whether the optional pattern, filters and all, is {@linkplain #hashable hashable} for {@link #outer}. */
    private boolean joinable;
    // Both volatile: a timeout cancels them from another thread.
    /** The rows being given: the first rows' join, then the rest's. */
    private volatile QueryIterator current;
    /** The optional pattern's rows while they race the left side's. */
    private volatile QueryIterator right;
    private boolean decided;
    private Way way = Way.FIRST_ROWS;

    /** How the rows after the first were joined. */
    enum Way {
        /** There were none. */
        FIRST_ROWS,
        /** One by one: the optional pattern could not be joined alone. */
        NOT_HASHABLE,
        /** One by one: the left side ended first in the race. */
        ROW_BY_ROW,
        /** By a hash join: the optional pattern ended first. */
        HASH_JOIN
    }

    private AdaptiveOptional(QueryIterator left, OpConditional conditional, int rowByRow, int rightPerLeft, ExecutionContext context) {
        super(context);
        this.left = left;
        this.conditional = conditional;
        this.rowByRow = rowByRow;
        this.rightPerLeft = rightPerLeft;
    }

    /**
     * The OPTIONAL {@code conditional} over the rows of {@code left}, which are the solutions of
     * its left side starting from {@code input}. Only from the query's root is it ever hash-joined:
     * rows that come from elsewhere may bind variables the left side does not show. The first
     * {@code rowByRow} rows (at least one) are joined one by one, and the race reads {@code
     * rightPerLeft} optional rows for each left row ({@link #ROW_BY_ROW}, {@link #RIGHT_PER_LEFT}).
     */
    static QueryIterator create(QueryIterator left, OpConditional conditional, QueryIterator input, int rowByRow, int rightPerLeft,
            ExecutionContext context) {
        if (rowByRow < 1) throw new IllegalArgumentException("rowByRow must be at least 1: " + rowByRow);
        if (!(input instanceof QueryIterRoot)) return new QueryIterOptionalIndex(left, conditional.getRight(), context);
        return new AdaptiveOptional(left, conditional, rowByRow, rightPerLeft, context);
    }

    /**
     * Whether joining {@code op}, evaluated alone, with a row binding some of {@code outer} gives
     * what substituting the row into it gives. It does when {@code op} is made only of basic graph
     * patterns, paths, joins, optional parts, filters and BINDs; no expression mentions those
     * variables; and each of them that occurs in an optional part of {@code op} also occurs where
     * every solution of {@code op} binds it.
     */
    static boolean hashable(Op op, Set<Var> outer) {
        Set<Var> bound = new HashSet<>();
        if (!mandatory(op, bound)) return false;
        Set<Var> loose = new HashSet<>(outer);
        loose.removeAll(bound);
        return hashable(op, outer, loose, true);
    }

    /** Adds the variables of the triple patterns every solution of {@code op} matches; false for an operator not handled. */
    private static boolean mandatory(Op op, Set<Var> bound) {
        if (op instanceof OpBGP bgp) {
            bgp.getPattern().forEach(t -> addVars(bound, t.getSubject(), t.getPredicate(), t.getObject()));
        } else if (op instanceof OpTriple triple) {
            addVars(bound, triple.getTriple().getSubject(), triple.getTriple().getPredicate(), triple.getTriple().getObject());
        } else if (op instanceof OpPath path) {
            addVars(bound, path.getTriplePath().getSubject(), path.getTriplePath().getObject());
        } else if (op instanceof OpSequence sequence) {
            return sequence.getElements().stream().allMatch(e -> mandatory(e, bound));
        } else if (op instanceof OpJoin join) {
            return mandatory(join.getLeft(), bound) && mandatory(join.getRight(), bound);
        } else if (op instanceof OpConditional conditional) {
            return mandatory(conditional.getLeft(), bound);
        } else if (op instanceof OpLeftJoin leftJoin) {
            return mandatory(leftJoin.getLeft(), bound);
        } else if (op instanceof OpFilter filter) {
            return mandatory(filter.getSubOp(), bound);
        } else if (op instanceof OpExtend extend) {
            return mandatory(extend.getSubOp(), bound);
        } else {
            return false;
        }
        return true;
    }

    private static void addVars(Set<Var> vars, Node... nodes) {
        for (Node node : nodes) if (node instanceof Var var) vars.add(var);
    }

    /** {@code everywhere}: outside every optional part, where {@code loose} variables may occur. */
    private static boolean hashable(Op op, Set<Var> outer, Set<Var> loose, boolean everywhere) {
        if (op instanceof OpBGP bgp) return everywhere || bgp.getPattern().getList().stream().allMatch(t -> notIn(loose, t.getSubject(), t.getPredicate(), t.getObject()));
        if (op instanceof OpTriple triple) {
            Triple t = triple.getTriple();
            return everywhere || notIn(loose, t.getSubject(), t.getPredicate(), t.getObject());
        }
        if (op instanceof OpPath path) return everywhere || notIn(loose, path.getTriplePath().getSubject(), path.getTriplePath().getObject());
        if (op instanceof OpSequence sequence) return sequence.getElements().stream().allMatch(e -> hashable(e, outer, loose, everywhere));
        if (op instanceof OpJoin join) return hashable(join.getLeft(), outer, loose, everywhere) && hashable(join.getRight(), outer, loose, everywhere);
        if (op instanceof OpConditional conditional) {
            return hashable(conditional.getLeft(), outer, loose, everywhere) && hashable(conditional.getRight(), outer, loose, false);
        }
        if (op instanceof OpLeftJoin leftJoin) {
            return (leftJoin.getExprs() == null || disjoint(leftJoin.getExprs().getVarsMentioned(), outer))
                    && hashable(leftJoin.getLeft(), outer, loose, everywhere)
                    && hashable(leftJoin.getRight(), outer, loose, false);
        }
        if (op instanceof OpFilter filter) {
            return disjoint(filter.getExprs().getVarsMentioned(), outer) && hashable(filter.getSubOp(), outer, loose, everywhere);
        }
        if (op instanceof OpExtend extend) {
            return disjoint(extend.getVarExprList().getVars(), outer)
                    && extend.getVarExprList().getExprs().values().stream().allMatch(e -> disjoint(e.getVarsMentioned(), outer))
                    && hashable(extend.getSubOp(), outer, loose, everywhere);
        }
        return false;
    }

    private static boolean notIn(Set<Var> vars, Node... nodes) {
        for (Node node : nodes) if (node instanceof Var var && vars.contains(var)) return false;
        return true;
    }

    private static boolean disjoint(Collection<Var> vars, Set<Var> outer) {
        return vars.stream().noneMatch(outer::contains);
    }

    @Override
    protected boolean hasNextBinding() {
        while (true) {
            if (current != null && current.hasNext()) return true;
            if (current == null) {
                first = take(left, rowByRow);
                // Every row extends the root's binding, so the first rows show its variables.
                outer = new HashSet<>(OpVars.visibleVars(conditional.getLeft()));
                first.forEach(row -> row.vars().forEachRemaining(outer::add));
                joinable = hashable(conditional.getRight(), outer);
                current = rowByRow(first);
            } else if (!decided) {
                decided = true;
                current.close();
                if (!left.hasNext()) return false;
                current = rest();
            } else {
                return false;
            }
        }
    }

    private static List<Binding> take(QueryIterator rows, int count) {
        List<Binding> taken = new ArrayList<>(count);
        while (taken.size() < count && rows.hasNext()) taken.add(rows.next());
        return taken;
    }

    private QueryIterator rowByRow(List<Binding> rows) {
        QueryIterator input = QueryIterPlainWrapper.create(rows.iterator(), getExecContext());
        return joinable
                ? new RowAsInput(input, conditional.getRight(), getExecContext())
                : new QueryIterOptionalIndex(input, conditional.getRight(), getExecContext());
    }

    /**
     * Jena's {@link QueryIterOptionalIndex} without its substitution: each row's optional rows are
     * the pattern's solutions with the row as their input, or the row alone if there are none. For
     * a hashable pattern that is what substituting gives: no expression in it mentions the row's
     * variables, and in its optional parts they occur only where every solution binds them, so
     * what substituting does is what ARQ does with an input row: match triple patterns and paths
     * against the row's values.
     */
    private static final class RowAsInput extends QueryIterRepeatApply {
        private final Op pattern;

        RowAsInput(QueryIterator rows, Op pattern, ExecutionContext context) {
            super(rows, context);
            this.pattern = pattern;
        }

        @Override
        protected QueryIterator nextStage(Binding row) {
            QueryIterator solutions = QC.execute(pattern, QueryIterSingleton.create(row, getExecContext()), getExecContext());
            return new QueryIterDefaulting(solutions, row, getExecContext());
        }
    }

    /** The rest of the left side, joined whichever way the race between the two sides says. */
    private QueryIterator rest() {
        // The OPTIONAL's filter: what mentions the left side's variables is the join's condition;
        // the rest filters the optional pattern's own rows before they are joined.
        ExprList condition = new ExprList();
        ExprList own = new ExprList();
        Op pattern = conditional.getRight();
        while (pattern instanceof OpFilter filter) {
            filter.getExprs().forEach(e -> (disjoint(e.getVarsMentioned(), outer) ? own : condition).add(e));
            pattern = filter.getSubOp();
        }
        if (!hashable(pattern, outer)) {
            way = Way.NOT_HASHABLE;
            return new QueryIterOptionalIndex(left, conditional.getRight(), getExecContext());
        }
        if (!own.isEmpty()) pattern = OpFilter.filterBy(own, pattern);

        ExecutionContext context = getExecContext();
        List<Binding> leftRows = new ArrayList<>();
        List<Binding> rightRows = new ArrayList<>();
        right = QC.execute(pattern, QueryIterRoot.create(context), context);
        try {
            while (right.hasNext()) {
                if (rightRows.size() < (long) rightPerLeft * leftRows.size()) {
                    rightRows.add(right.next());
                } else if (left.hasNext()) {
                    leftRows.add(left.next());
                } else {
                    way = Way.ROW_BY_ROW;
                    return rowByRow(leftRows);
                }
            }
        } finally {
            right.close();
        }
        way = Way.HASH_JOIN;
        QueryIterConcat all = new QueryIterConcat(context);
        all.add(QueryIterPlainWrapper.create(leftRows.iterator(), context));
        all.add(left);
        return Join.hashLeftJoin(all, QueryIterPlainWrapper.create(rightRows.iterator(), context), condition.isEmpty() ? null : condition, context);
    }

    /** How the rows after the first were joined, once they have been. */
    Way way() {
        return way;
    }

    @Override
    protected Binding moveToNextBinding() {
        return current.nextBinding();
    }

    @Override
    protected void closeIterator() {
        if (current != null) current.close();
        if (right != null) right.close();
        left.close();
    }

    @Override
    protected void requestCancel() {
        if (current != null) current.cancel();
        if (right != null) right.cancel();
        left.cancel();
    }

    @Override
    public void output(IndentedWriter out, SerializationContext context) {
        out.print("AdaptiveOptional " + way);
    }
}
