package org.w3id.scokg.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.vocab.PROV;
import org.w3id.scokg.vocab.SCO;

/**
 * What an entity page says, read from the graph in the order of {@link StatementLayout}: the
 * asserted statements (graph/data: an inferred inverse or super-property would say the same again;
 * for a source record, an excerpt or a reified statement, graph/provenance, where they are),
 * grouped into sections, each value once, an n-ary fact shown as the value that stands for it with
 * its qualifiers, its note and its own sources ({@link ValueSources}), each qualifier with the
 * sources of its own triple.
 */
final class EntityReader {
    /**
     * A qualifier of a value: a property of the fact, its value (a date, a role, a place), and the
     * sources of the triple that states it (a membership's beginning has a source of its own), and
     * the part it was read from (a membership's {@code #beginning}), or null; and the triple's
     * reified statements ({@code id/assertion/…}), whose pages the sources link to.
     */
    record Qualifier(Node property, Node value, List<ValueSources.Source> sources, Node part, List<Node> records) {
        Qualifier(Node property, Node value, ValueSources.Support support, Node part) {
            this(property, value, support.sources(), part, support.statements());
        }
    }

    /**
     * One value: the nodes that stand for it (none for a part such as an interval, whose qualifiers
     * say it all), and when it is an n-ary fact shown by what it links to, the fact itself, which
     * has a page of its own (an act, a position); when it is a part of the entity (a membership's
     * {@code #interval}), the part, whose IRI's fragment names its place on the page; and the reified
     * statements of the triple that links it to the entity, whose sources {@code sources} are (none
     * where the sources are a fact's own), and of the fact's triples that name its nodes.
     */
    record Value(List<Node> nodes, List<Qualifier> qualifiers, Note note, List<ValueSources.Source> sources, Node fact, Node part, List<Node> records) {
        Value(List<Node> nodes, List<Qualifier> qualifiers, Note note, ValueSources.Support support, Node fact, Node part) {
            this(nodes, qualifiers, note, support.sources(), fact, part, support.statements());
        }
    }

