package org.w3id.scokg.server.linkeddata;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
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

    /**
     * The rows an index shows on a page at most: as one page, the statement records' index was 3,909
     * rows, 800 KB and 376,808 px high on a phone.
     */
    static final int PAGE_ROWS = 200;

    /** The listings made, by kind and language: a few dozen, about 1 MB each at most (the assertions'). */
    private final Cache<String, Listing> listings = Caffeine.newBuilder().maximumSize(64).build();

    /** An index's headings and its rows, in order, each row's cells as HTML. */
    private record Listing(List<String> headers, List<List<String>> rows) {}

    KindIndex(Graph data, Graph provenance, Graph union) {
        this.data = data;
        this.provenance = provenance;
        this.union = union;
    }

    /**
     * The things of {@code kind} (their IRIs under id/{kind}/, parts excluded): the data's, and the
     * source records, excerpts and reified statements (assertions) of graph/provenance. The
     * assertions, one for each sourced triple of the data, have an index too: the sitemap lists their
     * pages and {@code /doc/{kind}/} promises every kind's.
     */
    List<Node> things(String kind) {
        String prefix = SCO.ID + kind + "/";
        Graph graph = graphOf(kind);
        return graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject)
                .filterKeep(s -> s.isURI() && s.getURI().startsWith(prefix) && !s.getURI().contains("#")).toSet().stream().toList();
    }

    /**
     * A thing's name in the index: its label, or for a reified statement (whose key is a hash) what it
     * says, as its page's title says it ({@link StatementTitles}).
     */
    private Labels.Label name(String kind, Node thing, Texts texts) {
        Node about = kind.equals("assertion") ? provenance.find(thing, RDF.subject.asNode(), Node.ANY).mapWith(Triple::getObject).nextOptional().orElse(null) : null;
        return about == null ? Labels.of(union, thing, texts.language()) : new StatementTitles(union, texts).of(thing, about);
    }

    /** Where the things of {@code kind} are described: graph/provenance for source records, excerpts and assertions, else graph/data. */
    private Graph graphOf(String kind) {
        return kind.equals("source") || kind.equals("excerpt") || kind.equals("assertion") ? provenance : data;
    }

    /** How many pages the index of {@code things} has ({@value #PAGE_ROWS} rows a page). */
    static int pages(List<Node> things) {
        return Math.max(1, (things.size() + PAGE_ROWS - 1) / PAGE_ROWS);
    }

    /**
     * Page {@code page} (from 1 to {@link #pages}) of the index of {@code kind}'s {@code things} in
     * {@code language}. Its rows are made once for every page: the graph does not change while it is
     * served, and the assertions' index (3,484 titles made from their parts) took 2 to 3.6 s to make
     * on a loaded machine.
     */
    String render(String kind, List<Node> things, int page, Language language, String version, String root) {
        Listing listing = listings.get(kind + "\n" + language.tag, key -> listing(kind, things, language));
        Texts texts = Texts.of(language);
        int count = listing.rows().size();
        int from = (page - 1) * PAGE_ROWS;
        int to = Math.min(count, from + PAGE_ROWS);
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(texts.get("kind." + kind))).append("</h1><p class=\"lead\">")
                .append(Html.escape(texts.format("index.count", count)));
        if (count > PAGE_ROWS) body.append(' ').append(Html.escape(texts.format("index.rows", from + 1, to, PAGE_ROWS)));
        body.append("</p>").append(table(listing.headers(), listing.rows().subList(from, to)));
        if (count > PAGE_ROWS) pageLinks(body, kind, page, pages(things), language, texts);
        String kept = page > 1 ? "page=" + page + "&" : "";
        return Page.at("/doc/" + kind + "/", kept, language).version(version).under(root).title(texts.get("kind." + kind))
                .crumb(Html.escape(texts.get("kind." + kind)), "/doc/" + kind + "/").body(body.toString()).render();
    }

    /** A link to each page by its number, the page shown a number that is no link. */
    private static void pageLinks(StringBuilder body, String kind, int page, int pages, Language language, Texts texts) {
        body.append("<nav class=\"pages\" aria-label=\"").append(Html.escape(texts.get("fragments.pages"))).append("\"><ul>");
        for (int n = 1; n <= pages; n++) {
            body.append("<li>").append(n == page ? "<span aria-current=\"page\">" + n + "</span>"
                    : "<a href=\"/doc/" + kind + "/?page=" + n + "&amp;lang=" + language.tag + "\">" + n + "</a>").append("</li>");
        }
        body.append("</ul></nav>");
    }

    private Listing listing(String kind, List<Node> things, Language language) {
        Texts texts = Texts.of(language);
        // Each label made once (a fact's title in Russian or Chinese is made from its parts), then sorted.
        Map<Node, Labels.Label> names = new HashMap<>();
        things.forEach(n -> names.put(n, name(kind, n, texts)));
        Map<Node, String> labels = new HashMap<>();
        names.forEach((n, name) -> labels.put(n, name.text()));
        List<Node> sorted = new ArrayList<>(things);
        sorted.sort(Comparator.comparing(labels::get, language.order()));
        // Events, acts and documents by their date, the undated last (in the order of their names, the
        // summits could not be read in their order).
        boolean dated = DATED.contains(kind);
        Map<Node, String> dates = new HashMap<>();
        if (dated) {
            things.forEach(n -> dateOf(n).ifPresent(d -> dates.put(n, d)));
            sorted.sort(Comparator.comparing((Node n) -> dates.getOrDefault(n, "\uffff")));
        }
        boolean statuses = kind.equals("state") || kind.equals("organization");
        List<Node> columns = COLUMNS.getOrDefault(kind, List.of());
        List<String> headers = new ArrayList<>(List.of(texts.get("index.name"), texts.get("index.what")));
        columns.forEach(property -> headers.add(capitalised(Terms.of(property, union, texts).text(), language)));
        if (dated) headers.add(texts.get("index.date"));
        if (statuses) headers.add(texts.get("index.status"));
        List<List<String>> rows = new ArrayList<>();
        for (Node thing : sorted) {
            String link = !kind.equals("assertion") ? Html.value(thing, union, texts)
                    : "<a href=\"" + Html.escape(Html.href(thing)) + "\">" + Html.keepWhole(names.get(thing).html(language)) + "</a>";
            List<String> row = new ArrayList<>(List.of(link, String.join(", ",
                    graphOf(kind).find(thing, RDF.type.asNode(), Node.ANY).mapWith(t -> Terms.of(t.getObject(), union, texts).html(language)).toList())));
            for (Node property : columns) {
                row.add(String.join(", ", data.find(thing, property, Node.ANY).mapWith(t -> Html.value(t.getObject(), union, texts)).toList()));
            }
            if (dated) row.add(dates.containsKey(thing) ? Html.date(dates.get(thing)) : "");
            if (statuses) row.add(current(thing, texts));
            rows.add(row);
        }
        return new Listing(headers, rows);
    }

    /**
     * The rows under their headers, a column only where some row has a value in it (and "What it is"
     * only where rows differ in it): no organisation
     * holds a status, and the organisations' index had a "Status today" empty in every row.
     */
    private static String table(List<String> headers, List<List<String>> rows) {
        // "What it is" too where it is the same in every row (every statement a statement).
        List<Integer> shown = IntStream.range(0, headers.size()).filter(c -> rows.stream().anyMatch(row -> !row.get(c).isEmpty()))
                .filter(c -> c != 1 || rows.size() < 2 || rows.stream().map(row -> row.get(1)).distinct().count() > 1).boxed().toList();
        StringBuilder table = new StringBuilder("<div class=\"table-wrap\"><table class=\"stacked\"><tr>");
        shown.forEach(c -> table.append("<th scope=\"col\">").append(Html.escape(headers.get(c))).append("</th>"));
        table.append("</tr>");
        for (List<String> row : rows) {
            table.append("<tr>");
            shown.forEach(c -> table.append(Html.cell(headers.get(c), row.get(c))));
            table.append("</tr>");
        }
        return table.append("</table></div>").toString();
    }

    /**
     * What a thing of a kind is about, beside its name, a column each: whose statement a statement is (a
     * declaration, an event, a state), where a position was expressed (its name says its holder, stance
     * and norm). With only the names and a "What it is" the same in every row, the indexes of
     * statements and positions could not tell Russia's from China's.
     */
    private static final Map<String, List<Node>> COLUMNS = Map.of("statement", List.of(sco("statementOf")), "position", List.of(sco("expressedIn")));

    /** A term's label as a column's heading, with a capital as the other headings have ("Statement of"). */
    private static String capitalised(String label, Language language) {
        return label.isEmpty() ? label : label.substring(0, label.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.forLanguageTag(language.tag))
                + label.substring(label.offsetByCodePoints(0, 1));
    }

    private static Node sco(String name) {
        return org.apache.jena.graph.NodeFactory.createURI(SCO.NS + name);
    }

    /** The kinds whose index has a date column and is ordered by it. */
    private static final java.util.Set<String> DATED = java.util.Set.of("event", "act", "document");

    /** The properties that date a thing itself, the first found giving its date. */
    private static final List<Node> OWN_DATES = List.of(org.apache.jena.graph.NodeFactory.createURI(SCO.NS + "startDate"),
            org.apache.jena.graph.NodeFactory.createURI(SCO.NS + "date"), org.apache.jena.vocabulary.DCTerms.issued.asNode());

    /**
     * The lexical form of a thing's own date (a day, a month or a year), the earliest where it has
     * several; for a document without one, the earliest date of an act on it.
     */
    private java.util.Optional<String> dateOf(Node thing) {
        for (Node property : OWN_DATES) {
            java.util.Optional<String> date = data.find(thing, property, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                    .mapWith(Node::getLiteralLexicalForm).toList().stream().min(Comparator.naturalOrder());
            if (date.isPresent()) return date;
        }
        // A document with no date of its own is dated by the earliest act on it (its signing, adoption or
        // submission): undated, the Charter, the founding Declaration and 29 other documents stood
        // after 2024, in an index said to be in order of date.
        return data.find(Node.ANY, ON_INSTRUMENT, thing).mapWith(Triple::getSubject).toList().stream()
                .flatMap(act -> data.find(act, OWN_DATES.get(1), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList().stream())
                .map(Node::getLiteralLexicalForm).min(Comparator.naturalOrder());
    }

    private static final Node ON_INSTRUMENT = org.apache.jena.graph.NodeFactory.createURI(SCO.NS + "onInstrument");

    /** The statuses a thing holds today, as "member state of the SCO since 2017-06-09". */
    private String current(Node thing, Texts texts) {
        List<String> now = new ArrayList<>();
        for (Pictures.Status status : Pictures.statusesOf(union, thing)) {
            if (status.until() != null) continue;
            String role = Terms.of(status.role(), union, texts).html(texts.language());
            String since = Html.date(status.from().getLiteralLexicalForm());
            // "SCO partner" names its organisation itself, so it is not named again: "SCO partner of
            // Shanghai Cooperation Organisation", and in Chinese the name twice.
            now.add(status.role().equals(SCO.SCOPartner) ? texts.format("index.sinceNamed", role, since)
                    : texts.format("index.since", role, Html.value(status.organization(), union, texts), since));
        }
        return String.join("<br>", now);
    }
}
