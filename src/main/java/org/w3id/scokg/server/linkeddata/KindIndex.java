package org.w3id.scokg.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.Pictures;
import org.w3id.scokg.server.web.Terms;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.vocab.SCO;

/**
 * {@code /doc/{kind}/}: every thing of one kind in a table, by name, with what it is and, for a
 * state or an organisation, the statuses it holds today (a status whose end is not recorded).
 */
final class KindIndex {
    private final Graph data;
    private final Graph provenance;
    private final Graph union;

    KindIndex(Graph data, Graph provenance, Graph union) {
        this.data = data;
        this.provenance = provenance;
        this.union = union;
    }

    /**
     * The things of {@code kind} (their IRIs under id/{kind}/, parts excluded): the data's, and the
     * source records and excerpts of graph/provenance. Its reified statements have no index: one
     * for each triple of the data, they are reached from the page of what they are about.
     */
    List<Node> things(String kind) {
        if (kind.equals("assertion")) return List.of();
        String prefix = SCO.ID + kind + "/";
        Graph graph = graphOf(kind);
        return graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject)
                .filterKeep(s -> s.isURI() && s.getURI().startsWith(prefix) && !s.getURI().contains("#")).toSet().stream().toList();
    }

    /** Where the things of {@code kind} are described: graph/provenance for source records and excerpts, else graph/data. */
    private Graph graphOf(String kind) {
        return kind.equals("source") || kind.equals("excerpt") ? provenance : data;
    }

    String render(String kind, List<Node> things, Language language) {
        Texts texts = Texts.of(language);
        // Each label made once (a fact's title in Russian or Chinese is made from its parts), then sorted.
        Map<Node, String> labels = new HashMap<>();
        things.forEach(n -> labels.put(n, Labels.of(union, n, language).text()));
        List<Node> sorted = new ArrayList<>(things);
        sorted.sort(Comparator.comparing(labels::get, language.order()));
        boolean statuses = kind.equals("state") || kind.equals("organization");
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(texts.get("kind." + kind))).append("</h1><p class=\"lead\">")
                .append(Html.escape(texts.format("index.count", sorted.size()))).append("</p><div class=\"table-wrap\"><table><tr><th scope=\"col\">")
                .append(Html.escape(texts.get("index.name"))).append("</th><th scope=\"col\">").append(Html.escape(texts.get("index.what"))).append("</th>");
        if (statuses) body.append("<th scope=\"col\">").append(Html.escape(texts.get("index.status"))).append("</th>");
        body.append("</tr>");
        for (Node thing : sorted) {
            body.append("<tr><td>").append(Html.value(thing, union, texts)).append("</td><td>")
                    .append(String.join(", ", graphOf(kind).find(thing, RDF.type.asNode(), Node.ANY).mapWith(t -> Terms.of(t.getObject(), union, texts).html(language)).toList()))
                    .append("</td>");
            if (statuses) body.append("<td>").append(current(thing, texts)).append("</td>");
            body.append("</tr>");
        }
        body.append("</table></div>");
        return Page.at("/doc/" + kind + "/", language).title(texts.get("kind." + kind)).crumb(Html.escape(texts.get("kind." + kind)), "/doc/" + kind + "/")
                .body(body.toString()).render();
    }

    /** The statuses a thing holds today, as "member state of the SCO since 2017-06-09". */
    private String current(Node thing, Texts texts) {
        List<String> now = new ArrayList<>();
        for (Pictures.Status status : Pictures.statusesOf(union, thing)) {
            if (status.until() != null) continue;
            now.add(texts.format("index.since", Terms.of(status.role(), union, texts).html(texts.language()),
                    Html.value(status.organization(), union, texts), Html.date(status.from().getLiteralLexicalForm())));
        }
        return String.join("<br>", now);
    }
}
