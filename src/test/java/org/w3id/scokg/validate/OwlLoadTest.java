package org.w3id.scokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.project.ProjectLayout;

/**
 * The OWL 2 check hands the graph's triples to the OWL API's RDF consumer itself; it must make of
 * them the axioms the OWL API's own parser makes of the same graph written as N-Triples, as the
 * check read it until 2 December 2026.
 */
class OwlLoadTest {

    @Test
    void the_triples_handed_over_make_the_axioms_the_owl_apis_parser_makes_of_their_text() throws Exception {
        Graph input = OwlReasoning.input(TestGraph.real(), new ProjectLayout(ProjectCopy.ROOT));
        OWLOntology direct = OwlReasoning.load(input);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        RDFDataMgr.write(text, input, Lang.NTRIPLES);
        OWLOntology parsed = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(
                new StringDocumentSource(text.toString(StandardCharsets.UTF_8), IRI.create("https://w3id.org/sco-kg/graph/checked"),
                        new TurtleDocumentFormat(), "text/turtle"),
                new OWLOntologyLoaderConfiguration().setStrict(false).setReportStackTraces(false));
        assertTrue(parsed.getAxiomCount() > 5_000, "the graph makes axioms: " + parsed.getAxiomCount());
        Set<String> onlyParsed = named(parsed);
        onlyParsed.removeAll(named(direct));
        Set<String> onlyDirect = named(direct);
        onlyDirect.removeAll(named(parsed));
        assertEquals(Set.of(), onlyParsed.stream().limit(10).collect(Collectors.toSet()), "made by the parser alone");
        assertEquals(Set.of(), onlyDirect.stream().limit(10).collect(Collectors.toSet()), "made from the triples alone");
        assertEquals(countsByType(parsed), countsByType(direct));
        // Blank nodes are named anew by each reader, so axioms naming an anonymous individual are
        // compared by their counts above; every other axiom is compared itself.
        assertEquals(parsed.getOntologyID(), direct.getOntologyID());
    }

    private static Map<String, Long> countsByType(OWLOntology ontology) {
        return ontology.axioms().collect(Collectors.groupingBy(a -> a.getAxiomType().getName(), TreeMap::new, Collectors.counting()));
    }

    /**
     * The axioms that name no anonymous individual, as text. The OWL API's Turtle parser reads the
     * escapes of a line break and a tab as the letters n and t (in the vocabularies' comments of
     * several paragraphs), where the triples handed over keep the characters: that difference, in
     * the old reading's disfavour, is put aside.
     */
    private static Set<String> named(OWLOntology ontology) {
        return ontology.axioms().filter(a -> a.anonymousIndividuals().findAny().isEmpty())
                .map(a -> a.toString().replace("\n", "n").replace("\t", "t").replace("\r", "r")).collect(Collectors.toCollection(java.util.HashSet::new));
    }
}