    /**
     * A fact's note and the sources of its own triple other than sco-kg's record, none for sco-kg's own
     * words: a note a source reports (a membership's "the accession process was launched at the Ufa
     * summit", TASS's) names it on another thing's page, rather than standing under the fact's
     * sources alone. Its reified statements are not part of what it says:
     * two facts' notes alike read alike ({@link #equals} is by text and sources).
     */
    record Note(String text, List<ValueSources.Source> sources, List<Node> records) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Note note && note.text.equals(text) && note.sources.equals(sources);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(text, sources);
        }
    }

    record Statement(Node property, boolean incoming, List<Value> values) {}

    record Section(String name, List<Statement> statements) {}

    /**
     * The page: the entity, its asserted classes, its sections, the sources of its record as a whole,
     * and its English name where nothing else on the page shows it ({@code englishName}, or null): the
     * title of an English page, a name among the names on a Russian or Chinese one.
     */
    record View(Node entity, List<Node> types, List<Section> sections, List<ValueSources.Source> recordSources, Statement englishName) {}

    /** Said elsewhere on the page (the title, the record's sources) or not a statement about the thing. */
    private static final Set<Node> NOT_SHOWN = Set.of(RDFS.label.asNode(), PROV.wasDerivedFrom);
    /** Of a fact: shown as its kind, its note and its sources, not as qualifiers. */
    private static final Set<Node> NOT_QUALIFIERS = Set.of(RDF.type.asNode(), RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            SKOS.editorialNote.asNode(), PROV.wasDerivedFrom);

    private final Graph data;
    private final Graph provenance;
    private final Graph union;
    private final StatementLayout layout;
    private final ValueSources sources;

    EntityReader(KnowledgeGraph graph, StatementLayout layout) {
        this.data = graph.data();
        this.provenance = graph.provenance();
        this.union = graph.union();
        this.layout = layout;
        this.sources = new ValueSources(union);
    }

    View read(Node entity) {
        // A source record's links from the data (the statements a source makes) are read with it.
        Graph facts = data.contains(entity, Node.ANY, Node.ANY) ? data : new Union(provenance, data);
        Map<String, List<Statement>> sections = new LinkedHashMap<>();
        Set<Node> seen = new HashSet<>();
        Set<Node> listed = new HashSet<>();
        for (StatementLayout.Slot slot : layout.slots()) {
            if (!slot.incoming()) listed.add(slot.property());
            statement(facts, entity, slot.property(), slot.incoming(), seen)
                    .ifPresent(s -> sections.computeIfAbsent(slot.section(), k -> new ArrayList<>()).add(s));
        }
        facts.find(entity, Node.ANY, Node.ANY).mapWith(Triple::getPredicate).toSet().stream()
                .filter(p -> !listed.contains(p) && !NOT_SHOWN.contains(p)).sorted(Comparator.comparing(Node::getURI))
                .forEach(p -> statement(facts, entity, p, false, seen).ifPresent(s -> sections.computeIfAbsent("other", k -> new ArrayList<>()).add(s)));
        List<Section> list = new ArrayList<>();
        sections.forEach((name, statements) -> list.add(new Section(name, statements)));
        List<Node> types = facts.find(entity, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        // The English preferred label skipped as the title's, when no other row (a document's title) shows it.
        List<Value> english = new ArrayList<>();
        facts.find(entity, SKOS.prefLabel.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(o -> isDuplicateLabel(facts, entity, SKOS.prefLabel.asNode(), o) && !seen.contains(o))
                .forEachRemaining(o -> english.add(value(facts, entity, o, Triple.create(entity, SKOS.prefLabel.asNode(), o))));
        english.sort(inOrder);
        return new View(entity, types, list, sources.ofNode(entity), english.isEmpty() ? null : new Statement(SKOS.prefLabel.asNode(), false, english));
    }

    private java.util.Optional<Statement> statement(Graph facts, Node entity, Node property, boolean incoming, Set<Node> seen) {
        if (NOT_SHOWN.contains(property)) return java.util.Optional.empty();
        List<Node> others = incoming ? facts.find(Node.ANY, property, entity).mapWith(Triple::getSubject).toList()
                : facts.find(entity, property, Node.ANY).mapWith(Triple::getObject).toList();
        List<Value> values = new ArrayList<>();
        for (Node other : others) {
            // A preferred label that repeats a label is skipped before it counts as seen: a document's
            // title that is also its preferred label is shown among its titles (skipped after, the
            // Yekaterinburg Agreement's Chinese title was shown nowhere but in the Chinese page's
            // heading).
            if (isDuplicateLabel(facts, entity, property, other) || isRetiredKey(property, other) || !seen.add(other)) continue;
            Triple link = incoming ? Triple.create(other, property, entity) : Triple.create(entity, property, other);
            values.add(value(facts, entity, other, link));
        }
        values.sort(inOrder);
        return values.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Statement(property, incoming, values));
    }

    /**
     * An English preferred label that repeats a label: the title already says it. A name in another
     * language is shown among the names with its source, on every page, as Wikidata shows an item's
     * labels in every language.
     */
    private static boolean isDuplicateLabel(Graph facts, Node entity, Node property, Node value) {
        return property.equals(SKOS.prefLabel.asNode()) && facts.contains(entity, RDFS.label.asNode(), value)
                && (!value.isLiteral() || value.getLiteralLanguage().isEmpty() || value.getLiteralLanguage().equals("en"));
    }

    /**
     * A key the graph no longer uses ({@code dcterms:replaces} a retired IRI, which only redirects
     * to its successor): the graph's bookkeeping, not a thing's predecessor, so not shown to people.
     * A thing that was replaced by another (the Shanghai Five by the SCO) has a class, and is shown.
     */
    private boolean isRetiredKey(Node property, Node value) {
        return property.equals(DCTerms.replaces.asNode()) && !data.contains(value, RDF.type.asNode(), Node.ANY);
    }

    private Value value(Graph facts, Node entity, Node other, Triple link) {
        ValueSources.Support own = sources.support(link.getSubject(), link.getPredicate(), link.getObject());
        List<Node> standsFor = factProperties(other);
        // A fact the entity links to itself (a membership opened by an act) is the value: named by its
        // own label. A fact that links to the entity (a state's membership) by what it links it to.
        if (standsFor != null) return fact(entity, other, link.getSubject().equals(entity) ? List.of() : standsFor, own);
        if (isPartOf(other, entity)) return new Value(List.of(), expand(facts, link.getPredicate(), other), null, own, null, other);
        return new Value(List.of(other), List.of(), null, own, null, null);
    }

    /** A fact shown on another thing's page: the value standing for it, its qualifiers, note and sources. */
    private Value fact(Node entity, Node fact, List<Node> standsFor, ValueSources.Support own) {
        Node main = standsFor.stream().filter(p -> data.find(fact, p, Node.ANY).hasNext() && !data.contains(fact, p, entity))
                .findFirst().orElse(null);
        List<Node> nodes = main == null ? List.of(fact) : data.find(fact, main, Node.ANY).mapWith(Triple::getObject).filterDrop(entity::equals).toList();
        List<Qualifier> qualifiers = new ArrayList<>();
        data.find(fact, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).filterDrop(layout.facts()::containsKey)
                .forEachRemaining(type -> qualifiers.add(new Qualifier(RDF.type.asNode(), type, sources.support(fact, RDF.type.asNode(), type), null)));
        // The fact is named by its label: a qualifier that only says the label again (a statement's
        // summary, which is its label) is left out, or each statement read twice on another's page.
        Set<Node> labels = data.find(fact, RDFS.label.asNode(), Node.ANY).mapWith(Triple::getObject).toSet();
        List<Triple> triples = data.find(fact, Node.ANY, Node.ANY).toList();
        // The entity whose page this is goes without saying where it is the property's one value; among
        // others it is named with them, or Russia's page would read "Submission ... by China
        // Tajikistan Uzbekistan" of a code Russia submitted with them.
        Set<Node> alongOthers = triples.stream().filter(t -> t.getObject().equals(entity)).map(Triple::getPredicate)
                .filter(p -> triples.stream().anyMatch(t -> t.getPredicate().equals(p) && !t.getObject().equals(entity))).collect(java.util.stream.Collectors.toSet());
        triples.stream()
                .filter(t -> !NOT_QUALIFIERS.contains(t.getPredicate()) && !t.getPredicate().equals(main) && (!t.getObject().equals(entity) || alongOthers.contains(t.getPredicate()))
                        && !isRetiredKey(t.getPredicate(), t.getObject()) && !labels.contains(t.getObject()))
                .sorted(Comparator.comparingInt((Triple t) -> layout.rank(t.getPredicate())).thenComparing(t -> t.getObject().toString()))
                .forEach(t -> qualifiers.addAll(expand(data, t)));
        Note note = data.find(fact, SKOS.editorialNote.asNode(), Node.ANY).mapWith(t -> note(fact, t.getObject())).nextOptional().orElse(null);
        ValueSources.Support shown = own.sources().isEmpty() ? new ValueSources.Support(List.of(), sources.ofNode(fact)) : own;
        // The triples that name the nodes standing for the fact (a signing's document) are shown as the
        // value: their records are linked with its own.
        List<Node> records = new ArrayList<>(shown.statements());
        if (main != null) nodes.forEach(n -> records.addAll(sources.support(fact, main, n).statements()));
        return new Value(nodes, qualifiers, note, shown.sources(), nodes.contains(fact) ? null : fact, null, List.copyOf(records));
    }

    /** A fact's note with the sources of its triple other than sco-kg's record, and the triple's statements (sco-kg's own note's too). */
    private Note note(Node fact, Node text) {
        ValueSources.Support support = sources.support(fact, SKOS.editorialNote.asNode(), text);
        List<ValueSources.Source> reported = support.sources().stream().filter(s -> !s.record().equals(SCO.OWN_SOURCE)).toList();
        return new Note(text.getLiteralLexicalForm(), reported, support.statements());
    }

    /**
     * The qualifiers a value of the entity's own (a link to a part of it) stands for. The property
     * that leads to the part is the statement's heading already, so a part's one value stands under
     * its own property: an excerpt's text under "quote", below "passage", not under the heading's
     * word again.
     */
    private List<Qualifier> expand(Graph facts, Node property, Node part) {
        List<Triple> parts = facts.find(part, Node.ANY, Node.ANY).filterDrop(t -> t.getPredicate().equals(RDF.type.asNode())).toList();
        if (parts.isEmpty()) return List.of(new Qualifier(property, part, ValueSources.Support.NONE, null));
        if (parts.stream().allMatch(t -> t.getObject().isLiteral())) return literals(parts.size() == 1 ? parts.get(0).getPredicate() : property, parts);
        List<Qualifier> expanded = new ArrayList<>();
        parts.stream().sorted(Comparator.comparing(t -> t.getPredicate().getURI())).forEach(t -> expanded.addAll(expand(facts, t)));
        return expanded;
    }

    /**
     * A triple of a fact as qualifiers: its value, or when the value is a part of the fact (a hash
     * IRI: an interval, an instant), the qualifiers the part holds: an instant its date, an interval
     * its beginning and end; each with the sources of the triple that states that value.
     */
    private List<Qualifier> expand(Graph facts, Triple triple) {
        Node value = triple.getObject();
        ValueSources.Support own = sources.support(triple.getSubject(), triple.getPredicate(), value);
        if (!value.isURI() || !value.getURI().contains("#")) return List.of(new Qualifier(triple.getPredicate(), value, own, null));
        List<Triple> parts = facts.find(value, Node.ANY, Node.ANY).filterDrop(t -> t.getPredicate().equals(RDF.type.asNode())).toList();
        if (parts.isEmpty()) return List.of(new Qualifier(triple.getPredicate(), value, own, null));
        if (parts.stream().allMatch(t -> t.getObject().isLiteral())) return literals(triple.getPredicate(), parts);
        List<Qualifier> expanded = new ArrayList<>();
        parts.stream().sorted(Comparator.comparing(t -> t.getPredicate().getURI())).forEach(t -> expanded.addAll(expand(facts, t)));
        return expanded;
    }

    /**
     * A part that holds only literals: one value (an instant's date) under the property that leads
     * to the part ("from 2017-06-09"); several (an excerpt's start and end) each under its own.
     */
    private List<Qualifier> literals(Node property, List<Triple> parts) {
        return parts.stream().sorted(Comparator.comparingInt((Triple t) -> layout.rank(t.getPredicate())).thenComparing(t -> t.getPredicate().getURI()))
                .map(t -> new Qualifier(parts.size() == 1 ? property : t.getPredicate(), t.getObject(),
                        sources.support(t.getSubject(), t.getPredicate(), t.getObject()), t.getSubject()))
                .toList();
    }

    /** The properties that stand for a fact of a class of facts; null when the node is no fact. */
    private List<Node> factProperties(Node node) {
        if (!node.isURI()) return null;
        for (Map.Entry<Node, List<Node>> fact : layout.facts().entrySet()) {
            if (union.contains(node, RDF.type.asNode(), fact.getKey())) return fact.getValue();
        }
        return null;
    }

    private static boolean isPartOf(Node part, Node entity) {
        return part.isURI() && entity.isURI() && part.getURI().startsWith(entity.getURI() + "#");
    }

    /**
     * Values by {@link #sortKey}; those of one key by the date of what they refer to ({@link
     * #referredDate}: the SCO's six positions on cyber sovereignty, undated themselves, by the
     * declarations they are expressed in, 2014 to 2025), then by their facts' IRIs and parts: not in
     * the graph's order, which is not a TDB2 store's, so that a page reads the same on {@code serve
     * --tdb2} as in memory.
     */
    private final Comparator<Value> inOrder = Comparator.comparing(EntityReader::sortKey).thenComparing(this::referredDate)
            .thenComparing(v -> v.fact() == null ? "" : v.fact().toString()).thenComparing(v -> v.part() == null ? "" : v.part().toString());

    /**
     * The date of the first thing a value's qualifiers name that has one: a document's issue, else its
     * first act's date (most declarations are dated by their signing or adoption, as acts); an event's
     * start. "9999" when none has one.
     */
    private String referredDate(Value value) {
        for (Qualifier qualifier : value.qualifiers()) {
            if (!qualifier.value().isURI()) continue;
            java.util.Optional<String> date = firstLiteral(qualifier.value(), DCTerms.issued.asNode())
                    .or(() -> data.find(Node.ANY, ON_INSTRUMENT, qualifier.value()).mapWith(Triple::getSubject)
                            .mapWith(act -> firstLiteral(act, ACT_DATE).orElse("9999")).toList().stream().sorted().findFirst().filter(d -> !d.equals("9999")))
                    .or(() -> firstLiteral(qualifier.value(), START_DATE));
            if (date.isPresent()) return date.get();
        }
        return "9999";
    }

    private java.util.Optional<String> firstLiteral(Node thing, Node property) {
        return data.find(thing, property, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm).nextOptional();
    }

    private static final Node ON_INSTRUMENT = NodeFactory.createURI(SCO.NS + "onInstrument");
    private static final Node ACT_DATE = NodeFactory.createURI(SCO.NS + "date");
    private static final Node START_DATE = NodeFactory.createURI(SCO.NS + "startDate");

    /** Facts by their first date (so a history reads in order), then everything by its text. */
    private static String sortKey(Value value) {
        String date = firstDate(value);
        String text = value.nodes().isEmpty() ? "" : value.nodes().get(0).isLiteral() ? value.nodes().get(0).getLiteralLexicalForm() : value.nodes().get(0).toString();
        return date + " " + text;
    }

    /** A fact's first date ("9999" when it has none), which orders a history. */
    static String firstDate(Value value) {
        return value.qualifiers().stream().map(Qualifier::value).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).filter(s -> s.matches("\\d{4}.*")).findFirst().orElse("9999");
    }

    /** True when the IRI is one of this graph's things (it has a page here). */
    static boolean isOwn(Node node) {
        return node.isURI() && node.getURI().startsWith(SCO.BASE);
    }
}
