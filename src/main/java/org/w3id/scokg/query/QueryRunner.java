package org.w3id.scokg.query;

import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.scokg.build.InputException;
import org.w3id.scokg.build.Location;
import org.w3id.scokg.publish.Prefixes;

/** Runs a named query over a dataset and writes its answer in the format asked for. */
public final class QueryRunner {
    public static final long DEFAULT_TIMEOUT_SECONDS = 30;

    private QueryRunner() {}

    /** The SELECT answer as a rewindable row set. */
    public static RowSet select(DatasetGraph dataset, NamedQuery query, Map<String, String> params) {
        return select(dataset, query, params, DEFAULT_TIMEOUT_SECONDS * 1000);
    }

    /** The SELECT answer, evaluated in full within {@code timeoutMillis}. */
    public static RowSet select(DatasetGraph dataset, NamedQuery query, Map<String, String> params, long timeoutMillis) {
        try (QueryExec exec = exec(dataset, query, params).timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
            return exec.select().materialize();
        } catch (QueryCancelledException e) {
            throw new InputException(Location.file(query.file()), "the query ran past its timeout of " + timeoutMillis / 1000.0 + " s");
        }
    }

    public static void write(DatasetGraph dataset, NamedQuery query, Map<String, String> params, String format, OutputStream out) {
        try (QueryExec exec = exec(dataset, query, params).build()) {
            if (query.query().isConstructType() || query.query().isDescribeType()) {
                Graph graph = query.query().isConstructType() ? exec.construct() : exec.describe();
                graph.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
                RDFDataMgr.write(out, graph, format.equals("ttl") || format.equals("table") ? Lang.TURTLE : Lang.NTRIPLES);
                return;
            }
            if (query.query().isAskType()) {
                boolean answer = exec.ask();
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8).println(answer);
                return;
            }
            ResultSet results = ResultSet.adapt(exec.select());
            switch (format) {
                case "table" -> ResultSetFormatter.out(out, results, Prefixes.STANDARD);
                case "csv" -> ResultSetMgr.write(out, results, ResultSetLang.RS_CSV);
                case "tsv" -> ResultSetMgr.write(out, results, ResultSetLang.RS_TSV);
                case "json" -> ResultSetMgr.write(out, results, ResultSetLang.RS_JSON);
                case "xml" -> ResultSetMgr.write(out, results, ResultSetLang.RS_XML);
                default -> throw new InputException(Location.file(query.file()), "format '" + format + "' is for CONSTRUCT queries; use table, csv, tsv, json or xml");
            }
        } catch (QueryCancelledException e) {
            throw new InputException(Location.file(query.file()), "the query ran past its timeout of " + DEFAULT_TIMEOUT_SECONDS + " s");
        }
    }

    private static QueryExecBuilder exec(DatasetGraph dataset, NamedQuery query, Map<String, String> params) {
        return QueryExec.dataset(dataset).query(query.query()).substitution(query.bind(params))
                .timeout(DEFAULT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
