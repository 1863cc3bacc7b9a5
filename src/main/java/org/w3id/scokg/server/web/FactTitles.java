package org.w3id.scokg.server.web;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.scokg.vocab.SCO;
import org.w3id.scokg.vocab.TIME;

/**
 * The titles of facts (a membership, an act on an instrument, a position) in Russian and Chinese,
 * made from their parts as the page shows them: the names of what they link in the reader's
 * language and the interface's words for statuses, acts and stances, in a pattern of the bundle's
 * ({@code title.membership}, {@code title.act}, {@code title.position}). The graph's own titles of
 * facts are English (the build joins English names, {@code data/derived/labels.rq}): Russian needs
 * cases that joining names does not give, so the patterns set the parts side by side, in the
 * nominative («Индия: государство-член — Шанхайская организация сотрудничества, с 2017-06-09»).
 */
final class FactTitles {
    private static final Node MEMBERSHIP = ORG.Membership.asNode();
    private static final Node INSTRUMENT_ACT = NodeFactory.createURI(SCO.NS + "InstrumentAct");
    private static final Node POSITION = NodeFactory.createURI(SCO.NS + "Position");
    private static final List<Node> DATES = List.of(TIME.inXSDDate, TIME.inXSDgYearMonth, TIME.inXSDgYear);

    private FactTitles() {}

    /**
     * The fact's title in {@code language}, or empty for a node that is none of these facts. Asked
     * only where the graph has no title in that language (so never in English, which it has).
     */
    static Optional<Labels.Label> of(Graph graph, Node node, Language language) {
        if (!node.isURI() || !node.getURI().startsWith(SCO.ID)) return Optional.empty();
        Texts texts = Texts.of(language);
        if (graph.contains(node, RDF.type.asNode(), MEMBERSHIP)) return membership(graph, node, texts);
        if (graph.contains(node, RDF.type.asNode(), POSITION)) return position(graph, node, texts);
        if (graph.contains(node, term("onInstrument"), Node.ANY)) return act(graph, node, texts);
        return Optional.empty();
    }

    /** Where a part goes in a title's pattern, while it is formatted. */
    private static final java.util.regex.Pattern MARK = java.util.regex.Pattern.compile("\u0000(\\d+)\u0000");

    /**
     * The title from the bundle's pattern {@code key} and its parts: as text, and as HTML in which a
     * part in another language than the page's says so (a name the graph has only in English, inside
     * a Chinese title, which a screen reader would otherwise read out as Chinese).
     */
    private static Optional<Labels.Label> title(Texts texts, String key, Labels.Label... parts) {
        Object[] words = new Object[parts.length];
        Object[] marks = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            words[i] = parts[i].text();
            marks[i] = "\u0000" + i + "\u0000";
        }
        // The text between the marks is escaped, the marks replaced by the parts' HTML (Html.escape
        // writes U+0000, which no text holds, as U+FFFD, so the marks are found before it runs).
        String formatted = texts.format(key, marks);
        StringBuilder markup = new StringBuilder();
        java.util.regex.Matcher mark = MARK.matcher(formatted);
        int at = 0;
        while (mark.find()) {
            markup.append(Html.escape(formatted.substring(at, mark.start()))).append(parts[Integer.parseInt(mark.group(1))].html(texts.language()));
            at = mark.end();
        }
        markup.append(Html.escape(formatted.substring(at)));
        return Optional.of(new Labels.Label(texts.format(key, words), texts.language().tag, markup.toString()));
    }

    /** Words that are in no language of their own: a date. */
    private static Labels.Label neutral(String words) {
        return new Labels.Label(words, "");
    }

    private static Optional<Labels.Label> membership(Graph graph, Node node, Texts texts) {
        Node member = one(graph, node, ORG.member.asNode());
        Node organization = one(graph, node, ORG.organization.asNode());
        Node role = one(graph, node, ORG.role.asNode());
        Node interval = one(graph, node, ORG.memberDuring.asNode());
        String from = interval == null ? null : date(graph, one(graph, interval, TIME.hasBeginning));
        if (member == null || organization == null || role == null || from == null) return Optional.empty();
        String until = date(graph, one(graph, interval, TIME.hasEnd));
        Labels.Label name = name(graph, member, texts);
        Labels.Label status = Terms.of(role, graph, texts);
        Labels.Label of = name(graph, organization, texts);
        return until == null ? title(texts, "title.membership", name, status, of, neutral(from))
                : title(texts, "title.membership.ended", name, status, of, neutral(from), neutral(until));
    }

    private static Optional<Labels.Label> act(Graph graph, Node node, Texts texts) {
        Node kind = graph.find(node, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toList().stream()
                .filter(c -> graph.contains(c, RDFS.subClassOf.asNode(), INSTRUMENT_ACT)).findFirst().orElse(null);
        Node instrument = one(graph, node, term("onInstrument"));
        if (kind == null || instrument == null) return Optional.empty();
        Labels.Label kindWords = Terms.of(kind, graph, texts);
        Labels.Label what = new Labels.Label(capitalised(kindWords.text(), texts.language()), kindWords.lang());
        Node date = one(graph, node, term("date"));
        Labels.Label on = name(graph, instrument, texts);
        // An act of one actor names it: China's entry into force of an agreement is not the agreement's.
        List<Node> actors = graph.find(node, term("actor"), Node.ANY).mapWith(Triple::getObject).toList();
        if (actors.size() == 1) {
            Labels.Label by = name(graph, actors.get(0), texts);
            return date == null ? title(texts, "title.act.by.undated", what, on, by) : title(texts, "title.act.by", what, on, neutral(date.getLiteralLexicalForm()), by);
        }
        return date == null ? title(texts, "title.act.undated", what, on) : title(texts, "title.act", what, on, neutral(date.getLiteralLexicalForm()));
    }

    private static Optional<Labels.Label> position(Graph graph, Node node, Texts texts) {
        Node holder = one(graph, node, term("holder"));
        Node stance = one(graph, node, term("hasStance"));
        Node norm = one(graph, node, term("onNorm"));
        if (holder == null || stance == null || norm == null) return Optional.empty();
        Node expressedIn = one(graph, node, term("expressedIn"));
        Labels.Label who = name(graph, holder, texts);
        Labels.Label how = Terms.of(stance, graph, texts);
        Labels.Label what = name(graph, norm, texts);
        return expressedIn == null ? title(texts, "title.position.unplaced", who, how, what)
                : title(texts, "title.position", who, how, what, name(graph, expressedIn, texts));
    }

    private static Labels.Label name(Graph graph, Node node, Texts texts) {
        return Labels.of(graph, node, texts.language());
    }

    /** An instant's date as the data gives it (a day, a month or a year), or null. */
    private static String date(Graph graph, Node instant) {
        if (instant == null) return null;
        for (Node property : DATES) {
            Node value = one(graph, instant, property);
            if (value != null) return value.getLiteralLexicalForm();
        }
        return null;
    }

    private static String capitalised(String word, Language language) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(language.locale()) + word.substring(1);
    }

    /** The first value, the iterator closed (on TDB2 an open one holds its read until collected). */
    private static Node one(Graph graph, Node subject, Node property) {
        ExtendedIterator<Triple> found = graph.find(subject, property, Node.ANY);
        try {
            return found.hasNext() ? found.next().getObject() : null;
        } finally {
            found.close();
        }
    }

    private static Node term(String name) {
        return NodeFactory.createURI(SCO.NS + name);
    }
}
