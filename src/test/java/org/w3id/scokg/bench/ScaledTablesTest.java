package org.w3id.scokg.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.graph.GraphBuilder;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.validate.Validator;

/** The benchmark's tables at x2 are valid data, and build into twice the things, each with a name of its own. */
class ScaledTablesTest {
    private static final String THINGS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "PREFIX sco: <https://w3id.org/sco-kg/ontology#> "
            + "SELECT ?thing ?label WHERE { VALUES ?class { sco:Event sco:Statement sco:Position } ?thing a ?class . "
            + "OPTIONAL { ?thing rdfs:label ?label } }";

    @TempDir
    static Path folder;
    static Path project;
    static KnowledgeGraph scaled;

    @BeforeAll
    static void build() throws Exception {
        project = ScaledTables.write(ProjectCopy.ROOT, folder.resolve("x2"), 2);
        scaled = GraphBuilder.build(project);
    }

    private static List<List<Node>> things(KnowledgeGraph graph) {
        return graph.read(() -> {
            try (QueryExec exec = QueryExec.graph(graph.union()).query(THINGS).build()) {
                RowSet rows = exec.select();
                List<List<Node>> out = new ArrayList<>();
                rows.forEachRemaining(row -> out.add(Arrays.asList(row.get("thing"), row.get("label"))));
                return out;
            }
        });
    }

    @Test
    void two_copies_make_twice_the_things_and_no_two_share_a_name() {
        List<List<Node>> before = things(TestGraph.real());
        List<List<Node>> after = things(scaled);
        assertEquals(2 * before.size(), after.size());
        List<Node> labelsBefore = before.stream().map(row -> row.get(1)).filter(Objects::nonNull).toList();
        List<Node> labelsAfter = after.stream().map(row -> row.get(1)).filter(Objects::nonNull).toList();
        assertEquals(2 * labelsBefore.size(), labelsAfter.size());
        assertEquals(2 * new HashSet<>(labelsBefore).size(), new HashSet<>(labelsAfter).size(), "every copy names its things apart from the others");
        assertTrue(labelsAfter.stream().anyMatch(label -> label.getLiteralLexicalForm().endsWith(" (copy 1)")));
    }

    @Test
    void the_scaled_tables_pass_every_check_of_validate() {
        assertDoesNotThrow(() -> Validator.validate(scaled, project), "the scaled project must be valid data, as the original is");
    }
}
