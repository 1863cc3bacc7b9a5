package org.w3id.scokg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.vocab.PROV;
import org.w3id.scokg.vocab.SCO;

class GraphBuilderTest {
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private final KnowledgeGraph graph = TestGraph.real();

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node id(String path) {
        return iri(SCO.ID + path);
    }

    /**
     * Rows are mapped side by side but added in the tables' order: two builds give the same quads in
     * the same order (the order queries find them in), and the same excerpts, whatever the threads did.
     */
    @Test
    void two_builds_add_the_same_quads_in_the_same_order() {
        KnowledgeGraph once = GraphBuilder.build(Path.of("."));
        KnowledgeGraph again = GraphBuilder.build(Path.of("."));
        java.util.List<org.apache.jena.sparql.core.Quad> first = once.dataset().stream().toList();
        java.util.List<org.apache.jena.sparql.core.Quad> second = again.dataset().stream().toList();
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) assertEquals(first.get(i), second.get(i), "quad " + i);
    }

    @Test
    void a_membership_row_becomes_an_org_membership_with_its_interval() {
        Node m = id("membership/SCO-IN-MemberState");
        Graph data = graph.data();
        assertTrue(data.contains(m, RDF.type.asNode(), iri(ORG + "Membership")));
        assertTrue(data.contains(m, iri(ORG + "member"), id("state/IN")));
        assertTrue(data.contains(m, iri(ORG + "organization"), id("organization/SCO")));
        assertTrue(data.contains(m, iri(ORG + "role"), iri(SCO.NS + "MemberState")));
        Node beginning = iri(m.getURI() + "#beginning");
        assertTrue(data.contains(iri(m.getURI() + "#interval"), iri("http://www.w3.org/2006/time#hasBeginning"), beginning));
        assertTrue(data.contains(beginning, iri("http://www.w3.org/2006/time#inXSDDate"),
                NodeFactory.createLiteralDT("2017-06-09", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)));
        assertFalse(data.contains(iri(m.getURI() + "#interval"), iri("http://www.w3.org/2006/time#hasEnd"), Node.ANY), "a status that lasts has no end");
    }

    @Test
    void a_year_only_date_is_a_gYear_and_a_month_only_date_a_gYearMonth() {
        // Resolution 53/70's submission; its adoption was the example until 5 December 2026, when it was dated by its day.
        assertTrue(graph.data().contains(id("act/ga-res-53-70-submission"), iri(SCO.NS + "date"),
                NodeFactory.createLiteralDT("1998", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear)));
        assertTrue(graph.data().contains(id("event/expert-group-moscow-2019"), iri(SCO.NS + "startDate"),
                NodeFactory.createLiteralDT("2019-11", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth)));
    }

    @Test
    void a_quote_becomes_an_excerpt_with_its_exact_text_and_offsets() throws Exception {
        // research/facts.md A10: the eight-member sentence stands at [530, 742).
        Node excerpt = id("excerpt/cyberdiplomat-sco-cyber-norms-530-742");
        Graph prov = graph.provenance();
        Node assertion = prov.find(Node.ANY, RDF.subject.asNode(), id("membership/SCO-IN-MemberState")).filterKeep(
                t -> prov.contains(t.getSubject(), RDF.predicate.asNode(), iri(ORG + "member"))).next().getSubject();
        assertTrue(prov.contains(assertion, iri(PROV + "wasDerivedFrom"), excerpt), "the statement that India is a member cites the sentence");
        assertTrue(prov.contains(excerpt, iri(OA + "hasSource"), id("source/cyberdiplomat-sco-cyber-norms")));
        Node position = iri(excerpt.getURI() + "#position");
        assertEquals("530", prov.find(position, iri(OA + "start"), Node.ANY).next().getObject().getLiteralLexicalForm());
        assertEquals("742", prov.find(position, iri(OA + "end"), Node.ANY).next().getObject().getLiteralLexicalForm());
        String exact = prov.find(iri(excerpt.getURI() + "#quote"), iri(OA + "exact"), Node.ANY).next().getObject().getLiteralLexicalForm();
        String article = Files.readString(Path.of("data/sources/cyberdiplomat-sco-cyber-norms.txt"));
        assertEquals(article.substring(530, 742), exact);
        assertTrue(exact.contains("namely – India"), "the en dash is kept as it stands");
    }

    @Test
    void provenance_links_live_in_the_provenance_graph() {
        Node derivedFrom = iri(PROV + "wasDerivedFrom");
        assertFalse(graph.data().contains(Node.ANY, derivedFrom, Node.ANY));
        assertTrue(graph.provenance().contains(Node.ANY, derivedFrom, Node.ANY));
    }

    @Test
    void entailments_go_to_the_inferred_graph_only() {
        Node india = id("state/IN");
        Node agent = iri("http://xmlns.com/foaf/0.1/Agent");
        assertTrue(graph.inferred().contains(india, RDF.type.asNode(), agent), "sco:State is a foaf:Agent");
        assertFalse(graph.data().contains(india, RDF.type.asNode(), agent));
        assertTrue(graph.inferred().contains(id("organization/SCO"), RDF.type.asNode(), iri(ORG + "Organization")),
                "what ORG itself says (org:FormalOrganization is an org:Organization) comes from ontology/imports");
        assertTrue(graph.inferred().contains(id("threat/terrorism"), SKOS.narrower.asNode(), id("threat/cyber-terrorism")),
                "skos:narrower is the inverse of skos:broader");
        assertTrue(graph.inferred().contains(india, iri(ORG + "hasMembership"), id("membership/SCO-IN-MemberState")));
    }

    @Test
    void fact_nodes_get_readable_labels() {
        Node label = graph.data().find(id("membership/SCO-BY-ObserverState"), RDFS.label.asNode(), Node.ANY).next().getObject();
        assertEquals("Belarus: observer state of the Shanghai Cooperation Organisation from 2015-07-10 until 2024-07-04", label.getLiteralLexicalForm());
    }

    @Test
    void no_blank_nodes_anywhere() {
        graph.dataset().find().forEachRemaining(q -> {
            assertFalse(q.getSubject().isBlank() || q.getObject().isBlank(), () -> "blank node in " + q);
        });
    }

    @Test
    void every_table_row_is_remembered_for_error_messages() {
        Table.Row row = graph.origins().get(id("state/CN"));
        assertEquals("data/states.csv:2", row.at(null).toString());
    }
}
