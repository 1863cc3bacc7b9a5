package org.w3id.scokg.server.linkeddata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
        // Statements that read alike are one already (SupportedStatements.of), so the rows are as many as the count says.
        Map<Node, List<Row>> things = new LinkedHashMap<>();
        for (SupportedStatements.Supported statement : supported.shown()) {
            Row row = new Row();
            row.html = said(statement);
            row.said = path(statement);
            row.name = statement.shown().isURI() ? Html.name(statement.shown(), graph, texts).text() : null;
            row.quotes.addAll(statement.quotes());
            things.computeIfAbsent(statement.thing(), t -> new ArrayList<>()).add(row);
        }
        things.forEach((thing, rows) -> {
            body.append("<div class=\"statement\"><div class=\"property\">").append(Html.value(thing, graph, texts)).append("</div><ul class=\"values\">");
            for (Row row : inReadingOrder(rows)) {
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
        return "<span class=\"said\">" + path(statement) + "</span> " + shown;
    }

    /** The properties that lead from a statement's thing to its value, in the page's words. */
    private String path(SupportedStatements.Supported statement) {
        return String.join(" › ", statement.said().stream().map(p -> Terms.of(p, graph, texts).html(texts.language())).toList());
    }

    /**
     * Rows in the order they come, but the things of one property by their names in the page's
     * language, as the thing's own page lists them: by IRI, that is by ISO code, the participants of
     * the Astana summit on its report's page came as "United Arab Emirates, Azerbaijan, Belarus, …",
     * the same in Russian. Dates and other literals keep their order.
     */
    private List<Row> inReadingOrder(Collection<Row> rows) {
        Map<String, List<Row>> byPath = new LinkedHashMap<>();
        rows.forEach(row -> byPath.computeIfAbsent(row.said, k -> new ArrayList<>()).add(row));
        List<Row> ordered = new ArrayList<>();
        for (List<Row> run : byPath.values()) {
            if (run.stream().allMatch(row -> row.name != null)) run.sort(Comparator.comparing((Row row) -> row.name, texts.language().order()));
            ordered.addAll(run);
        }
        return ordered;
    }

    /** One row of a source's statements: its HTML and the sentences it rests on, each once. */
    private static final class Row {
        private String html;
        private String said;
        private String name;
        private final Set<Node> quotes = new LinkedHashSet<>();
    }
}
