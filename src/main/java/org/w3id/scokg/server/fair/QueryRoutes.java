package org.w3id.scokg.server.fair;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;
import org.w3id.scokg.server.http.PathProbe;
import org.w3id.scokg.server.web.Language;

/**
 * Which requests evaluate a query, and so are scheduled: the SPARQL endpoint ({@code /sparql} and
 * below), a named query ({@code /queries/{name}}), the editor's plain form with a query ({@code
 * /query?query=}) and a reconciliation batch or data extension ({@code /reconcile} with {@code
 * queries=} or {@code extend=}, or any POST there), except what answers at once: the endpoint's
 * service description or editor (a GET without a query string, or with only the site's {@code
 * lang}, but for the Graph Store's {@code /sparql/get} and the dataset's {@code /sparql/}, which
 * then read the whole dataset), CORS preflights, an OPTIONS's probe of its path ({@link
 * PathProbe}), and a GET whose answer the SPARQL answer cache holds or whose named query's rows are
 * kept. Entity pages, dumps, the site and {@code /$/ping} are never scheduled. The verdict is kept
 * on the request, as every handler of the chain asks.
 */
final class QueryRoutes implements Predicate<Request> {
    private static final String VERDICT = QueryRoutes.class.getName();
    /** The endpoint's Graph Store Protocol reads ({@code SparqlModule}). */
    private static final String GRAPH_STORE = "/sparql/get";

    private final Fairness.CachedAnswers cache;

    QueryRoutes(Fairness.CachedAnswers cache) {
        this.cache = cache;
    }

    @Override
    public boolean test(Request request) {
        Object verdict = request.getAttribute(VERDICT);
        if (verdict == null) {
            verdict = evaluates(request);
            request.setAttribute(VERDICT, verdict);
        }
        return (Boolean) verdict;
    }

    private boolean evaluates(Request request) {
        // An OPTIONS's probe of the path: the route says whether it names something without evaluating.
        if (Boolean.TRUE.equals(request.getAttribute(PathProbe.PROBE))) return false;
        String path = request.getHttpURI().getPath();
        String method = request.getMethod();
        String urlQuery = request.getHttpURI().getQuery();
        // A reconciliation batch or extension compares each of its names with every thing: it is
        // scheduled and charged as a query is (the manifest, suggestions and previews are not).
        if (path.equals("/reconcile") || path.equals("/reconcile/")) {
            // By the decoded names, as the servlet reads them: %71ueries= is a batch too.
            if (method.equals("POST")) return true;
            Fields parameters = Request.extractQueryParameters(request);
            return parameters.get("queries") != null || parameters.get("extend") != null;
        }
        // The editor's plain form runs its query on the server (PlainQuery): scheduled and charged as
        // the endpoint's are, or it would be a way round the scheduler.
        if (path.equals("/query")) return (method.equals("GET") || method.equals("HEAD")) && asksPlainQuery(request);
        boolean sparql = path.equals("/sparql") || path.startsWith("/sparql/");
        boolean named = path.startsWith("/queries/") && path.length() > "/queries/".length();
        if (!(sparql || named) || method.equals("OPTIONS")) return false;
        if (!method.equals("GET") && !method.equals("HEAD")) return true;
        // Asked nothing, the endpoint describes itself, but its Graph Store reads the whole dataset.
        if (sparql && Language.namesNothingElse(urlQuery)) return path.equals("/sparql/") || path.equals(GRAPH_STORE) || path.equals(GRAPH_STORE + "/");
        return !cache.holds(method, path, urlQuery, parameters(request), request.getHeaders().get(HttpHeader.ACCEPT));
    }

    /**
     * Whether a request is a search or a suggestion ({@code /search?q=}, {@code /search/suggest?q=},
     * {@code /reconcile/suggest/*}), which asks the text index and ranks what it finds, 5 to 150 ms of a
     * core each: unscheduled, 24 connections that pipelined searches held 24 threads and kept /$/ping
     * waiting 45 s. They have a lane of their own ({@link Fairness}), neither charged nor counted as
     * queries, so that a reader searching the site while a query of theirs runs gets no 429 about
     * "queries", and searches do not wait behind other clients' queries.
     */
    static boolean searches(Request request) {
        if (Boolean.TRUE.equals(request.getAttribute(PathProbe.PROBE))) return false;
        String path = request.getHttpURI().getPath();
        if (path.startsWith("/reconcile/suggest/")) return true;
        // Only the search's own routes: a path under /search it has none for is a 404, not a search.
        return (path.equals("/search") || path.equals("/search/") || path.equals("/search/suggest")) && asksSearch(request);
    }

    /**
     * Whether a request is for a Triple Pattern Fragment ({@code /fragments}), whose pattern's matches
     * are gathered and ordered when they are not kept: the default graph's at x100 (some 1.9 million
     * quads) took 12 to 31 s of a core a page, unscheduled, each on a thread of its own, for it and
     * the whole dataset's did not fit the kept matches together. They wait in a lane of their own
     * ({@link Fairness}), not charged, and with no share per client, for a TPF client asks many
     * pages at once.
     */
    static boolean fragments(Request request) {
        if (Boolean.TRUE.equals(request.getAttribute(PathProbe.PROBE))) return false;
        return request.getHttpURI().getPath().equals("/fragments");
    }

    /** Whether the query string asks the search something, as {@code SearchServlet} reads it. */
    private static boolean asksSearch(Request request) {
        Fields parameters = Request.extractQueryParameters(request);
        String q = parameters.getValue("q");
        return q != null && !q.isBlank();
    }

    /** Whether the query string names a query for the editor's plain form to run, as {@code SiteServlet} reads it. */
    private static boolean asksPlainQuery(Request request) {
        String query = Request.extractQueryParameters(request).getValue("query");
        return query != null && !query.isBlank();
    }

    /** The query string's parameters, each with all its values in order, as the servlet API gives them. */
    private static Map<String, String[]> parameters(Request request) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        for (Fields.Field field : Request.extractQueryParameters(request)) {
            parameters.put(field.getName(), field.getValues().toArray(String[]::new));
        }
        return parameters;
    }
}
