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
}
