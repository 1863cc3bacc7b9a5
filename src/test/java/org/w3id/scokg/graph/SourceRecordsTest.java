package org.w3id.scokg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.vocab.PROV;
import org.w3id.scokg.vocab.SCO;

/**
 * A document with a UN symbol and the source record of the same symbol are one UN document twice:
 * the build links them ({@code data/derived/source-records.rq}), every pair, each link with its source.
 * Until a review on 4 December 2026 nothing in the RDF linked A/66/359's two.
 */
class SourceRecordsTest {
    private static final Node ALTERNATE_OF = NodeFactory.createURI(PROV.NS + "alternateOf");

    private static Node id(String path) {
        return NodeFactory.createURI(SCO.ID + path);
    }

    /** A symbol as the two tables might write it: case and spaces aside. */
    private static String key(Node symbol) {
        return symbol.getLiteralLexicalForm().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    @Test
    void the_code_of_conduct_a_66_359_is_an_alternate_of_the_uns_record_credited_to_sco_kg() {
        KnowledgeGraph graph = TestGraph.real();
        Node code = id("document/A-66-359");
        Node record = id("source/un-a-66-359");
        graph.read(() -> {
            assertTrue(graph.data().contains(code, ALTERNATE_OF, record), "the document and the UN's record of A/66/359 are linked");
            assertTrue(graph.provenance().contains(record, DCTerms.identifier.asNode(), NodeFactory.createLiteralString("A/66/359")));
            // The link is sco-kg's own statement, derived from the two symbols, as the derived labels are.
            Set<Node> sources = new HashSet<>();
            graph.provenance().find(Node.ANY, RDF.subject.asNode(), code).forEachRemaining(s -> {
                Node statement = s.getSubject();
                if (graph.provenance().contains(statement, RDF.predicate.asNode(), ALTERNATE_OF)
                        && graph.provenance().contains(statement, RDF.object.asNode(), record)) {
                    graph.provenance().find(statement, PROV.wasDerivedFrom, Node.ANY).forEachRemaining(t -> sources.add(t.getObject()));
                }
            });
            assertEquals(Set.of(SCO.OWN_SOURCE), sources);
            return null;
        });
    }

    @Test
    void no_document_with_a_un_symbol_is_left_unlinked_to_the_source_record_of_that_symbol() {
        KnowledgeGraph graph = TestGraph.real();
        graph.read(() -> {
            Graph union = graph.union();
            Map<String, Set<Node>> records = new HashMap<>();
            union.find(Node.ANY, RDF.type.asNode(), SCO.Source).mapWith(Triple::getSubject).forEachRemaining(
                    record -> union.find(record, DCTerms.identifier.asNode(), Node.ANY).forEachRemaining(
                            t -> records.computeIfAbsent(key(t.getObject()), k -> new HashSet<>()).add(record)));
            Set<String> expected = new TreeSet<>();
            graph.data().find(Node.ANY, SCO.unDocumentSymbol, Node.ANY).forEachRemaining(t -> records.getOrDefault(key(t.getObject()), Set.of())
                    .forEach(record -> expected.add(t.getSubject().getURI() + " " + record.getURI())));
            Set<String> linked = new TreeSet<>();
            graph.data().find(Node.ANY, ALTERNATE_OF, Node.ANY).forEachRemaining(t -> linked.add(t.getSubject().getURI() + " " + t.getObject().getURI()));
            assertFalse(expected.isEmpty(), "the tables have such pairs (A/66/359, A/69/723, A/68/98, A/70/174)");
            assertEquals(expected, linked, "every document with a UN symbol and the source record of that symbol, and no other pair");
            return null;
        });
    }
}
