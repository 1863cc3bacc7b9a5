package org.w3id.scokg.server.sparql;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.w3id.scokg.query.QueryPolicy;
import org.w3id.scokg.query.engine.OwnGraphs;
import org.w3id.scokg.query.engine.SparqlEngine;
import org.w3id.scokg.query.functions.QueryBudget;
import org.w3id.scokg.server.http.ClientGone;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.http.Responses;

/**
 * Fuseki's query service with the public endpoint's limits, each through one of Fuseki's own hooks:
 * the request's parameters ({@link #validate}), the query's text before it is parsed ({@link
 * QueryText}, in {@link #execute(String, HttpAction)}), the parsed query ({@link QueryPolicy}, in
 * {@link #validateQuery}), its execution ({@link #createQueryExec}: cancelled when the client goes
 * away, {@link ClientGone}, or when the heap runs short, {@link HeapGuard}) and the answer ({@link #executeQuery}, {@link AnswerCap}). The timeout
 * is Fuseki's: the server's, lowered by the client's {@code timeout} (whole seconds). Answers are
 * evaluated in full before the first byte is sent, so a query that runs out of time answers 503
 * with a message, never a 200 with a cut body. Whether the answer may be kept is left in the request
 * attribute {@value #DETERMINISTIC}. The query is evaluated by Fuseki's own execution over the
 * endpoint's dataset, whose context carries the engine's settings, optimiser and executor ({@link
 * SparqlEngine#configure}, called by {@link SparqlModule}): no call here names them.
 *
 * <p>A client's mistake is a 4xx with one sentence in UTF-8 ({@link #executeLifecycle}): Fuseki's
 * own writer counted characters for bytes, so a message quoting a non-Latin character answered 500.
 */
final class PublicQueryService extends SPARQL_QueryDataset {
    /** Request attribute: {@code Boolean.TRUE} when the query's answer is the same on every run. */
    static final String DETERMINISTIC = "org.w3id.scokg.deterministic";
    /** Parameters whose values Fuseki would write back into an answer (JSONP, an XSL link). */
    private static final List<String> REFLECTED = List.of("callback", "stylesheet");
    private static final int MAX_MESSAGE = 400;
    /** How much of a message {@link #oneSentence} reads: ten sentences' worth, so that what it takes out still leaves one. */
    private static final int MAX_READ = 10 * MAX_MESSAGE;

    private final long timeoutMillis;
    private final AnswerCap cap;
    /** The server's queries evaluating now, to be stopped when it stops. */
    private final Evaluations evaluating;

    PublicQueryService(long timeoutMillis, AnswerCap cap, Evaluations evaluating) {
        AnswerWriterGuard.install();
        this.timeoutMillis = timeoutMillis;
        this.cap = cap;
        this.evaluating = evaluating;
    }

    @Override
    protected void executeLifecycle(HttpAction action) {
        inOneSentence(action, () -> super.executeLifecycle(action));
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
        GuardedEvaluation.refusal(queryString).ifPresent(ServletOps::errorBadRequest);
        try {
            super.execute(queryString, action);
        } catch (ActionErrorException e) {
            if (e.getCause() != null || e.getMessage() == null || queryString.isBlank()) throw e;
            // Fuseki's "Error: <the query> <what is wrong>": the client has the query, the answer says what is wrong.
            boolean echoed = e.getMessage().contains(queryString);
            String what = !echoed ? e.getMessage() : "The query cannot run: " + e.getMessage().replace(queryString, " ").strip().replaceFirst("^Error:\\s*", "");
            // An error Jena gives no line and column for is placed in the query's text where it can be.
            Optional<String> placed = e.getRC() == HttpServletResponse.SC_BAD_REQUEST ? QueryErrorPlace.placed(queryString, oneSentence(what)) : Optional.empty();
            if (placed.isEmpty() && !echoed) throw e;
            throw new ActionErrorException(e.getRC(), placed.orElse(what), null);
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        boolean graph = query.isConstructType() || query.isDescribeType();
        AnswerFormats.check(action.getRequest(), graph ? MediaTypes.Answer.GRAPH : MediaTypes.Answer.RESULTS).ifPresent(ServletOps::errorBadRequest);
        if (graph) refuseNonRdfFormat(action);
        QuadAnswerFormat.negotiate(action, query);
        QueryPolicy.Verdict verdict = QueryPolicy.check(query);
        verdict.refusal().ifPresent(ServletOps::errorBadRequest);
        action.getRequest().setAttribute(DETERMINISTIC, verdict.deterministic());
    }

    /**
     * A CONSTRUCT or DESCRIBE answers RDF: a results format forced on it ({@code force-accept}, Fuseki's
     * Content-Type of the answer) is the client's mistake, not a 500. The other format parameters are
     * {@link AnswerFormats}'.
     */
    private static void refuseNonRdfFormat(HttpAction action) {
        String value = action.getRequestParameter("force-accept");
        if (value == null) return;
        Lang lang = RDFLanguages.contentTypeToLang(value);
        if (lang != null && RDFWriterRegistry.defaultSerialization(lang) == null) {
            ServletOps.errorBadRequest("A CONSTRUCT or DESCRIBE query answers RDF, and '" + value + "' (force-accept) is not an RDF format.");
        }
    }

    /** An answer is written only in a syntax that can carry it, in time ({@link AnswerWriterGuard}). */
    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, org.apache.jena.sparql.core.Prologue prologue) {
        Optional<Lang> quads = result.isDataset() ? QuadAnswerFormat.chosen(action) : Optional.empty();
        AnswerWriterGuard.guarding(() -> {
            if (quads.isEmpty()) {
                super.sendResults(action, result, prologue);
                return;
            }
            // Fuseki's own writing of a dataset in the format of quads chosen for it (QuadAnswerFormat).
            ServletOps.success(action);
            ActionLib.datasetResponse(action, result.dataset(), quads.get());
        });
    }

