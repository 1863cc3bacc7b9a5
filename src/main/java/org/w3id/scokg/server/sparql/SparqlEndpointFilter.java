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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.http.Refusals;
import org.w3id.scokg.server.http.Responses;
import org.w3id.scokg.server.http.RouteMethods;
import org.w3id.scokg.server.http.Vary;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.PublicUrls;

/**
 * In front of the endpoint: a GET with no query string (or only the site's {@code lang}), under any
 * of the endpoint's names ({@link #QUERY_PATHS}), answers its
 * SPARQL 1.1 Service Description (instead of Fuseki's dump of the whole dataset), in Turtle or
 * another negotiated RDF format, or, to a browser (an Accept that puts HTML before every RDF
 * format), the query editor; a browser's GET of a query alone (with no graphs, timeout or format
 * named) gets that editor with the query and its answer as an HTML table ({@code /query}); and
 * a HEAD is answered as the GET it mirrors (Fuseki's query service refuses HEAD), the server
 * sending headers only.
 */
final class SparqlEndpointFilter implements Filter {
    /**
     * The endpoint's query service under each of its names ({@link SparqlModule}): asked nothing, each
     * answers as {@code /sparql} does, where Fuseki answers the other two 404 "Service Description".
     */
    static final Set<String> QUERY_PATHS = Set.of("/sparql", "/sparql/query", "/sparql/sparql");
    /**
     * What a read that asks nothing is answered in, for its 406: the description's formats of RDF and
     * the editor's page. A type of results or N-Quads (SPARQL JSON, CSV) is answered the description
     * in Turtle ({@link #describe}), so it is not named as if that type were sent.
     */
    private static final List<String> DESCRIBED = described();

    private final PublicUrls urls;

    SparqlEndpointFilter(PublicUrls urls) {
        this.urls = urls;
    }

    /**
     * The response, given the {@code Allow} RFC 9110 15.5.6 requires on a 405 where Fuseki sends one
     * without (a POST it reads as a Graph Store write, by form or to another path). A request that
     * names a graph is the Graph Store's, which is read only.
     */
    private static HttpServletResponse allowOn405(HttpServletResponse response, HttpServletRequest request, String path) {
        String allow = request.getParameter("graph") != null || request.getParameter("default") != null ? "GET, HEAD, OPTIONS" : RouteMethods.allowed(path);
        return new jakarta.servlet.http.HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                allow(status);
                super.setStatus(status);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                allow(status);
                super.sendError(status, message);
            }

            @Override
            public void sendError(int status) throws IOException {
                allow(status);
                super.sendError(status);
            }

