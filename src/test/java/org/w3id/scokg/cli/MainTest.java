package org.w3id.scokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.scokg.ProjectCopy;
import picocli.CommandLine;

/** The command line: what it prints and the status it exits with. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            return cli.execute(args);
        } finally {
            System.setOut(stdout);
        }
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /**
     * A build writes every dump; a second build of the same inputs finds them and does nothing;
     * --force builds them again, to the same bytes. One test, since a build takes seconds: the
     * first build is the one whose dumps are checked.
     */
    @Test
    void build_writes_every_dump_and_the_same_inputs_again_do_nothing_unless_forced(@TempDir Path temp) throws Exception {
        Path dist = temp.resolve("dist");
        assertEquals(0, run("build", "--out", dist.toString()), err());
        for (String file : new String[] {"sco-kg.ttl", "sco-kg.trig", "sco-kg.nq.gz", "sco-kg.nt.gz", "sco-kg.jsonld",
                "sco-kg.rdf", "ontology.ttl", "ontology.rdf", "void.ttl", "SHA256SUMS"}) {
            assertTrue(Files.isRegularFile(dist.resolve(file)), file);
        }
        Path turtle = dist.resolve("sco-kg.ttl");
        byte[] bytes = Files.readAllBytes(turtle);
        var written = Files.getLastModifiedTime(turtle);
        var inode = Files.readAttributes(turtle, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        out.reset();
        assertEquals(0, run("build", "--out", dist.toString()), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("nothing to do"), out.toString(StandardCharsets.UTF_8));
        assertEquals(written, Files.getLastModifiedTime(turtle));
        assertEquals(inode, Files.readAttributes(turtle, java.nio.file.attribute.BasicFileAttributes.class).fileKey(), "the same file, not a new one");
        out.reset();
        assertEquals(0, run("build", "--force", "--out", dist.toString()), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("wrote "), out.toString(StandardCharsets.UTF_8));
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(turtle)), "the same bytes");
    }

    @Test
    void validate_says_valid_for_the_real_data() {
        assertEquals(0, run("validate"), err());
        assertEquals("valid", out.toString(StandardCharsets.UTF_8).strip(), "err: " + err());
    }

    @Test
    void query_prints_csv() {
        assertEquals(0, run("query", "members-on-date", "--param", "date=2018-01-01", "--format", "csv"), err());
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("state,name,since"), csv);
        assertEquals(9, csv.strip().lines().count(), "a header and eight members");
    }

    @Test
    void query_runs_a_file_too(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("count.rq");
        Files.writeString(file, "# title: Count\nSELECT (COUNT(*) AS ?n) { ?s a <https://w3id.org/sco-kg/ontology#State> }\n");
        assertEquals(0, run("query", file.toString(), "--format", "tsv"), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("27"));
    }

    /** FROM of Jena's names for the union and the default graph reads nothing, as on /sparql (README, Limits); until 4 December 2026 the union. */
    @Test
    void query_reads_from_as_the_endpoint_does(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("from.rq");
        String states = "{ ?s a <https://w3id.org/sco-kg/ontology#State> }\n";
        Files.writeString(file, "# title: From\nSELECT (COUNT(*) AS ?n) FROM <urn:x-arq:UnionGraph> FROM <urn:x-arq:DefaultGraph> " + states);
        assertEquals(0, run("query", file.toString(), "--format", "csv"), err());
        assertEquals(List.of("n", "0"), out.toString(StandardCharsets.UTF_8).strip().lines().map(String::strip).toList());
        out.reset();
        Files.writeString(file, "# title: From\nSELECT (COUNT(*) AS ?n) FROM <https://w3id.org/sco-kg/graph/data> " + states);
        assertEquals(0, run("query", file.toString(), "--format", "csv"), err());
        assertEquals(List.of("n", "27"), out.toString(StandardCharsets.UTF_8).strip().lines().map(String::strip).toList(), "a graph of the dataset is read");
    }

    /**
     * A CONSTRUCT whose template writes into named graphs is written as quads, TriG by default and
     * N-Quads with --format nq, the same quads as a SELECT of its pattern finds; a format of triples
     * is refused before the graph is built, as /sparql answers 406 (until 5 December 2026 the
     * command wrote the default graph alone, an empty document, and exited 0).
     */
    @Test
    void a_construct_into_named_graphs_writes_quads_and_refuses_a_format_of_triples(@TempDir Path temp) throws Exception {
        String pattern = "GRAPH ?g { ?s a <https://w3id.org/sco-kg/ontology#State> ; <http://www.w3.org/2000/01/rdf-schema#label> ?o }";
        Path file = temp.resolve("quads.rq");
        Files.writeString(file, "# title: Quads\nCONSTRUCT { GRAPH ?g { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o } } WHERE { " + pattern + " }\n");
        Path count = temp.resolve("count.rq");
        Files.writeString(count, "# title: Count\nSELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?g ?s ?o WHERE { " + pattern + " } }\n");
        assertEquals(0, run("query", count.toString(), "--format", "csv"), err());
        long expected = Long.parseLong(out.toString(StandardCharsets.UTF_8).strip().lines().toList().get(1).strip());
        assertTrue(expected > 0, "the pattern finds names in named graphs");

        out.reset();
        assertEquals(0, run("query", file.toString()), err());
        org.apache.jena.sparql.core.DatasetGraph trig = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        org.apache.jena.riot.RDFParser.fromString(out.toString(StandardCharsets.UTF_8), org.apache.jena.riot.Lang.TRIG).parse(trig);
        out.reset();
        assertEquals(0, run("query", file.toString(), "--format", "nq"), err());
        org.apache.jena.sparql.core.DatasetGraph nquads = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        org.apache.jena.riot.RDFParser.fromString(out.toString(StandardCharsets.UTF_8), org.apache.jena.riot.Lang.NQUADS).parse(nquads);
        assertEquals(expected, nquads.stream().count(), "every quad, none lost to the default graph");
        assertTrue(trig.getDefaultGraph().isEmpty() && nquads.getDefaultGraph().isEmpty(), "all in named graphs");
        assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(trig, nquads), "TriG and N-Quads hold the same quads");

        for (String triples : List.of("ttl", "csv")) {
            out.reset();
            err.reset();
            assertEquals(Main.BAD_INPUT, run("query", file.toString(), "--format", triples), triples);
            assertTrue(err().contains("quads.rq") && err().contains("named graphs") && err().contains("use --format trig or nq"), err());
            assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing written");
        }
    }

    @Test
    void a_construct_of_triples_can_be_written_as_quads_of_the_default_graph(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("triples.rq");
        Files.writeString(file, "# title: Triples\nCONSTRUCT { ?s a <https://w3id.org/sco-kg/ontology#State> } WHERE { ?s a <https://w3id.org/sco-kg/ontology#State> }\n");
        assertEquals(0, run("query", file.toString(), "--format", "nq"), err());
        List<String> lines = out.toString(StandardCharsets.UTF_8).strip().lines().toList();
        assertEquals(27, lines.size(), "one line per state");
        lines.forEach(line -> assertTrue(line.endsWith("#State> ."), "a triple of the default graph: " + line));
    }

    @Test
    void unknown_query_is_bad_input_with_the_known_names() {
        assertEquals(Main.BAD_INPUT, run("query", "members"));
        assertTrue(err().contains("no named query 'members'; known: "), err());
        assertTrue(err().contains("members-on-date"));
    }

    @Test
    void unknown_parameter_is_bad_input() {
        assertEquals(Main.BAD_INPUT, run("query", "members-on-date", "--param", "when=2020-01-01"));
        assertTrue(err().contains("unknown parameter 'when'"), err());
    }

    @Test
    void malformed_query_file_names_line_and_column(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("bad.rq");
        Files.writeString(file, "# title: Bad\nSELECT ?x WHERE {\n  ?x ?y \n}\n");
        assertEquals(Main.BAD_INPUT, run("query", file.toString()));
        assertTrue(err().contains("bad.rq:3:6: SPARQL syntax error"), err());
    }

    @Test
    void unknown_option_or_format_is_usage() {
        assertEquals(Main.USAGE, run("build", "--outt", "x"));
        assertEquals(Main.USAGE, run("query", "members-on-date", "--format", "yaml"));
        assertTrue(err().contains("unknown format 'yaml'"), err());
    }

    @Test
    void missing_project_folder_is_bad_input_without_a_stack_trace(@TempDir Path temp) {
        assertEquals(Main.BAD_INPUT, run("validate", "--project", temp.resolve("nowhere").toString()));
        assertTrue(err().contains("ontology/sco.ttl: file not found"), err());
        assertFalse(err().contains("Exception"));
    }

    @Test
    void a_project_copy_builds_like_the_original(@TempDir Path temp) {
        Path project = ProjectCopy.into(temp.resolve("p"));
        assertEquals(0, run("validate", "--project", project.toString()), err());
    }
}
