package org.w3id.scokg.server.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.fuseki.Fuseki;
import org.w3id.scokg.query.engine.SparqlEngine;
import org.w3id.scokg.server.http.AsyncBody;
import org.w3id.scokg.server.http.ClientGone;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.http.PathProbe;
import org.w3id.scokg.server.http.Refusals;
import org.w3id.scokg.server.http.Responses;
import org.w3id.scokg.server.http.Vary;
import org.w3id.scokg.server.web.PublicUrls;

/**
 * The endpoint's Graph Store Protocol reads (a GET or HEAD under {@code /sparql} that asks no query:
 * {@code ?graph=}, {@code ?default}, {@code /sparql/get}, {@code /sparql/}) bounded as a query's
 * answer is: Fuseki's own read writes the stored graph as it always has, but into a buffer, and
 * nothing is sent until it is whole; so a read that runs past the query timeout ({@link
 * SparqlEngine#deadline(Runnable, long)}, the queries' deadline), or writes more than the answer
 * byte cap, is stopped at its next write and answers 503 with one sentence, never a cut 200. A read
 * whose client goes away ({@link ClientGone}) is stopped too. A read within both bounds is sent with
 * the bytes, type and status Fuseki gave it, and its length; a HEAD is read as its GET, and gets
 * the GET's length and no bytes.
 */
final class GraphStoreReads implements Filter {
    /** Request attribute: the {@link HeldResponse} of a read under way, for {@link #check}. */
    private static final String HELD = GraphStoreReads.class.getName();
    /** Seconds a client is told to wait before it asks again for a read stopped at the timeout. */
    private static final String RETRY_SECONDS = "30";
    /** Why a read was stopped when its client went away: no one reads the answer. */
    private static final String GONE = "The client went away.";
    /** Where a client that wants more than one read may give finds it. */
    /** Where else to read a graph, the dumps named under the public base's path ({@code /kg/dumps/} behind a proxy that publishes the site under /kg/). */
    private static String elsewhere(HttpServletRequest request) {
        return "the dumps (" + PublicUrls.root(request.getServletContext()) + "/dumps/) hold the whole graph in every format, and a CONSTRUCT query asks for part of it.";
    }

    /**
     * The media types Fuseki writes the whole dataset in. Left to Fuseki, a read of it offers every
     * type Jena has a writer for ("null/rdf", Jena's writer of nothing, and Turtle among them), and
     * asked for Turtle answers N-Quads.
     */
    private static final List<String> DATASET_TYPES = org.apache.jena.fuseki.DEF.quadsOffer.entries().stream().map(MediaRange::getContentTypeStr).distinct().sorted().toList();

    /** The media types Fuseki writes one graph in. */
    private static final List<String> GRAPH_TYPES = org.apache.jena.fuseki.DEF.rdfOffer.entries().stream().map(MediaRange::getContentTypeStr).distinct().sorted().toList();

    /**
     * The paths of the endpoint's services ({@link SparqlModule}): its query's names and the Graph
     * Store's, {@code /sparql/} included, the dataset's unnamed service as Fuseki reads it.
     */
    static final java.util.Set<String> SERVICE_PATHS = java.util.Set.of("/sparql", "/sparql/", "/sparql/get", "/sparql/query", "/sparql/sparql");

    private final long timeoutMillis;
    private final long byteCap;

    GraphStoreReads(long timeoutMillis, long byteCap) {
        this.timeoutMillis = timeoutMillis;
        this.byteCap = byteCap;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        // graph= and default name a Graph Store read's graph; beside a query, in the URL or POSTed (a
        // form, or the query itself under a URL naming a graph), they would be ignored unsaid and the
        // query run over the whole dataset.
        if (asksAQuery(request) && (request.getParameter("graph") != null || request.getParameter("default") != null)) {
            Responses.text((HttpServletResponse) res, HttpServletResponse.SC_BAD_REQUEST, "graph= and default name the graph of a Graph Store read, which has no query:"
                    + " a query names its graphs with default-graph-uri= and named-graph-uri=, or FROM and FROM NAMED.");
            return;
        }
        // A query (in the query string; a form is a POST) has its own bounds: PublicQueryService. An
        // OPTIONS's probe is Fuseki's own HEAD, which finds the graph and writes none of it.
        // A path that names none of the endpoint's services (/sparql/nope) is Fuseki's 404, the page to a
        // browser, not a read of the whole dataset refused 406 to an Accept of text/html or Turtle.
        if (!read || request.getParameter("query") != null || Boolean.TRUE.equals(request.getAttribute(PathProbe.PROBE))
                || !SERVICE_PATHS.contains(request.getRequestURI().substring(request.getContextPath().length()))) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        if (refusedGraphs(request, response)) return;
        request = negotiated(request, response);
        if (request != null) readBounded(request, response, chain);
    }

