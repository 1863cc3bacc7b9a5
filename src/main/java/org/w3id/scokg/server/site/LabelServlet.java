package org.w3id.scokg.server.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Responses;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.vocab.SCO;

/**
 * {@code /labels?iri=...&iri=...&lang=ru}: the names this graph's things go by on its pages, in the
 * reader's language, for the editor's table of results. A fact the graph titles in English only (a
 * membership, an act, a position) is titled from its parts in the reader's language, as on its page
 * ({@link Labels}); a SPARQL query for {@code rdfs:label} finds only the English title. Answers
 * {@code {"iri": {"text": ..., "lang": ...}}} for each IRI of this graph that has a name, with {@code
 * "html"} too for a title made of parts, each part in another language marked with its {@code
 * lang}; others are left out. At most {@value #MOST} IRIs a request: each is a few lookups in the graph, so a request
 * costs little, and this route is not scheduled as queries are.
 */
final class LabelServlet extends HttpServlet {
    static final int MOST = 100;

    private final transient Graph union;

    LabelServlet(KnowledgeGraph graph) {
        this.union = graph.union();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] iris = request.getParameterValues("iri");
        if (iris == null || iris.length == 0) {
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "Give one or more iri parameters: /labels?iri=https://w3id.org/sco-kg/id/state/CN&lang=ru");
            return;
        }
        if (iris.length > MOST) {
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "At most " + MOST + " iri parameters a request; this one has " + iris.length + ".");
            return;
        }
        Texts texts = Texts.of(Language.of(request));
        JsonObject answer = new JsonObject();
        for (String iri : iris) {
            if (!iri.startsWith(SCO.BASE) || answer.hasKey(iri)) continue;
            Node node = NodeFactory.createURI(iri);
            if (!union.contains(node, Node.ANY, Node.ANY)) continue;
            Labels.Label name = Html.name(node, union, texts);
            if (name.text().isEmpty() || name.text().equals(iri)) continue;
            JsonObject label = new JsonObject();
            label.put("text", name.text());
            label.put("lang", name.lang());
            // A title made of parts says which of its parts are in another language ("Принятие (...): New Delhi Declaration ...").
            if (name.markup() != null) label.put("html", name.html(texts.language()));
            answer.put(iri, label);
        }
        Responses.varyOnLanguage(response);
        Responses.send(response, "application/json;charset=utf-8", JSON.toStringFlat(answer).getBytes(StandardCharsets.UTF_8));
    }
}
