package org.w3id.scokg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.scokg.TestDumps;
import org.w3id.scokg.TestGraph;

/**
 * rdflib, the RDF library of Python users, reads every dump of the whole graph (Turtle, N-Triples,
 * JSON-LD, RDF/XML, TriG, N-Quads) to the same triples Jena wrote, and answers "which source?" from
 * the reified statements as Jena does ({@code src/test/rdflib/read_dumps.py}, run by Debian's
 * python3 with its python3-rdflib, which {@code mvn verify} installs beside the browser tools).
 */
class RdflibIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String SOURCED = """
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT (COUNT(DISTINCT ?statement) AS ?n) WHERE {
              ?statement rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?source .
            }""";

    @Test
    void rdflib_reads_every_dump_as_jena_wrote_it(@TempDir Path temp) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(PYTHON), "the test needs Debian's python3 and python3-rdflib (src/test/browser/ensure-chromium.sh installs them as root)");
        Path dumps = TestDumps.copyInto(temp.resolve("dist"));
        Path output = temp.resolve("rdflib.json");
        // -s: Debian's rdflib, which the test installs, not one a user put in ~/.local (pip install
        // --user rdflib 7.6 there, with Debian's older pyparsing, failed the CI run of 6 December 2026).
        Process python = new ProcessBuilder(PYTHON.toString(), "-s", "src/test/rdflib/read_dumps.py", dumps.toString())
                .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        boolean finished = python.waitFor(120, TimeUnit.SECONDS);
        if (!finished) python.destroyForcibly();
        assertTrue(finished, "rdflib finished within 2 minutes");
        String out = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, python.exitValue(), out);
        JsonObject found = JsonParser.parseString(out).getAsJsonObject();

        long triples = TestGraph.real().read(() -> TestGraph.real().union().size());
        long quads = TestGraph.real().read(() -> TestGraph.real().dataset().stream().count());
        long sourced = TestGraph.real().read(() -> {
            Graph union = TestGraph.real().union();
            try (QueryExec exec = QueryExec.graph(union).query(SOURCED).build()) {
                return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
            }
        });
        assertTrue(sourced > 2_000, "the reified statements: " + sourced);
        for (String file : new String[] {"sco-kg.ttl", "sco-kg.nt.gz", "sco-kg.jsonld", "sco-kg.rdf"}) {
            JsonObject dump = found.getAsJsonObject(file);
            assertEquals(triples, dump.get("triples").getAsLong(), file + ": triples rdflib read");
            assertEquals(sourced, dump.get("sourced").getAsLong(), file + ": statements with a source, in rdflib's SPARQL");
        }
        for (String file : new String[] {"sco-kg.trig", "sco-kg.nq.gz"}) {
            JsonObject dump = found.getAsJsonObject(file);
            assertEquals(quads, dump.get("quads").getAsLong(), file + ": quads rdflib read");
            assertEquals(4, dump.get("graphs").getAsInt(), file + ": the four named graphs");
        }
    }
}
