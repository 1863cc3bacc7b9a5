package org.w3id.scokg.server.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.server.http.Responses;
import org.w3id.scokg.server.http.Vary;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.vocab.SCO;

/**
 * {@code /labels?iri=...&iri=...&lang=ru}: the names this graph's things go by on its pages, in the
 * reader's language, for the editor's table of results. A fact the graph titles in English only (a
 * membership, an act, a position) is titled from its parts in the reader's language, as on its page
 * ({@link Labels}); a SPARQL query for {@code rdfs:label} finds only the English title. Answers
 * {@code {"iri": {"text": ..., "lang": ...}}} for each IRI of this graph that has a name, with {@code
 * "html"} too for a title made of parts, each part in another language marked with its {@code
 * lang}; others are left out. At most {@value #MOST} IRIs a request, and each name is kept once made
 * (the graph does not change while it is served): a title made of parts took some 40 µs, so a
 * request of 100 new ones 4 ms, on a route that is not scheduled as queries are.
 */
final class LabelServlet extends HttpServlet {
    static final int MOST = 100;

    private final transient Graph union;
    /** Names made, by language and IRI, of the graph's own things only: a few hundred bytes each, so at most some 30 MB. */
    private final transient Cache<String, Optional<Labels.Label>> names = Caffeine.newBuilder().maximumSize(100_000).build();

    LabelServlet(KnowledgeGraph graph) {
        this.union = graph.union();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] iris = request.getParameterValues("iri");
        if (iris == null || iris.length == 0) {
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "Give one or more iri parameters: " + PublicUrls.root(request.getServletContext()) + "/labels?iri=https://w3id.org/sco-kg/id/state/CN&lang=ru");
            return;
        }
        if (iris.length > MOST) {
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "At most " + MOST + " iri parameters a request; this one has " + iris.length + ".");
            return;
        }
        String[] languages = request.getParameterValues("lang");
        if (languages != null && languages.length > 1) {
            // Names are in one language a request: a second is refused, not ignored unsaid.
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "Give lang once: the names are in one language a request (en, ru or zh).");
            return;
        }
        Texts texts = Texts.of(Language.of(request));
        JsonObject answer = new JsonObject();
        for (String iri : iris) {
            if (!iri.startsWith(SCO.BASE) || answer.hasKey(iri)) continue;
            Node node = NodeFactory.createURI(iri);
            // Only the graph's own things are kept: any other IRI would only fill the cache.
            if (!union.contains(node, Node.ANY, Node.ANY)) continue;
            Optional<Labels.Label> found = names.get(texts.language().tag + " " + iri, k -> name(node, texts));
            if (found.isEmpty()) continue;
            Labels.Label name = found.get();
            JsonObject label = new JsonObject();
            label.put("text", name.text());
            label.put("lang", name.lang());
            // A title made of parts says which of its parts are in another language ("Принятие (...): New Delhi Declaration ...");
            // a name with a date or an identifier keeps it whole, as the pages do (Html.keepWhole): the
            // memberships a named query gives ("China: member state … from 2001-06-15") would break
            // their dates at a hyphen in the editor's table at 1280 px (BrowserIT).
            String escaped = Html.escape(name.text());
            if (name.markup() != null || !Html.keepWhole(escaped).equals(escaped)) label.put("html", Html.keepWhole(name.html(texts.language())));
            answer.put(iri, label);
        }
        Vary.onLanguage(response);
        Responses.send(request, response, "application/json;charset=utf-8", JSON.toStringFlat(answer).getBytes(StandardCharsets.UTF_8));
    }

    /** The name a page gives {@code node}, one of the graph's things, in the texts' language; empty when it has none. */
    private Optional<Labels.Label> name(Node node, Texts texts) {
        Labels.Label name = Html.name(node, union, texts);
        return name.text().isEmpty() || name.text().equals(node.getURI()) ? Optional.empty() : Optional.of(name);
    }
}
