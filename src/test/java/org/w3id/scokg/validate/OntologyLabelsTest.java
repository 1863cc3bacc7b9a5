package org.w3id.scokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.vocab.SCO;

/**
 * The ontology's terms carry the Russian and Chinese names the site gives them: every term the
 * bundles name ({@code term.sco.State=государство}) has an {@code rdfs:label} in that language in
 * {@code ontology/sco.ttl}, so a SPARQL client or a vocabulary browser reads what a page shows; and
 * no two terms share one label in one language (a property is not labelled as the class it points
 * to: {@code sco:onNorm} is «о норме», {@code sco:Norm} «норма»).
 */
class OntologyLabelsTest {
    private static final Graph ONTOLOGY = RDFParser.source(ProjectCopy.ROOT.resolve("ontology/sco.ttl")).toGraph();

    @Test
    void every_term_the_russian_and_chinese_pages_name_has_a_label_in_that_language() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String language : List.of("ru", "zh")) {
            for (String key : new TreeSet<>(bundle(language).stringPropertyNames())) {
                if (!key.startsWith("term.sco.")) continue;
                Node term = NodeFactory.createURI(SCO.NS + key.substring("term.sco.".length()));
                boolean labelled = ONTOLOGY.find(term, RDFS.label.asNode(), Node.ANY).toList().stream()
                        .anyMatch(t -> t.getObject().isLiteral() && t.getObject().getLiteralLanguage().equals(language));
                if (!labelled) missing.add(key + " has no rdfs:label@" + language);
            }
        }
        assertEquals(List.of(), missing);
    }

    /**
     * Every term the ontology defines is named in the three languages, those the pages do not name too
     * (ontology 0.2.1: {@code sco:Stance}, {@code sco:ConfidenceLevel} and the retired terms read in
     * English on the Russian and Chinese ontology pages until 6 December 2026); a concept's or a
     * scheme's {@code skos:prefLabel} in a language is its {@code rdfs:label}.
     */
    @Test
    void every_term_the_ontology_defines_has_a_label_in_english_russian_and_chinese() {
        List<String> missing = new ArrayList<>();
        Set<Node> terms = ONTOLOGY.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject)
                .filterKeep(n -> n.isURI() && n.getURI().startsWith(SCO.NS)).toSet();
        for (Node term : new TreeSet<>(terms.stream().map(Node::getURI).toList()).stream().map(NodeFactory::createURI).toList()) {
            for (String language : List.of("en", "ru", "zh")) {
                Set<String> labels = labels(term, RDFS.label.asNode(), language);
                if (labels.isEmpty()) missing.add(term.getLocalName() + " has no rdfs:label@" + language);
                if (ONTOLOGY.contains(term, SKOS.prefLabel.asNode(), Node.ANY) && !labels.equals(labels(term, SKOS.prefLabel.asNode(), language))) {
                    missing.add(term.getLocalName() + "'s skos:prefLabel@" + language + " is not its rdfs:label@" + language);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private static Set<String> labels(Node term, Node property, String language) {
        return ONTOLOGY.find(term, property, Node.ANY).filterKeep(t -> t.getObject().isLiteral() && t.getObject().getLiteralLanguage().equals(language))
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toSet();
    }

    @Test
    void no_two_terms_share_a_label_in_one_language() {
        Map<String, TreeSet<String>> termsByLabel = new TreeMap<>();
        for (Triple t : ONTOLOGY.find(Node.ANY, RDFS.label.asNode(), Node.ANY).toList()) {
            if (!t.getSubject().isURI() || !t.getSubject().getURI().startsWith(SCO.NS)) continue;
            String label = t.getObject().getLiteralLexicalForm() + "@" + t.getObject().getLiteralLanguage();
            termsByLabel.computeIfAbsent(label, k -> new TreeSet<>()).add(t.getSubject().getLocalName());
        }
        termsByLabel.values().removeIf(terms -> terms.size() < 2);
        assertEquals(Map.of(), termsByLabel);
    }

    private static Properties bundle(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = OntologyLabelsTest.class.getResourceAsStream("/org/w3id/scokg/server/web/texts_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
