package org.w3id.scokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.graph.GraphBuilder;
import org.w3id.scokg.project.Problem;
import org.w3id.scokg.project.ProjectLayout;

/** HermiT over the ontology, the data and the vocabularies in ontology/imports. */
class OwlReasoningTest {
    private static List<Problem> checkWith(Path temp, String extraAxioms) throws IOException {
        Path project = ProjectCopy.into(temp.resolve("project"));
        Files.writeString(project.resolve("ontology/sco.ttl"), "\n" + extraAxioms + "\n", StandardOpenOption.APPEND);
        return OwlReasoning.check(GraphBuilder.build(project), new ProjectLayout(project));
    }

    @Test
    void the_real_graph_is_consistent_with_prov_org_oa_and_time() {
        assertEquals(List.of(), OwlReasoning.check(TestGraph.real(), new ProjectLayout(ProjectCopy.ROOT)));
    }

    @Test
    void a_planted_inconsistency_names_its_individuals_and_axioms(@TempDir Path temp) throws IOException {
        // The pitfall of release 0.1.0, put back: events as PROV entities too.
        List<Problem> problems = checkWith(temp, "sco:Event rdfs:subClassOf prov:Entity .");
        assertTrue(!problems.isEmpty(), "the inconsistency is found");
        String first = problems.get(0).toString();
        assertTrue(first.contains("OWL 2 (HermiT): inconsistent: <https://w3id.org/sco-kg/id/"), first);
        assertTrue(first.contains("SubClassOf(sco:Event prov:Entity)") && first.contains("DisjointClasses(prov:Activity prov:Entity)"), first);
        assertTrue(first.startsWith("data/"), "points at the row the individual comes from: " + first);
    }

    @Test
    void an_unsatisfiable_class_is_named_with_its_axioms(@TempDir Path temp) throws IOException {
        List<Problem> problems = checkWith(temp, "sco:Planted a owl:Class ; rdfs:subClassOf sco:Event , sco:Statement .");
        assertEquals(1, problems.size(), problems.toString());
        String problem = problems.get(0).toString();
        assertTrue(problem.contains("the class sco:Planted is unsatisfiable"), problem);
        assertTrue(problem.contains("DisjointClasses(sco:Event sco:Statement)"), problem);
    }

    @Test
    void an_individual_of_two_disjoint_classes_is_found(@TempDir Path temp) throws IOException {
        List<Problem> problems = checkWith(temp, "<urn:planted:both> a sco:Event , sco:Statement .");
        assertEquals(1, problems.size(), problems.toString());
        String problem = problems.get(0).toString();
        assertTrue(problem.contains("inconsistent: <urn:planted:both>"), problem);
        assertTrue(problem.contains("DisjointClasses("), problem);
    }

    @Test
    void two_values_of_a_functional_data_property_are_found(@TempDir Path temp) throws IOException {
        // The summary keeps the values of functional properties apart, so it is inconsistent too.
        List<Problem> problems = checkWith(temp,
                "<urn:planted:twice> a sco:State ; sco:iso3166Alpha2 \"AA\" , \"BB\" .");
        assertEquals(1, problems.size(), problems.toString());
        String problem = problems.get(0).toString();
        assertTrue(problem.contains("inconsistent: <urn:planted:twice>") && problem.contains("FunctionalDataProperty(sco:iso3166Alpha2)"), problem);
    }

    @Test
    void a_summary_that_merges_too_much_is_not_taken_for_an_inconsistency(@TempDir Path temp) throws IOException {
        // x1 and x2 are alike and so are summarised as one individual, whose one functional value
        // then joins y1 and y2, and so a and b, of disjoint classes: the summary is inconsistent,
        // the graph is not, and the whole graph is checked.
        List<Problem> problems = checkWith(temp, """
                sco:plantedLink a owl:ObjectProperty , owl:FunctionalProperty .
                sco:PlantedA a owl:Class . sco:PlantedB a owl:Class ; owl:disjointWith sco:PlantedA .
                <urn:planted:x1> sco:plantedLink <urn:planted:y1> . <urn:planted:y1> sco:plantedLink <urn:planted:a> .
                <urn:planted:x2> sco:plantedLink <urn:planted:y2> . <urn:planted:y2> sco:plantedLink <urn:planted:b> .
                <urn:planted:a> a sco:PlantedA . <urn:planted:b> a sco:PlantedB .
                """);
        assertEquals(List.of(), problems);
    }
}
