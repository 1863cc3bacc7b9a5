package org.w3id.scokg.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.graph.KnowledgeGraph;

/**
 * The layout of entity pages names the graph's own terms: each property is one the graph states
 * (in graph/data or graph/provenance) or the ontology declares, each class of facts has members.
 * Until 2 December 2026 it named seven properties the ontology had retired (sco:instrument,
 * sco:place, ...), and document pages showed no acts on them.
 */
class StatementLayoutTest {

    @Test
    void every_property_and_class_of_the_layout_is_the_graphs() {
        KnowledgeGraph graph = TestGraph.real();
        StatementLayout layout = StatementLayout.load();
        List<String> unknown = new ArrayList<>();
        for (StatementLayout.Slot slot : layout.slots()) {
            Node p = slot.property();
            boolean stated = graph.data().find(Node.ANY, p, Node.ANY).hasNext() || graph.provenance().find(Node.ANY, p, Node.ANY).hasNext();
            if (!stated && !graph.ontology().contains(p, RDF.type.asNode(), Node.ANY)) unknown.add(p.getURI());
        }
        for (Node factClass : layout.facts().keySet()) {
            if (!graph.union().find(Node.ANY, RDF.type.asNode(), factClass).hasNext()) unknown.add(factClass.getURI());
        }
        assertEquals(List.of(), unknown);
    }
}
