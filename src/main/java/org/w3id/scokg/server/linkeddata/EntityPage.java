package org.w3id.scokg.server.linkeddata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.MediaTypes;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.Pictures;
import org.w3id.scokg.server.web.Terms;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.vocab.OA;
import org.w3id.scokg.vocab.SCO;

/**
 * The page of one thing, laid out as Wikidata lays out an item: its name, what it is and its names
 * in other languages on top; a picture where one says more than a list (a state's statuses, an
 * organisation's enlargement, a document's life); then its statements in sections, each under the
 * words for its property, each value with its qualifiers and, right under it, its own source and
 * quote; long lists folded; the sources of the record; and its downloads.
 */
final class EntityPage {
    /** The properties that date a thing itself, in the order they are read ({@link #date}). */
    private static final List<Node> OWN_DATES = List.of(NodeFactory.createURI(SCO.NS + "startDate"), NodeFactory.createURI(SCO.NS + "date"),
            DCTerms.issued.asNode());

    /** The kinds of act in the order they come in a document's or a status's life. */
    private static final List<Node> LIFE = Stream.of("Submission", "Adoption", "OpeningForSignature", "Signing", "EntryIntoForce", "StatusDecision",
            "MemorandumSigning").map(name -> NodeFactory.createURI(SCO.NS + name)).toList();

    /** Values shown before a list folds the rest away. */
    static final int UNFOLDED = 8;

    private final Graph graph;
    private final Texts texts;

    EntityPage(Graph union, Language language) {
        this.graph = union;
        this.texts = Texts.of(language);
    }

    String render(EntityReader.View view, SupportedStatements.Listing supported, String docPath) {
        Node entity = view.entity();
        String kind = docPath.split("/")[2];
        Node about = kind.equals("assertion") ? graph.find(entity, RDF.subject.asNode(), Node.ANY).mapWith(t -> t.getObject()).nextOptional().orElse(null) : null;
        Labels.Label title = about == null ? Labels.of(graph, entity, texts.language()) : new StatementTitles(graph, texts).of(entity, about);
        StringBuilder body = new StringBuilder();
        // A date or an identifier in the title stays whole ("2017-06-09", not "2017-06-" over "09").
        body.append("<h1>").append(Html.keepWhole(title.html(texts.language()))).append("</h1><p class=\"lead\">");
        body.append(String.join(", ", view.types().stream().map(t -> Terms.of(t, graph, texts).html(texts.language())).toList()));
        body.append(" · <code>").append(Html.escape(entity.getURI())).append("</code></p>");
        body.append(picture(entity));
        Anchors anchors = new Anchors(view);
        // On a Russian or Chinese page the title is in that language: the English name, which an English
        // page's title is, is listed among the names with its source (until a review on 3 December 2026
        // it was on no Russian or Chinese page, and the page's own title was repeated there instead).
        EntityReader.Statement english = view.englishName() != null && !title.lang().equals("en") && !title.lang().isEmpty() ? view.englishName() : null;
        boolean namesShown = false;
        for (EntityReader.Section section : view.sections()) {
            body.append("<section id=\"").append(section.name()).append("\"><h2>").append(Html.escape(texts.get("section." + section.name()))).append("</h2>");
            List<EntityReader.Statement> statements = section.statements();
            if (section.name().equals("names") && english != null) {
                statements = withEnglishName(statements, english);
                namesShown = true;
            }
            Quotes quotes = new Quotes(anchors);
            statements.forEach(s -> statement(body, s, anchors, quotes));
            body.append("</section>");
        }
        if (english != null && !namesShown) {
            body.append("<section id=\"names\"><h2>").append(Html.escape(texts.get("section.names"))).append("</h2>");
            statement(body, english, anchors, new Quotes(anchors));
            body.append("</section>");
        }
        if (supported.total() > 0) supported(body, supported);
        if (!view.recordSources().isEmpty()) {
            body.append("<section><h2>").append(Html.escape(texts.get("section.sources"))).append("</h2><div class=\"value\">");
            Quotes quotes = new Quotes(anchors);
            view.recordSources().forEach(s -> source(body, s, quotes));
            body.append("</div></section>");
        }
        downloads(body, docPath);
        body.append("<script type=\"application/ld+json\">").append(schemaOrg(entity, title.text(), docPath, view.types())).append("</script>");
        Page page = Page.at(docPath, texts.language()).title(title).cites(entity.getURI());
        // A reified statement has no index of its own: its crumb is the thing it is about.
        if (about != null && about.isURI() && about.getURI().startsWith(SCO.ID)) {
            String thing = about.getURI().substring(SCO.ID.length()).replaceFirst("#.*", "");
            page.crumb(Html.keepWhole(Labels.of(graph, NodeFactory.createURI(SCO.ID + thing), texts.language()).html(texts.language())), "/doc/" + thing);
        } else {
            page.crumb(Html.escape(texts.get("kind." + kind)), "/doc/" + kind + "/");
        }
        page.crumb(Html.keepWhole(title.html(texts.language())), docPath);
        for (MediaTypes.Format f : MediaTypes.RDF) page.alternate(f.mediaType, docPath + "." + f.extension);
        return page.body(body.toString()).render();
    }

