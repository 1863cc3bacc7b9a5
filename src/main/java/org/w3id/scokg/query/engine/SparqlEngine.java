package org.w3id.scokg.query.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.mem2.GraphMem2;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.engine.main.StageBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.query.functions.BoundedEvaluation;
import org.w3id.scokg.query.functions.QueryBudget;

/**
 * How sco-kg evaluates SPARQL, in one place for the endpoint, the named-query API, the command line
 * and the differential fuzzer: plain ARQ over the dataset as queries see it (the four named graphs,
 * their union as the default graph), with the settings of {@link #configure} and, in memory, the
 * changes to evaluation that {@link SparqlExecutor} makes (a TDB2 store keeps TDB2's own executor,
 * with the repairs of {@link Tdb2Executor}).
 */
public final class SparqlEngine {
    /** The query timeout when none is configured. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;
    /** Rows DISTINCT keeps in memory before it spills to disk (a sort counts bytes: {@link SpillingSort}). */
    public static final long SPILL_ROWS = 20_000;

    /**
     * ARQ's optimiser with {@link BoundedEvaluation}'s rewrite, then {@link BoundPathsFirst}'s, {@link
     * GraphNamesFirst}'s, every EXISTS taking rows into its algebra only ({@link
     * ExistsOverAlgebra}, before ARQ's optimiser and after it), and ORDER BY with LIMIT as a top-N past ARQ's 1,000 rows ({@link
     * SlicesAsTopN}); before ARQ plans, a LIMIT whose sum with its OFFSET passes what a long
     * holds is removed ({@link OverflowingLimits}).
     */
    private static final RewriteFactory OPTIMISER = context -> {
        Rewrite bounded = BoundedEvaluation.FACTORY.create(context);
        return op -> {
            // EXISTS over its algebra before ARQ's optimiser too, which substitutes into it while it optimises.
            Op planned = BoundPathsFirst.rewrite(bounded.rewrite(ExistsOverAlgebra.rewrite(OverflowingLimits.removed(op))));
            return SlicesAsTopN.rewrite(ExistsOverAlgebra.rewrite(Transformer.transform(new GraphNamesFirst(), planned)));
        };
    };

    private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

    private SparqlEngine() {}

    /**
     * The graph for queries: in memory, the built named graphs themselves (plain in-memory graphs,
     * which do not change once built) and their union materialised as the default graph; a TDB2
     * store is served as it is, its union the default graph by its own setting. A graph the dataset
     * does not hold ({@code FROM NAMED <elsewhere>}) is empty, never created, and Jena's names for the
     * union and the default graph name none ({@link OwnGraphs}). Its context carries
     * {@link SparqlExecutor}. The named graphs are not copied: at x100 a copy beside the built graph
     * held 231 MiB of heap.
     */
    public static DatasetGraph copyForQueries(KnowledgeGraph graph) {
        if (TDBInternal.isTDB2(graph.dataset())) return forQueries(graph.dataset());
        return graph.read(() -> {
            DatasetGraph built = graph.dataset();
            Map<Node, Graph> named = new LinkedHashMap<>();
            built.listGraphNodes().forEachRemaining(name -> {
                Graph held = built.getGraph(name);
                named.put(name, held instanceof GraphMem2 ? held : copyOf(held));
            });
            return forQueries(KnowledgeGraph.copyOfUnion(built), named);
        });
    }

    /** A TDB2 {@code store}, served as it is, with TDB2's executor and the repairs of {@link Tdb2Executor}. */
    public static DatasetGraph forQueries(DatasetGraph store) {
        QC.setFactory(store.getContext(), Tdb2Executor.FACTORY);
        return store;
    }

    /**
     * An in-memory copy of the named graphs of {@code quads} for queries, as {@link
     * #copyForQueries(KnowledgeGraph)} makes it: their union is the default graph (a default graph of
     * {@code quads}' own is not copied). The caller holds any transaction {@code quads} needs.
     */
    public static DatasetGraph copyForQueries(DatasetGraph quads) {
        Map<Node, Graph> named = new LinkedHashMap<>();
        quads.listGraphNodes().forEachRemaining(name -> named.put(name, copyOf(quads.getGraph(name))));
        return forQueries(KnowledgeGraph.copyOfUnion(quads), named);
    }

    /**
     * The dataset queries see over these graphs, held as they are (not copied): {@code defaultGraph}
     * as the default graph and {@code named} by their names, with the executor and the
     * empty-graph rule of {@link #copyForQueries(KnowledgeGraph)}. The graphs must not change while
     * it is queried.
     */
    public static DatasetGraph forQueries(Graph defaultGraph, Map<Node, Graph> named) {
        DatasetGraph linked = DatasetGraphFactory.create(defaultGraph);
        named.forEach(linked::addGraph);
        DatasetGraph served = new OwnGraphs(linked);
        QC.setFactory(served.getContext(), SparqlExecutor.FACTORY);
        StageBuilder.setGenerator(served.getContext(), new FewerMatchesFirst());
        return served;
    }

