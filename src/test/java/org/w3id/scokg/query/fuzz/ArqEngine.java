package org.w3id.scokg.query.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * ARQ over one {@link DatasetGraph}, with nothing added: {@code QueryExec.dataset(ds).query(q)}
 * with a timeout, inside a read transaction. Over a plain in-memory dataset it is the oracle; over
 * a TDB2 copy ({@link #overTdb2Copy}) or a dataset whose context installs another executor it is a
 * subject.
 *
 * <p>The timeout is enforced by setting the query's cancel signal from a timer of this class's:
 * Jena 5.6.0's own timeout waits for a lock that {@code QueryExecDataset} holds while it builds the
 * plan, so a query that does its work then (the build side of a hash join) ran on for minutes. An
 * answer of more than {@value #MOST_ROWS} rows counts as running out of time too.
 */
public final class ArqEngine implements Engine {
    /** Rows (or triples) an answer may have; more is treated as a timeout, not compared. */
    static final int MOST_ROWS = 200_000;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "fuzz-timeout");
        thread.setDaemon(true);
        return thread;
    });
    private final String name;
    private final DatasetGraph dataset;
    private final Duration timeout;

    public ArqEngine(String name, DatasetGraph dataset, Duration timeout) {
        this.name = name;
        this.dataset = dataset;
        this.timeout = timeout;
    }

    /** ARQ over an in-memory TDB2 database holding a copy of {@code quads}. */
    public static ArqEngine overTdb2Copy(String name, DatasetGraph quads, Duration timeout) {
        DatasetGraph tdb2 = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(tdb2, () -> Txn.executeRead(quads, () -> quads.find().forEachRemaining(tdb2::add)));
        return new ArqEngine(name, tdb2, timeout);
    }

    /** The dataset this engine queries. */
    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * The answer, or the failure: also where ARQ failed inside a FILTER and answered as if the
     * filter were false ({@link SwallowedFailures}).
     */
    @Override
    public Outcome evaluate(String queryText) {
        try {
            Query query = QueryFactory.create(queryText);
            SwallowedFailures.watch();
            // A dataset without transactions (or already in one) is read as it is.
            Outcome outcome = !dataset.supportsTransactions() || dataset.isInTransaction() ? answer(query) : Txn.calculateRead(dataset, () -> answer(query));
            return SwallowedFailures.first().<Outcome>map(e -> new Outcome.Failure(e.getClass().getName(), String.valueOf(e.getMessage()))).orElse(outcome);
        } catch (QueryCancelledException e) {
            return new Outcome.TimedOut();
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome.Failure(e.getClass().getName(), String.valueOf(e.getMessage()));
        }
    }

    private Outcome answer(Query query) {
        AtomicBoolean cancel = new AtomicBoolean();
        ScheduledFuture<?> alarm = TIMER.schedule(() -> cancel.set(true), timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).set(ARQConstants.symCancelQuery, cancel)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            if (query.isSelectType()) return rows(exec.select());
            if (query.isAskType()) return new Outcome.Ask(exec.ask());
            Graph graph = query.isConstructType() ? exec.construct() : exec.describe();
            return graph.size() > MOST_ROWS ? new Outcome.TimedOut() : new Outcome.Triples(copy(graph));
        } finally {
            alarm.cancel(false);
        }
    }

    private static Outcome rows(RowSet rowSet) {
        List<Var> vars = rowSet.getResultVars();
        List<Binding> rows = new ArrayList<>();
        while (rowSet.hasNext()) {
            if (rows.size() == MOST_ROWS) return new Outcome.TimedOut();
            // A TDB2 row decodes its terms lazily: copy each inside the transaction.
            rows.add(BindingFactory.copy(rowSet.next()));
        }
        return new Outcome.Rows(vars, rows);
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createGraphMem();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }
}
