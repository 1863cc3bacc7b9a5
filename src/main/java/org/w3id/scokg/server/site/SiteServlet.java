package org.w3id.scokg.server.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.query.QueryCatalog;
import org.w3id.scokg.server.http.EntityTags;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.http.Refusals;
import org.w3id.scokg.server.http.Representations;
import org.w3id.scokg.server.http.Responses;
import org.w3id.scokg.server.http.Vary;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Sentence;
import org.w3id.scokg.server.web.Terms;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.vocab.SCO;

/**
 * The pages around the data: the home page, the ontology (RDF or documentation with an anchor per
 * term), the sitemap, the query editor (with its plain form's answers), and the page that says a
 * path leads nowhere.
 */
final class SiteServlet extends HttpServlet {
    /** The ontology at {@code /ontology}, its page first, and at {@code /ontology.ttl} and the rest. */
    static final Representations ONTOLOGY = new Representations("/ontology", MediaTypes.PAGE_AND_RDF);
    private final transient KnowledgeGraph graph;
    private final transient PublicUrls urls;
    private final transient HomePage home;
    private final transient Map<String, String> homes = new ConcurrentHashMap<>();
    private final transient EditorPage editor;
    private final transient PlainQuery plain;
    private final transient OntologyDocument ontologyDocument;

    SiteServlet(KnowledgeGraph graph, DatasetGraph dataset, QueryCatalog queries, long timeoutMillis, PublicUrls urls, Graph vocabularies) {
        this.urls = urls;
        this.graph = graph;
        this.ontologyDocument = new OntologyDocument(graph);
        this.home = new HomePage(graph);
        this.editor = new EditorPage(queries, graph, vocabularies);
        this.plain = new PlainQuery(dataset, graph.union(), timeoutMillis);
    }

