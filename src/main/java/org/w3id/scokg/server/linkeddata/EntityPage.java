package org.w3id.scokg.server.linkeddata;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.Pictures;
import org.w3id.scokg.server.web.Terms;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.vocab.SCO;

/**
 * The page of one thing, laid out as Wikidata lays out an item: its name, what it is and its names
 * in other languages on top; a picture where one says more than a list (a state's statuses, an
 * organisation's enlargement, a document's life); then its statements in sections, each under the
 * words for its property, each value with its qualifiers and, right under it, its own source and
 * quote ({@link Attributions}); long lists folded; the sources of the record; and its downloads.
 */
final class EntityPage {
    /** Values shown before a list folds the rest away. */
    static final int UNFOLDED = 8;

    private final Graph graph;
    private final Texts texts;
    private final ValueOrder order;
    private final ValueWords words;
    /** Made for the page's entity by {@link #render}: its own record links not to itself. */
    private Attributions attributions;

    /** The dataset's version, for the citation, or null. */
    private final String version;
    /** The path of the server's public base, which the page's links start with ({@link Page#under}). */
    private final String root;

    EntityPage(Graph union, Language language, String version, String root) {
        this.graph = union;
        this.version = version;
        this.root = root;
        this.texts = Texts.of(language);
        this.order = new ValueOrder(union, texts);
        this.words = new ValueWords(texts);
    }

    String render(EntityReader.View view, SupportedStatements.Listing supported, String docPath) {
        Node entity = view.entity();
        this.attributions = new Attributions(graph, texts, entity);
        String kind = docPath.split("/")[2];
        Node about = kind.equals("assertion") ? graph.find(entity, RDF.subject.asNode(), Node.ANY).mapWith(t -> t.getObject()).nextOptional().orElse(null) : null;
        Labels.Label title = about != null ? new StatementTitles(graph, texts).of(entity, about)
                : kind.equals("statement") ? StatementTitles.heading(Labels.of(graph, entity, texts.language())) : Labels.of(graph, entity, texts.language());
        StringBuilder body = new StringBuilder();
        heading(body, view, title);
        PageAnchors.Anchors anchors = new PageAnchors.Anchors(view);
        sections(body, view, title, anchors);
        if (supported.total() > 0) new SupportedSection(graph, texts).render(body, supported);
        recordSources(body, view, anchors);
        downloads(body, docPath);
        body.append("<script type=\"application/ld+json\">").append(SchemaOrgItem.json(graph, entity, title.text(), docPath)).append("</script>");
        return page(docPath, entity, title, kind, about).body(body.toString()).render();
    }

    /** The title, what the thing is, its IRI and its picture, if it has one. */
    private void heading(StringBuilder body, EntityReader.View view, Labels.Label title) {
        Node entity = view.entity();
        // A date or an identifier in the title stays whole ("2017-06-09", not "2017-06-" over "09").
        body.append("<h1>").append(Html.keepWhole(title.html(texts.language()))).append("</h1><p class=\"lead\">");
        body.append(String.join(", ", view.types().stream().map(t -> Terms.of(t, graph, texts).html(texts.language())).toList()));
        body.append(" · <code>").append(Html.escape(entity.getURI())).append("</code></p>");
        body.append(picture(entity));
    }

    /** The thing's statements, section by section, its English name among its names where the page's title is in another language. */
    private void sections(StringBuilder body, EntityReader.View view, Labels.Label title, PageAnchors.Anchors anchors) {
        // On a Russian or Chinese page the title is in that language: the English name, which an English
        // page's title is, is listed among the names with its source, not the page's own title again.
        EntityReader.Statement english = view.englishName() != null && !title.lang().equals("en") && !title.lang().isEmpty() ? view.englishName() : null;
        boolean namesShown = false;
        for (EntityReader.Section section : view.sections()) {
            body.append("<section id=\"").append(section.name()).append("\"><h2>").append(Html.escape(texts.get("section." + section.name()))).append("</h2>");
            List<EntityReader.Statement> statements = section.statements();
            if (section.name().equals("names") && english != null) {
                statements = withEnglishName(statements, english);
                namesShown = true;
            }
            PageAnchors.Quotes quotes = new PageAnchors.Quotes(anchors);
            statements.forEach(s -> statement(body, s, anchors, quotes));
            body.append("</section>");
        }
        if (english != null && !namesShown) {
            body.append("<section id=\"names\"><h2>").append(Html.escape(texts.get("section.names"))).append("</h2>");
            statement(body, english, anchors, new PageAnchors.Quotes(anchors));
            body.append("</section>");
        }
    }

