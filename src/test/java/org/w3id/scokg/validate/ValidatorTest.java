package org.w3id.scokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Problem;

/**
 * The checks of {@code validate} run side by side, and still report as one after another would:
 * every problem, in the order of the checks (SHACL, the terms, the violation queries in file order,
 * OWL 2), and the first check that fails outright, in that order. The shapes and queries are the
 * project copy's, planted with problems; the graph is the real one (the copy's data is the same).
 */
class ValidatorTest {
    private static final String PLANTED_SHAPE = """
            shape:Planted a sh:NodeShape ;
                sh:targetClass sco:State ;
                sh:property [ sh:path sco:iso3166Alpha2 ; sh:pattern "^ZZ$" ; sh:message "planted: no state is ZZ" ] .
            """;

    private static Path copy(Path temp) {
        return ProjectCopy.into(temp.resolve("project"));
    }

    private static void check(Path project, String name, String query) throws IOException {
        Files.writeString(project.resolve("queries/checks/" + name), query);
    }

    private static List<Problem> problems(Path project) {
        return assertThrows(InputException.class, () -> Validator.validate(TestGraph.real(), project)).problems();
    }

    /**
     * A table's address that RFC 3986 would have written otherwise is named with its file, row and
     * column: a source's URL with its default port written was published so until 5 December 2026,
     * when a test of the IRI provider found it.
     */
    @Test
    void an_address_not_as_rfc_3986_writes_it_is_named_with_its_cell(@TempDir Path temp) throws IOException {
        Path project = copy(temp);
        Path sources = project.resolve("data/sources/sources.csv");
        String table = Files.readString(sources);
        assertTrue(table.contains("https://uz.sputniknews.ru/20230531/"));
        Files.writeString(sources, table.replace("https://uz.sputniknews.ru/20230531/", "https://uz.sputniknews.ru:443/20230531/")
                .replace("https://www.gov.kz/memleket/", "HTTPS://www.gov.kz/memleket/"));
        List<Problem> problems = assertThrows(InputException.class, () -> Validator.validate(GraphBuilder.build(project), project)).problems();
        List<String> found = problems.stream().map(Problem::toString).filter(p -> p.contains("RFC 3986")).toList();
        assertEquals(2, found.size(), problems.toString());
        for (String problem : found) assertTrue(problem.startsWith("data/sources/sources.csv:") && problem.contains("(url)"), problem);
        int sputnik = row(table, "sputnik-uz-new-delhi-summit-2023,");
        int govKz = row(table, "mfa-kz-astana-declaration-2024,");
        assertTrue(found.contains("data/sources/sources.csv:" + sputnik + ":7 (url): <https://uz.sputniknews.ru:443/20230531/shos-sammit-iyul-2023-indiya-onlayn-format-35554667.html>"
                + " is not an IRI as RFC 3986 writes it: Default port 443 should be omitted"), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.startsWith("data/sources/sources.csv:" + govKz + ":7 (url): <HTTPS://www.gov.kz/memleket/") && p.endsWith("Scheme name should be lowercase")),
                found.toString());
    }

    /** The line of {@code table} that begins with {@code start}, counted from 1 as the file's lines are. */
    private static int row(String table, String start) {
        List<String> lines = table.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) return i + 1;
        }
        throw new AssertionError("no row begins " + start);
    }

    @Test
    void problems_come_in_the_order_of_the_checks(@TempDir Path temp) throws IOException {
        Path project = copy(temp);
        Files.writeString(project.resolve("ontology/shapes.ttl"), "\n" + PLANTED_SHAPE, StandardOpenOption.APPEND);
        // Named to sort first and last among the checks, each with one row.
        check(project, "aaa-planted-violation.rq", "SELECT ?message WHERE { BIND(\"planted first\" AS ?message) }");
        check(project, "zzz-planted-violation.rq", "SELECT ?message WHERE { BIND(\"planted last\" AS ?message) }");
        List<String> messages = problems(project).stream().map(Problem::message).toList();
        int states = (int) messages.stream().filter(m -> m.endsWith("planted: no state is ZZ")).count();
        assertTrue(states > 5, "every state breaks the planted shape: " + messages);
        assertEquals(states + 2, messages.size(), messages.toString());
        assertTrue(messages.subList(0, states).stream().allMatch(m -> m.endsWith("planted: no state is ZZ")), messages.toString());
        assertEquals(List.of("aaa-planted-violation.rq: planted first", "zzz-planted-violation.rq: planted last"),
                messages.subList(states, states + 2));
    }

    @Test
    void a_violation_check_that_is_not_a_select_fails_with_its_file(@TempDir Path temp) throws IOException {
        Path project = copy(temp);
        check(project, "planted-violation.rq", "ASK { ?s ?p ?o }");
        assertEquals(List.of("queries/checks/planted-violation.rq: a violation check must be a SELECT query"),
                problems(project).stream().map(Problem::toString).toList());
    }

    @Test
    void shapes_that_are_not_shacl_are_reported_before_a_check_that_is_not_a_select(@TempDir Path temp) throws IOException {
        Path project = copy(temp);
        Files.writeString(project.resolve("ontology/shapes.ttl"), "\nshape:Broken a sh:NodeShape ; sh:targetClass sco:State ; sh:property [ sh:path \"not a path\" ] .\n",
                StandardOpenOption.APPEND);
        check(project, "planted-violation.rq", "ASK { ?s ?p ?o }");
        List<Problem> problems = problems(project);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).toString().startsWith("ontology/shapes.ttl: not valid SHACL: "), problems.toString());
    }

    /** Jena's SHACL parser casts a count's value to a number unchecked: "one" was a ClassCastException, an internal error. */
    @Test
    void a_shape_whose_count_is_no_number_is_reported_with_the_shapes_file(@TempDir Path temp) throws IOException {
        Path project = copy(temp);
        String shapes = Files.readString(project.resolve("ontology/shapes.ttl"));
        Files.writeString(project.resolve("ontology/shapes.ttl"), "\nshape:Broken a sh:NodeShape ; sh:targetClass sco:State ; sh:property [ sh:path rdfs:label ; sh:minCount \"one\" ] .\n",
                StandardOpenOption.APPEND);
        assertEquals(List.of("ontology/shapes.ttl: not valid SHACL: a property shape has sh:minCount \"one\", which is not an integer of at most 2,147,483,647"),
                problems(project).stream().map(Problem::toString).toList());
        Files.writeString(project.resolve("ontology/shapes.ttl"), shapes + "\nshape:Decimal a sh:NodeShape ; sh:targetClass sco:State ; sh:maxLength 1.5 .\n");
        assertEquals(List.of("ontology/shapes.ttl: not valid SHACL: <https://w3id.org/sco-kg/shapes#Decimal> has sh:maxLength 1.5, which is not an integer of at most 2,147,483,647"),
                problems(project).stream().map(Problem::toString).toList());
    }

    @Test
    void built_and_checked_at_once_it_finds_what_checking_the_built_graph_finds(@TempDir Path temp) throws IOException {
        // The OWL 2 check then starts before the entailments are added: an inconsistency it finds,
        // and the other checks' problems, come as they come when the graph is checked once built.
        Path project = copy(temp);
        Files.writeString(project.resolve("ontology/sco.ttl"), "\n<urn:planted:both> a sco:Event , sco:Statement .\n", StandardOpenOption.APPEND);
        Files.writeString(project.resolve("ontology/shapes.ttl"), "\n" + PLANTED_SHAPE, StandardOpenOption.APPEND);
        List<Problem> once = assertThrows(InputException.class, () -> Validator.buildValidated(project)).problems();
        List<Problem> after = assertThrows(InputException.class, () -> Validator.validate(GraphBuilder.build(project), project)).problems();
        assertEquals(after, once);
        assertTrue(once.get(once.size() - 1).message().contains("inconsistent: <urn:planted:both>"), once.toString());
        assertTrue(once.get(0).message().endsWith("planted: no state is ZZ"), once.toString());
    }
}
