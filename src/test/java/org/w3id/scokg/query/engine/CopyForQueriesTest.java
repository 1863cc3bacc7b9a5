package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.mem2.GraphMem2;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.graph.KnowledgeGraph;

/** The dataset the endpoint queries holds the built graphs themselves, and their union materialised once. */
class CopyForQueriesTest {

    @Test
    void the_built_named_graphs_are_held_as_they_are_and_their_union_is_materialised() {
        KnowledgeGraph real = TestGraph.real();
        DatasetGraph served = SparqlEngine.copyForQueries(real);
        real.read(() -> {
            real.dataset().listGraphNodes().forEachRemaining(name -> {
                Graph built = real.dataset().getGraph(name);
                assertTrue(built instanceof GraphMem2, () -> name + " is built as " + built.getClass());
                assertSame(built, served.getGraph(name), () -> name + " is linked, not copied");
            });
            Graph union = served.getDefaultGraph();
            assertTrue(union instanceof GraphMem2, "the union is a plain graph of its own, not a view: " + union.getClass());
            assertEquals(real.union().size(), union.size());
            real.union().find().forEachRemaining(t -> assertTrue(union.contains(t), () -> "the union holds " + t));
            return null;
        });
    }

    @Test
    void a_named_graph_that_is_not_a_plain_in_memory_graph_is_copied() {
        DatasetGraph built = DatasetGraphFactory.createTxnMem();
        Node name = NodeFactory.createURI("http://example.org/g");
        Node x = NodeFactory.createURI("http://example.org/x");
        org.apache.jena.system.Txn.executeWrite(built, () -> built.add(name, x, x, x));
        DatasetGraph served = SparqlEngine.copyForQueries(new KnowledgeGraph(built, Map.of()));
        org.apache.jena.system.Txn.executeRead(built, () -> assertNotSame(built.getGraph(name), served.getGraph(name)));
        assertTrue(served.getGraph(name).contains(x, x, x));
        assertTrue(GraphFactory.createGraphMem() instanceof GraphMem2, "the copies are plain in-memory graphs too");
    }

    @Test
    void the_union_is_copied_graph_by_graph_into_a_graph_of_the_union_views_triples_in_one_order() {
        KnowledgeGraph real = TestGraph.real();
        real.read(() -> {
            Graph ofView = GraphFactory.createGraphMem();
            real.union().find().forEachRemaining(ofView::add);
            Graph copy = KnowledgeGraph.copyOfUnion(real.dataset());
            // The same triples, each once; and two copies find them in the same order.
            assertEquals(ofView.size(), copy.size());
            assertTrue(ofView.find().toList().stream().allMatch(copy::contains));
            assertEquals(copy.find().toList(), KnowledgeGraph.copyOfUnion(real.dataset()).find().toList());
            return null;
        });
        // A triple in two graphs is in the union once.
        DatasetGraph two = DatasetGraphFactory.create();
        Node x = NodeFactory.createURI("http://example.org/x");
        Node y = NodeFactory.createURI("http://example.org/y");
        two.add(NodeFactory.createURI("http://example.org/g1"), x, x, x);
        two.add(NodeFactory.createURI("http://example.org/g2"), x, x, x);
        two.add(NodeFactory.createURI("http://example.org/g2"), y, y, y);
        assertEquals(2, KnowledgeGraph.copyOfUnion(two).size());
    }
}