    /**
     * The dataset a query runs over: the endpoint's, or the part of it that the query's FROM and FROM
     * NAMED (or the protocol's {@code default-graph-uri} and {@code named-graph-uri}) describe, built
     * by {@link OwnGraphs#described} so that Jena's names for the union and the default graph pick
     * nothing there (Fuseki's own choice reads {@code FROM <urn:x-arq:UnionGraph>} as the union). The
     * query keeps no description: the dataset is the one it describes.
     */
    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryString) {
        DatasetDescription description = SPARQLProtocol.getDatasetDescription(action, query);
        if (description == null || description.isEmpty()) return super.decideDataset(action, query, queryString);
        Query described = query.cloneQuery();
        described.getGraphURIs().clear();
        described.getNamedGraphURIs().clear();
        return Pair.create(OwnGraphs.described(getDataset(action), description), described);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        ClientGone.watch(action.getRequest(), () -> SparqlEngine.stop(exec));
        return exec;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        evaluating.add(exec);
        HeapGuard.Running guarded = HeapGuard.jvm().started(exec);
        long client = clientTimeoutMillis(action);
        long effective = client > 0 ? Math.min(client, timeoutMillis) : timeoutMillis;
        SparqlEngine.Deadline deadline = SparqlEngine.deadline(exec, effective);
        try {
            return capped(action, exec, query, queryStringLog);
        } catch (QueryCancelledException e) {
            stopped(action, guarded, effective);
            return null;
        } catch (TextIndexParseException e) {
            // Fuseki's answer repeats the query and then the search, and its length cut what is wrong.
            refuse(action, TextSearchFault.sentence(e).orElseThrow());
            return null;
        } catch (QueryBudget.Exceeded e) {
            ServletOps.errorBadRequest(e.getMessage());
            return null;
        } catch (org.apache.jena.query.QueryBuildException e) {
            // A function given the wrong number of arguments, found when it is first called
            // (afn:strjoin(), fn:string-length()): the query's mistake, not a 500 with a stack trace.
            refuse(action, "The query cannot run: " + e.getMessage());
            return null;
        } catch (IllegalArgumentException e) {
            // Java's failure on a value the query computes and Jena folds as a constant while it plans
            // (STRLANG("x", ?t) with ?t bound to "a b"): the query's mistake, not the server's, so
            // not a 500 with Java's words. Inside evaluation such a failure is an error of its
            // solution (CheckedValue), as SPARQL's errors are.
            // Java's own words ("c != java.lang.String") say nothing to the client.
            refuse(action, "The query cannot run: a function was given a value it cannot use (such as a language tag that is not one,"
                    + " or a format that does not fit its values).");
            return null;
        } catch (QueryExecException e) {
            // ARQ's word for a query that cannot run as written, such as a property function given the
            // wrong arguments, or a text search Lucene refuses (TextSearchFault).
            refuse(action, TextSearchFault.sentence(e).orElse("The query cannot run: " + e.getMessage()));
            return null;
        } finally {
            deadline.cancel();
            HeapGuard.jvm().finished(guarded);
            evaluating.remove(exec);
            // Answers are read in full above: what follows is writing, which Jetty watches itself.
            ClientGone.stopWatching(action.getRequest());
        }
    }

    /** The answer, read in full under the caps on its rows and bytes. */
    private QueryExecResult capped(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        QueryExecResult result = query.isConstructType() ? new QueryExecResult(cap.construct(action.getResponse(), exec))
                : query.isDescribeType() ? new QueryExecResult(cap.describe(action.getResponse(), exec))
                : super.executeQuery(action, exec, query, queryStringLog);
        return result.isRowSet() ? new QueryExecResult(cap.select(action.getResponse(), result.rowSet())) : result;
    }

    /**
     * A 503 for a query stopped before its answer was whole, saying why: the heap ran short, the
     * server is stopping, or the query ran past {@code effective} milliseconds.
     */
    private void stopped(HttpAction action, HeapGuard.Running guarded, long effective) {
        if (guarded.stoppedForMemory()) {
            action.getResponse().setHeader("Retry-After", "30");
            ServletOps.error(503, "The server ran short of memory while this query ran and stopped it: a query that keeps fewer or shorter rows"
                    + " (DISTINCT, ORDER BY, GROUP BY over fewer rows, or a LIMIT in a sub-query) is more likely to answer.");
            return;
        }
        if (evaluating.stopping()) {
            action.getResponse().setHeader("Retry-After", "5");
            ServletOps.error(503, "The server is stopping and stopped this query; ask again in a moment.");
            return;
        }
        ServletOps.error(503, "The query ran past this endpoint's timeout of " + effective / 1000.0 + " s and was stopped.");
    }

    /** A 400 for a query that cannot run as written, and one line in Fuseki's log of requests. */
    private static void refuse(HttpAction action, String sentence) {
        action.log.warn("[{}] {}", action.id, oneSentence(sentence));
        ServletOps.errorBadRequest(sentence);
    }

    /** The client's {@code timeout} in milliseconds, 0 when it sent none; a value Fuseki cannot read is a 400. */
    private static long clientTimeoutMillis(HttpAction action) {
        String requested = action.getRequestParameter("timeout");
        if (requested == null) return 0;
        // A whole number past nine digits asks for more than the endpoint's timeout, which it may only
        // lower: read as that, not a 400 calling it "not a whole number".
        if (requested.matches("[1-9][0-9]{9,}")) return Long.MAX_VALUE;
        if (!requested.matches("[1-9][0-9]{0,8}")) {
            ServletOps.errorBadRequest("timeout must be a whole number of seconds above 0, not '" + requested + "'.");
        }
        return Long.parseLong(requested) * 1000;
    }

    /**
     * Runs {@code lifecycle}, Fuseki's own handling of {@code action}, and answers a refusal it throws
     * without a cause (a client's mistake: "No such graph", a parse error) with its message as one
     * sentence ({@link #oneSentence}), the query service's and the Graph Store's alike.
     */
    static void inOneSentence(HttpAction action, Runnable lifecycle) {
        try {
            lifecycle.run();
        } catch (ActionErrorException e) {
            if (e.getCause() != null || e.getMessage() == null || action.getResponse().isCommitted()) throw e;
            Responses.sendQuietly(action.getResponse(), e.getRC(), oneSentence(e.getMessage()));
        }
    }

    /**
     * A message on one line, as long as a sentence: Fuseki's parse errors echo the query and list every
     * expected token. Only its beginning is read ({@value #MAX_READ} characters): a message may quote
     * whatever a client sent, at any length (Java's words for a REGEX pattern it cannot compile repeat
     * the pattern), and a pattern of 20,000 dotted words ({@code a.a.a…(}) ran a class-name pattern
     * written as a repeated group, which Java matches by recursion, out of stack: a 500 with an empty
     * body and a stack trace in the log. So a class name is matched by a character class, and the
     * sentence is cut between characters, never inside a pair of surrogates (which would be written
     * as {@code ?}).
     */
    static String oneSentence(String message) {
        String text = message.strip();
        boolean cut = text.length() > MAX_READ;
        // A Java exception's class name ("java.util.regex.PatternSyntaxException: ") says nothing to a client.
        String line = (cut ? text.substring(0, MAX_READ) : text).replaceAll("\\s*[\\r\\n]+\\s*", " ")
                .replaceAll("\\b[a-z][a-z0-9_.]*\\.[A-Z]\\w*(?:Exception|Error):\\s*", "");
        if (line.length() <= MAX_MESSAGE && !cut) return line;
        int end = Math.min(line.length(), MAX_MESSAGE);
        if (Character.isHighSurrogate(line.charAt(end - 1))) end--;
        return line.substring(0, end) + "…";
    }
}
