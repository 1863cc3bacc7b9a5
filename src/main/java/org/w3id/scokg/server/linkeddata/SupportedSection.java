package org.w3id.scokg.server.linkeddata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Terms;
import org.w3id.scokg.server.web.Texts;

/** The section of a source record's page that lists what the record supports, statement by statement. */
final class SupportedSection {
    private final Graph graph;
    private final Texts texts;
    private final ValueWords words;

    SupportedSection(Graph graph, Texts texts) {
        this.graph = graph;
        this.texts = texts;
        this.words = new ValueWords(texts);
    }

    /**
     * A source record's statements: each thing once, with what each statement says of it in the words
     * its own page uses, and under a statement the sentences of the record it rests on; the count, and
     * the query that lists them all.
     */
    void render(StringBuilder body, SupportedStatements.Listing supported) {
        String count = supported.total() > supported.shown().size()
                ? texts.format("supported.some", supported.total(), String.valueOf(supported.shown().size()))
                : texts.format("supported.all", supported.total());
        body.append("<section id=\"supported\"><h2>").append(Html.escape(texts.get("section.supported"))).append("</h2><p>").append(Html.escape(count))
                .append("</p><p><a href=\"/query?query=").append(Html.escape(URLEncoder.encode(supported.query(), StandardCharsets.UTF_8).replace("+", "%20")))
                .append("\">").append(Html.escape(texts.get("supported.query"))).append("</a></p>");
        // Statements that read alike under one thing are one row with the sentences of each: an
        // interval's end and the end's date ("period › until 2017-06-09"), a name as label and as
        // preferred label. The row that links to a part's place is the one kept.
        Map<Node, Map<String, Row>> things = new LinkedHashMap<>();
        for (SupportedStatements.Supported statement : supported.shown()) {
            String html = said(statement);
            Row row = things.computeIfAbsent(statement.thing(), t -> new LinkedHashMap<>()).computeIfAbsent(html.replaceAll("<[^>]+>", ""), k -> new Row());
            if (row.html == null || !statement.shown().equals(statement.triple().getObject())) row.html = html;
            row.quotes.addAll(statement.quotes());
        }
        things.forEach((thing, rows) -> {
            body.append("<div class=\"statement\"><div class=\"property\">").append(Html.value(thing, graph, texts)).append("</div><ul class=\"values\">");
            for (Row row : rows.values()) {
                body.append("<li class=\"value\">").append(row.html);
                row.quotes.forEach(quote -> body.append("<div class=\"source\"><blockquote lang=\"")
                        .append(Html.escape(quote.getLiteralLanguage().isEmpty() ? "en" : quote.getLiteralLanguage())).append("\">“")
                        .append(Html.escape(quote.getLiteralLexicalForm())).append("”</blockquote></div>"));
                body.append("</li>");
            }
            body.append("</ul></div>");
        });
        body.append("</section>");
    }

    /** What a statement says as its thing's page says it: the properties that lead to the value, and the value. */
    private String said(SupportedStatements.Supported statement) {
        Node property = statement.triple().getPredicate();
        Node value = statement.triple().getObject();
        // A part shown by its value links to its place on its thing's page.
        String shown = !statement.shown().equals(value)
                ? "<a href=\"" + Html.escape(Html.href(value)) + "\">" + Html.keepWhole(Html.name(statement.shown(), graph, texts).html(texts.language())) + "</a>"
                : words.word(property, value).orElseGet(() -> Html.value(value, graph, texts));
        return "<span class=\"said\">" + String.join(" › ", statement.said().stream().map(p -> Terms.of(p, graph, texts).html(texts.language())).toList())
                + "</span> " + shown;
    }

    /** One row of a source's statements: its HTML and the sentences it rests on, each once. */
    private static final class Row {
        private String html;
        private final Set<Node> quotes = new LinkedHashSet<>();
    }
}
