package org.w3id.scokg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.vocab.PROV;
import org.w3id.scokg.vocab.SCO;

class CldrNamesTest {
    private final KnowledgeGraph graph = TestGraph.real();

    private static Node state(String code) {
        return NodeFactory.createURI(SCO.ID + "state/" + code);
    }

    private List<String> names(Node thing, Node property, String language) {
        return graph.data().find(thing, property, Node.ANY).toList().stream()
                .map(t -> t.getObject())
                .filter(o -> o.getLiteralLanguage().equals(language))
                .map(Node::getLiteralLexicalForm).sorted().toList();
    }

    @Test
    void every_state_has_one_label_in_english_russian_and_chinese() {
        List<Node> states = graph.data().find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(SCO.NS + "State"))
                .mapWith(t -> t.getSubject()).toList();
        assertEquals(27, states.size());
        for (Node state : states) {
            for (String language : CldrNames.LANGUAGES) {
                assertEquals(1, names(state, RDFS.label.asNode(), language).size(), state + " @" + language);
                assertEquals(names(state, RDFS.label.asNode(), language), names(state, SKOS.prefLabel.asNode(), language));
            }
        }
    }

    @Test
    void russia_is_named_in_three_languages_and_its_table_label_stays_the_english_one() {
        assertEquals(List.of("Russian Federation"), names(state("RU"), RDFS.label.asNode(), "en"));
        assertEquals(List.of("Россия"), names(state("RU"), RDFS.label.asNode(), "ru"));
        assertEquals(List.of("俄罗斯"), names(state("RU"), RDFS.label.asNode(), "zh"));
        assertEquals(List.of("Russia"), names(state("RU"), SKOS.altLabel.asNode(), "en"));
    }

    /**
     * A name the tables give, with its source, is the label; CLDR's becomes another name: Myanmar
     * read «Мьянма (Бирма)», as CLDR writes it, on every Russian page until a review on 4 December 2026.
     */
    @Test
    void a_russian_name_of_the_tables_is_the_label_and_cldrs_another_name() {
        assertEquals(List.of("Мьянма"), names(state("MM"), RDFS.label.asNode(), "ru"));
        assertTrue(names(state("MM"), SKOS.altLabel.asNode(), "ru").contains("Мьянма (Бирма)"));
    }

    @Test
    void a_cldr_name_other_than_the_tables_becomes_an_english_alternative() {
        assertTrue(names(state("TR"), SKOS.altLabel.asNode(), "en").contains("Türkiye"));
        assertEquals(List.of("Turkey"), names(state("TR"), RDFS.label.asNode(), "en"));
    }

    @Test
    void the_names_are_derived_from_a_cldr_source_record_with_its_version() {
        Node source = CldrNames.source();
        assertTrue(source.getURI().matches(".*/id/source/cldr-[0-9]+(\\.[0-9]+)*$"), source.getURI());
        Graph provenance = graph.provenance();
        assertTrue(provenance.contains(source, RDF.type.asNode(), NodeFactory.createURI(SCO.NS + "Source")));
        assertTrue(provenance.contains(source, NodeFactory.createURI("http://schema.org/version"), NodeFactory.createLiteralString(CldrNames.cldrVersion())));
        Triple name = Triple.create(state("KZ"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Казахстан", "ru"));
        assertTrue(graph.data().contains(name));
        assertTrue(provenance.contains(Assertions.node(name), PROV.wasDerivedFrom, source), "the name's statement is derived from CLDR");
    }
}
