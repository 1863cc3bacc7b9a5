package org.w3id.scokg.server.web;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.graph.KnowledgeGraph;

/** The words the pages use for the graph's terms. */
class TermsTest {
    /**
     * Every property and class of the data is named in words in each language, never by its prefixed name: a
     * source's page listed the statements it supports under {@code skos:hasTopConcept} until a review
     * on 4 December 2026.
     */
    @Test
    void every_property_and_class_of_the_data_has_words_in_every_language() {
        KnowledgeGraph graph = TestGraph.real();
        Set<String> unnamed = new TreeSet<>();
        Set<Node> properties = new java.util.HashSet<>();
        graph.data().find().forEachRemaining(t -> {
            properties.add(t.getPredicate());
            // And every class a thing of the data is said to be of.
            if (t.getPredicate().equals(org.apache.jena.vocabulary.RDF.type.asNode()) && t.getObject().isURI()) properties.add(t.getObject());
        });
        for (Language language : Language.values()) {
            Texts texts = Texts.of(language);
            for (Node property : properties) {
                if (Terms.of(property, graph.union(), texts).lang().isEmpty()) unnamed.add(language.tag + " " + Html.curie(property));
            }
        }
        assertFalse(properties.isEmpty());
        assertFalse(!unnamed.isEmpty(), "named by their prefixed names: " + unnamed);
    }

    /**
     * Every property and class of what the build entails (graph/inferred, which the editor's tables
     * show) has words of each language's own: until a review on 4 December 2026 a Russian or Chinese
     * table named them in English ("participated in", "membership") or by their prefixed names
     * ({@code prov:influenced}, {@code foaf:Agent}).
     */
    @Test
    void every_property_and_class_entailed_has_words_of_every_language() {
        KnowledgeGraph graph = TestGraph.real();
        Set<Node> terms = new java.util.HashSet<>();
        graph.inferred().find().forEachRemaining(t -> {
            terms.add(t.getPredicate());
            if (t.getPredicate().equals(org.apache.jena.vocabulary.RDF.type.asNode()) && t.getObject().isURI()) terms.add(t.getObject());
        });
        Set<String> unnamed = new TreeSet<>();
        for (Language language : Language.values()) {
            Texts texts = Texts.of(language);
            for (Node term : terms) {
                if (!Terms.of(term, graph.union(), texts).lang().equals(language.tag)) unnamed.add(language.tag + " " + Html.curie(term));
            }
        }
        assertFalse(terms.size() < 20, terms.toString());
        assertFalse(!unnamed.isEmpty(), "not named in the language: " + unnamed);
    }
}
