package org.w3id.scokg.query.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The terms queries are made of. Most are sampled from the dataset under test, by predicate, so
 * that patterns match and joins join; the rest are in no graph at all ({@value #ABSENT}...), so
 * that engines meet terms they never indexed. Blank nodes are never sampled: in a query they would
 * be variables. Every list is sorted, so one seed over one dataset gives the same queries.
 */
final class TermPool {
    /** The namespace of the adversarial dataset and of the terms in no graph. */
    static final String FUZZ = "http://example.org/fuzz/";
    /** The namespace of terms in no graph. */
    static final String ABSENT = FUZZ + "absent/";
    /** Terms kept per predicate and position. */
    private static final int SAMPLE = 48;

    private final List<Node> predicates;
    private final Map<Node, List<Node>> subjects;
    private final Map<Node, List<Node>> objects;
    private final List<Node> nodes;
    private final List<Node> literals;
    private final List<Node> graphs;
    private final Set<Node> present;
    private final List<Node> absentLiterals;
    private final PrefixMapping prefixes;

    private TermPool(Index index) {
        predicates = sorted(index.subjects.keySet());
        subjects = sampled(index.subjects);
        objects = sampled(index.objects);
        List<Node> allNodes = sorted(index.nodes);
        nodes = sample(allNodes);
        literals = sample(allNodes.stream().filter(Node::isLiteral).toList());
        graphs = sorted(index.graphs);
        present = index.present;
        absentLiterals = List.of(literal("absent", null), NodeFactory.createLiteralLang("absent", "en"), literal("424242", XSDDatatype.XSDinteger),
                        literal("2999-12-31", XSDDatatype.XSDdate), literal("-7.125", XSDDatatype.XSDdecimal))
                .stream().filter(n -> !present.contains(n)).toList();
        prefixes = Namespaces.of(index.present);
    }

    /** The terms of {@code dataset}, all graphs, default graph included. */
    static TermPool of(DatasetGraph dataset) {
        Index index = new Index();
        Txn.executeRead(dataset, () -> dataset.find().forEachRemaining(index::add));
        return new TermPool(index);
    }

    /**
     * Every term of a dataset, by predicate, gathered in hash sets and put in a stable order once, at
     * the end ({@link #sorted}): sorted sets formatted both nodes of every comparison, a quarter of
     * the in-memory fuzz test's time.
     */
    private static final class Index {
        final Map<Node, Set<Node>> subjects = new HashMap<>();
        final Map<Node, Set<Node>> objects = new HashMap<>();
        final Set<Node> nodes = new HashSet<>();
        final Set<Node> graphs = new HashSet<>();
        final Set<Node> present = new HashSet<>();

        void add(Quad quad) {
            present.add(quad.getSubject());
            present.add(quad.getPredicate());
            present.add(quad.getObject());
            if (!quad.isDefaultGraph()) {
                graphs.add(quad.getGraph());
                present.add(quad.getGraph());
            }
            if (quad.getSubject().isBlank() || quad.getObject().isBlank()) return;
            subjects.computeIfAbsent(quad.getPredicate(), p -> new HashSet<>()).add(quad.getSubject());
            objects.computeIfAbsent(quad.getPredicate(), p -> new HashSet<>()).add(quad.getObject());
            nodes.add(quad.getSubject());
            nodes.add(quad.getObject());
        }
    }

    private static Map<Node, List<Node>> sampled(Map<Node, Set<Node>> byPredicate) {
        Map<Node, List<Node>> sampled = new HashMap<>();
        byPredicate.forEach((p, terms) -> sampled.put(p, sample(sorted(terms))));
        return sampled;
    }

    /** The nodes in the order of their N-Triples form, each formatted once. */
    private static List<Node> sorted(java.util.Collection<Node> nodes) {
        return nodes.stream().map(n -> Map.entry(NodeFmtLib.strNT(n), n)).sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    /** At most {@link #SAMPLE} terms, evenly spaced over the sorted ones. */
    private static List<Node> sample(java.util.Collection<Node> sorted) {
        List<Node> all = new ArrayList<>(sorted);
        if (all.size() <= SAMPLE) return List.copyOf(all);
        List<Node> sample = new ArrayList<>(SAMPLE);
        for (int i = 0; i < SAMPLE; i++) sample.add(all.get((int) ((long) i * all.size() / SAMPLE)));
        return List.copyOf(sample);
    }

    private static Node literal(String lexical, XSDDatatype type) {
        return type == null ? NodeFactory.createLiteralString(lexical) : NodeFactory.createLiteralDT(lexical, type);
    }

    /** A predicate of the dataset, or now and then one in no graph. */
    Node predicate(Dice dice) {
        return dice.chance(0.06) ? NodeFactory.createURI(ABSENT + "nothing") : dice.pick(predicates);
    }

    /** A subject of {@code predicate}, or any term when it has none (it is absent). */
    Node subjectOf(Node predicate, Dice dice) {
        List<Node> terms = subjects.get(predicate);
        return terms == null ? node(dice) : dice.pick(terms);
    }

    /** An object of {@code predicate}, or any term when it has none. */
    Node objectOf(Node predicate, Dice dice) {
        List<Node> terms = objects.get(predicate);
        return terms == null ? node(dice) : dice.pick(terms);
    }

    /** A subject or object of the dataset. */
    Node node(Dice dice) {
        return dice.pick(nodes);
    }

    /** A literal of the dataset. */
    Node literal(Dice dice) {
        return literals.isEmpty() ? dice.pick(absentLiterals) : dice.pick(literals);
    }

    /** The name of a named graph, or now and then of a graph the dataset does not hold. */
    Node graph(Dice dice) {
        return graphs.isEmpty() || dice.chance(0.15) ? NodeFactory.createURI(ABSENT + "graph") : dice.pick(graphs);
    }

    /** A term in no graph: the {@code i}th absent IRI, or an absent literal. */
    Node absent(Dice dice, int i) {
        return dice.chance(0.7) || absentLiterals.isEmpty() ? NodeFactory.createURI(ABSENT + "x" + i) : dice.pick(absentLiterals);
    }

    /** Whether {@code term} occurs in the dataset (graph names included). */
    boolean inData(Node term) {
        return present.contains(term);
    }

    /** Prefixes for the dataset's namespaces, so that printed queries read. */
    PrefixMapping prefixes() {
        return prefixes;
    }
}