    private String picture(Node entity) {
        String uri = entity.getURI();
        if (uri.startsWith(SCO.ID + "state/")) return Pictures.statusHistory(graph, entity, texts);
        if (uri.startsWith(SCO.ID + "organization/")) return Pictures.enlargement(graph, entity, texts);
        if (uri.startsWith(SCO.ID + "document/")) return Pictures.documentLife(graph, entity, texts);
        return "";
    }

    /**
     * The places on the page of the entity's parts: a part's IRI ({@code …/membership/X#interval})
     * leads a browser, through the 303 that keeps the fragment, to the element with that id. Each
     * id once, and none that a section already uses.
     */
    private static final class Anchors {
        private final String prefix;
        /** Ids the page has already: its sections' (a source's statements too) and the site frame's (the skip link's target, the search box). */
        private final Set<String> used = new HashSet<>(List.of("main", "site-q", "supported"));

        Anchors(EntityReader.View view) {
            this.prefix = view.entity().getURI() + "#";
            view.sections().forEach(s -> used.add(s.name()));
        }

        /** An id no element of the page has: {@code prefix} and a number. */
        String unused(String prefix) {
            for (int n = 1; ; n++) {
                if (used.add(prefix + n)) return prefix + n;
            }
        }

        /** {@code  id="fragment"} for the first element of a part of the entity, else nothing. */
        String of(Node part) {
            if (part == null || !part.isURI() || !part.getURI().startsWith(prefix)) return "";
            String fragment = part.getURI().substring(prefix.length());
            return fragment.matches("[A-Za-z][A-Za-z0-9_-]*") && used.add(fragment) ? " id=\"" + fragment + "\"" : "";
        }
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

    private void statement(StringBuilder body, EntityReader.Statement statement, Anchors anchors, Quotes quotes) {
        Labels.Label heading = statement.incoming() ? Terms.inverse(statement.property(), graph, texts) : Terms.of(statement.property(), graph, texts);
        body.append("<div class=\"statement\"><div class=\"property\">").append(Html.keepWhole(heading.html(texts.language())))
                .append("</div><ul class=\"values\">");
        List<EntityReader.Value> values = inOneLanguage(statement.property(), byDateThenName(statement.values()));
        if (values.size() > UNFOLDED) values = lastingFirst(values);
        // Values in a row with the same sources and note have them said once, after the last of them: the
        // SCO's founding members each repeated the same quote, source and note (a review on 4 December 2026).
        int start = 0;
        while (start < values.size()) {
            int end = start;
            while (end + 1 < values.size() && end + 1 != UNFOLDED && alike(values.get(start), values.get(end + 1))) end++;
            boolean shared = end > start;
            for (int i = start; i <= end; i++) {
                if (i == UNFOLDED) {
                    body.append("<li><details class=\"more\"><summary>").append(Html.escape(texts.format("values.more", values.size() - UNFOLDED)))
                            .append("</summary><ul class=\"values\">");
                }
                value(body, statement.property(), values.get(i), anchors, quotes, !shared);
            }
            if (shared) {
                EntityReader.Value last = values.get(end);
                body.append("<li class=\"value shared\"><p class=\"shared-lead\">").append(Html.escape(texts.format("values.shared", end - start + 1))).append("</p>");
                last.sources().forEach(source -> source(body, source, quotes));
                if (last.note() != null) note(body, last.note());
                body.append("</li>");
            }
            start = end + 1;
        }
        if (values.size() > UNFOLDED) body.append("</ul></details></li>");
        body.append("</ul></div>");
    }

    /**
     * sco-kg's own sentences that the graph says in each of its languages (a record's rights): the one
     * in the page's language, else the English one. Until a review on 4 December 2026 the rights were
     * English only, on Russian and Chinese pages too.
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

    /** Whether two values have the same sources and note, some of either. */
    private static boolean alike(EntityReader.Value one, EntityReader.Value other) {
        return (!one.sources().isEmpty() || one.note() != null) && one.sources().equals(other.sources()) && java.util.Objects.equals(one.note(), other.note());
    }

