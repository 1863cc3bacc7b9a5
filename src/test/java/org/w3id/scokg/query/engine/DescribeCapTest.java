package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.describe.DescribeHandler;
import org.apache.jena.sparql.core.describe.DescribeHandlerRegistry;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ARQ's DESCRIBE, in a dataset the endpoint's settings mark, within a budget of bytes and stopped by
 * the query's cancel signal; otherwise as ARQ describes.
 */
class DescribeCapTest {
    private static final DatasetGraph DATA = DatasetGraphFactory.create();
    /** The same triples in a dataset the endpoint's settings do not mark, as the fuzzer's oracle's. */
    private static final DatasetGraph PLAIN = DatasetGraphFactory.create();

    @BeforeAll
    static void install() {
        DescribeCap.install();
        DescribeCap.install();
        DATA.getContext().set(DescribeCap.BOUNDED, true);
        for (int i = 0; i < 100; i++) {
            DATA.getDefaultGraph().add(NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("value " + i));
            PLAIN.getDefaultGraph().add(NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("value " + i));
        }
    }

    @Test
    void installed_once_however_often_asked() {
        java.util.List<Object> handlers = new java.util.ArrayList<>();
        DescribeHandlerRegistry.get().handlers().forEachRemaining(handlers::add);
        assertEquals(1, handlers.size(), handlers.toString());
        assertTrue(handlers.get(0) instanceof DescribeCap);
    }

    @Test
    void without_a_budget_every_resource_is_described_as_arq_describes_it() {
        try (QueryExec exec = QueryExec.dataset(DATA).query("DESCRIBE ?s { ?s ?p ?o }").build()) {
            Graph described = exec.describe();
            assertEquals(100, described.size());
            assertFalse(exec.getContext().isTrue(DescribeCap.CUT));
        }
    }

    @Test
    void past_its_budget_no_more_triples_are_added_and_the_answer_says_it_was_cut() {
        try (QueryExec exec = QueryExec.dataset(DATA).query("DESCRIBE ?s { ?s ?p ?o }").set(DescribeCap.BUDGET, 800L).build()) {
            Graph described = exec.describe();
            assertTrue(described.size() > 0 && described.size() < 100, described.size() + " triples");
            long bytes = 0;
            for (var t : described.find().toList()) bytes += DescribeCap.bytes(t.getSubject()) + DescribeCap.bytes(t.getPredicate()) + DescribeCap.bytes(t.getObject());
            assertTrue(bytes <= 800, bytes + " bytes");
            assertTrue(exec.getContext().isTrue(DescribeCap.CUT));
        }
    }

    @Test
    void a_dataset_the_endpoint_does_not_mark_is_described_by_arq_alone() {
        try (QueryExec exec = QueryExec.dataset(PLAIN).query("DESCRIBE ?s { ?s ?p ?o }").set(DescribeCap.BUDGET, 800L).build()) {
            assertEquals(100, exec.describe().size());
            assertFalse(exec.getContext().isTrue(DescribeCap.CUT));
        }
    }

    @Test
    void a_stopped_query_describes_nothing_more() {
        DescribeHandler handler = DescribeHandlerRegistry.get().newHandlerList().get(0);
        Context context = new Context();
        context.set(DescribeCap.BOUNDED, true);
        context.set(ARQConstants.sysCurrentDataset, org.apache.jena.query.DatasetFactory.wrap(DATA));
        AtomicBoolean cancelled = Context.getOrSetCancelSignal(context);
        Model answer = ModelFactory.createDefaultModel();
        handler.start(answer, context);
        handler.describe(answer.createResource("urn:x:s1"));
        assertEquals(1, answer.size(), "described while the query runs");
        cancelled.set(true);
        assertThrows(QueryCancelledException.class, () -> handler.describe(answer.createResource("urn:x:s2")));
        assertEquals(1, answer.size());
    }

    /**
     * Jena's blank-node closure keeps the nodes it has visited in a list, so a resource with many
     * blank nodes takes time that grows with their square, all of it inside one resource's
     * description: 30,000 took several seconds. Since 5 December 2026 the cancel signal is read as
     * each triple is added, not only between two resources (the public graph has no blank nodes,
     * so this is a bound for any other dataset served).
     */
    @Test
    void a_blank_node_closure_past_the_deadline_is_stopped_within_it() {
        DatasetGraph data = DatasetGraphFactory.create();
        data.getContext().set(DescribeCap.BOUNDED, true);
        Node root = NodeFactory.createURI("urn:x:root");
        for (int i = 0; i < 30_000; i++) {
            Node blank = NodeFactory.createBlankNode();
            data.getDefaultGraph().add(root, NodeFactory.createURI("urn:x:p"), blank);
            data.getDefaultGraph().add(blank, NodeFactory.createURI("urn:x:q"), NodeFactory.createLiteralString("value " + i));
        }
        try (QueryExec exec = QueryExec.dataset(data).query("DESCRIBE <urn:x:root>").build()) {
            // The CPU time of this thread, which describes, not a wall clock (until 6 December 2026): a loaded
            // machine gives a description stopped at its deadline less of a core, never more.
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            // Disabled, the time reads -1 at both ends and the bound below holds whatever the evaluation did.
            assertTrue(threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled(), "this JVM measures a thread's CPU time");
            long start = threads.getCurrentThreadCpuTime();
            SparqlEngine.Deadline deadline = SparqlEngine.deadline(exec, 200);
            try {
                assertThrows(QueryCancelledException.class, exec::describe);
            } finally {
                deadline.cancel();
            }
            long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
            assertTrue(millis < 2_000, "stopped after " + millis + " ms of CPU, with a deadline of 200 ms");
        }
    }
}
