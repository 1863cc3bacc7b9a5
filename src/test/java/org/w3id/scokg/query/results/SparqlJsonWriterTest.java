package org.w3id.scokg.query.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.query.QueryCatalog;
import org.w3id.scokg.query.QueryRunner;

/** The JSON results writer says what Jena's own writer says, as Jena's reader reads them both. */
class SparqlJsonWriterTest {
    private static final RowSetWriter JENA = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);
    private static final Var S = Var.alloc("s");
    private static final Var O = Var.alloc("o");

    private static RowSetWriter ours() {
        JenaSystem.init();
        return RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON);
    }

    private static byte[] write(RowSetWriter writer, List<Binding> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out, RowSetStream.create(List.of(S, O), rows.iterator()), null);
        return out.toByteArray();
    }

    private static ResultSet read(byte[] json) {
        return ResultSetFactory.copyResults(ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON));
    }

    private static void assertSameAnswer(byte[] expected, byte[] actual) {
        assertTrue(ResultsCompare.equalsByTermAndOrder(read(expected), read(actual)),
                () -> "Jena wrote " + new String(expected, StandardCharsets.UTF_8) + "\nwe wrote " + new String(actual, StandardCharsets.UTF_8));
    }

    @Test
    void jena_uses_it_for_sparql_json_once_started() {
        assertInstanceOf(SparqlJsonWriter.class, ours());
    }

    @Test
    void every_kind_of_term_reads_back_as_jena_wrote_it() {
        Node iri = NodeFactory.createURI("https://w3id.org/sco-kg/id/state/CN");
        List<Binding> rows = List.of(
                BindingFactory.binding(S, iri, O, NodeFactory.createLiteralString("plain \"quoted\" \\ back\nline\ttab \u0001 \u2028 <b>&amp;</b>")),
                BindingFactory.binding(S, iri, O, NodeFactory.createLiteralLang("Шанхайская организация сотрудничества", "ru")),
                BindingFactory.binding(S, iri, O, NodeFactory.createLiteralDT("2001-06-15", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)),
                BindingFactory.binding(S, NodeFactory.createBlankNode("x1"), O, NodeFactory.createBlankNode("x2")),
                BindingFactory.binding(S, NodeFactory.createBlankNode("x1"), O, NodeFactory.createLiteralString("the same blank node again")),
                BindingFactory.binding(S, iri),
                BindingFactory.binding(O, NodeFactory.createTripleTerm(Triple.create(iri, iri, NodeFactory.createLiteralString("quoted triple")))),
                BindingFactory.binding(S, NodeFactory.createURI("https://example.org/with%20space?q=\"x\"")));
        byte[] ours = write(ours(), rows);
        assertSameAnswer(write(JENA, rows), ours);
        String text = new String(ours, StandardCharsets.UTF_8);
        assertTrue(text.contains("Шанхайская"), "UTF-8, not escapes: " + text);
        assertTrue(text.startsWith("{\"head\":{\"vars\":[\"s\",\"o\"]},\"results\":{\"bindings\":[{"), text);
    }

    @Test
    void no_rows_and_no_variables_are_answers_too() {
        assertSameAnswer(write(JENA, List.of()), write(ours(), List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ours().write(out, RowSetStream.create(List.of(), List.of(BindingFactory.empty()).iterator()), null);
        assertEquals("{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[{}]}}", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_term_with_no_json_form_is_refused_by_name() {
        List<Binding> rows = List.of(BindingFactory.binding(S, NodeFactory.createVariable("unbound")));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> write(ours(), rows));
        assertTrue(refused.getMessage().contains("?unbound"), refused.getMessage());
    }

    @Test
    void a_client_that_leaves_mid_answer_is_a_jena_io_exception() {
        // Fuseki logs Jena's RuntimeIOException as a client that left; anything else is a 500 with a stack trace.
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        List<Binding> rows = List.of(BindingFactory.binding(S, NodeFactory.createLiteralString("x".repeat(20_000))));
        RuntimeIOException left = assertThrows(RuntimeIOException.class, () -> ours().write(gone, RowSetStream.create(List.of(S, O), rows.iterator()), null));
        assertEquals("Broken pipe", left.getCause().getMessage());
    }

    /** An ASK's answer, compact, read back by Jena's reader as the boolean Jena's writer wrote. */
    @Test
    void booleans_read_back_as_jena_wrote_them() {
        for (boolean answer : new boolean[] {true, false}) {
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            ours().write(ours, answer, null);
            ByteArrayOutputStream jena = new ByteArrayOutputStream();
            JENA.write(jena, answer, null);
            assertEquals("{\"head\":{},\"boolean\":" + answer + "}", ours.toString(StandardCharsets.UTF_8));
            for (ByteArrayOutputStream written : List.of(ours, jena)) {
                assertEquals(answer, ResultSetMgr.readBoolean(new ByteArrayInputStream(written.toByteArray()), ResultSetLang.RS_JSON));
            }
        }
    }

    @Test
    void every_named_query_on_the_real_graph_reads_back_as_jena_wrote_it() {
        for (NamedQuery query : new QueryCatalog(new ProjectLayout(ProjectCopy.ROOT)).all()) {
            if (!query.query().isSelectType()) continue;
            ByteArrayOutputStream jena = new ByteArrayOutputStream();
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            RowSetRewindable rows = QueryRunner.select(TestGraph.queryable(), query, Map.of(), 30_000).rewindable();
            JENA.write(jena, rows, null);
            rows.reset();
            ours().write(ours, rows, null);
            assertTrue(read(ours.toByteArray()).hasNext(), query.name() + " has rows");
            assertSameAnswer(jena.toByteArray(), ours.toByteArray());
        }
    }
}