    /** The sources of the record itself, where it has any. */
    private void recordSources(StringBuilder body, EntityReader.View view, PageAnchors.Anchors anchors) {
        if (view.recordSources().isEmpty()) return;
        body.append("<section><h2>").append(Html.escape(texts.get("section.sources"))).append("</h2><div class=\"value\">");
        PageAnchors.Quotes quotes = new PageAnchors.Quotes(anchors);
        view.recordSources().forEach(s -> attributions.source(body, s, quotes));
        body.append("</div></section>");
    }

    /** The page around the body: its title, citation, crumbs and alternates. */
    private Page page(String docPath, Node entity, Labels.Label title, String kind, Node about) {
        Page page = Page.at(docPath, texts.language()).version(version).under(root).title(title).cites(entity.getURI());
        // A reified statement has no index of its own: its crumb is the thing it is about.
        if (about != null && about.isURI() && about.getURI().startsWith(SCO.ID)) {
            String thing = about.getURI().substring(SCO.ID.length()).replaceFirst("#.*", "");
            // Cut as the title is: a statement's name is its summary, of up to 575 characters.
            Labels.Label name = StatementTitles.shortened(Labels.of(graph, NodeFactory.createURI(SCO.ID + thing), texts.language()));
            page.crumb(Html.keepWhole(name.html(texts.language())), "/doc/" + thing);
        } else {
            page.crumb(Html.escape(texts.get("kind." + kind)), "/doc/" + kind + "/");
        }
        page.crumb(Html.keepWhole(title.html(texts.language())), docPath);
        for (MediaTypes.Format f : MediaTypes.DESCRIPTION_RDF) page.alternate(f.mediaType, docPath + "." + f.extension);
        return page;
    }

    private String picture(Node entity) {
        String uri = entity.getURI();
        if (uri.startsWith(SCO.ID + "state/")) return Pictures.statusHistory(graph, entity, texts);
        if (uri.startsWith(SCO.ID + "organization/")) return Pictures.enlargement(graph, entity, texts);
        if (uri.startsWith(SCO.ID + "document/")) return Pictures.documentLife(graph, entity, texts);
        return "";
    }

    /** The names' statements with the English name among the preferred labels, or before the rest where there are none. */
    private static List<EntityReader.Statement> withEnglishName(List<EntityReader.Statement> statements, EntityReader.Statement english) {
        List<EntityReader.Statement> merged = new java.util.ArrayList<>();
        boolean placed = false;
        for (EntityReader.Statement s : statements) {
            if (!placed && s.property().equals(english.property()) && !s.incoming()) {
                List<EntityReader.Value> values = new java.util.ArrayList<>(english.values());
                values.addAll(s.values());
                merged.add(new EntityReader.Statement(s.property(), false, values));
                placed = true;
            } else {
                merged.add(s);
            }
        }
        if (!placed) merged.add(0, english);
        return merged;
    }

    private void statement(StringBuilder body, EntityReader.Statement statement, PageAnchors.Anchors anchors, PageAnchors.Quotes quotes) {
        Labels.Label heading = statement.incoming() ? Terms.inverse(statement.property(), graph, texts) : Terms.of(statement.property(), graph, texts);
        body.append("<div class=\"statement\"><div class=\"property\">").append(Html.keepWhole(heading.html(texts.language())))
                .append("</div><ul class=\"values\">");
        List<EntityReader.Value> values = inOneLanguage(statement.property(), order.byDateThenName(statement.values()));
        if (values.size() > UNFOLDED) values = order.lastingFirst(values);
        values = order.sharingTogether(values);
        int fold = ValueFold.at(values);
        // Values in a row with the same sources and note have them said once, after the last of
        // them, so the SCO's founding members do not each repeat the same quote, source and note.
        int start = 0;
        while (start < values.size()) {
            int end = start;
            while (end + 1 < values.size() && end + 1 != fold && ValueFold.alike(values.get(start), values.get(end + 1))) end++;
            boolean shared = end > start;
            List<Node> records = new ArrayList<>();
            List<Node> noteRecords = new ArrayList<>();
            for (int i = start; i <= end; i++) {
                if (i == fold) {
                    body.append("<li><details class=\"more\"><summary>").append(Html.escape(texts.format("values.more", values.size() - fold)))
                            .append("</summary><ul class=\"values\">");
                }
                records.addAll(value(body, statement.property(), values.get(i), anchors, quotes, !shared));
                if (values.get(i).note() != null) noteRecords.addAll(values.get(i).note().records());
            }
            if (shared) {
                EntityReader.Value last = values.get(end);
                body.append("<li class=\"value shared\"><p class=\"shared-lead\">").append(Html.escape(texts.format("values.shared", end - start + 1))).append("</p>");
                attributions.attribute(body, last.sources(), last.note(), records, noteRecords, quotes);
                body.append("</li>");
            }
            start = end + 1;
        }
        if (values.size() > fold) body.append("</ul></details></li>");
        body.append("</ul></div>");
    }

