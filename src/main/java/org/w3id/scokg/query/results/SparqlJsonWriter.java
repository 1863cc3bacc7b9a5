package org.w3id.scokg.query.results;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * SPARQL 1.1 Query Results JSON with the members Jena's own writer writes, in the same order and
 * with the same blank-node labels, but written through Gson's streaming writer instead of Jena's
 * character-at-a-time {@code IndentedWriter}: on a 6 MB answer Jena's writer took 160 ms of a
 * 200 ms request. The output is compact (no indentation), an ASK's boolean too. {@link Install} puts it in Jena's registry for {@code application/sparql-results+json}
 * when Jena starts, so the endpoint, the named-query API and the {@code query} command all use it.
 */
public final class SparqlJsonWriter implements RowSetWriter {
    private SparqlJsonWriter() {}

    /** Registers the writer for {@link ResultSetLang#RS_JSON}, after Jena's own registrations. */
    public static final class Install implements JenaSubsystemLifecycle {
        @Override
        public void start() {
            if (RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON) instanceof SparqlJsonWriter) return;
            SparqlJsonWriter writer = new SparqlJsonWriter();
            RowSetWriterRegistry.register(ResultSetLang.RS_JSON, lang -> writer);
        }

        @Override
        public void stop() {}

        @Override
        public int level() {
            return 9000;
        }
    }

    @Override
    public void write(OutputStream out, RowSet rows, Context context) {
        // Half the time of a BufferedWriter on large answers (no lock per call).
        Writer text = new UnsynchronizedBufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 13);
        write(text, rows, context);
    }

    @Override
    public void write(Writer out, RowSet rows, Context context) {
        NodeToLabel labels = context != null && context.isTrue(ARQ.outputGraphBNodeLabels)
                ? SyntaxLabels.createNodeToLabelAsGiven() : SyntaxLabels.createNodeToLabel();
        try {
            JsonWriter json = new JsonWriter(out);
            json.beginObject().name("head").beginObject().name("vars").beginArray();
            for (Var var : rows.getResultVars()) json.value(var.getVarName());
            json.endArray().endObject();
            json.name("results").beginObject().name("bindings").beginArray();
            while (rows.hasNext()) {
                Binding row = rows.next();
                json.beginObject();
                for (Var var : rows.getResultVars()) {
                    Node value = row.get(var);
                    if (value == null) continue;
                    json.name(var.getVarName());
                    term(json, value, labels);
                }
                json.endObject();
            }
            json.endArray().endObject().endObject();
            json.flush();
        } catch (IOException e) {
            // Jena's own I/O exception: Fuseki logs it in one line as a client that left, not as a 500 with a stack trace.
            throw new RuntimeIOException(e);
        }
    }

    private static void term(JsonWriter json, Node node, NodeToLabel labels) throws IOException {
        json.beginObject();
        if (node.isURI()) {
            json.name("type").value("uri").name("value").value(node.getURI());
        } else if (node.isLiteral()) {
            json.name("type").value("literal");
            String lang = node.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                json.name("xml:lang").value(lang);
                if (node.getLiteralBaseDirection() != null) json.name("its:dir").value(node.getLiteralBaseDirection().direction());
            } else if (!node.getLiteralDatatypeURI().equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring.getURI())) {
                json.name("datatype").value(node.getLiteralDatatypeURI());
            }
            json.name("value").value(node.getLiteralLexicalForm());
        } else if (node.isBlank()) {
            json.name("type").value("bnode").name("value").value(labels.get(null, node).substring(2));
        } else if (node.isTripleTerm()) {
            Triple triple = node.getTriple();
            json.name("type").value("triple").name("value").beginObject();
            json.name("subject");
            term(json, triple.getSubject(), labels);
            json.name("predicate");
            term(json, triple.getPredicate(), labels);
            json.name("object");
            term(json, triple.getObject(), labels);
            json.endObject();
        } else {
            // A variable or a graph term: nothing a query over RDF binds, and SPARQL JSON has no form for it.
            throw new IllegalArgumentException("SPARQL JSON results have no form for the term " + node);
        }
        json.endObject();
    }

    /**
     * An ASK's answer, {@code {"head":{},"boolean":true}}, written here too: Jena's writer makes a
     * buffer of 64K characters (128 KB) for these 27 bytes and writes them a character at a time
     * (README, Content negotiation: it saves the allocation, no time measurable warmed up).
     */
    @Override
    public void write(OutputStream out, boolean result, Context context) {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            JsonWriter json = new JsonWriter(text);
            json.beginObject().name("head").beginObject().endObject().name("boolean").value(result).endObject();
            json.flush();
        } catch (IOException e) {
            throw new RuntimeIOException(e);
        }
    }
}
