package org.w3id.scokg.server.fragments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeCmp;

/**
 * The quads fragments are cut from: the named graphs as they are, and the default graph that
 * SPARQL sees, the union of the named graphs, under the IRI {@link #defaultGraph} that the
 * fragments' metadata declares as {@code sd:defaultGraph}. A pattern whose graph is open matches
 * the named graphs only, as {@code GRAPH ?g} does in SPARQL. Matches come in a fixed order (graph,
 * subject, predicate, object, each term in ARQ's order of RDF terms, {@link NodeCmp}), so pages are
 * stable.
 *
 * <p>Gathering and ordering a pattern's matches is the work of a whole fragment, however small its
 * page, so it is held to a deadline: past it, {@link PastDeadline}. With none, and each quad
 * ordered by its N-Quads line, written out for the purpose, the default graph's 1.9 million quads
 * at 100 times the data took 12 to 31 s of a core.
 */
final class QuadSource {
    /** How many quads are gathered, or pairs compared, between two looks at the clock. */
    private static final int CHECK_EVERY = 1 << 14;

    private final DatasetGraph dataset;

    QuadSource(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** A pattern whose matches could not be gathered and ordered before the deadline. */
    static final class PastDeadline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PastDeadline() {
            super("the fragment's matches were not gathered before the deadline", null, false, false);
        }
    }

    /**
     * The quads matching the pattern, ordered; a null term matches any; {@code defaultGraph} names
     * the union. Throws {@link PastDeadline} once {@code timeoutMillis} have passed.
     */
    List<Quad> match(Node graph, Node subject, Node predicate, Node object, Node defaultGraph, long timeoutMillis) {
        Clock clock = new Clock(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis));
        Node s = any(subject);
        Node p = any(predicate);
        Node o = any(object);
        boolean union = graph != null && graph.equals(defaultGraph);
        List<Node> graphs = new ArrayList<>();
        if (union || graph == null) dataset.listGraphNodes().forEachRemaining(graphs::add);
        // Jena's name for the union (urn:x-arq:UnionGraph) names no graph of the dataset here: the
        // union is the graph the metadata declares as the default graph; left to Jena, that name
        // would give the union's quads as if they were a fifth graph's.
        else if (!Quad.isUnionGraph(graph) && dataset.containsGraph(graph)) graphs.add(graph);
        List<Quad> quads = new ArrayList<>();
        for (Node g : graphs) {
            Node name = union ? Quad.defaultGraphIRI : g;
            dataset.getGraph(g).find(s, p, o).forEachRemaining(t -> {
                clock.tick();
                quads.add(new Quad(name, t));
            });
        }
        // Each term compared as it is held, with nothing written out: a triple in two graphs is in the
        // union once, its copies side by side once ordered.
        Comparator<Quad> order = Comparator.comparing(Quad::getGraph, NodeCmp::compareRDFTerms)
                .thenComparing(Quad::getSubject, NodeCmp::compareRDFTerms)
                .thenComparing(Quad::getPredicate, NodeCmp::compareRDFTerms)
                .thenComparing(Quad::getObject, NodeCmp::compareRDFTerms);
        quads.sort((a, b) -> {
            clock.tick();
            return order.compare(a, b);
        });
        if (!union) return quads;
        List<Quad> distinct = new ArrayList<>(quads.size());
        for (Quad quad : quads) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(quad)) distinct.add(quad);
        }
        return distinct;
    }

    /** Looks at the clock once in {@link #CHECK_EVERY} steps, and fails past {@code due}. */
    private static final class Clock {
        private final long due;
        private int steps;

        Clock(long due) {
            this.due = due;
        }

        void tick() {
            if (++steps % CHECK_EVERY == 0 && System.nanoTime() - due > 0) throw new PastDeadline();
        }
    }

    private static Node any(Node node) {
        return node == null ? Node.ANY : node;
    }
}