    /** A 400 for a read that names more than one graph, or an empty one, and true; false otherwise. */
    private static boolean refusedGraphs(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // One graph a read: Fuseki refuses two graph= with "Multiple ?default", naming the other
        // parameter.
        String[] graphs = request.getParameterValues("graph");
        if (graphs != null && graphs.length > 1 || graphs != null && request.getParameter("default") != null) {
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "A Graph Store read names one graph: graph= once, or default.");
            return true;
        }
        // An empty graph= names no graph, as an empty default-graph-uri= does not: a 400, not Fuseki's
        // 404 "No such graph: <>".
        if (graphs != null && graphs[0].isBlank()) {
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "graph= names no graph: give a graph's IRI, or default.");
            return true;
        }
        return false;
    }

    /**
     * {@code request} as Fuseki is to read it, asking for the syntax chosen here; null where a 400 or
     * a 406 has been sent.
     */
    private static HttpServletRequest negotiated(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // An Accept that takes no syntax of RDF (image/png, text/html alone) is a 406, as from a
        // thing's description or /fragments, unless a parameter names the format: Fuseki answers it
        // 200 in its default syntax.
        // Fuseki writes one graph (?default, ?graph=) in the syntaxes of graphs it offers, and the whole
        // dataset in those of datasets; asked for N-Quads, TriG or protobuf for one graph, it answers
        // RDF/XML with a 200.
        List<String> offered = request.getParameter("default") != null || request.getParameter("graph") != null ? GRAPH_TYPES : DATASET_TYPES;
        String accept = request.getHeader("Accept");
        java.util.Optional<java.util.Map.Entry<String, String>> named = GraphStoreFormat.named(request);
        if (named.isPresent()) {
            // A format named by a parameter overrides Accept, as on a query's answer (AnswerFormats).
            java.util.Optional<String> type = GraphStoreFormat.type(named.get().getValue(), offered);
            if (type.isEmpty()) {
                Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, GraphStoreFormat.refusal(named.get(), offered));
                return null;
            }
            request = GraphStoreFormat.asking(request, type.get());
            accept = null;
        }
        java.util.Optional<String> chosen = accept == null ? java.util.Optional.empty() : MediaTypes.negotiateRdfType(accept, offered);
        if (accept != null && chosen.isEmpty()) {
            Vary.onAccept(response);
            Refusals.notAcceptable(response, offered);
            return null;
        }
        // Fuseki is told the syntax chosen here: application/json is JSON-LD, as for a thing's description
        // (Fuseki, which does not know it, sends RDF/XML), and text/n3 Turtle, not a 406.
        if (chosen.filter(MediaTypes.Format.JSONLD.mediaType::equals).isPresent() && accept.toLowerCase(java.util.Locale.ROOT).contains("application/json")
                || chosen.isPresent() && MediaTypes.asksByAnotherName(accept, chosen.get())) {
            request = new SparqlEndpointFilter.AcceptWrapper(request, chosen.get());
        }
        return request;
    }

    /** The read, held within the answer cap and the timeout, then sent, or a 503 that says which it passed. */
    private void readBounded(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        HeldResponse held = HeldResponse.stopping(response, byteCap,
                "This Graph Store read is larger than this endpoint's answer cap of " + byteCap + " bytes and was stopped; " + elsewhere(request));
        request.setAttribute(HELD, held);
        String timeout = "This Graph Store read ran past this endpoint's timeout of " + timeoutMillis / 1000.0 + " s and was stopped; " + elsewhere(request);
        SparqlEngine.Deadline deadline = SparqlEngine.deadline(() -> held.stop(timeout), timeoutMillis);
        ClientGone.watch(request, () -> held.stop(GONE));
        // Fuseki answers a HEAD without writing the graph, and Jetty then said Content-Length: 0 of a
        // read whose GET sends megabytes: a HEAD is read as its GET, and gets its length, not its bytes.
        boolean head = request.getMethod().equals("HEAD");
        HttpServletRequest asked = !head ? request : new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
        try {
            AnswerWriterGuard.guardingRead(() -> chain.doFilter(asked, held));
        } finally {
            deadline.cancel();
            ClientGone.stopWatching(request);
        }
        String stopped = held.end();
        HeldResponse.evaluated(request);
        if (stopped == null) {
            byte[] body = held.bytes();
            if (body.length > 0) AsyncBody.send(request, response, body);
            return;
        }
        if (stopped.equals(GONE)) return;
        Fuseki.actionLog.warn("{} {}: 503, {}", request.getMethod(), request.getRequestURI(), stopped.equals(timeout) ? "stopped at the timeout" : "stopped at the byte cap");
        if (stopped.equals(timeout)) response.setHeader("Retry-After", RETRY_SECONDS);
        Responses.text(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, stopped);
    }

    /**
     * What ends the read under way for {@code request} once it is stopped, to run before each
     * triple it reads ({@link GraphStoreRead}); null for a request this filter does not bound.
     */
    static Runnable check(HttpServletRequest request) {
        return request.getAttribute(HELD) instanceof HeldResponse held ? held::check : null;
    }

    /** Whether the request carries a query: query= in its query string or form, or a POST of the query itself. */
    private static boolean asksAQuery(HttpServletRequest request) {
        String contentType = request.getContentType();
        return request.getParameter("query") != null || request.getMethod().equals("POST") && contentType != null
                && contentType.split(";", 2)[0].strip().equalsIgnoreCase("application/sparql-query");
    }
}
