package org.w3id.scokg.query;

import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.path.P_FixedLength;
import org.apache.jena.sparql.path.P_Mod;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnfold;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * How many triple patterns a query stands for, its property paths expanded, read from its syntax
 * before it is compiled: Jena's compiler writes {@code <p>{n}} and a sequence of n links as n
 * triple patterns, and ARQ orders the patterns of a basic graph pattern when it starts evaluating
 * it, in time that grows as the square of their number and that no deadline interrupts ({@code
 * <p>{1000}} took 1 s to plan, {@code {5000}} 2.7 s, {@code {20000}} 53 s, and {@code {100000}}
 * had not finished after 10 minutes; 4,000 written-out triple patterns, 74 KB of query text, ran
 * 2.5 s past a timeout of 0.3 s). A repetition may count to {@value #MAX_REPEAT}, and the query's
 * triple patterns and path steps together may number {@value #MAX_STEPS}.
 */
final class PatternSize {
    static final long MAX_REPEAT = 100;
    static final long MAX_STEPS = 1_000;

    private PatternSize() {}

    /** Why the query has too many triple patterns or path steps, or empty. */
    static Optional<String> refusal(Query query) {
        Counter counter = new Counter();
        counter.query(query);
        if (counter.backwards != null) {
            long least = counter.backwards.getMin();
            long most = counter.backwards.getMax();
            return Optional.of("A property path repeats at least " + least + " and at most " + most + " times ({" + least + "," + most
                    + "}), which no path does; write the lesser count first.");
        }
        if (counter.largestRepeat > MAX_REPEAT) {
            return Optional.of("A property path repeats " + counter.largestRepeat + " times; this endpoint allows " + MAX_REPEAT + ".");
        }
        if (counter.steps > MAX_STEPS) {
            return Optional.of("The query's triple patterns and property path steps number " + counter.steps + "; this endpoint allows " + MAX_STEPS + ".");
        }
        return Optional.empty();
    }

    /**
     * Triple patterns, path steps and repetitions, in sub-queries and EXISTS too, wherever an EXISTS
     * stands (filters, BINDs, ARQ's LET and UNFOLD, projections, GROUP BY, HAVING, ORDER BY,
     * aggregates): each is counted
     * once, from its syntax, since Jena's expression walker would also walk the algebra of every
     * EXISTS nested in it (once more for each level of nesting: 2^40 walks for 40 levels).
     */
    private static final class Counter extends ElementVisitorBase {
        private static final long SATURATED = Long.MAX_VALUE / 4;
        long steps;
        long largestRepeat;
        /**
         * The first repetition whose least count passes its most ({@code {2,1}}): it matches no path,
         * and ARQ's optimiser throws on it ("Bad path"), which would reach the client as a 500.
         */
        P_Mod backwards;

        void query(Query query) {
            walk(query.getQueryPattern());
            query.getProject().getExprs().values().forEach(this::expr);
            if (query.hasGroupBy()) query.getGroupBy().getExprs().values().forEach(this::expr);
            if (query.hasHaving()) query.getHavingExprs().forEach(this::expr);
            if (query.hasOrderBy()) query.getOrderBy().forEach(condition -> expr(condition.getExpression()));
        }

        void walk(Element element) {
            if (element != null) ElementWalker.walk(element, this);
        }

        @Override
        public void visit(ElementPathBlock block) {
            block.getPattern().forEach(triple -> {
                steps = Math.min(SATURATED, steps + (triple.getPath() == null ? 1 : size(triple.getPath())));
            });
        }

        @Override
        public void visit(ElementSubQuery sub) {
            query(sub.getQuery());
        }

        @Override
        public void visit(ElementFilter filter) {
            expr(filter.getExpr());
        }

        @Override
        public void visit(ElementBind bind) {
            expr(bind.getExpr());
        }

        // ARQ's LET and UNFOLD hold expressions as BIND does: a path in an EXISTS in them is counted
        // too (left unread, {2,1} there was a 500).
        @Override
        public void visit(ElementAssign assign) {
            expr(assign.getExpr());
        }

        @Override
        public void visit(ElementUnfold unfold) {
            expr(unfold.getExpr());
        }

        /** The EXISTS in {@code expr}, each walked once from its syntax (Jena's element walker does not enter them). */
        private void expr(Expr expr) {
            if (expr instanceof ExprFunctionOp exists) {
                walk(exists.getElement());
            } else if (expr instanceof ExprAggregator aggregate) {
                ExprList arguments = aggregate.getAggregator().getExprList();
                if (arguments != null) arguments.forEach(this::expr);
            } else if (expr instanceof ExprFunction function) {
                function.getArgs().forEach(this::expr);
            }
        }

        /** The steps one path stands for, saturating far above any limit. */
        private long size(Path path) {
            if (path instanceof P_FixedLength fixed) return repeat(fixed.getCount(), fixed.getSubPath());
            if (path instanceof P_Mod mod) {
                // An open count ({2,}, {,2}) is P_Mod.UNSET, below any other.
                if (backwards == null && mod.getMax() != P_Mod.UNSET && mod.getMin() > mod.getMax()) backwards = mod;
                return repeat(Math.max(mod.getMin(), mod.getMax()), mod.getSubPath());
            }
            if (path instanceof P_Path2 two) {
                return Math.min(SATURATED, size(two.getLeft()) + size(two.getRight()));
            }
            if (path instanceof P_Path1 one) return size(one.getSubPath());
            return 1;
        }

        private long repeat(long count, Path sub) {
            largestRepeat = Math.max(largestRepeat, count);
            long times = Math.max(1, count);
            long each = size(sub);
            return each > SATURATED / times ? SATURATED : times * each;
        }
    }
}