    private void value(StringBuilder body, Node property, EntityReader.Value value, Anchors anchors, Quotes quotes, boolean withSourcesAndNote) {
        body.append("<li class=\"value\"").append(anchors.of(value.part())).append('>');
        body.append(String.join(", ", byName(value.nodes()).stream().map(n -> word(property, n).orElseGet(() -> Html.value(n, graph, texts))).toList()));
        // The fact shown by what it links to has a page of its own: its name links there.
        if (value.fact() != null) body.append("<div class=\"fact\">").append(Html.value(value.fact(), graph, texts)).append("</div>");
        if (!value.qualifiers().isEmpty()) {
            body.append("<dl class=\"qualifiers\">");
            Node said = null;
            for (EntityReader.Qualifier q : inReadingOrder(value.qualifiers())) {
                // The property once for the values that follow it ("parties: China, Kazakhstan, ..."),
                // not once a value (until a review on 2 December 2026).
                if (!q.property().equals(said)) body.append("<dt>").append(Terms.of(q.property(), graph, texts).html(texts.language())).append("</dt>");
                said = q.property();
                body.append("<dd").append(anchors.of(q.part())).append('>').append(qualifier(q));
                // A qualifier stated by another source than the value (a membership's first day,
                // reported by the news of that day) shows its own, right under it.
                if (!q.sources().equals(value.sources())) q.sources().forEach(s -> source(body, s, quotes));
                body.append("</dd>");
            }
            body.append("</dl>");
        }
        if (withSourcesAndNote) value.sources().forEach(s -> source(body, s, quotes));
        // sco-kg's own note, after the sources of the value, which do not say it.
        if (withSourcesAndNote && value.note() != null) note(body, value.note());
        body.append("</li>");
    }

    private static void note(StringBuilder body, String note) {
        body.append("<p class=\"note\" lang=\"en\">").append(Html.keepWhole(Html.escape(note))).append("</p>");
    }

    /**
     * Values by their first date, as the reader gives them, and those of one date by their names in
     * the page's language: until a review of issue 15 on 3 December 2026 the founders on the SCO's
     * page came by their IRIs, that is by ISO code (China, Kazakhstan, Kyrgyzstan, Russia, ...), in
     * every language. A value that is a literal keeps its text.
     */
    private List<EntityReader.Value> byDateThenName(List<EntityReader.Value> values) {
        if (values.size() < 2) return values;
        return values.stream().sorted(Comparator.comparing(this::date).thenComparingInt(this::stage).thenComparing(v -> v.nodes().isEmpty() ? ""
                : Html.name(byName(v.nodes()).get(0), graph, texts).text(), texts.language().order())).toList();
    }

    /**
     * A list long enough to fold with the statuses that last first, each part in its order: the SCO's
     * page showed its founders and two ended observer statuses before "Show 40 more", which folded
     * away today's members (a review on 4 December 2026). A value that is no status lasts.
     */
    private List<EntityReader.Value> lastingFirst(List<EntityReader.Value> values) {
        return values.stream().sorted(Comparator.comparing(this::ended)).toList();
    }

    /** Whether a value is a membership whose interval has an end. */
    private boolean ended(EntityReader.Value value) {
        if (value.fact() == null) return false;
        return graph.find(value.fact(), MEMBER_DURING, Node.ANY).toList().stream().anyMatch(t -> graph.contains(t.getObject(), HAS_END, Node.ANY));
    }

    private static final Node MEMBER_DURING = org.apache.jena.vocabulary.ORG.memberDuring.asNode();
    private static final Node HAS_END = NodeFactory.createURI("http://www.w3.org/2006/time#hasEnd");

    /**
     * Where an act stands in its document's or status's life ({@link #LIFE}), so that acts of one
     * date read in that order in every language: a review of 3 December 2026 found resolution
     * 53/70's submission and adoption, both dated 1998, in the order of their names, which put the
     * adoption first in Russian. Anything else ranks after every act.
     */
    private int stage(EntityReader.Value value) {
        // A fact shown by what it links to (an act on a document's page, shown by its actor) is the act.
        Node thing = value.fact() != null ? value.fact() : value.nodes().isEmpty() ? null : value.nodes().get(0);
        if (thing == null || !thing.isURI()) return LIFE.size();
        for (int i = 0; i < LIFE.size(); i++) {
            if (graph.contains(thing, RDF.type.asNode(), LIFE.get(i))) return i;
        }
        return LIFE.size();
    }

