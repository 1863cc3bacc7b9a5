package org.w3id.scokg.server.sparql;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.w3id.scokg.query.QueryPolicy;

/**
 * Fuseki's query service with the public endpoint's limits, each through one of Fuseki's own hooks:
 * the request's parameters ({@link #validate}), the query's text before it is parsed ({@link
 * #execute(String, HttpAction)}), the parsed query ({@link QueryPolicy}, in {@link #validateQuery}),
 * and the answer ({@link #executeQuery}). The timeout is Fuseki's: the server's, lowered by the
 * client's {@code timeout} (whole seconds). SELECT answers are evaluated in full before the first
 * byte is sent, so a query that runs out of time answers 503 with a message, never a 200 with a cut
 * body; answers longer than the row cap are cut to it and say so in the {@value #ROW_CAP_HEADER}
 * header. Whether the answer may be kept is left in the request attribute {@value #DETERMINISTIC}.
 */
final class PublicQueryService extends SPARQL_QueryDataset {
    static final String ROW_CAP_HEADER = "X-Result-Row-Cap";
    /** Request attribute: {@code Boolean.TRUE} when the query's answer is the same on every run. */
    static final String DETERMINISTIC = "org.w3id.scokg.deterministic";
    /** Deeper nesting than this is refused before parsing, which would otherwise run out of stack. */
    static final int MAX_NESTING = 100;
    /** Parameters whose values Fuseki would write back into an answer (JSONP, an XSL link). */
    private static final List<String> REFLECTED = List.of("callback", "stylesheet");

    private final long timeoutMillis;
    private final int rowCap;

    PublicQueryService(long timeoutMillis, int rowCap) {
        this.timeoutMillis = timeoutMillis;
        this.rowCap = rowCap;
    }

    @Override
    public void validate(HttpAction action) {
        for (String name : REFLECTED) {
            if (action.getRequestParameter(name) != null) {
                ServletOps.errorBadRequest("The '" + name + "' parameter is not supported: this endpoint writes no request text into its answers.");
            }
        }
        clientTimeoutMillis(action);
        super.validate(action);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        int depth = QueryText.nesting(queryString);
        if (depth > MAX_NESTING) {
            ServletOps.errorBadRequest("The query nests groups or expressions " + depth + " deep; this endpoint allows " + MAX_NESTING + ".");
        }
        super.execute(queryString, action);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        QueryPolicy.Verdict verdict = QueryPolicy.check(query);
        verdict.refusal().ifPresent(ServletOps::errorBadRequest);
        action.getRequest().setAttribute(DETERMINISTIC, verdict.deterministic());
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        try {
            QueryExecResult result = super.executeQuery(action, exec, query, queryStringLog);
            return result.isRowSet() ? new QueryExecResult(capped(action, result.rowSet())) : result;
        } catch (QueryCancelledException e) {
            long client = clientTimeoutMillis(action);
            long effective = client > 0 ? Math.min(client, timeoutMillis) : timeoutMillis;
            ServletOps.error(503, "The query ran past this endpoint's timeout of " + effective / 1000.0 + " s and was stopped.");
            return null;
        }
    }

    /** The rows of a SELECT answer, read in full, at most {@link #rowCap} of them. */
    private RowSet capped(HttpAction action, RowSet rows) {
        List<Binding> kept = new ArrayList<>();
        while (rows.hasNext() && kept.size() <= rowCap) kept.add(rows.next());
        if (kept.size() > rowCap) {
            kept.remove(kept.size() - 1);
            action.getResponse().setHeader(ROW_CAP_HEADER, Integer.toString(rowCap));
        }
        return RowSetStream.create(rows.getResultVars(), kept.iterator());
    }

    /** The client's {@code timeout} in milliseconds, 0 when it sent none; a value Fuseki cannot read is a 400. */
    private static long clientTimeoutMillis(HttpAction action) {
        String requested = action.getRequestParameter("timeout");
        if (requested == null) return 0;
        if (!requested.matches("[1-9][0-9]{0,8}")) {
            ServletOps.errorBadRequest("timeout must be a whole number of seconds above 0, not '" + requested + "'.");
        }
        return Long.parseLong(requested) * 1000;
    }
}