    private static Graph copyOf(Graph graph) {
        Graph copy = GraphFactory.createGraphMem();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    /**
     * The public endpoint's settings: the query timeout; no requests to other hosts; what a query may
     * build ({@link BoundedEvaluation}, {@link QueryBudget}), constant expressions evaluated when
     * the query runs, under its deadline, rather than folded while it is planned; GRAPH over a part
     * that reads no graph as SPARQL means it, on TDB2 too ({@link GraphNamesFirst}); DISTINCT that keeps more
     * than {@value #SPILL_ROWS} rows writes them to disk instead of the heap; and, on a TDB2 store
     * whose default graph is the union, FROM and FROM NAMED as SPARQL defines them ({@link
     * DescribedDatasetOnTdb2}); and ARQ's property functions with no match, not a 500, where their
     * arguments make them fail ({@link CheckedPropertyFunctions}); DESCRIBE stopped at the deadline
     * between two resources, and held to a budget of bytes where the query gives one ({@link DescribeCap}).
     */
    public static void configure(Context context, long timeoutMillis) {
        context.set(ARQ.queryTimeout, Long.toString(timeoutMillis));
        context.set(ARQ.httpServiceAllowed, false);
        context.set(ARQConstants.sysOptimizerFactory, OPTIMISER);
        // Folding evaluates constant expressions while the query is planned, before any deadline:
        // a constant REGEX that backtracks without bound ran 22 s past the timeout.
        context.set(ARQ.optExprConstantFolding, false);
        context.set(ARQ.spillToDiskThreshold, SPILL_ROWS);
        PropertyFunctionRegistry functions = PropertyFunctionRegistry.chooseRegistry(context);
        if (!(functions instanceof CheckedPropertyFunctions)) PropertyFunctionRegistry.set(context, new CheckedPropertyFunctions(functions));
        QueryEngineRegistry engines = QueryEngineRegistry.chooseRegistry(context).copy();
        engines.add(DescribedDatasetOnTdb2.FACTORY);
        QueryEngineRegistry.set(context, engines);
        DescribeCap.install();
        context.set(DescribeCap.BOUNDED, true);
    }

    /**
     * An execution of {@code query} over a dataset from {@link #copyForQueries}, stopped after {@code
     * timeoutMillis}; hold a {@link #deadline} on it as well.
     */
    public static QueryExecBuilder exec(DatasetGraph dataset, Query query, long timeoutMillis) {
        return QueryExec.dataset(dataset).query(query).timeout(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Aborts {@code exec} once {@code timeoutMillis} have passed, unless the deadline is cancelled first. ARQ's
     * own timeout does not stop what is evaluated while the plan is built: its alarm waits for the
     * lock the building holds, and the building evaluates a slice's OFFSET (Jena's {@code
     * QueryIterSlice} skips it when made), so {@code SELECT DISTINCT ... LIMIT 1 OFFSET 30000} over
     * a cartesian product ran on past a 5 s timeout, writing its rows to disk ({@link SliceWhenRead}
     * now defers the OFFSET; the deadline stays for any other work done while the plan is built). It
     * {@linkplain #stop stops} the query without that lock, at its next row.
     */
    public static Deadline deadline(QueryExec exec, long timeoutMillis) {
        return deadline(() -> stop(exec), timeoutMillis);
    }

    /**
     * Runs {@code stop} once {@code timeoutMillis} have passed, unless the deadline is cancelled
     * first: the same deadline as a query's, for work the server does without a {@link QueryExec}
     * (a Graph Store read). {@code stop} must not block: one thread fires every deadline.
     */
    public static Deadline deadline(Runnable stop, long timeoutMillis) {
        return new Deadline(DEADLINES.schedule(stop, timeoutMillis, TimeUnit.MILLISECONDS));
    }

    /**
     * Stops {@code exec} from any thread without waiting: its cancel signal is set at once (every
     * iterator reads it at its next row, and sco-kg's sorts at their next comparison), and its
     * iterators are cancelled on a thread of the common pool, since {@code QueryExec.abort()} waits
     * for the lock that building the plan holds (one slow plan delayed every other deadline on the
     * one thread that fires them).
     */
    public static void stop(QueryExec exec) {
        AtomicBoolean signal = Context.getCancelSignal(exec.getContext());
        if (signal != null) signal.set(true);
        ForkJoinPool.commonPool().execute(exec::abort);
    }

    /** An abort due at a query's deadline, to be cancelled once the answer is read. */
    public static final class Deadline {
        private final ScheduledFuture<?> abort;

        private Deadline(ScheduledFuture<?> abort) {
            this.abort = abort;
        }

        public void cancel() {
            abort.cancel(false);
        }
    }

    private static ScheduledThreadPoolExecutor deadlines() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "query-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
