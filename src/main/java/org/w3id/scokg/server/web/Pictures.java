package org.w3id.scokg.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.scokg.vocab.SCO;

/**
 * The pictures of the site, read from the graph with the queries beside this class and drawn by
 * {@link Charts}: an organisation's enlargement (how many states held each status, by date), a
 * state's statuses over time, a document's life, and the events on the home page. Each method
 * gives an empty string when the graph has nothing to draw.
 */
public final class Pictures {
    private static final Query STATUSES = query("statuses.rq");
    private static final Query LIFE = query("document-life.rq");
    private static final Query EVENTS = query("events.rq");
    /** The ontology's statuses, each drawn in the colour of its place here. */
    private static final List<String> STATUS_ORDER = Stream.of(SCO.MemberState, SCO.ObserverState, SCO.DialoguePartner, SCO.SCOPartner).map(Node::getURI).toList();

    /** A status held: the membership, who held it, where, which role, from and until (null: it lasts). */
    public record Status(Node membership, Node member, Node organization, Node role, Node from, Node until) {}

    private Pictures() {}

    /** The statuses {@code member} holds or held, in order of their beginning. */
    public static List<Status> statusesOf(Graph graph, Node member) {
        List<Status> statuses = new ArrayList<>();
        select(graph, STATUSES, "member", member).forEachRemaining(r -> statuses.add(new Status(r.get("membership"), r.get("member"),
                r.get("organization"), r.get("role"), r.get("from"), r.get("until"))));
        return statuses;
    }

