package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionBase2;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** An independent review's counterexamples to the first deadline (commit aa269fe), each repaired. */
class DeadlineReviewTest {
    /** 300 triples in one named graph, as sco-kg queries them. */
    static DatasetGraph data() {
        DatasetGraph quads = DatasetGraphFactory.create();
        Txn.executeWrite(quads, () -> {
            for (int i = 0; i < 300; i++) {
                quads.add(NodeFactory.createURI("http://example.org/g"), NodeFactory.createURI("http://example.org/s" + i), NodeFactory.createURI("http://example.org/p"),
                        NodeFactory.createLiteralString("o" + i));
            }
        });
        DatasetGraph scoKg = SparqlEngine.copyForQueries(quads);
        SparqlEngine.configure(scoKg.getContext(), 60_000);
        return scoKg;
    }

    /** Aborts the query under test at its 60,000th row: the deadline's abort, at a known row. */
    public static final class AbortAt extends FunctionBase2 {
        static volatile QueryExec exec;
        static final AtomicInteger calls = new AtomicInteger();

        @Override
        public NodeValue exec(NodeValue a, NodeValue b) {
            if (calls.incrementAndGet() == 60_000) SparqlEngine.stop(exec); // as the deadline does
            return NodeValue.TRUE;
        }
    }

    /**
     * A DISTINCT read while the plan was built (a slice's OFFSET), aborted there: the exception left
     * QueryIterSlice's constructor, no plan was made, closing the execution closed nothing, and the
     * DISTINCT's spill files stayed on disk. The slice is now made when first read, after the plan.
     */
    @Test
    void an_abort_while_an_offset_is_skipped_leaves_no_spill_file() throws Exception {
        FunctionRegistry.get().put("urn:review:abortAt", AbortAt.class);
        Path dir = Files.createTempDirectory("review-spill");
        String tmp = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", dir.toString());
        try {
            DatasetGraph scoKg = data();
            // 90,000 rows; aborted at the 60,000th: 20,000 held, 40,000 in the bag, which spilled at 20,000.
            String text = "SELECT DISTINCT * { ?a ?b ?c . ?d ?e ?f FILTER(<urn:review:abortAt>(?a, ?d)) } LIMIT 1 OFFSET 89999";
            try (QueryExec exec = SparqlEngine.exec(scoKg, QueryFactory.create(text), 60_000).build()) {
                AbortAt.exec = exec;
                AbortAt.calls.set(0);
                assertThrows(QueryCancelledException.class, () -> exec.select().hasNext());
            }
            File[] left = dir.toFile().listFiles();
            long bytes = 0;
            for (File f : left) bytes += f.length();
            assertEquals(0, left.length, left.length + " spill files of " + bytes + " bytes left after close");
            assertTrue(AbortAt.calls.get() >= 60_000, "the rows were read up to the abort");
        } finally {
            System.setProperty("java.io.tmpdir", tmp);
            for (File f : dir.toFile().listFiles()) f.delete();
            dir.toFile().delete();
        }
    }

    /** Sleeps, not looking at the cancel signal: a stand-in for any long step of evaluation that does not. */
    public static final class Sleep extends FunctionBase1 {
        @Override
        public NodeValue exec(NodeValue millis) {
            try {
                Thread.sleep(millis.getInteger().longValue());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return millis;
        }
    }

    /**
     * QueryExecDataset.abort() sets the signal, then waits for lockTimeout, which building a plan
     * holds: the one "query-deadlines" thread waited with it, and every other query's deadline
     * waited. A deadline now sets the signal itself and aborts on another thread.
     */
    @Test
    void a_deadline_fires_on_time_while_another_query_is_busy() throws Exception {
        FunctionRegistry.get().put("urn:review:sleep", Sleep.class);
        DatasetGraph scoKg = data();
        String slow = "SELECT * { VALUES ?n { 1 2 } BIND(<urn:review:sleep>(3000) AS ?z) } LIMIT 1 OFFSET 1";
        try (QueryExec a = SparqlEngine.exec(scoKg, QueryFactory.create(slow), 60_000).build();
                QueryExec b = SparqlEngine.exec(scoKg, QueryFactory.create("SELECT * { ?s ?p ?o }"), 60_000).build()) {
            Thread running = new Thread(() -> {
                try {
                    a.select().hasNext();
                } catch (RuntimeException expected) {
                    // cancelled
                }
            });
            SparqlEngine.Deadline deadlineA = SparqlEngine.deadline(a, 100);
            running.start();
            Thread.sleep(50);
            SparqlEngine.Deadline deadlineB = SparqlEngine.deadline(b, 300);
            AtomicBoolean signalB = (AtomicBoolean) b.getContext().get(ARQConstants.symCancelQuery);
            Thread.sleep(1_500);
            boolean firedAt1500 = signalB.get();
            running.join();
            Thread.sleep(200);
            boolean firedAfterA = signalB.get();
            deadlineA.cancel();
            deadlineB.cancel();
            assertTrue(firedAt1500, "B's 300 ms deadline fired while A was busy");
            assertTrue(firedAfterA);
        }
    }
}
