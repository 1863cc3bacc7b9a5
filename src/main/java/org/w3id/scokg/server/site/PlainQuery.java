package org.w3id.scokg.server.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.scokg.query.QueryPolicy;
import org.w3id.scokg.query.engine.SparqlEngine;
import org.w3id.scokg.server.sparql.GuardedEvaluation;
import org.w3id.scokg.server.sparql.QueryErrorPlace;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Texts;

/**
 * A query from the editor's plain form (JavaScript off), run on the server under the public
 * endpoint's rules ({@link QueryPolicy}, its timeout, its limits on the text and its stops when the
 * client goes or the heap runs short: {@link GuardedEvaluation}), scheduled as the endpoint's queries
 * are (its route is one {@code QueryRoutes} schedules), and shown as an HTML table whose IRIs open
 * this site's pages with their labels; or, when it cannot run, the reason, beside the form that
 * still holds the query.
 */
final class PlainQuery {
    /** Rows a page shows; the endpoint gives all of them. */
    static final int ROWS = 1000;

    /** What came of a run: the HTML to show, and the HTTP status to send it with. */
    record Outcome(int status, String html) {}

    private final DatasetGraph dataset;
    private final Graph labels;
    private final long timeoutMillis;

    PlainQuery(DatasetGraph dataset, Graph labels, long timeoutMillis) {
        this.dataset = dataset;
        this.labels = labels;
        this.timeoutMillis = timeoutMillis;
    }