            private void allow(int status) {
                if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED && !containsHeader("Allow")) setHeader("Allow", allow);
            }
        };
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // ?lang= is the site's, not a question: /sparql?lang=ru asks nothing, as /sparql does.
        boolean asks = !Language.namesNothingElse(request.getQueryString());
        if (!GraphStoreReads.SERVICE_PATHS.contains(path)) {
            // A path that names none of the endpoint's services (/sparql/nope) is Fuseki's 404 whatever
            // the client accepts, not a 406 here first for an Accept that refuses every format.
            chain.doFilter(req, read ? res : allowOn405(response, request, path));
            return;
        }
        request = accepted(request, response, read && QUERY_PATHS.contains(path) && !asks ? DESCRIBED : EndpointAccept.all());
        if (request == null || refusedGraphs(request, response) || refusedQueryBody(request, response, path)) return;
        if (read && path.equals("/sparql") && asks && namesNoOperation(request)) {
            // Fuseki's 400 for it repeats the whole query string ("Malformed request: unrecognized
            // parameters: ..."): 7,000 letters would go out whole.
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "The endpoint reads a query as query=, or a graph as graph= or default; this request gives none of them ("
                    + org.w3id.scokg.query.NamedQuery.echo(request.getQueryString()) + ").");
            return;
        }
        if (read && QUERY_PATHS.contains(path) && asks && asksOnlyAQuery(request) && prefersHtmlToAnswers(request.getHeader("Accept"))) {
            // A browser following a link to a query (DBpedia's endpoint answers it with an HTML
            // table too): the editor with the query and its answer as a table, the page /query gives (a HEAD, its headers).
            Vary.onAccept(response);
            request.getRequestDispatcher("/query").forward(request, response);
            return;
        }
        if (request.getMethod().equals("HEAD") && asks) {
            chain.doFilter(new HttpServletRequestWrapper(request) {
                @Override
                public String getMethod() {
                    return "GET";
                }
            }, res);
            return;
        }
        if (!read || !QUERY_PATHS.contains(path) || asks) {
            chain.doFilter(request, read ? res : allowOn405(response, request, path));
            sayWhyNotAcceptable(response);
            return;
        }
        Vary.onAccept(response);
        if (prefersHtml(request.getHeader("Accept"))) {
            // A browser asking the endpoint nothing gets the query editor; programs, the description.
            request.getRequestDispatcher("/query").forward(request, response);
            return;
        }
        describe(request, response, path);
    }

    /** The endpoint's service description, to a program that asks the endpoint nothing. */
    private void describe(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        // The description is RDF only; a client that accepts none of its formats still gets Turtle.
        MediaTypes.Format format = MediaTypes.negotiate(request.getHeader("Accept"), MediaTypes.RDF).orElse(MediaTypes.Format.TURTLE);
        Graph description = GraphFactory.createGraphMem();
        try (var in = getClass().getResourceAsStream("service-description.ttl")) {
            // Its relative IRIs name the endpoint it is read from, under whichever of its names.
            RDFParser.source(in).lang(Lang.TURTLE).base(urls.absolute(request, path)).parse(description);
        }
        Responses.rdf(request, response, description, format);
    }

    private static List<String> described() {
        List<String> types = new ArrayList<>(MediaTypes.RDF.stream().map(format -> format.mediaType).toList());
        types.add("text/html");
        return List.copyOf(types);
    }

    /**
     * {@code request} with the Accept header Fuseki is to negotiate with, or null where a 406 naming
     * {@code offered} has been sent.
     */
    private HttpServletRequest accepted(HttpServletRequest request, HttpServletResponse response, List<String> offered) throws IOException {
        String accept = request.getHeader("Accept");
        if (EndpointAccept.namesNothingWritten(accept) && !formatByName(request)) {
            Vary.onAccept(response);
            Refusals.notAcceptable(response, offered);
            return null;
        }
        if (MediaTypes.refusesAny(accept)) {
            // A client that refuses a type by q=0 is negotiated here (EndpointAccept); one that
            // refuses every format gets a 406, unless it names a format (format=, output=, results=:
            // Fuseki reads those before Accept).
            Optional<String> acceptable = EndpointAccept.forFuseki(accept);
            if (acceptable.isEmpty() && !formatByName(request)) {
                Vary.onAccept(response);
                Refusals.notAcceptable(response, offered);
                return null;
            }
            return acceptable.isPresent() ? new AcceptWrapper(request, acceptable.get()) : request;
        }
        if (accept != null && !EndpointAccept.withJsonLd(accept).equals(accept)) return new AcceptWrapper(request, EndpointAccept.withJsonLd(accept));
        return request;
    }

    /**
     * Whether a read of the dataset's own address names none of the parameters by which Fuseki chooses
     * an operation there (query; update or request, which it would take for an update; graph or
     * default, the Graph Store's), so that Fuseki would refuse it as unrecognised.
     */
    private static boolean namesNoOperation(HttpServletRequest request) {
        return List.of("query", "update", "request", "graph", "default").stream().noneMatch(name -> request.getParameter(name) != null);
    }

    /** A 400 for a graph parameter that is empty or no absolute IRI, and true; false where there is none. */
    private static boolean refusedGraphs(HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (String parameter : List.of("default-graph-uri", "named-graph-uri")) {
            String[] graphs = request.getParameterValues(parameter);
            if (graphs != null && java.util.Arrays.stream(graphs).anyMatch(String::isBlank)) {
                // An empty one would be read as none, the union of all the graphs.
                Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, parameter + "= names no graph: give a graph's IRI, or leave the parameter out.");
                return true;
            }
            // Not an IRI ("not an iri") would be read as the name of a graph there is none of: an
            // answer of nothing, not the client's mistake said.
            String notIri = graphs == null ? null : java.util.Arrays.stream(graphs).filter(graph -> !absoluteIri(graph)).findFirst().orElse(null);
            if (notIri != null) {
                Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, parameter + "=" + org.w3id.scokg.query.NamedQuery.echo(notIri)
                        + " is not an absolute IRI: a graph is named by its IRI, such as https://w3id.org/sco-kg/graph/data.");
                return true;
            }
        }
        return false;
    }

    /** A 400 for an update, a query sent twice or a form that asks nothing, and true; false otherwise. */
    private static boolean refusedQueryBody(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        if (QUERY_PATHS.contains(path) && request.getParameter("update") != null) {
            // An update, in a form, a query string, or beside a query: Fuseki says "No operation for
            // request" of a form's or a GET's, and drops one beside a query unsaid while the query
            // runs.
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "This endpoint is read-only and runs no update: a request to it carries a query, as query=...");
            return true;
        }
        if (request.getMethod().equals("POST") && QUERY_PATHS.contains(path) && String.valueOf(request.getContentType()).startsWith("application/sparql-query")
                && request.getParameter("query") != null) {
            // The body is the query: one in the URL too would be dropped unsaid, where a form
            // beside it is Fuseki's 400 "Multiple 'query=' parameters".
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST,
                    "A query is sent once: as the body of a POST of application/sparql-query, or as query= in the URL or a form, not both.");
            return true;
        }
        if (request.getMethod().equals("POST") && QUERY_PATHS.contains(path) && String.valueOf(request.getContentType()).startsWith("application/x-www-form-urlencoded")
                && request.getParameter("query") == null && request.getParameter("default") == null && request.getParameter("graph") == null) {
            // A form that asks nothing: Fuseki answers it 405 with no Allow.
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "A form sent to the endpoint must carry the query, as query=...");
            return true;
        }
        return false;
    }

    /**
     * Fuseki answers 406 with no body when the format asked for cannot write the answer (RDF/XML
     * cannot write a predicate such as {@code <urn:x:1>}, whose IRI has no local name to split
     * off): the client gets one sentence that says so.
     */
    private static void sayWhyNotAcceptable(HttpServletResponse response) throws IOException {
        if (response.getStatus() != HttpServletResponse.SC_NOT_ACCEPTABLE || response.isCommitted()) return;
        response.resetBuffer();
        Vary.onAccept(response);
        Responses.text(response, HttpServletResponse.SC_NOT_ACCEPTABLE,
                "Not acceptable: the answer cannot be written in the format asked for (RDF/XML cannot write every IRI as a predicate); ask for another, such as Turtle or N-Triples.");
    }

    /** Whether the query string or the form names the answer's format, which Fuseki reads before Accept. */
    static boolean formatByName(HttpServletRequest request) {
        String contentType = request.getContentType();
        boolean form = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        if (form) {
            // Jetty has read the form before any route runs (EagerContentHandler): asking for it reads nothing more.
            return request.getParameter("format") != null || request.getParameter("output") != null || request.getParameter("results") != null;
        }
        String query = request.getQueryString();
        if (query == null) return false;
        for (String pair : query.split("&")) {
            String name = pair.split("=", 2)[0];
            if (name.equals("format") || name.equals("output") || name.equals("results")) return true;
        }
        return false;
    }

    /** The request with another Accept header. */
    static final class AcceptWrapper extends HttpServletRequestWrapper {
        private final String accept;

        AcceptWrapper(HttpServletRequest request, String accept) {
            super(request);
            this.accept = accept;
        }

        @Override
        public String getHeader(String name) {
            return name.equalsIgnoreCase("Accept") ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return name.equalsIgnoreCase("Accept") ? Collections.enumeration(List.of(accept)) : super.getHeaders(name);
        }
    }

    /** Whether the request names a query and nothing else but the site's {@code lang}: no graphs, timeout or format. */
    private static boolean asksOnlyAQuery(HttpServletRequest request) {
        String query = request.getParameter("query");
        return query != null && !query.isBlank() && request.getParameterMap().keySet().stream().allMatch(name -> name.equals("query") || name.equals("lang"));
    }

    /**
     * True when HTML wins against every format of a query's answer (a browser's Accept); ties go to
     * the answers, so a bare Accept, {@code *}{@code /*}, gets SPARQL results as before.
     */
    static boolean prefersHtmlToAnswers(String accept) {
        if (accept == null) return false;
        List<String> offers = new ArrayList<>(EndpointAccept.all());
        offers.add(MediaTypes.Format.HTML.mediaType);
        return MediaTypes.negotiateType(accept, offers).filter(MediaTypes.Format.HTML.mediaType::equals).isPresent();
    }

    /** True when HTML wins against every RDF format of the description (ties go to RDF, so a bare Accept gets RDF). */
    static boolean prefersHtml(String accept) {
        if (accept == null) return false;
        List<String> offers = new ArrayList<>(MediaTypes.RDF.stream().map(f -> f.mediaType).toList());
        // JSON is JSON-LD to the description, as to the things' descriptions (MediaTypes.negotiate).
        offers.add("application/json");
        offers.add(MediaTypes.Format.HTML.mediaType);
        return MediaTypes.negotiateType(accept, offers).filter(MediaTypes.Format.HTML.mediaType::equals).isPresent();
    }

    /**
     * Whether {@code text} is an IRI with a scheme, as a graph's name in the protocol must be; it may
     * have a fragment ({@code isAbsolute} is RFC 3986's absolute-URI, which has none).
     */
    private static boolean absoluteIri(String text) {
        try {
            return org.apache.jena.irix.IRIx.create(text).isReference();
        } catch (org.apache.jena.irix.IRIException e) {
            return false;
        }
    }
}