    /**
     * sco-kg's own sentences that the graph says in each of its languages (a record's rights): the one
     * in the page's language, else the English one.
     */
    private List<EntityReader.Value> inOneLanguage(Node property, List<EntityReader.Value> values) {
        if (!property.equals(DCTerms.rights.asNode())) return values;
        for (String lang : List.of(texts.language().tag, "en")) {
            List<EntityReader.Value> chosen = values.stream().filter(v -> v.nodes().size() == 1 && v.nodes().get(0).isLiteral()
                    && v.nodes().get(0).getLiteralLanguage().equalsIgnoreCase(lang)).toList();
            if (!chosen.isEmpty()) return chosen;
        }
        return values;
    }

    /**
     * A value, its qualifiers and, unless values that share them have them said once after them, its
     * sources and note; the records of the statements its sources support (its own, and its
     * qualifiers' that have no sources of their own), which the caller links where those sources
     * stand when it says them.
     */
    private List<Node> value(StringBuilder body, Node property, EntityReader.Value value, PageAnchors.Anchors anchors, PageAnchors.Quotes quotes, boolean withSourcesAndNote) {
        body.append("<li class=\"value\"").append(anchors.of(value.part())).append('>');
        body.append(String.join(", ", order.byName(value.nodes()).stream().map(n -> words.word(property, n).orElseGet(() -> Html.value(n, graph, texts))).toList()));
        // The fact shown by what it links to has a page of its own: its name links there.
        if (value.fact() != null) body.append("<div class=\"fact\">").append(Html.value(value.fact(), graph, texts)).append("</div>");
        List<Node> records = new ArrayList<>(value.records());
        if (!value.qualifiers().isEmpty()) {
            body.append("<dl class=\"qualifiers\">");
            Node said = null;
            for (EntityReader.Qualifier q : order.inReadingOrder(value.qualifiers())) {
                // The property once for the values that follow it ("parties: China, Kazakhstan, ..."),
                // not once a value.
                // A space after a term and after a value: inline, with margins alone between them, the
                // line could break nowhere but inside a word («стороны Казахста|н» at 390 px), and a
                // copied line would read «местоЕкатеринбург».
                if (!q.property().equals(said)) body.append("<dt>").append(Terms.of(q.property(), graph, texts).html(texts.language())).append("</dt> ");
                said = q.property();
                body.append("<dd").append(anchors.of(q.part())).append('>').append(qualifier(q));
                // A qualifier stated by another source than the value (a membership's first day,
                // reported by the news of that day) shows its own, right under it.
                if (q.sources().equals(value.sources())) {
                    records.addAll(q.records());
                } else {
                    attributions.sources(body, q.sources(), q.records(), quotes);
                }
                body.append("</dd> ");
            }
            body.append("</dl>");
        }
        if (withSourcesAndNote) {
            attributions.attribute(body, value.sources(), value.note(), records, value.note() == null ? List.of() : value.note().records(), quotes);
            records = List.of();
        }
        body.append("</li>");
        return records;
    }

    /**
     * A qualifier's value. An excerpt's quote has no language tag: it is marked with the language its
     * script shows ({@link Html#name}), English for the quotes of the English sources in data/sources.
     */
    private String qualifier(EntityReader.Qualifier q) {
        return Html.value(q.value(), graph, texts);
    }

    private void downloads(StringBuilder body, String docPath) {
        body.append("<section><h2>").append(Html.escape(texts.get("section.downloads"))).append("</h2><p class=\"downloads\">");
        for (MediaTypes.Format f : MediaTypes.DESCRIPTION_RDF) {
            body.append("<a href=\"").append(Html.escape(docPath)).append('.').append(f.extension).append("\" type=\"").append(f.mediaType).append("\">")
                    .append(Html.escape(texts.get("format." + f.extension))).append("</a> ");
        }
        body.append("</p></section>");
    }
}