    /** Runs {@code text}, the query of {@code request}, under the endpoint's guards ({@link GuardedEvaluation}). */
    Outcome run(String text, HttpServletRequest request, Texts texts) {
        var tooLarge = GuardedEvaluation.refusal(text);
        if (tooLarge.isPresent()) return error(400, tooLarge.get(), texts);
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return error(400, placed(text, e.getMessage()), texts, e);
        } catch (QueryException e) {
            return error(400, placed(text, e.getMessage()), texts);
        }
        var refusal = QueryPolicy.check(query).refusal();
        if (refusal.isPresent()) return error(400, placed(text, refusal.get()), texts);
        try (QueryExec exec = SparqlEngine.exec(dataset, query, timeoutMillis).build(); GuardedEvaluation guarded = GuardedEvaluation.watch(request, exec)) {
            SparqlEngine.Deadline deadline = SparqlEngine.deadline(exec, timeoutMillis);
            try {
                if (query.isAskType()) return new Outcome(200, "<p class=\"answer\">" + Html.escape(texts.get(exec.ask() ? "query.yes" : "query.no")) + "</p>");
                if (query.isSelectType()) return new Outcome(200, table(exec.select(), texts));
                // A template that writes into named graphs (ARQ's GRAPH in a CONSTRUCT): construct() keeps the
                // default graph's triples alone, so such an answer would show none.
                if (query.isConstructType() && query.getConstructTemplate().containsRealQuad()) return new Outcome(200, quads(exec.constructDataset(), texts));
                Graph graph = query.isConstructType() ? exec.construct() : exec.describe();
                return new Outcome(200, triples(graph, texts));
            } catch (QueryCancelledException e) {
                if (guarded.stoppedForShutdown()) return said(503, texts.get("query.stopping"), texts);
                return said(503, texts.format(guarded.stoppedForMemory() ? "query.memory" : "query.timeout", timeoutMillis / 1000.0), texts);
            } finally {
                deadline.cancel();
            }
        } catch (QueryException e) {
            return error(400, placed(text, e.getMessage()), texts);
        }
    }

    /** Jena's sentence, with the place in {@code text} of an error it gives none for, as /sparql answers it ({@link QueryErrorPlace}). */
    private static String placed(String text, String sentence) {
        return sentence == null ? null : QueryErrorPlace.placed(text, sentence).orElse(sentence);
    }

    private String table(RowSet rows, Texts texts) {
        List<Var> vars = rows.getResultVars();
        // Stacked on a phone, each cell after its variable's name (data-label), as a named query's answer.
        StringBuilder html = new StringBuilder("<div class=\"table-wrap\"><table class=\"stacked\"><tr>");
        vars.forEach(v -> html.append("<th scope=\"col\">").append(Html.escape(v.getVarName())).append("</th>"));
        html.append("</tr>");
        int count = 0;
        while (rows.hasNext() && count < ROWS) {
            Binding row = rows.next();
            count++;
            html.append("<tr>");
            for (Var v : vars) html.append(Html.cell(v.getVarName(), row.get(v) == null ? "" : Html.value(row.get(v), labels, texts)));
            html.append("</tr>");
        }
        // No rows: the sentence alone, not a table of headings.
        if (count == 0) return "<p class=\"nothing\" role=\"status\">" + Html.escape(texts.get("queries.nothing")) + "</p>";
        html.append("</table></div><p>").append(Html.escape(texts.format("query.rows", count))).append("</p>");
        if (rows.hasNext()) html.append("<p>").append(Html.escape(texts.format("query.more", ROWS))).append("</p>");
        return html.toString();
    }

    private String triples(Graph graph, Texts texts) {
        StringBuilder html = new StringBuilder("<div class=\"table-wrap\"><table class=\"stacked\"><tr><th scope=\"col\">subject</th><th scope=\"col\">predicate</th><th scope=\"col\">object</th></tr>");
        graph.find().toList().stream().limit(ROWS).forEach(t -> html.append("<tr>").append(Html.cell("subject", Html.value(t.getSubject(), labels, texts)))
                .append(Html.cell("predicate", Html.value(t.getPredicate(), labels, texts))).append(Html.cell("object", Html.value(t.getObject(), labels, texts))).append("</tr>"));
        return html.append("</table></div><p>").append(Html.escape(texts.format("query.rows", graph.size()))).append("</p>").toString();
    }

    /** The quads of a CONSTRUCT whose template writes into named graphs, each with its graph (none for the default graph). */
    private String quads(DatasetGraph answer, Texts texts) {
        StringBuilder html = new StringBuilder("<div class=\"table-wrap\"><table class=\"stacked\"><tr><th scope=\"col\">graph</th><th scope=\"col\">subject</th>"
                + "<th scope=\"col\">predicate</th><th scope=\"col\">object</th></tr>");
        List<Quad> quads = Iter.toList(answer.find());
        quads.stream().limit(ROWS).forEach(q -> {
            html.append("<tr>").append(Html.cell("graph", q.isDefaultGraph() ? "" : Html.value(q.getGraph(), labels, texts)))
                    .append(Html.cell("subject", Html.value(q.getSubject(), labels, texts))).append(Html.cell("predicate", Html.value(q.getPredicate(), labels, texts)))
                    .append(Html.cell("object", Html.value(q.getObject(), labels, texts))).append("</tr>");
        });
        return html.append("</table></div><p>").append(Html.escape(texts.format("query.rows", quads.size()))).append("</p>").toString();
    }

    /** An error in the page's own words, marked as in the page's language, not as English. */
    private static Outcome said(int status, String message, Texts texts) {
        return new Outcome(status, "<div class=\"error\" role=\"alert\"><strong>" + Html.escape(texts.get("query.error")) + "</strong>\n<span>"
                + Html.escape(message) + "</span></div>");
    }

    /**
     * An error in the parser's or the engine's words, which are English, after a lead in the page's
     * that says so, so a Russian or Chinese page says the reason is in English.
     */
    private static Outcome error(int status, String message, Texts texts) {
        return english(status, texts.get("query.errorEnglish"), message);
    }

    /** Where Jena's parser's words say it stopped: "at line 2, column 9". */
    private static final java.util.regex.Pattern STOPPED = java.util.regex.Pattern.compile("at line (\\d{1,9}), column (\\d{1,9})");

    /**
     * A parser's error, after a lead in the page's words that gives its line and column, where the
     * parser says them: those of its words, which name the token it stopped at (the exception's own
     * may name the start of the pattern it was reading: column 6 for its words' 9).
     */
    private static Outcome error(int status, String message, Texts texts, QueryParseException e) {
        java.util.regex.Matcher stopped = STOPPED.matcher(message == null ? "" : message);
        if (stopped.find()) return english(status, texts.format("query.errorAt", Long.parseLong(stopped.group(1)), Long.parseLong(stopped.group(2))), message);
        if (e.getLine() < 1 || e.getColumn() < 1) return error(status, message, texts);
        return english(status, texts.format("query.errorAt", e.getLine(), e.getColumn()), message);
    }

    private static Outcome english(int status, String lead, String message) {
        return new Outcome(status, "<div class=\"error\" role=\"alert\"><strong>" + Html.escape(lead) + "</strong>\n<span lang=\"en\">"
                + Html.escape(message) + "</span></div>");
    }
}
