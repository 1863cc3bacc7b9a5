package org.w3id.scokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLIndividual;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** The summary of an ABox: small where the data repeats itself, consistent only if the data is. */
class AboxSummaryTest {
    private static final String PREFIXES = """
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix ex:  <urn:ex:> .
            ex:A a owl:Class . ex:B a owl:Class ; owl:disjointWith ex:A .
            ex:link a owl:ObjectProperty , owl:FunctionalProperty .
            ex:code a owl:DatatypeProperty , owl:FunctionalProperty .
            ex:note a owl:DatatypeProperty .
            """;
    private final OWLOntologyManager manager = OWLManager.createOWLOntologyManager();

    private OWLOntology ontology(String turtle) throws OWLOntologyCreationException {
        return manager.loadOntologyFromOntologyDocument(new StringDocumentSource(PREFIXES + turtle));
    }

    private boolean consistent(Set<OWLAxiom> axioms) throws OWLOntologyCreationException {
        Configuration config = new Configuration();
        config.throwInconsistentOntologyException = false;
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(manager.createOntology(axioms.stream()), config);
        try {
            return reasoner.isConsistent();
        } finally {
            reasoner.dispose();
        }
    }

    private static Set<OWLIndividual> individuals(Set<OWLAxiom> axioms) {
        return axioms.stream().flatMap(a -> a.individualsInSignature()).collect(Collectors.toSet());
    }

    @Test
    void alike_individuals_become_one_and_their_unconstrained_values_stay() throws OWLOntologyCreationException {
        String data = IntStream.range(0, 100).mapToObj(i -> "ex:e" + i + " a ex:A ; ex:note \"n" + i + "\" .").collect(Collectors.joining("\n"));
        OWLOntology ontology = ontology(data);
        Set<OWLAxiom> summary = AboxSummary.of(ontology, manager.getOWLDataFactory());
        assertEquals(1, individuals(summary).size(), summary.toString());
        assertEquals(100, summary.stream().filter(a -> a.isOfType(AxiomType.DATA_PROPERTY_ASSERTION)).count());
        assertTrue(consistent(summary));
    }

    @Test
    void values_of_a_functional_property_keep_individuals_apart() throws OWLOntologyCreationException {
        OWLOntology ontology = ontology("ex:s a ex:A ; ex:code \"X\" . ex:t a ex:A ; ex:code \"Y\" . ex:u a ex:A ; ex:code \"X\" .");
        Set<OWLAxiom> summary = AboxSummary.of(ontology, manager.getOWLDataFactory());
        assertEquals(2, individuals(summary).size(), summary.toString());
        assertTrue(consistent(summary));
    }

    @Test
    void an_inconsistent_abox_has_an_inconsistent_summary() throws OWLOntologyCreationException {
        OWLOntology ontology = ontology("ex:e1 a ex:A . ex:e2 a ex:A , ex:B .");
        assertFalse(consistent(AboxSummary.of(ontology, manager.getOWLDataFactory())));
    }

    @Test
    void individuals_of_same_and_different_individuals_stay_themselves() throws OWLOntologyCreationException {
        OWLOntology ontology = ontology("ex:p a ex:A ; owl:sameAs ex:q . ex:r a ex:A . ex:s a ex:A . ex:r owl:differentFrom ex:s .");
        Set<String> names = individuals(AboxSummary.of(ontology, manager.getOWLDataFactory())).stream()
                .map(Object::toString).collect(Collectors.toSet());
        assertEquals(Set.of("<urn:ex:p>", "<urn:ex:q>", "<urn:ex:r>", "<urn:ex:s>"), names);
    }

    @Test
    void a_summary_can_be_inconsistent_where_the_data_is_not() throws OWLOntologyCreationException {
        // What the summary does not prove: x1 and x2 are alike, and their one summary's functional
        // value joins y1 and y2, and so a and b, of disjoint classes. OwlReasoning then checks the whole.
        OWLOntology ontology = ontology("""
                ex:x1 ex:link ex:y1 . ex:y1 ex:link ex:a . ex:a a ex:A .
                ex:x2 ex:link ex:y2 . ex:y2 ex:link ex:b . ex:b a ex:B .
                """);
        assertTrue(consistent(ontology.axioms().collect(Collectors.toSet())));
        assertFalse(consistent(AboxSummary.of(ontology, manager.getOWLDataFactory())));
    }
}