    /**
     * The home page, rendered once a day for each language (its pictures run to today) and kept: it
     * took 40 ms of CPU at every request, so 24 clients asking for it over and over, or pipelining
     * requests for it, kept both cores busy. With other parameters than {@code lang} it is rendered
     * for the request.
     */
    private String home(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null && !query.matches("lang=[^&]*")) return home.render(Page.of(request));
        String key = Language.of(request).tag + " " + java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        if (!homes.containsKey(key)) homes.keySet().removeIf(other -> !other.endsWith(key.substring(key.indexOf(' '))));
        return homes.computeIfAbsent(key, k -> home.render(Page.at("/", Language.of(request)).version(Page.version(request)).under(urls.root())));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ONTOLOGY.paths().contains(path)) {
            ontology(path, request, response);
            return;
        }
        switch (path) {
            case "", "/" -> homePage(request, response);
            case "/sitemap.xml" -> Responses.send(request, response, "application/xml;charset=utf-8", sitemap(request).getBytes(StandardCharsets.UTF_8));
            case "/robots.txt" -> Responses.send(request, response, "text/plain;charset=utf-8", robots(request).getBytes(StandardCharsets.UTF_8));
            case "/query" -> query(request, response);
            default -> Refusals.notFound(request, response, Sentence.of("said.nothingAt", NamedQuery.echo(urls.local(path))));
        }
    }

    /**
     * The dataset's home page ({@code foaf:homepage} in void.ttl, {@code schema:url} of the dataset's
     * own source record), linked to the dataset's description by {@code Link: rel="describedby"}; a
     * client that asks for RDF before HTML is sent to that description ({@code 303 See Other} to
     * {@code /void}, which negotiates its syntax), and one that takes neither gets the 406 every page
     * gives, not the page as HTML.
     */
    private void homePage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The page first, for a client that says nothing; then what /void is served in.
        List<MediaTypes.Format> offers = new ArrayList<>(List.of(MediaTypes.Format.HTML));
        offers.addAll(MediaTypes.RDF);
        Optional<MediaTypes.Format> format = Responses.negotiate(request, response, offers);
        if (format.isEmpty()) return;
        response.setHeader("Link", "<" + urls.local("/void") + ">; rel=\"describedby\"; type=\"text/turtle\"");
        if (format.get() != MediaTypes.Format.HTML) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", urls.absolute(request, "/void"));
            return;
        }
        page(request, response, home(request));
    }

    private static void page(HttpServletRequest request, HttpServletResponse response, String html) throws IOException {
        Vary.onLanguage(response);
        Responses.html(request, response, html);
    }

    /** The editor; with {@code ?query=} (the plain form, or a link), the query's answer under it too. */
    private void query(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String text = request.getQueryString() == null ? null : request.getParameter("query");
        Page page = Page.of(request);
        PlainQuery.Outcome outcome = text == null || text.isBlank() ? null : plain.run(text, request, page.texts());
        if (outcome != null) response.setStatus(outcome.status());
        page(request, response, editor.render(page, text, outcome));
    }

    private void ontology(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Its other formats in Link, as a thing's description names them.
        Optional<MediaTypes.Format> format = ONTOLOGY.choose(path, request, response, urls);
        if (format.isEmpty()) return;
        if (format.get() != MediaTypes.Format.HTML) {
            ontologyDocument.send(request, response, format.get());
            return;
        }
        // One page under both its URLs, its language links /ontology's: were /ontology.html to link its
        // languages under its own name, the page /ontology names as its Content-Location would differ from it.
        EntityTags.page(request, response, ontologyPage(OntologyDocument.copy(graph.ontology()), Page.at("/ontology", Language.of(request)).version(Page.version(request)).under(urls.root())));
    }

    private static String ontologyPage(Graph ontology, Page page) {
        Texts texts = page.texts();
        Language language = texts.language();
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(texts.get("ontology.title"))).append("</h1><p><code>").append(SCO.NS).append("</code></p>");
        // The sentence and its separators are the language's (Chinese lists with 、 and ends with 。).
        body.append("<p>").append(texts.format("ontology.also", "<a href=\"/ontology.ttl\">Turtle</a>", "<a href=\"/ontology.rdf\">RDF/XML</a>",
                "<a href=\"/ontology.jsonld\">JSON-LD</a>")).append("</p>");
        Map<String, Node> terms = new TreeMap<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(SCO.NS)) terms.put(t.getSubject().getLocalName(), t.getSubject());
        });
        for (var term : terms.entrySet()) {
            Node n = term.getValue();
            body.append("<section class=\"term\" id=\"").append(Html.escape(term.getKey())).append("\"><h2>sco:").append(Html.escape(term.getKey()))
                    .append(" <small>").append(Terms.of(n, ontology, texts).html(language)).append("</small></h2><p lang=\"en\">");
            for (Node p : new Node[] {RDFS.comment.asNode(), SKOS.definition.asNode()}) {
                ontology.find(n, p, Node.ANY).forEachRemaining(t -> body.append(Html.escape(t.getObject().getLiteralLexicalForm())).append(' '));
            }
            body.append("</p><p>");
            for (Node p : new Node[] {RDF.type.asNode(), RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode(), RDFS.domain.asNode(), RDFS.range.asNode(), OWL.inverseOf.asNode()}) {
                ontology.find(n, p, Node.ANY).forEachRemaining(t -> {
                    if (t.getObject().isURI()) {
                        body.append("<code>").append(Html.escape(Html.curie(p))).append("</code> ").append(Html.escape(Html.curie(t.getObject()))).append("<br>");
                    }
                });
            }
            body.append("</p></section>");
        }
        page.title(texts.get("ontology.title")).crumb(Html.escape(texts.get("ontology.title")), "/ontology");
        // Every format of RDF it is served in, as its Link header names them, not Turtle, RDF/XML and JSON-LD alone.
        for (MediaTypes.Format format : MediaTypes.RDF) page.alternate(format.mediaType, "/ontology." + format.extension);
        return page.cites(SCO.ONTOLOGY).body(body.toString()).render();
    }

    /**
     * The rules for crawlers (RFC 9309): the pages, the descriptions and the dumps are theirs to read,
     * with the sitemap of every entity page; the routes that evaluate a query or a search for each
     * request (the endpoint, the editor's answers, the named queries' answers, search, reconciliation,
     * fragments, labels) are for the people and programs that ask them, and a crawler following their
     * links would spend the query time the fair scheduler gives each client. A 404 would allow
     * everything.
     */
    private String robots(HttpServletRequest request) {
        // Behind a proxy that serves the site under a path (--base https://host/kg/), the routes are under it too.
        String under = java.net.URI.create(urls.absolute(request, "/")).getRawPath().replaceAll("/+$", "");
        StringBuilder rules = new StringBuilder("User-agent: *\n");
        for (String route : List.of("/sparql", "/query", "/search", "/reconcile", "/fragments", "/labels")) rules.append("Disallow: ").append(under).append(route).append('\n');
        // The list of named queries is a page; each query's answer is evaluated.
        rules.append("Allow: ").append(under).append("/queries/$\nDisallow: ").append(under).append("/queries/\n");
        return rules.append("\nSitemap: ").append(urls.absolute(request, "/sitemap.xml")).append('\n').toString();
    }

    /**
     * Every entity page, and the pages a crawler should start from: the home page, the lists of named
     * queries and dumps, the ontology, the dataset's description and each kind's index (the entity
     * pages alone would leave a crawler no way in to the rest).
     */
    private String sitemap(HttpServletRequest request) {
        String base = urls.absolute(request, "");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        List<String> things = graph.union().find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject).toSet().stream()
                .filter(s -> s.isURI() && s.getURI().startsWith(SCO.ID) && !s.getURI().contains("#"))
                .map(s -> "/doc/" + s.getURI().substring(SCO.ID.length()))
                .sorted()
                .toList();
        List<String> landings = new ArrayList<>(List.of("/", "/queries/", "/dumps/", "/ontology", "/void"));
        things.stream().filter(page -> page.indexOf('/', "/doc/".length()) > 0).map(page -> page.substring(0, page.indexOf('/', "/doc/".length()) + 1))
                .distinct().forEach(landings::add);
        Stream.concat(landings.stream(), things.stream())
                .forEach(page -> xml.append("  <url><loc>").append(Html.escape(base + page)).append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString();
    }
}
