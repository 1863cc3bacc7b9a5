package org.w3id.scokg.build;

import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * ARQ's executor for the in-memory SPARQL dataset: Jena's, but ORDER BY evaluates each sort key
 * once per solution ({@link OrderByKeys}) and an OPTIONAL over many rows may be hash-joined
 * ({@link AdaptiveOptional}), also one that ARQ's optimiser left as a left join. All give Jena's
 * answers in Jena's order. {@link #install} also gives the dataset {@link
 * RememberedPropertyFunctions}.
 */
final class SparqlExecutor extends OpExecutor {
    static final OpExecutorFactory FACTORY = factory(AdaptiveOptional.ROW_BY_ROW, AdaptiveOptional.RIGHT_PER_LEFT);

    private final int rowByRow;
    private final int rightPerLeft;

    private SparqlExecutor(ExecutionContext context, int rowByRow, int rightPerLeft) {
        super(context);
        this.rowByRow = rowByRow;
        this.rightPerLeft = rightPerLeft;
    }

    /** Queries of a dataset with this {@code context} run with this executor and {@link RememberedPropertyFunctions}. */
    static void install(Context context) {
        QC.setFactory(context, FACTORY);
        PropertyFunctionRegistry.set(context, new RememberedPropertyFunctions(PropertyFunctionRegistry.chooseRegistry(context)));
    }

    /**
     * Jena's property functions, with the answer for each IRI remembered (up to {@value #IRIS}
     * IRIs). Jena's registry matches every IRI it is asked about against its table of class-name
     * prefixes, and a property path asks about each step's predicate and twice more when it starts:
     * five per cent of a path query's time.
     */
    static final class RememberedPropertyFunctions extends PropertyFunctionRegistry {
        static final int IRIS = 10_000;
        private final PropertyFunctionRegistry registry;
        private final Cache<String, Optional<PropertyFunctionFactory>> factories = CacheFactory.createCache(IRIS);
        private final Cache<String, Boolean> managed = CacheFactory.createCache(IRIS);

        RememberedPropertyFunctions(PropertyFunctionRegistry registry) {
            this.registry = registry;
        }

        @Override
        public PropertyFunctionFactory get(String uri) {
            return factories.get(uri, iri -> Optional.ofNullable(registry.get(iri))).orElse(null);
        }

        @Override
        public boolean manages(String uri) {
            return managed.get(uri, registry::manages);
        }

        @Override
        public boolean isRegistered(String uri) {
            return registry.isRegistered(uri);
        }

        @Override
        public Iterator<String> keys() {
            return registry.keys();
        }
    }

    /** The executor with other thresholds for {@link AdaptiveOptional}, so tests can take each way. */
    static OpExecutorFactory factory(int rowByRow, int rightPerLeft) {
        return context -> new SparqlExecutor(context, rowByRow, rightPerLeft);
    }

    @Override
    protected QueryIterator execute(OpOrder order, QueryIterator input) {
        return new QueryIterSort(exec(order.getSubOp(), input), new OrderByKeys(order.getConditions(), execCxt), execCxt);
    }

    /**
     * An OPTIONAL that ARQ's optimiser left as a left join, evaluated as any other OPTIONAL when
     * that gives the same answer. ARQ keeps the left join, and so joins the left side with every
     * solution of the optional pattern however few the left side's rows, when its test of the
     * pattern fails ({@code LeftJoinClassifier}), as it does when the pattern BINDs what a nested
     * OPTIONAL binds. The answer is the same by substitution when the pattern, with the join's
     * condition as its filter, is {@linkplain AdaptiveOptional#hashable hashable}. The
     * article-claims query (18 rows on the left, 48 optional ones) took 0.34 ms in one process
     * instead of 0.46.
     */
    @Override
    protected QueryIterator execute(OpLeftJoin leftJoin, QueryIterator input) {
        if (input instanceof QueryIterRoot) {
            ExprList condition = leftJoin.getExprs();
            Op optional = condition == null || condition.isEmpty() ? leftJoin.getRight() : OpFilter.filterBy(condition, leftJoin.getRight());
            if (AdaptiveOptional.hashable(optional, OpVars.visibleVars(leftJoin.getLeft()))) {
                return execute(new OpConditional(leftJoin.getLeft(), optional), input);
            }
        }
        return super.execute(leftJoin, input);
    }

    @Override
    protected QueryIterator execute(OpConditional optional, QueryIterator input) {
        return AdaptiveOptional.create(exec(optional.getLeft(), input), optional, input, rowByRow, rightPerLeft, execCxt);
    }
}
