package org.w3id.scokg.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.http.Responses;
import org.w3id.scokg.vocab.SCO;

/** A description as a dataset: each triple in the graph of the built dataset that holds it, the document's own in the default graph. */
class DescriptionGraphsTest {
    private static final Node THING = NodeFactory.createURI(SCO.ID + "state/XX");
    private static final Node DOCUMENT = NodeFactory.createURI(SCO.BASE + "doc/state/XX");
    private static final Node STATE = NodeFactory.createURI(SCO.NS + "State");
    private static final Node AGENT = NodeFactory.createURI("http://xmlns.com/foaf/0.1/Agent");

    private static KnowledgeGraph graph() {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        dataset.add(SCO.GRAPH_DATA, THING, RDF.type.asNode(), STATE);
        dataset.add(SCO.GRAPH_DATA, THING, RDFS.label.asNode(), NodeFactory.createLiteralLang("Nowhere", "en"));
        dataset.add(SCO.GRAPH_INFERRED, THING, RDF.type.asNode(), AGENT);
        dataset.add(SCO.GRAPH_ONTOLOGY, STATE, RDFS.label.asNode(), NodeFactory.createLiteralLang("state", "en"));
        return new KnowledgeGraph(dataset, Map.of());
    }

    @Test
    void each_triple_is_in_its_graph_and_the_documents_own_in_the_default_graph() {
        Descriptions descriptions = new Descriptions(graph(), 10_000);
        DatasetGraph quads = descriptions.inGraphs(descriptions.describe(THING, DOCUMENT));
        assertTrue(quads.contains(SCO.GRAPH_DATA, THING, RDF.type.asNode(), STATE));
        assertTrue(quads.contains(SCO.GRAPH_INFERRED, THING, RDF.type.asNode(), AGENT));
        assertTrue(quads.contains(SCO.GRAPH_ONTOLOGY, STATE, RDFS.label.asNode(), Node.ANY), "the label of its class, from the ontology");
        assertEquals(1, quads.getGraph(SCO.GRAPH_INFERRED).size());
        Graph own = quads.getDefaultGraph();
        assertEquals(4, own.size(), "type, topic, dataset and licence of the document");
        assertEquals(4, own.find(DOCUMENT, Node.ANY, Node.ANY).toList().size());
    }

    @Test
    void the_dataset_syntaxes_name_the_graphs_the_same_bytes_each_time() {
        for (MediaTypes.Format format : new MediaTypes.Format[] {MediaTypes.Format.TRIG, MediaTypes.Format.NQUADS}) {
            Descriptions once = new Descriptions(graph(), 10_000);
            Descriptions again = new Descriptions(graph(), 10_000);
            byte[] first = Responses.render(once.inGraphs(once.describe(THING, DOCUMENT)), format);
            assertArrayEquals(first, Responses.render(again.inGraphs(again.describe(THING, DOCUMENT)), format), format.name());
            DatasetGraph read = DatasetGraphFactory.createGeneral();
            RDFParser.fromString(new String(first, StandardCharsets.UTF_8), format == MediaTypes.Format.TRIG ? Lang.TRIG : Lang.NQUADS).parse(read);
            assertTrue(read.contains(SCO.GRAPH_INFERRED, THING, RDF.type.asNode(), AGENT), format.name());
            assertTrue(read.getDefaultGraph().contains(DOCUMENT, Node.ANY, THING), format.name());
        }
    }
}
