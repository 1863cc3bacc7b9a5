package org.w3id.scokg.server.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.query.QueryCatalog;
import org.w3id.scokg.query.QueryRunner;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.MediaTypes;
import org.w3id.scokg.server.web.MovedKeys;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.PathProbe;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.RenderedGraph;
import org.w3id.scokg.server.web.Responses;
import org.w3id.scokg.server.web.Sentence;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.vocab.SCO;

/**
 * The named queries as a Web API, as grlc makes one from a repository: {@code /queries/} lists
 * them, {@code /queries/{name}?param=value} runs one and answers JSON, CSV, TSV, XML or an HTML
 * table with a form, by Accept or {@code ?format=}, its names in English or, where {@code ?lang=}
 * names Russian or Chinese, as the page in that language shows them ({@link AnswerNames}). {@code /.well-known/sparql-examples} publishes
 * them as SHACL SPARQL executables, the form SPARQL editors read, in the RDF format asked for.
 */
final class NamedQueryServlet extends HttpServlet {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    /** The formats of an answer, by {@code ?format=} name, in the order a tie of Accept goes; JSON is also sent for application/json. */
    private static final Map<String, String> TYPES = orderedTypes();

    private static Map<String, String> orderedTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("html", "text/html");
        types.put("json", "application/sparql-results+json");
        types.put("csv", "text/csv");
        types.put("tsv", "text/tab-separated-values");
        types.put("xml", "application/sparql-results+xml");
        return types;
    }

    private final transient DatasetGraph dataset;
    private final transient QueryCatalog catalog;
    private final long timeoutMillis;

    private final transient PublicUrls urls;
    private final transient NamedQueryPage page;
    private final transient AnswerNames names;
    private final transient MovedKeys keys;
    /**
     * The examples, written once per endpoint they name: the public base's, or without one the host
     * each request names, of which a few are kept (a client may name any).
     */
    private final transient Cache<String, RenderedGraph> examples = Caffeine.newBuilder().maximumSize(8).build();

    NamedQueryServlet(DatasetGraph dataset, QueryCatalog catalog, long timeoutMillis, PublicUrls urls, NamedQueryPage page, AnswerNames names, MovedKeys keys) {
        this.urls = urls;
        this.keys = keys;
        this.page = page;
        this.names = names;
        this.dataset = dataset;
        this.catalog = catalog;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/.well-known/sparql-examples")) {
            // Negotiated as the dataset's description and the shapes are: until a review on 4
            // December 2026 it was Turtle whatever the client asked for, without Vary: Accept.
            String endpoint = urls.absolute(request, "/sparql");
            examples.get(endpoint, this::examples).serve(request, response);
            return;
        }
        if (path.equals("/queries") || path.equals("/queries/")) {
            // A page for people only, as /dumps/ and the kinds' indexes are: a client that takes no HTML
            // gets 406 naming it (until a review on 5 December 2026 it got the page, without Vary: Accept).
            if (Responses.negotiate(request, response, List.of(MediaTypes.Format.HTML)).isEmpty()) return;
            Responses.varyOnLanguage(response);
            Responses.html(request, response, index(Page.of(request)));
            return;
        }
        String name = path.substring("/queries/".length());
        NamedQuery query = catalog.all().stream().filter(q -> q.name().equals(name)).findFirst().orElse(null);
        if (query == null) {
            Responses.notFound(request, response, Sentence.of("said.noQuery", name, urls.local("/queries/")));
            return;
        }
        // An OPTIONS asks only whether the query is there: its page is not made (until 3 December
        // 2026 it was, with the default parameters, scheduled and charged as a query).
        if (Boolean.TRUE.equals(request.getAttribute(PathProbe.PROBE))) return;
        if (!query.query().isSelectType()) {
            graphQuery(request, response, query);
            return;
        }
        String explicit = request.getParameter("format");
        if (explicit != null && !TYPES.containsKey(explicit)) {
            // A format named that is none of these is the client's mistake, not its Accept header's
            // (a 406 until a review on 5 December 2026), as on /search.
            Responses.clientError(request, response, HttpServletResponse.SC_BAD_REQUEST, Sentence.of("said.formatNone", String.join(", ", TYPES.keySet())));
            return;
        }
        String format = format(request);
        Responses.varyOnAccept(response);
        if (format == null) {
            Responses.notAcceptable(request, response, List.copyOf(TYPES.values()));
            return;
        }
        Optional<Language> language = format.equals("html") ? Optional.of(Language.EN) : namesLanguage(request, response);
        if (language.isEmpty()) return;
        Map<String, String> params = new LinkedHashMap<>();
        String repeated = null;
        for (Map.Entry<String, String[]> given : request.getParameterMap().entrySet()) {
            String key = given.getKey();
            // format picks the answer's form and lang the language of the page or of a download's names: neither is a parameter of the query.
            // Nor are the campaign tags a shared link picks up (utm_source, ...; until 2 December 2026
            // they made the link a 400).
            if (key.equals("format") || key.equals("lang") || key.startsWith("utm_")) continue;
            params.put(key, given.getValue()[0]);
            // A parameter given twice is a 400, as a query given twice is on the endpoint: until a
            // review on 3 December 2026 the first value was taken and the second ignored unsaid.
            if (given.getValue().length > 1 && repeated == null) repeated = key;
        }
        RowSet rows;
        boolean moved;
        try {
            if (repeated != null) {
                throw new InputException(Location.file(query.file()), "parameter '" + NamedQuery.echo(repeated) + "' is given "
                        + request.getParameterMap().get(repeated).length + " times; give it once");
            }
            moved = resolveKeys(query, params);
            checkValues(request, query, params);
            rows = QueryRunner.select(dataset, query, params, timeoutMillis);
        } catch (InputException e) {
            String problem = e.problems().get(0).message();
            if (format.equals("html")) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                Responses.varyOnLanguage(response);
                Responses.html(request, response, page.renderError(Page.of(request), query, params, problem, repeated));
            } else {
                Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, problem);
            }
            return;
        } catch (QueryCancelledException e) {
            // The seconds as a program has always read them ("30.0"), and as a number for the reader's language.
            Sentence stopped = Sentence.of("said.timeout", String.valueOf(timeoutMillis / 1000.0), timeoutMillis / 1000.0);
            // The page to a browser that asked for it (the sentence alone until a review on 5 December 2026).
            if (format.equals("html")) Responses.refusal(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, stopped);
            else Responses.text(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, stopped.english());
            return;
        }
        if (moved) response.setHeader("Content-Location", canonical(request, query, params));
        if (format.equals("html")) {
            Responses.varyOnLanguage(response);
            Responses.html(request, response, page.render(Page.of(request), query, params, rows));
            return;
        }
        // A file to keep: saved under the query's name, with the extension of its format.
        if (request.getParameter("format") != null) {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + query.name() + "." + format + "\"");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // The names in the language the link names, as its page shows them; English without one, as always.
        ResultSet results = ResultSet.adapt(names.in(language.get(), query, rows));
        switch (format) {
            case "csv" -> ResultSetMgr.write(out, results, ResultSetLang.RS_CSV);
            case "tsv" -> ResultSetMgr.write(out, results, ResultSetLang.RS_TSV);
            case "xml" -> ResultSetMgr.write(out, results, ResultSetLang.RS_XML);
            default -> ResultSetMgr.write(out, results, ResultSetLang.RS_JSON);
        }
        Responses.send(request, response, TYPES.get(format) + ";charset=utf-8", out.toByteArray());
    }

    /**
     * Reads each IRI parameter of {@code params} that gives a thing by an address its page moves (a
     * key in other letters' case, {@code state/in}; a key the graph replaced: {@link MovedKeys}) as
     * the thing's own, in the form it was given (a key as a key, an IRI as an IRI), so the form shows
     * the key the query ran with; true when one was so read. Until a review on 6 December 2026
     * {@code state=state/in} named nothing (a 400) while {@code /doc/state/in} moved to India, and a
     * replaced key ran the query on the IRI that no longer names the thing.
     */
    private boolean resolveKeys(NamedQuery query, Map<String, String> params) {
        boolean moved = false;
        for (NamedQuery.Parameter p : query.parameters()) {
            String value = params.get(p.name());
            if (value == null || !p.type().equals("iri")) continue;
            Node given = p.toNode(value, query.file());
            Optional<Node> thing = keys.movedTo(given);
            if (thing.isEmpty()) continue;
            String iri = thing.get().getURI();
            params.put(p.name(), given.getURI().equals(value) ? iri : iri.substring(SCO.ID.length()));
            moved = true;
        }
        return moved;
    }

    /**
     * The address of this answer with the keys read as {@link #resolveKeys} read them, as {@code
     * Content-Location} names it (RFC 9110 8.7: a URL whose GET gives this representation): a client
     * learns which key a moved one was read as.
     */
    private String canonical(HttpServletRequest request, NamedQuery query, Map<String, String> params) {
        // The given parameters as the page's download links write them, then the answer's language and format.
        StringBuilder address = new StringBuilder(urls.local("/queries/" + query.name())).append('?').append(NamedQueryPage.parameters(params));
        for (String kept : List.of("lang", "format")) {
            String value = request.getParameter(kept);
            if (value != null) address.append(kept).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
        address.setLength(address.length() - 1);
        return address.toString();
    }

    /**
     * Refuses a value that names nothing in this graph where the parameter takes an IRI, and one that
     * is none of the values a parameter with a fixed set takes: a SELECT's and a CONSTRUCT's alike.
     */
    private void checkValues(HttpServletRequest request, NamedQuery query, Map<String, String> params) {
        for (NamedQuery.Parameter p : query.parameters()) {
            String value = params.get(p.name());
            if (value != null && p.type().equals("iri") && !page.names(p.toNode(value, query.file()))) {
                throw new InputException(Location.file(query.file()), "parameter '" + p.name() + "': '" + NamedQuery.echo(value) + "' names nothing in this graph");
            }
            Optional<List<Node>> offered = value == null ? Optional.empty() : page.fixedSet(query, p, Page.of(request).texts());
            if (offered.isPresent() && !offered.get().contains(p.toNode(value, query.file()))) {
                throw new InputException(Location.file(query.file()), "parameter '" + p.name() + "': '" + NamedQuery.echo(value) + "' is none of the values it takes: "
                        + String.join(", ", offered.get().stream().map(Node::getURI).toList()));
            }
        }
    }

    private String index(Page page) {
        Texts texts = page.texts();
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(texts.get("nav.queries"))).append("</h1><p class=\"lead\">")
                .append(Html.escape(texts.get("queries.lead"))).append("</p><ul class=\"queries\">");
        for (NamedQuery q : catalog.all()) {
            NamedQuery.Words title = q.title(texts.language().tag);
            NamedQuery.Words description = q.description(texts.language().tag);
            // A SELECT has a page of its own with a form; a CONSTRUCT opens in the editor (the pages are for tables).
            String href = q.query().isSelectType() ? "/queries/" + q.name()
                    : "/query?query=" + URLEncoder.encode(EditorPage.addressable(q, Map.of(), texts.language().tag), StandardCharsets.UTF_8);
            body.append("<li><a href=\"").append(Html.escape(href)).append("\" lang=\"").append(title.lang()).append("\">")
                    .append(Html.escape(title.text())).append("</a> <span lang=\"").append(description.lang()).append("\">")
                    .append(Html.keepWhole(Html.escape(description.text()))).append("</span>");
            if (q.query().isSelectType()) {
                body.append(" <a href=\"/queries/").append(Html.escape(q.name())).append("?").append(Html.escape(NamedQueryPage.inLanguage(texts.language()))).append("format=csv\" download>").append(Html.escape(texts.get("format.csv"))).append("</a>");
            }
            body.append("</li>");
        }
        body.append("</ul>");
        return page.title(texts.get("nav.queries")).crumb(Html.escape(texts.get("nav.queries")), "/queries/").body(body.toString()).render();
    }

    /**
     * A named CONSTRUCT (its IRI is published in /.well-known/sparql-examples, so it must resolve):
     * 303 to the editor with the query, the given values in place, for a browser; to the endpoint,
     * which answers it in the RDF format asked for, for anything else, and for any client that names a
     * format. Its parameters are checked as a SELECT's are: a format the endpoint does not write a
     * graph in, a parameter given twice, and an IRI that names nothing in this graph are each a 400
     * with one sentence (until a review on 6 December 2026 they were sent on, and {@code format=ttl}
     * to a client that takes anything went to the editor's page).
     */
    private void graphQuery(HttpServletRequest request, HttpServletResponse response, NamedQuery query) throws IOException {
        String format = request.getParameter("format");
        if (format != null && MediaTypes.answerType(format, MediaTypes.Answer.GRAPH).isEmpty()) {
            Responses.clientError(request, response, HttpServletResponse.SC_BAD_REQUEST,
                    Sentence.of("said.formatNone", String.join(", ", MediaTypes.answerFormatNames(MediaTypes.Answer.GRAPH))));
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        String repeated = null;
        for (Map.Entry<String, String[]> given : request.getParameterMap().entrySet()) {
            String key = given.getKey();
            if (key.equals("lang") || key.equals("format") || key.startsWith("utm_")) continue;
            params.put(key, given.getValue()[0]);
            if (given.getValue().length > 1 && repeated == null) repeated = key;
        }
        String text;
        try {
            if (repeated != null) {
                throw new InputException(Location.file(query.file()), "parameter '" + NamedQuery.echo(repeated) + "' is given "
                        + request.getParameterMap().get(repeated).length + " times; give it once");
            }
            // The header in the language the link names (the editor keeps it below): a Location that
            // followed the cookie or Accept-Language would need Vary on them too.
            resolveKeys(query, params);
            text = EditorPage.addressable(query, params, Language.byTag(request.getParameter("lang")).orElse(Language.EN).tag);
            checkValues(request, query, params);
        } catch (InputException e) {
            Responses.clientError(request, response, HttpServletResponse.SC_BAD_REQUEST, e.problems().get(0).message());
            return;
        }
        boolean browser = format == null && MediaTypes.negotiateType(request.getHeader("Accept"), List.of("text/html", "text/turtle")).orElse("").equals("text/html");
        Responses.varyOnAccept(response);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        // The editor keeps the page's language; the endpoint takes the format asked for, as the SELECTs' pages do.
        String kept = browser ? parameter(request, "lang") : parameter(request, "format");
        response.setHeader("Location", urls.absolute(request, (browser ? "/query?query=" : "/sparql?query=") + URLEncoder.encode(text, StandardCharsets.UTF_8) + kept));
    }

    /**
     * The language of a download's names: {@code ?lang=}'s, which its page's links carry (a page in
     * Russian links {@code ?lang=ru&format=csv}), else English, what the downloads have always
     * named things in; the cookie and {@code Accept-Language}, which choose a page's language, do not
     * choose it, so a program that names none gets what it got before. A language the site has not,
     * or one given twice, is answered 400 here (and empty returned).
     */
    private static Optional<Language> namesLanguage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] given = request.getParameterValues("lang");
        if (given == null) return Optional.of(Language.EN);
        Optional<Language> language = given.length == 1 ? Language.byTag(given[0]) : Optional.empty();
        if (language.isEmpty()) {
            String said = given.length == 1 ? "'" + NamedQuery.echo(given[0]) + "' is none of them" : "it is given " + given.length + " times; give it once";
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "lang names the language of the answer's names, one of en, ru, zh; " + said + ".");
        }
        return language;
    }

    /** {@code &name=value} for a parameter the request has, else nothing. */
    private static String parameter(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** html, json, csv, tsv or xml; null when the client accepts none of them. */
    private static String format(HttpServletRequest request) {
        String explicit = request.getParameter("format");
        if (explicit != null) return TYPES.containsKey(explicit) ? explicit : null;
        List<String> offers = new ArrayList<>(TYPES.values());
        offers.add("application/json");
        String type = MediaTypes.negotiateType(request.getHeader("Accept"), offers).orElse(null);
        if (type == null) return null;
        if (type.equals("application/json")) return "json";
        return TYPES.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /**
     * The named queries as SHACL SPARQL executables whose {@code schema:target} is {@code endpoint},
     * each with its parameters bound to their defaults, so that it answers there what {@code
     * /queries/{name}} answers without parameters.
     */
    private RenderedGraph examples(String endpoint) {
        Graph graph = GraphFactory.createGraphMem();
        for (NamedQuery q : catalog.all()) {
            Node node = NodeFactory.createURI(SCO.BASE + "queries/" + q.name());
            String kind = q.query().isSelectType() ? "select" : q.query().isConstructType() ? "construct" : q.query().isAskType() ? "ask" : "describe";
            graph.add(node, RDF.type.asNode(), NodeFactory.createURI(SH + "SPARQLExecutable"));
            graph.add(node, RDF.type.asNode(), NodeFactory.createURI(SH + "SPARQL" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + "Executable"));
            graph.add(node, RDFS.label.asNode(), NodeFactory.createLiteralLang(q.title(), "en"));
            q.titles().forEach((lang, title) -> graph.add(node, RDFS.label.asNode(), NodeFactory.createLiteralLang(title, lang)));
            graph.add(node, RDFS.comment.asNode(), NodeFactory.createLiteralLang(q.description(), "en"));
            q.descriptions().forEach((lang, description) -> graph.add(node, RDFS.comment.asNode(), NodeFactory.createLiteralLang(description, lang)));
            // The text as /queries/{name} runs it with its defaults, each parameter's value in place
            // (Jena's substitution, as the editor's links have it): until a review on 5 December 2026
            // it was the file's text, whose parameters are unbound, so that members-on-date sent to
            // the endpoint answered no rows and entity-graph the whole graph.
            graph.add(node, NodeFactory.createURI(SH + kind), NodeFactory.createLiteralString(q.textWith(Map.of())));
            graph.add(node, NodeFactory.createURI("http://schema.org/target"), NodeFactory.createURI(endpoint));
        }
        graph.getPrefixMapping().setNsPrefix("sh", SH).setNsPrefix("rdfs", RDFS.getURI()).setNsPrefix("schema", "http://schema.org/");
        return new RenderedGraph(graph);
    }
}
