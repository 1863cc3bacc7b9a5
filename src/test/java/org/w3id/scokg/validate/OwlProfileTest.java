package org.w3id.scokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.profiles.violations.IllegalPunning;
import org.semanticweb.owlapi.util.SimpleIRIMapper;
import org.w3id.scokg.ProjectCopy;

/**
 * The ontology as an OWL tool reads it: the OWL API (Protégé's library) loads {@code
 * ontology/sco.ttl} with the vocabularies it imports (from {@code ontology/imports}, as their IRIs
 * name them) and finds it in the OWL 2 DL profile, but for what the imported vocabularies bring
 * themselves; and it opens the Turtle that Jena writes in this JVM, which the published {@code
 * ontology.ttl} is.
 */
class OwlProfileTest {
    private static final Path IMPORTS = ProjectCopy.ROOT.resolve("ontology/imports");
    private static final Map<String, String> IMPORTED = Map.of(
            "http://www.w3.org/ns/prov#", "prov-o.ttl",
            "http://www.w3.org/ns/org#", "org.ttl",
            "http://www.w3.org/ns/oa#", "oa.ttl",
            "http://www.w3.org/2006/time", "time.ttl");

    private static OWLOntologyManager managerReadingImportsFromDisk() {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        IMPORTED.forEach((iri, file) -> manager.getIRIMappers().add(new SimpleIRIMapper(IRI.create(iri), IRI.create(IMPORTS.resolve(file).toFile()))));
        return manager;
    }

    private static String describe(OWLProfileViolation violation) {
        return violation.getClass().getSimpleName() + " " + violation.getExpression();
    }

    @Test
    void the_ontology_with_its_imports_is_owl_2_dl_but_for_what_the_imports_pun_themselves() throws OWLOntologyCreationException {
        OWLOntology ontology = managerReadingImportsFromDisk().loadOntologyFromOntologyDocument(ProjectCopy.ROOT.resolve("ontology/sco.ttl").toFile());
        assertEquals(5, ontology.importsClosure().count(), "sco-kg's ontology and the four it imports, read from ontology/imports");

        // What each imported vocabulary, alone, uses as two kinds of entity (PROV-O names
        // prov:wasRevisionOf an object property and annotates its own ontology with it).
        Set<Object> punnedByImports = new TreeSet<>();
        for (String file : IMPORTED.values()) {
            OWLOntology imported = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(IMPORTS.resolve(file).toFile());
            new OWL2DLProfile().checkOntology(imported).getViolations().stream().filter(IllegalPunning.class::isInstance)
                    .map(v -> v.getExpression().toString()).forEach(punnedByImports::add);
        }

        List<OWLProfileViolation> ours = new OWL2DLProfile().checkOntology(ontology).getViolations().stream()
                .filter(v -> v.getOntology().equals(ontology))
                .filter(v -> !(v instanceof IllegalPunning && punnedByImports.contains(v.getExpression().toString())))
                .toList();
        assertEquals(List.of(), ours.stream().map(OwlProfileTest::describe).collect(Collectors.toList()),
                "every term of a vocabulary not imported is declared, and no reserved IRI is used as a class");
        assertTrue(punnedByImports.contains("http://www.w3.org/ns/prov#wasRevisionOf"), "the one exception is PROV-O's own: " + punnedByImports);
    }

    @Test
    void an_undeclared_term_of_another_vocabulary_is_a_violation() throws OWLOntologyCreationException {
        // The check above can fail: a class of FOAF used and not declared.
        String turtle = "@prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                + "<urn:o> a owl:Ontology . <urn:o#C> a owl:Class ; rdfs:subClassOf <http://xmlns.com/foaf/0.1/Person> .";
        OWLOntology ontology = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(new StringDocumentSource(turtle, "urn:o", new TurtleDocumentFormat(), null));
        List<String> violations = new OWL2DLProfile().checkOntology(ontology).getViolations().stream().map(OwlProfileTest::describe).toList();
        assertEquals(List.of("UseOfUndeclaredClass <http://xmlns.com/foaf/0.1/Person>"), violations);
    }

    @Test
    void the_turtle_jena_writes_here_opens_in_the_owl_api_with_every_axiom() throws OWLOntologyCreationException {
        Graph graph = RDFDataMgr.loadGraph(ProjectCopy.ROOT.resolve("ontology/sco.ttl").toString());
        StringWriter written = new StringWriter();
        RDFDataMgr.write(written, graph, RDFFormat.TURTLE_PRETTY);
        String turtle = written.toString();
        assertTrue(turtle.startsWith("@prefix "), "Turtle's first form of prefixes, which every Turtle parser reads: " + turtle.substring(0, 60));

        // Each with the imports read from disk (nothing is fetched).
        OWLOntology fromSource = managerReadingImportsFromDisk().loadOntologyFromOntologyDocument(ProjectCopy.ROOT.resolve("ontology/sco.ttl").toFile());
        OWLOntology fromJena = managerReadingImportsFromDisk()
                .loadOntologyFromOntologyDocument(new StringDocumentSource(turtle, "urn:written", new TurtleDocumentFormat(), null));
        assertEquals(fromSource.getAxiomCount(), fromJena.getAxiomCount());
        assertEquals(new TreeSet<>(fromSource.axioms().map(Object::toString).toList()), new TreeSet<>(fromJena.axioms().map(Object::toString).toList()));
    }
}