    /**
     * A value's date: its fact's first date, else the thing's own (an event an organisation held, a
     * document's act), so that a list of events reads in time as a list of memberships does; "9999"
     * when it has none. A review of 3 December 2026 found the events a body organised in the order of
     * their names, the 18th and 25th meetings before the summit of 2005, once the names broke ties.
     */
    private String date(EntityReader.Value value) {
        String first = EntityReader.firstDate(value);
        if (!first.equals("9999") || value.nodes().isEmpty() || !value.nodes().get(0).isURI()) return first;
        Node thing = value.nodes().get(0);
        for (Node property : OWN_DATES) {
            Optional<String> date = graph.find(thing, property, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isLiteral)
                    .mapWith(Node::getLiteralLexicalForm).toList().stream().sorted().findFirst();
            if (date.isPresent()) return date.get();
        }
        return first;
    }

    /**
     * The things a value stands for (the actors of an act on its document's page) by their names in
     * the page's language, as their qualifiers are: until a review of issue 15 on 3 December 2026 they
     * came in the graph's order, «Китай, Казахстан, Киргизия, …».
     */
    private List<Node> byName(List<Node> nodes) {
        if (nodes.size() < 2 || !nodes.stream().allMatch(Node::isURI)) return nodes;
        return nodes.stream().sorted(Comparator.comparing((Node n) -> Html.name(n, graph, texts).text(), texts.language().order())).toList();
    }

    /**
     * The qualifiers in the order they come, but the things of one property by their names in the
     * page's language: the parties of a summit by name, not by their ISO codes (Kyrgyzstan came
     * before Kazakhstan until a review on 2 December 2026). Dates and other values keep their order.
     */
    private List<EntityReader.Qualifier> inReadingOrder(List<EntityReader.Qualifier> qualifiers) {
        List<EntityReader.Qualifier> ordered = new ArrayList<>();
        int start = 0;
        while (start < qualifiers.size()) {
            int end = start + 1;
            while (end < qualifiers.size() && qualifiers.get(end).property().equals(qualifiers.get(start).property())) end++;
            List<EntityReader.Qualifier> run = new ArrayList<>(qualifiers.subList(start, end));
            if (run.stream().allMatch(q -> q.value().isURI())) {
                run.sort(Comparator.comparing(q -> Html.name(q.value(), graph, texts).text(), texts.language().order()));
            }
            ordered.addAll(run);
            start = end;
        }
        return ordered;
    }

    /**
     * The interface's word for a value that is one of a fixed list of plain strings: a source
     * record's kind ({@code dcterms:type "news report"}, bundle key {@code value.type.news-report}).
     */
    private Optional<String> word(Node property, Node value) {
        if (unSymbol(property, value)) {
            // The UN's own resolver of its document symbols, https://undocs.org/ followed by the symbol: a
            // review on 4 December 2026 found the letters behind both codes of conduct with no way to open them.
            String symbol = value.getLiteralLexicalForm();
            return Optional.of("<a href=\"https://undocs.org/" + Html.escape(symbol) + "\" rel=\"external\">" + Html.keepWhole(Html.escape(symbol)) + "</a>");
        }
        if (!property.equals(DCTerms.type.asNode()) || !value.isLiteral() || !value.getLiteralLanguage().isEmpty()) return Optional.empty();
        return texts.find("value.type." + value.getLiteralLexicalForm().replace(' ', '-'))
                .map(Html::escape);
    }

    /** A document symbol of the General Assembly, the Security Council or ECOSOC ("A/66/359", "A/RES/53/70"), as a symbol or an identifier. */
    private static boolean unSymbol(Node property, Node value) {
        return (property.equals(SCO.unDocumentSymbol) || property.equals(DCTerms.identifier.asNode())) && value.isLiteral()
                && value.getLiteralLexicalForm().matches("[ASE]/[A-Z0-9][A-Za-z0-9.]*(/[A-Za-z0-9.]+)*");
    }

    /**
     * A qualifier's value. An excerpt's quote has no language tag: it is marked with the language its
     * script shows ({@link Html#name}), English for the quotes of the English sources in data/sources.
     */
    private String qualifier(EntityReader.Qualifier q) {
        return Html.value(q.value(), graph, texts);
    }

