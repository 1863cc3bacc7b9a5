package org.w3id.scokg.server;

import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's query service with the public endpoint's limits: {@link QueryPolicy} before a query
 * runs; a timeout the client may lower but never raise; and SELECT answers evaluated in full
 * before the first byte is sent, so a query that runs out of time answers 503 with a message,
 * never a 200 with a cut body. Answers longer than the row cap are cut to it and say so in the
 * {@value #ROW_CAP_HEADER} header.
 */
final class GuardedQueryService extends SPARQL_QueryDataset {
    static final String ROW_CAP_HEADER = "X-Result-Row-Cap";

    private final long timeoutMillis;
    private final int rowCap;

    GuardedQueryService(long timeoutMillis, int rowCap) {
        this.timeoutMillis = timeoutMillis;
        this.rowCap = rowCap;
    }

    /** Parameters whose values Fuseki would write back into an answer (JSONP, an XSL link). */
    private static final java.util.List<String> REFLECTED = java.util.List.of("callback", "stylesheet");
    /** Deeper nesting than this is refused before parsing, which would otherwise run out of stack. */
    static final int MAX_NESTING = 100;

    @Override
    public void validate(HttpAction action) {
        for (String name : REFLECTED) {
            if (action.getRequestParameter(name) != null) {
                ServletOps.errorBadRequest("The '" + name + "' parameter is not supported: this endpoint writes no request text into its answers.");
            }
        }
        super.validate(action);
    }

    /**
     * Fuseki's steps: parse, validate, pick the dataset, execute, send. Fuseki's own version also
     * formats the query for its log twice per request (as text, then parsed and printed again),
     * whether or not the log prints it: a tenth of a small query's time, and this server's log
     * leaves queries out.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        int depth = nesting(queryString);
        if (depth > MAX_NESTING) {
            ServletOps.errorBadRequest("The query nests groups or expressions " + depth + " deep; this endpoint allows " + MAX_NESTING + ".");
        }
        if (queryString.isBlank()) ServletOps.errorBadRequest(queryString.isEmpty() ? "Error: Empty query string" : "Error: Blank query string");
        Query query;
        try {
            query = QueryFactory.create(queryString, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForParseException(e));
            return;
        } catch (QueryException e) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForException(e));
            return;
        }
        validateQuery(action, query);
        action.beginRead();
        try {
            Pair<DatasetGraph, Query> chosen = decideDataset(action, query, queryString);
            Query toRun = chosen.getRight() == null ? query : chosen.getRight();
            try (QueryExec exec = createQueryExec(action, toRun, chosen.getLeft())) {
                sendResults(action, executeQuery(action, exec, query, queryString), query.getPrologue());
            }
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw e;
        } finally {
            action.endRead();
        }
    }

    /** The deepest nesting of brackets, outside strings, IRIs and comments. */
    static int nesting(String query) {
        int depth = 0;
        int max = 0;
        char quote = 0;
        boolean comment = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (comment) {
                comment = c != '\n' && c != '\r';
            } else if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '<' && i + 1 < query.length() && !Character.isWhitespace(query.charAt(i + 1)) && query.charAt(i + 1) != '=') {
                int close = query.indexOf('>', i);
                if (close > i && query.substring(i, close).chars().noneMatch(Character::isWhitespace)) i = close;
            } else if (c == '#') {
                comment = true;
            } else if (c == '{' || c == '(' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            }
        }
        return max;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        QueryPolicy.check(query).ifPresent(ServletOps::errorBadRequest);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return QueryExec.dataset(dataset).query(query).context(action.getContext())
                .timeout(effectiveTimeout(action.getRequestParameter("timeout")), TimeUnit.MILLISECONDS)
                .build();
    }

    /** The server's timeout, or the client's {@code timeout} (seconds) where it is shorter. */
    long effectiveTimeout(String requested) {
        if (requested == null) return timeoutMillis;
        try {
            double seconds = Double.parseDouble(requested);
            if (!(seconds > 0)) ServletOps.errorBadRequest("timeout must be a positive number of seconds.");
            return Math.min(timeoutMillis, (long) Math.ceil(seconds * 1000));
        } catch (NumberFormatException e) {
            ServletOps.errorBadRequest("timeout must be a number of seconds, not '" + requested + "'.");
            return timeoutMillis;
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        try {
            QueryExecResult result = super.executeQuery(action, exec, query, queryStringLog);
            if (!result.isRowSet()) return result;
            RowSet rows = result.rowSet();
            java.util.List<org.apache.jena.sparql.engine.binding.Binding> kept = new java.util.ArrayList<>();
            while (rows.hasNext() && kept.size() <= rowCap) kept.add(rows.next());
            if (kept.size() > rowCap) {
                kept.remove(kept.size() - 1);
                action.getResponse().setHeader(ROW_CAP_HEADER, Integer.toString(rowCap));
            }
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        } catch (QueryCancelledException e) {
            ServletOps.error(503, "The query ran past this endpoint's timeout of " + effectiveTimeout(action.getRequestParameter("timeout")) / 1000.0 + " s and was stopped.");
            return null;
        }
    }
}
