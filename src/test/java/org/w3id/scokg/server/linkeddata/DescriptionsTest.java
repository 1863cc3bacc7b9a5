package org.w3id.scokg.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.vocab.SCO;

/**
 * An entity's description is made within the server's timeout: an entity that 100,000 things link
 * to is described with every one of them and their facts, and is stopped past the timeout as a
 * SPARQL query is, not left to run (the page then answers 503).
 */
class DescriptionsTest {
    private static final String EX = "https://w3id.org/sco-kg/id/test/";

    @Test
    void an_entity_many_things_link_to_is_stopped_at_the_timeout() {
        // Described in full, this hub took 11 s on this project's machine (two other processes running).
        Node hub = NodeFactory.createURI(EX + "hub");
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        Node type = NodeFactory.createURI(EX + "Thing");
        Node link = NodeFactory.createURI(EX + "linksTo");
        dataset.add(SCO.GRAPH_DATA, hub, RDFS.label.asNode(), NodeFactory.createLiteralString("hub"));
        for (int i = 0; i < 100_000; i++) {
            Node thing = NodeFactory.createURI(EX + "thing" + i);
            dataset.add(SCO.GRAPH_DATA, thing, link, hub);
            dataset.add(SCO.GRAPH_DATA, thing, RDF.type.asNode(), type);
            dataset.add(SCO.GRAPH_DATA, thing, RDFS.label.asNode(), NodeFactory.createLiteralString("thing " + i));
        }
        KnowledgeGraph graph = new KnowledgeGraph(dataset, Map.of());
        Node document = NodeFactory.createURI(EX + "doc");
        assertThrows(QueryCancelledException.class, () -> new Descriptions(graph, 1).describe(hub, document));
        // A thing with few links is described within the same deadline's worth of a real timeout.
        var described = new Descriptions(graph, 60_000).describe(NodeFactory.createURI(EX + "thing7"), document);
        assertTrue(described.contains(NodeFactory.createURI(EX + "thing7"), link, hub), described.toString());
    }
}
