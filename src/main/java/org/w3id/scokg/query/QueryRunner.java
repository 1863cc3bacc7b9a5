package org.w3id.scokg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.query.engine.OwnGraphs;
import org.w3id.scokg.query.engine.SparqlEngine;
import org.w3id.scokg.vocab.Prefixes;

/**
 * Runs a named query over a dataset from {@link SparqlEngine#copyForQueries}, its parameters bound
 * by substitution. A query that runs past its timeout throws {@link QueryCancelledException}; the
 * caller says what that means to its user (503 on the Web API, a problem on the command line).
 */
public final class QueryRunner {
    private QueryRunner() {}

    /** The SELECT answer, evaluated in full within {@code timeoutMillis}. */
    public static RowSet select(DatasetGraph dataset, NamedQuery query, Map<String, String> params, long timeoutMillis) {
        try (QueryExec exec = exec(dataset, query, params, timeoutMillis)) {
            SparqlEngine.Deadline deadline = SparqlEngine.deadline(exec, timeoutMillis);
            try {
                return exec.select().materialize();
            } finally {
                deadline.cancel();
            }
        }
    }

    /**
     * The answer in {@code format}: table, csv, tsv, json, xml for SELECT; for CONSTRUCT and DESCRIBE
     * Turtle (ttl, and table), TriG (trig), N-Quads (nq) or N-Triples (the others). A CONSTRUCT whose
     * template writes into named graphs is written in TriG (table, trig) or N-Quads (nq) only ({@link
     * #refuseFormat}).
     */
    public static void write(DatasetGraph dataset, NamedQuery query, Map<String, String> params, String format, long timeoutMillis, OutputStream out) {
        refuseFormat(query, format);
        try (QueryExec exec = exec(dataset, query, params, timeoutMillis)) {
            SparqlEngine.Deadline deadline = SparqlEngine.deadline(exec, timeoutMillis);
            try {
                if (writesQuads(query)) {
                    DatasetGraph answer = exec.constructDataset();
                    answer.prefixes().putAll(Prefixes.STANDARD.getNsPrefixMap());
                    RDFDataMgr.write(out, answer, format.equals("nq") ? Lang.NQUADS : Lang.TRIG);
                    return;
                }
                if (query.query().isConstructType() || query.query().isDescribeType()) {
                    Graph graph = query.query().isConstructType() ? exec.construct() : exec.describe();
                    graph.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
                    switch (format) {
                        case "ttl", "table" -> RDFDataMgr.write(out, graph, Lang.TURTLE);
                        case "trig" -> RDFDataMgr.write(out, DatasetGraphFactory.wrap(graph), Lang.TRIG);
                        case "nq" -> RDFDataMgr.write(out, DatasetGraphFactory.wrap(graph), Lang.NQUADS);
                        default -> RDFDataMgr.write(out, graph, Lang.NTRIPLES);
                    }
                    return;
                }
                if (query.query().isAskType()) {
                    new PrintStream(out, true, StandardCharsets.UTF_8).println(exec.ask());
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
            } finally {
                deadline.cancel();
            }
        }
    }

    /**
     * Refuses, before the query is evaluated, a {@code format} that cannot carry its answer: for a
     * CONSTRUCT whose template writes triples into named graphs ({@code CONSTRUCT { GRAPH ?g { ... }
     * }}, ARQ's extension of SPARQL) any but TriG and N-Quads, as {@code /sparql} answers such a query
     * in a format of quads or with a 406. Any other format would get the default graph alone, an
     * empty document, with status 0.
     */
    public static void refuseFormat(NamedQuery query, String format) {
        if (!writesQuads(query) || List.of("table", "trig", "nq").contains(format)) return;
        throw new InputException(Location.file(query.file()), "this CONSTRUCT writes triples into named graphs (GRAPH in its template), which --format "
                + format + " cannot carry: use --format trig or nq");
    }

    private static boolean writesQuads(NamedQuery query) {
        return query.query().isConstructType() && query.query().getConstructTemplate().containsRealQuad();
    }

    /**
     * The query over {@code dataset}, or over the part of it its FROM and FROM NAMED describe, as
     * {@code /sparql} builds it ({@link OwnGraphs#described}): Jena's names for the union and the
     * default graph pick nothing. FROM is not left to Jena, which reads {@code FROM
     * <urn:x-arq:UnionGraph>} as the union.
     */
    private static QueryExec exec(DatasetGraph dataset, NamedQuery query, Map<String, String> params, long timeoutMillis) {
        Query evaluated = query.query();
        DatasetGraph over = dataset;
        if (evaluated.hasDatasetDescription()) {
            over = OwnGraphs.described(dataset, evaluated.getDatasetDescription());
            evaluated = evaluated.cloneQuery();
            evaluated.getGraphURIs().clear();
            evaluated.getNamedGraphURIs().clear();
        }
        return SparqlEngine.exec(over, evaluated, timeoutMillis).substitution(query.bind(params)).build();
    }
}
