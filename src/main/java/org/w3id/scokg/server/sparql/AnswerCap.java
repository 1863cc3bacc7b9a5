package org.w3id.scokg.server.sparql;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.w3id.scokg.query.engine.DescribeCap;

/**
 * The most one answer carries, read in full before anything is sent: at most {@code rows} rows of a
 * SELECT, and at most {@code bytes} bytes of the text of the terms of a SELECT, CONSTRUCT or DESCRIBE answer
 * (each IRI, each literal's lexical form with its language or datatype). An answer past either is
 * cut and says so in {@value #ROW_CAP_HEADER} or {@value #BYTE_CAP_HEADER}; a SELECT's row counts
 * besides the name of each variable it binds, as JSON and XML write it. The bytes sent are a
 * little more than those counted (the format's own punctuation and escapes). A CONSTRUCT or
 * DESCRIBE answer's triples are counted once each, as they are sent.
 */
final class AnswerCap {
    static final String ROW_CAP_HEADER = "X-Result-Row-Cap";
    static final String BYTE_CAP_HEADER = "X-Result-Byte-Cap";
    private final int rows;
    private final long bytes;

    AnswerCap(int rows, long bytes) {
        this.rows = rows;
        this.bytes = bytes;
    }

    /** The rows of a SELECT answer, read in full, within both caps. */
    RowSet select(HttpServletResponse response, RowSet answer) {
        List<Binding> kept = new ArrayList<>();
        long size = 0;
        while (answer.hasNext()) {
            if (kept.size() == rows) {
                response.setHeader(ROW_CAP_HEADER, Integer.toString(rows));
                break;
            }
            Binding row = answer.next();
            size += size(row);
            if (size > bytes) {
                response.setHeader(BYTE_CAP_HEADER, Long.toString(bytes));
                break;
            }
            kept.add(row);
        }
        return RowSetStream.create(answer.getResultVars(), kept.iterator());
    }

    /**
     * The triples of a DESCRIBE answer, within the byte cap: its resources described one after the
     * other until the next triple would pass it ({@link DescribeCap}), each triple counted once.
     */
    Graph describe(HttpServletResponse response, QueryExec exec) {
        exec.getContext().set(DescribeCap.BUDGET, bytes);
        Graph answer = exec.describe();
        if (exec.getContext().isTrue(DescribeCap.CUT)) response.setHeader(BYTE_CAP_HEADER, Long.toString(bytes));
        return answer;
    }

    /** The quads of a CONSTRUCT answer, read in full, within the byte cap. */
    DatasetGraph construct(HttpServletResponse response, QueryExec exec) {
        DatasetGraph answer = DatasetGraphFactory.create();
        long size = 0;
        for (Iterator<Quad> quads = exec.constructQuads(); quads.hasNext();) {
            Quad quad = quads.next();
            // SPARQL 1.1 Query 16.2: a template's triple that is not valid RDF (a literal as a
            // subject or predicate) is not in the output; every writer failed on one or wrote it.
            // Nor is a triple term as a subject (RDF 1.2 has them as objects only), which ARQ's
            // construct() drops too.
            if (!quad.isLegalAsData() || quad.getSubject().isTripleTerm()) continue;
            // The answer is a set of triples (SPARQL 1.1 Query 16.2): a triple the template makes again
            // for another match is sent once, so it is counted once (counting every match, a
            // one-triple answer of 5 KB over 4,368 matches said it was cut).
            if (answer.contains(quad)) continue;
            // The default graph is sent without a name; Jena's name for it is not in the answer.
            long graph = quad.isDefaultGraph() ? 0 : size(quad.getGraph());
            size += graph + size(quad.getSubject()) + size(quad.getPredicate()) + size(quad.getObject());
            if (size > bytes) {
                response.setHeader(BYTE_CAP_HEADER, Long.toString(bytes));
                break;
            }
            answer.add(quad);
        }
        return answer;
    }

    /**
     * A row's terms, each with its variable's name, which SPARQL's JSON and XML results write again
     * in every binding: counting only the terms, 100 variables of 1,000 characters, each bound to "",
     * sent 355 MB under the 16 MiB cap.
     */
    private static long size(Binding row) {
        long size = 0;
        for (Iterator<Var> vars = row.vars(); vars.hasNext();) {
            Var var = vars.next();
            size += size(row.get(var)) + var.getVarName().length();
        }
        return size;
    }

    static long size(Node node) {
        return DescribeCap.bytes(node);
    }
}
