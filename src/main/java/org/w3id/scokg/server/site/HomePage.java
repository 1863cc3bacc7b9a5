package org.w3id.scokg.server.site;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.LoggerFactory;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.Pictures;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.vocab.SCO;

/**
 * The home page: what the graph is, a search box, the kinds of things with their counts, the SCO's
 * enlargement from the Shanghai Five to today, the time line of events, and where to go next.
 */
final class HomePage {
    static final Node SCO_ITSELF = NodeFactory.createURI(SCO.ID + "organization/SCO");

    private final Graph union;
    private final CompletableFuture<Map<String, Integer>> kinds;

    /**
     * The page for {@code graph}. The kinds of things are counted in the background, in a read
     * transaction of their own: they read every typed subject (seconds on a TDB2 store at 100 times
     * the data), and the server need not wait for them to start answering; the first home page
     * waits for them if they are not counted yet.
     */
    HomePage(KnowledgeGraph graph) {
        this.union = graph.union();
        this.kinds = CompletableFuture.supplyAsync(() -> graph.read(() -> kinds(graph.data(), graph.provenance()))).exceptionally(failure -> {
            // The page still serves without the counts: log it once, list no kinds.
            LoggerFactory.getLogger(HomePage.class).error("The kinds of things could not be counted", failure);
            return Map.of();
        });
    }

    /**
     * The number of things of each kind (the first segment of their IRIs) that {@code data} types,
     * and of the statements' records ({@code id/assertion/…}, each an {@code rdf:Statement} in
     * {@code provenance}), so that their index is linked too.
     */
    private static Map<String, Integer> kinds(Graph data, Graph provenance) {
        Map<String, Integer> kinds = new TreeMap<>();
        data.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject).toSet().forEach(s -> count(kinds, s));
        provenance.find(Node.ANY, RDF.type.asNode(), RDF.Statement.asNode()).mapWith(Triple::getSubject).toSet().forEach(s -> count(kinds, s));
        return kinds;
    }

    private static void count(Map<String, Integer> kinds, Node thing) {
        if (thing.isURI() && thing.getURI().startsWith(SCO.ID) && !thing.getURI().contains("#")) {
            kinds.merge(thing.getURI().substring(SCO.ID.length()).replaceFirst("/.*", ""), 1, Integer::sum);
        }
    }

    String render(Page page) {
        Texts texts = page.texts();
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(texts.get("home.title"))).append("</h1><p class=\"lead\">")
                .append(Html.escape(texts.get("home.lead"))).append("</p>")
                .append(page.searchForm("home-q", ""))
                .append("<p>").append(Html.escape(texts.format("home.counts", union.size()))).append(texts.space())
                .append("<a href=\"/doc/organization/SCO\">").append(Html.escape(texts.get("home.start"))).append("</a></p>");
        body.append("<h2 id=\"things\">").append(Html.escape(texts.get("home.things"))).append("</h2><ul class=\"kinds\">");
        // Each count as the kind's index says it ("3,866", «3 866»), not bare digits.
        kinds.join().forEach((kind, count) -> body.append("<li><a href=\"/doc/").append(Html.escape(kind)).append("/\">")
                .append(Html.escape(texts.get("kind." + kind))).append("</a> (").append(Html.escape(texts.format("home.kind.count", count))).append(")</li>"));
        body.append("</ul><h2>").append(Html.escape(texts.get("home.enlargement"))).append("</h2>")
                .append(Pictures.enlargement(union, SCO_ITSELF, texts))
                .append("<h2>").append(Html.escape(texts.get("home.events"))).append("</h2>")
                // Those of the graph, not all the SCO has held: a reader took the picture for every summit.
                .append("<p>").append(Html.escape(texts.get("home.events.lead"))).append("</p>")
                .append(Pictures.events(union, texts))
                .append("<h2>").append(Html.escape(texts.get("home.use"))).append("</h2><ul>")
                .append(item("/query", texts.get("home.use.query")))
                .append(item("/sparql", texts.get("home.use.endpoint")))
                .append(item("/queries/", texts.get("home.use.queries")))
                .append(item("/dumps/", texts.get("home.use.dumps")))
                .append(item("/ontology", texts.get("home.use.ontology")))
                .append(item("/.well-known/void", texts.get("home.use.void")))
                .append(item("/fragments", texts.get("home.use.fragments")))
                .append("</ul>");
        return page.title(texts.get("home.title")).body(body.toString()).render();
    }

    private static String item(String href, String text) {
        return "<li><a href=\"" + href + "\">" + Html.escape(text) + "</a></li>";
    }
}