    /** How many states held each status in {@code organization} over time, with its predecessor's members. */
    public static String enlargement(Graph graph, Node organization, Texts texts) {
        List<Binding> rows = new ArrayList<>();
        select(graph, STATUSES, "organization", organization).forEachRemaining(rows::add);
        List<Node> predecessors = graph.find(organization, DCTerms.replaces.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        predecessors.forEach(p -> select(graph, STATUSES, "organization", p).forEachRemaining(rows::add));
        if (rows.isEmpty()) return "";
        Map<String, Charts.Category> categories = new LinkedHashMap<>();
        TreeMap<String, Node> dates = new TreeMap<>();
        for (Binding row : rows) {
            categories.computeIfAbsent(category(row, organization), c -> new Charts.Category(categoryName(graph, row, organization, texts), statusColour(c)));
            dates.put(begun(row.get("from")), row.get("from"));
            if (row.get("until") != null) dates.put(ended(row.get("until")), row.get("until"));
        }
        Map<String, List<Integer>> counts = new LinkedHashMap<>();
        categories.keySet().forEach(c -> counts.put(c, new ArrayList<>()));
        for (String date : dates.keySet()) {
            counts.forEach((category, list) -> list.add((int) rows.stream().filter(r -> category(r, organization).equals(category))
                    .filter(r -> begun(r.get("from")).compareTo(date) <= 0 && (r.get("until") == null || ended(r.get("until")).compareTo(date) > 0)).count()));
        }
        Labels.Label name = Labels.of(graph, organization, texts.language());
        // "(and its predecessor)" only of an organisation that has one, a thing, not a key it retired
        // (all the Shanghai Five has).
        boolean predecessor = predecessors.stream().anyMatch(p -> graph.contains(p, RDF.type.asNode(), Node.ANY));
        Charts.Title description = Charts.Title.of(texts, "chart.enlargement.desc", name, String.valueOf(predecessor));
        return Charts.steps("enlargement", Charts.Title.of(texts, "chart.enlargement.title", name), description,
                new Charts.Steps(List.copyOf(dates.values()), counts), categories, texts);
    }

    /** A state's statuses in organisations, as bars over time. */
    public static String statusHistory(Graph graph, Node state, Texts texts) {
        List<Charts.Bar> bars = new ArrayList<>();
        Map<String, Charts.Category> categories = new LinkedHashMap<>();
        select(graph, STATUSES, "member", state).forEachRemaining(row -> {
            Node role = row.get("role");
            categories.computeIfAbsent(role.getURI(), c -> new Charts.Category(Terms.of(role, graph, texts).text(), statusColour(c)));
            bars.add(new Charts.Bar(Labels.of(graph, row.get("organization"), texts.language()), role.getURI(), row.get("from"), row.get("until"),
                    link(graph, row.get("membership"), texts)));
        });
        if (bars.isEmpty()) return "";
        Labels.Label name = Labels.of(graph, state, texts.language());
        return Charts.bars("statuses", Charts.Title.of(texts, "chart.statuses.title", name), Charts.Title.of(texts, "chart.statuses.desc", name), bars, categories,
                texts);
    }

    /** A document's life: its acts, its issue and its entry into force, on a time line. */
    public static String documentLife(Graph graph, Node document, Texts texts) {
        List<Charts.Milestone> points = new ArrayList<>();
        Map<String, Charts.Category> categories = new LinkedHashMap<>();
        select(graph, LIFE, "document", document).forEachRemaining(row -> {
            Node kind = row.get("kind");
            Labels.Label label = Terms.of(kind, graph, texts);
            categories.computeIfAbsent(kind.getURI(), c -> new Charts.Category(label.text(), inTurn(categories)));
            Node act = row.get("act");
            // An act is named by who acted (its kind is the point's colour, the document and date the
            // picture's); the document's own dates (issued, in force) by the document.
            Labels.Label what = act == null ? Labels.of(graph, document, texts.language()) : actors(graph, act, document, texts);
            points.add(new Charts.Milestone(row.get("date"), what, kind.getURI(), act == null ? null : link(graph, act, texts)));
        });
        if (points.isEmpty()) return "";
        Labels.Label name = Labels.of(graph, document, texts.language());
        return Charts.milestones("life", Charts.Title.of(texts, "chart.life.title", name), Charts.Title.of(texts.get("chart.life.desc")), points, categories, texts);
    }

    /**
     * Who acted on a document ("China"; "China, Kazakhstan, …" in the reader's order), each name in
     * the page's language where the graph has one; the document, as for its own dates, when the act
     * names no actor (an opening for signature). Not the act's title, "Entry into force: Agreement …
     * (2011-06-02)", which says neither who (China alone) nor anything the picture does not, so a
     * reader takes one state's entry into force for the agreement's; nor, for an act of no actor, its
     * title, whose kind and date the point says already.
     */
    private static Labels.Label actors(Graph graph, Node act, Node document, Texts texts) {
        List<Labels.Label> names = graph.find(act, SCO.actor, Node.ANY)
                .mapWith(t -> Labels.of(graph, t.getObject(), texts.language())).toList();
        if (names.isEmpty()) return Labels.of(graph, document, texts.language());
        // A point's label is a picture's text and its mark's title, each in one language: names in two
        // ("Китай, Shanghai Five") are given in English, the language every thing of the graph has a
        // name in.
        if (!names.stream().allMatch(n -> n.lang().equals(names.get(0).lang())) && !texts.language().equals(Language.EN)) {
            return actors(graph, act, document, Texts.of(Language.EN));
        }
        names.sort(Comparator.comparing(Labels.Label::text, texts.language().order()));
        String text = String.join(texts.get("punct.list"), names.stream().map(Labels.Label::text).toList());
        return new Labels.Label(text, names.get(0).lang());
    }

    /** Every dated event, on one time line. */
    public static String events(Graph graph, Texts texts) {
        List<Charts.Milestone> points = new ArrayList<>();
        Map<String, Charts.Category> categories = new LinkedHashMap<>();
        select(graph, EVENTS, null, null).forEachRemaining(row -> {
            Node kind = row.get("kind");
            categories.computeIfAbsent(kind.getURI(), c -> new Charts.Category(Terms.of(kind, graph, texts).text(), inTurn(categories)));
            Labels.Label name = Labels.of(graph, row.get("event"), texts.language());
            points.add(new Charts.Milestone(row.get("date"), name, kind.getURI(), new Charts.Link(Html.href(row.get("event")), name)));
        });
        if (points.isEmpty()) return "";
        return Charts.milestones("events", Charts.Title.of(texts.get("chart.events.title")), Charts.Title.of(texts.get("chart.events.desc")), points, categories, texts);
    }

    /**
     * The page of {@code thing}, named as that page names it (a membership, an act: its title, in the
     * reader's language). A link's name in the picture is its {@code <title>}, text alone, in one
     * language: a title the page makes of parts in two (an act's «Внесение: International code …»,
     * its document named in English only) is the graph's own, in English, and says so: else a screen
     * reader reads such a name as Russian or Chinese throughout.
     */
    private static Charts.Link link(Graph graph, Node thing, Texts texts) {
        Labels.Label name = Labels.of(graph, thing, texts.language());
        return new Charts.Link(Html.href(thing), name.mixed() ? Labels.of(graph, thing, Language.EN) : name);
    }

    /**
     * A status's colour, the same in every picture whichever other statuses it shows (taken in turn,
     * member state was blue on the home page and orange on India's). Anything else a picture of
     * statuses shows (a predecessor's members, a status the ontology may add) takes one of the
     * colours left, chosen by its IRI: fixed too.
     */
    private static String statusColour(String category) {
        int i = STATUS_ORDER.indexOf(category);
        int left = Charts.PALETTE.size() - STATUS_ORDER.size();
        return Charts.PALETTE.get(i >= 0 ? i : STATUS_ORDER.size() + Math.floorMod(category.hashCode(), left));
    }

    /** The next colour for a picture's next kind (of act, of event): kinds take colours in turn. */
    private static String inTurn(Map<String, Charts.Category> categories) {
        return Charts.PALETTE.get(categories.size() % Charts.PALETTE.size());
    }

    /** The Shanghai Five's members (and any predecessor's) are one category; the organisation's own by role. */
    private static String category(Binding row, Node organization) {
        return row.get("organization").equals(organization) ? row.get("role").getURI() : row.get("organization").getURI();
    }

    private static String categoryName(Graph graph, Binding row, Node organization, Texts texts) {
        if (row.get("organization").equals(organization)) return Terms.of(row.get("role"), graph, texts).text();
        return texts.format("chart.members.of", Labels.of(graph, row.get("organization"), texts.language()).text());
    }

    /**
     * Where a beginning sorts among the enlargement's dates: a day as written; a month or year alone
     * after every day of it ("2022-09~" after "2022-09-30"), for only then is the status certainly
     * held, as the named queries count it. A month sorted at its first day would count Saudi Arabia, a
     * dialogue partner from some day of September 2022 (the Samarkand summit, 15 and 16 September),
     * among the 9 of 2022-09-14.
     */
    private static String begun(Node literal) {
        String text = literal.getLiteralLexicalForm();
        return text.length() == 4 || text.length() == 7 ? text + "~" : text;
    }

    /** Where an end sorts: a month or year alone before every day of it, from which the status is no longer certain. */
    private static String ended(Node literal) {
        return literal.getLiteralLexicalForm();
    }

    private static RowSet select(Graph graph, Query query, String name, Node value) {
        var exec = QueryExec.graph(graph).query(query);
        if (name != null) exec = exec.substitution(name, value);
        return exec.select();
    }

    private static Query query(String name) {
        try (InputStream in = Pictures.class.getResourceAsStream(name)) {
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
