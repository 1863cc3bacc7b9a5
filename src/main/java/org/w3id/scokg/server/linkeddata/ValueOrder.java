package org.w3id.scokg.server.linkeddata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.vocab.SCO;
import org.w3id.scokg.vocab.TIME;

/**
 * The order an entity page reads its values and qualifiers in: in time, then by the names in the
 * page's language, as a reader of that language expects, not in the graph's order.
 */
final class ValueOrder {
    /** The properties that date a thing itself, in the order they are read ({@link #date}). */
    private static final List<Node> OWN_DATES = List.of(NodeFactory.createURI(SCO.NS + "startDate"), NodeFactory.createURI(SCO.NS + "date"),
            DCTerms.issued.asNode());

    /** The kinds of act in the order they come in a document's or a status's life. */
    private static final List<Node> LIFE = Stream.of("Submission", "Adoption", "OpeningForSignature", "Signing", "EntryIntoForceAct", "StatusDecision",
            "MemorandumSigning").map(name -> NodeFactory.createURI(SCO.NS + name)).toList();

    private static final Node MEMBER_DURING = org.apache.jena.vocabulary.ORG.memberDuring.asNode();

    private final Graph graph;
    private final Texts texts;

    ValueOrder(Graph graph, Texts texts) {
        this.graph = graph;
        this.texts = texts;
    }

    /**
     * Values by their first date, as the reader gives them, and those of one date by their names in
     * the page's language (issue 15): by their IRIs, that is by ISO code, the founders on the SCO's
     * page came as China, Kazakhstan, Kyrgyzstan, Russia, ..., in every language. A value that is a
     * literal keeps its text.
     */
    List<EntityReader.Value> byDateThenName(List<EntityReader.Value> values) {
        if (values.size() < 2) return values;
        return values.stream().sorted(Comparator.comparing(this::date).thenComparingInt(this::stage).thenComparing(v -> v.nodes().isEmpty() ? ""
                : Html.name(byName(v.nodes()).get(0), graph, texts).text(), texts.language().order())).toList();
    }

    /**
     * A list long enough to fold with the statuses that last first, each part in its order: in date
     * order alone, the SCO's page showed its founders and two ended observer statuses before "Show 40
     * more", which folded away today's members. A value that is no status lasts.
     */
    List<EntityReader.Value> lastingFirst(List<EntityReader.Value> values) {
        return values.stream().sorted(Comparator.comparing(this::ended)).toList();
    }

    /** Whether a value is a membership whose interval has an end. */
    private boolean ended(EntityReader.Value value) {
        if (value.fact() == null) return false;
        return graph.find(value.fact(), MEMBER_DURING, Node.ANY).toList().stream().anyMatch(t -> graph.contains(t.getObject(), TIME.hasEnd, Node.ANY));
    }

    /**
     * Where an act stands in its document's or status's life ({@link #LIFE}), so that acts of one
     * date read in that order in every language: in the order of their names, resolution 53/70's
     * submission and adoption, both dated 1998, put the adoption first in Russian. Anything else
     * ranks after every act.
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
     * when it has none. Without the thing's own date, with the names breaking ties, the events a body
     * organised came in the order of their names, the 18th and 25th meetings before the summit of
     * 2005.
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
     * Values of one date and one stage of a life, in the order given, with those that share their
     * sources and note side by side, in the order the first of each came, so that the page says the
     * shared sources and note once ({@code EntityPage}): by name alone, the SCO's folded list of
     * members said the Tianjin note twice, Laos, of other sources, standing by its name between Kuwait
     * and Maldives, and the Ufa note twice, Belarus between Azerbaijan and Cambodia. A
     * value with neither sources nor a note keeps its place.
     */
    List<EntityReader.Value> sharingTogether(List<EntityReader.Value> values) {
        List<EntityReader.Value> ordered = new ArrayList<>(values.size());
        int start = 0;
        while (start < values.size()) {
            int end = start + 1;
            while (end < values.size() && sameTime(values.get(start), values.get(end))) end++;
            Map<Object, List<EntityReader.Value>> shared = new LinkedHashMap<>();
            for (EntityReader.Value value : values.subList(start, end)) {
                Object key = value.sources().isEmpty() && value.note() == null ? new Object() : Arrays.asList(value.sources(), value.note());
                shared.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
            shared.values().forEach(ordered::addAll);
            start = end;
        }
        return ordered;
    }

    /** Whether two values stand at one time: one date, one stage, both ended or both lasting. */
    private boolean sameTime(EntityReader.Value one, EntityReader.Value other) {
        return date(one).equals(date(other)) && stage(one) == stage(other) && ended(one) == ended(other);
    }

    /**
     * The things a value stands for (the actors of an act on its document's page) by their names in
     * the page's language, as their qualifiers are (issue 15), not in the graph's order, «Китай,
     * Казахстан, Киргизия, …».
     */
    List<Node> byName(List<Node> nodes) {
        if (nodes.size() < 2 || !nodes.stream().allMatch(Node::isURI)) return nodes;
        return nodes.stream().sorted(Comparator.comparing((Node n) -> Html.name(n, graph, texts).text(), texts.language().order())).toList();
    }

    /**
     * The qualifiers in the order they come, but the things of one property by their names in the
     * page's language: the parties of a summit by name, not by their ISO codes (Kyrgyzstan came
     * before Kazakhstan by code). Dates and other values keep their order.
     */
    List<EntityReader.Qualifier> inReadingOrder(List<EntityReader.Qualifier> qualifiers) {
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
}