    /**
     * A source, and its quote right under it, so no quote stands beside another source's link. A quote
     * is said once in a section, under the first value it supports: a later value names its source and
     * links to the quote above (a membership's page repeated one quote under its member, organisation,
     * status and period until a review on 4 December 2026).
     */
    private void source(StringBuilder body, ValueSources.Source source, Quotes quotes) {
        body.append("<div class=\"source\">").append(Html.escape(texts.get("value.source"))).append(' ').append(Html.value(source.record(), graph, texts));
        // How the statement was read from it, where less than verified: "(well known, not verified in its source)".
        if (source.confidence() != null) body.append(" <span class=\"confidence\">(").append(Html.value(source.confidence(), graph, texts)).append(")</span>");
        if (source.quote() != null) {
            String said = quotes.said(source);
            if (said != null) {
                body.append(" <a class=\"quoted\" href=\"#").append(said).append("\">").append(Html.escape(texts.get("value.quoted"))).append("</a>");
            } else {
                // The sources in data/sources are English texts; a quote without a language tag is read as one.
                String lang = source.quoteLang() == null || source.quoteLang().isEmpty() ? "en" : source.quoteLang();
                body.append("<blockquote id=\"").append(quotes.say(source)).append("\" lang=\"").append(Html.escape(lang)).append("\">“")
                        .append(Html.escape(source.quote())).append("”</blockquote>");
            }
        }
        body.append("</div>");
    }

    /** The quotes a section has shown, by their source record and text, each with the id of its blockquote. */
    private static final class Quotes {
        private final Anchors anchors;
        private final Map<List<String>, String> shown = new HashMap<>();

        Quotes(Anchors anchors) {
            this.anchors = anchors;
        }

        /** The id of the quote of {@code source} where the section has shown it, else null. */
        String said(ValueSources.Source source) {
            return shown.get(key(source));
        }

        /** A new id for the quote of {@code source}, which the section now shows. */
        String say(ValueSources.Source source) {
            String id = anchors.unused("quoted-");
            shown.put(key(source), id);
            return id;
        }

        private static List<String> key(ValueSources.Source source) {
            return List.of(source.record().toString(), source.quote(), source.quoteLang() == null ? "" : source.quoteLang());
        }
    }

    /**
     * A source record's statements: each thing once, with what each statement says of it in the words
     * its own page uses, and under a statement the sentences of the record it rests on; the count, and
     * the query that lists them all.
     */
    private void supported(StringBuilder body, SupportedStatements.Listing supported) {
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
                : word(property, value).orElseGet(() -> Html.value(value, graph, texts));
        return "<span class=\"said\">" + String.join(" › ", statement.said().stream().map(p -> Terms.of(p, graph, texts).html(texts.language())).toList())
                + "</span> " + shown;
    }

    /** One row of a source's statements: its HTML and the sentences it rests on, each once. */
    private static final class Row {
        private String html;
        private final Set<Node> quotes = new LinkedHashSet<>();
    }

    private void downloads(StringBuilder body, String docPath) {
        body.append("<section><h2>").append(Html.escape(texts.get("section.downloads"))).append("</h2><p class=\"downloads\">");
        for (MediaTypes.Format f : MediaTypes.RDF) {
            body.append("<a href=\"").append(Html.escape(docPath)).append('.').append(f.extension).append("\" type=\"").append(f.mediaType).append("\">")
                    .append(Html.escape(texts.get("format." + f.extension))).append("</a> ");
        }
        body.append("</p></section>");
    }

    /** schema.org JSON-LD for search engines; "</" is escaped so that no value can close the script. */
    private String schemaOrg(Node entity, String label, String docPath, List<Node> types) {
        List<String> iris = types.stream().map(Node::getURI).toList();
        String type = iris.contains(SCO.NS + "State") ? "Country"
                : docPath.startsWith("/doc/organization/") ? "Organization"
                : docPath.startsWith("/doc/event/") ? "Event"
                : docPath.startsWith("/doc/document/") ? "Legislation"
                : docPath.startsWith("/doc/place/") ? "Place" : "Thing";
        JsonObject json = new JsonObject();
        json.put("@context", "https://schema.org");
        json.put("@id", entity.getURI());
        json.put("@type", type);
        json.put("name", label);
        json.put("url", SCO.BASE + docPath.substring(1));
        json.put("license", "https://creativecommons.org/licenses/by/4.0/");
        JsonArray sameAs = new JsonArray();
        graph.find(entity, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(t -> sameAs.add(t.getObject().getURI()));
        if (!sameAs.isEmpty()) json.put("sameAs", sameAs);
        return JSON.toStringFlat(json).replace("</", "<\\/");
    }
}
