package org.w3id.scokg.server.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.publish.DumpWriter;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.query.QueryCatalog;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.MediaTypes;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Responses;
import org.w3id.scokg.vocab.Prefixes;
import org.w3id.scokg.vocab.SCO;

/**
 * The pages around the data: the home page, the ontology (RDF or documentation with an anchor per
 * term), the dataset description at {@code /.well-known/void}, the sitemap, and the query editor.
 */
final class SiteServlet extends HttpServlet {
    private final transient KnowledgeGraph graph;
    private final transient QueryCatalog queries;
    private final transient DumpServlet dumps;

    private final transient PublicUrls urls;

    SiteServlet(KnowledgeGraph graph, QueryCatalog queries, DumpServlet dumps, PublicUrls urls) {
        this.urls = urls;
        this.graph = graph;
        this.queries = queries;
        this.dumps = dumps;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        switch (path) {
            case "", "/" -> Responses.html(response, home());
            case "/ontology", "/ontology.html", "/ontology.ttl", "/ontology.jsonld", "/ontology.rdf", "/ontology.nt", "/ontology.trig" -> ontology(path, request, response);
            case "/.well-known/void" -> Responses.send(response, "text/turtle;charset=utf-8", dumps.bytes(DumpWriter.VOID_FILE));
            case "/sitemap.xml" -> Responses.send(response, "application/xml;charset=utf-8", sitemap(request).getBytes(StandardCharsets.UTF_8));
            case "/query" -> Responses.html(response, editor());
            default -> Responses.notFound(response, "Not found.");
        }
    }

    private String home() {
        Map<String, Integer> kinds = new TreeMap<>();
        graph.union().find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject).toSet().forEach(s -> {
            if (s.isURI() && s.getURI().startsWith(SCO.ID) && !s.getURI().contains("#")) {
                kinds.merge(s.getURI().substring(SCO.ID.length()).replaceFirst("/.*", ""), 1, Integer::sum);
            }
        });
        StringBuilder body = new StringBuilder("<h1>sco-kg</h1><p>A knowledge graph of the Shanghai Cooperation Organisation, "
                + "its member states and partners, and the instruments, norms, threats, events and positions of international "
                + "information security. Every fact carries the sentence it comes from. For researchers of cyber norms, "
                + "analysts and students: query it, download it, link to it.</p>");
        body.append("<p>").append(graph.union().size()).append(" triples. <a href=\"/query\">Write a SPARQL query</a> · ")
                .append("<a href=\"/sparql\">endpoint</a> · <a href=\"/dumps/\">dumps</a> · <a href=\"/ontology\">ontology</a> · ")
                .append("<a href=\"/queries/\">named queries</a> · <a href=\"/.well-known/void\">dataset description</a></p>");
        body.append("<h2>Things</h2><ul>");
        kinds.forEach((kind, count) -> body.append("<li><a href=\"/doc/").append(Html.escape(kind)).append("/\">")
                .append(Html.escape(kind)).append("</a> (").append(count).append(")</li>"));
        body.append("</ul><p>Start with <a href=\"/doc/organization/SCO\">the SCO</a>.</p>");
        return Html.page("Home", body.toString());
    }

    private void ontology(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<MediaTypes.Format> format = path.contains(".")
                ? MediaTypes.byExtension(path.substring(path.indexOf('.') + 1))
                : Responses.negotiate(request, response, List.of(MediaTypes.Format.values()));
        if (format.isEmpty()) return;
        if (!path.contains(".")) response.setHeader("Content-Location", "/ontology." + format.get().extension);
        Graph ontology = graph.ontology();
        ontology.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
        if (format.get() == MediaTypes.Format.HTML) Responses.html(response, ontologyPage(ontology));
        else Responses.rdf(response, ontology, format.get());
    }

    private static String ontologyPage(Graph ontology) {
        StringBuilder body = new StringBuilder("<h1>sco-kg ontology</h1><p><code>" + SCO.NS + "</code></p>");
        body.append("<p>Also as <a href=\"/ontology.ttl\">Turtle</a>, <a href=\"/ontology.rdf\">RDF/XML</a>, <a href=\"/ontology.jsonld\">JSON-LD</a>.</p>");
        Map<String, Node> terms = new TreeMap<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(SCO.NS)) terms.put(t.getSubject().getLocalName(), t.getSubject());
        });
        for (var term : terms.entrySet()) {
            Node n = term.getValue();
            body.append("<section id=\"").append(Html.escape(term.getKey())).append("\"><h3>sco:").append(Html.escape(term.getKey()))
                    .append(" <small>").append(Html.escape(Html.label(ontology, n))).append("</small></h3><p>");
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
        return Html.page("Ontology", body.toString());
    }

    private String sitemap(HttpServletRequest request) {
        String base = urls.absolute(request, "");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        graph.union().find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject).toSet().stream()
                .filter(s -> s.isURI() && s.getURI().startsWith(SCO.ID) && !s.getURI().contains("#"))
                .map(s -> base + "/doc/" + s.getURI().substring(SCO.ID.length()))
                .sorted()
                .forEach(loc -> xml.append("  <url><loc>").append(Html.escape(loc)).append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString();
    }

    private String editor() {
        StringBuilder body = new StringBuilder("<h1>Query</h1><form action=\"/sparql\" method=\"post\">"
                + "<p><textarea name=\"query\" id=\"query\" rows=\"16\" style=\"width:100%;font-family:monospace\">"
                + "PREFIX sco: <https://w3id.org/sco-kg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\n"
                + "SELECT ?state ?name WHERE { ?state a sco:State ; rdfs:label ?name } ORDER BY ?name"
                        .replace("<", "&lt;").replace(">", "&gt;")
                + "</textarea></p><p><label>Results as <select name=\"format\">"
                + "<option value=\"json\">JSON</option><option value=\"csv\">CSV</option><option value=\"tsv\">TSV</option>"
                + "<option value=\"xml\">XML</option><option value=\"text\">text table</option></select></label> "
                + "<button type=\"submit\">Run</button></p></form><h2>Examples</h2>");
        for (NamedQuery q : queries.all()) {
            body.append("<details><summary>").append(Html.escape(q.title())).append("</summary><p>").append(Html.escape(q.description()))
                    .append(" <a href=\"/queries/").append(Html.escape(q.name())).append("\">Run with parameters</a></p><pre>")
                    .append(Html.escape(q.text())).append("</pre></details>");
        }
        return Html.page("Query", body.toString());
    }
}
