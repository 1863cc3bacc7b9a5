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
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
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
