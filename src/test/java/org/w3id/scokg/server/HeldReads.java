package org.w3id.scokg.server;

import java.util.concurrent.CountDownLatch;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A dataset whose reads of one subject ({@link #SUBJECT}, in no graph) wait, once {@link #hold()}
 * is called, until {@link #release()}: a request that reads that subject (a fragment of it) holds
 * its lane's slot for exactly as long as the test wants, however fast or loaded the machine is.
 * Until {@link #hold()} every read passes through to the dataset as it is, so the server starts
 * over it as over the dataset itself.
 */
final class HeldReads extends DatasetGraphWrapper {
    /** The subject whose reads wait: an IRI of no graph, so that its fragment, once let go, is empty. */
    static final Node SUBJECT = NodeFactory.createURI("urn:x-sco-kg-test:held");

    private volatile boolean holding;
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    HeldReads(DatasetGraph dataset) {
        super(dataset);
    }

    /** From now on a read of {@link #SUBJECT} waits until {@link #release()}. */
    void hold() {
        holding = true;
    }

    /** Lets the held reads go, and any later one pass; may be called more than once. */
    void release() {
        released.countDown();
    }

    /** Whether a read of {@link #SUBJECT} has begun waiting. */
    boolean reached() {
        return reached.getCount() == 0;
    }

    @Override
    public Graph getGraph(Node name) {
        Graph graph = super.getGraph(name);
        return holding ? new Held(graph) : graph;
    }

    private final class Held extends GraphWrapper {
        Held(Graph graph) {
            super(graph);
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            if (SUBJECT.equals(s)) waitForRelease();
            return super.find(s, p, o);
        }

        @Override
        public ExtendedIterator<Triple> find(Triple triple) {
            return find(triple.getSubject(), triple.getPredicate(), triple.getObject());
        }
    }

    private void waitForRelease() {
        reached.countDown();
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
