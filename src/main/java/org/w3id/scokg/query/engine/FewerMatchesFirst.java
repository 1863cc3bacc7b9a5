package org.w3id.scokg.query.engine;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.StageGeneratorGeneric;
import org.apache.jena.sparql.engine.optimizer.reorder.PatternTriple;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderFixed;
import org.apache.jena.sparql.sse.Item;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * ARQ's fixed order of a basic graph pattern's triples, with its ties broken by the graph: of the
 * triples the fixed order finds equally good next, the one with fewer matches comes first. Each is
 * counted once, by reading at most {@value #READ} entries of the index of one of its constants,
 * which include those of the row the pattern is evaluated for (a row substituted into an EXISTS, or
 * the first row of a join, as ARQ grounds a pattern before ordering it). Where the fixed order has
 * no tie, or the counts tie too, the order is ARQ's. Installed as the stage generator of the
 * in-memory datasets queries see, through ARQ's extension point ({@code StageBuilder.setGenerator}),
 * by {@link SparqlEngine#forQueries(org.apache.jena.graph.Graph, java.util.Map)}; a TDB2 store keeps
 * TDB2's own.
 *
 * <p>ARQ's fixed order weighs a triple by its shape alone, so {@code ?act sco:actor <state> .
 * ?act sco:onInstrument <instrument>} (two triples of one shape) is evaluated as written: every act
 * of the state, each then checked for the instrument, when a few acts are on the instrument. At x100
 * that EXISTS, evaluated for each of the 27 states, took 12 ms against 2 ms the other way round
 * (the shapes benchmark: 10 times RDF4J's time, whose planner counts). Jena's statistics-based order
 * ({@code ReorderWeighted}) was measured and not adopted: it weighs predicates, not joins, and made
 * one query 100 times slower. Breaking only the ties keeps every choice the fixed order makes.
 * Reordering the triples of a pattern changes the order of its solutions, never which they are.
 */
final class FewerMatchesFirst extends StageGeneratorGeneric {
    /** The most entries of an index read to count a triple's matches: enough to tell a selective triple from a broad one. */
    static final int READ = 128;

    /** Where a query's {@link Counts} are kept, in its own context. */
    private static final Symbol COUNTS = Symbol.create("https://w3id.org/sco-kg/engine#matchCounts");

    @Override
    public QueryIterator execute(BasicPattern pattern, QueryIterator input, ExecutionContext context) {
        return execute(pattern, new Order(context.getActiveGraph(), counts(context.getContext())), input, context);
    }

    /**
     * The counts a query has made so far, kept in the query's context (each execution has a context
     * of its own): a pattern evaluated once per row (an EXISTS, the right side of a join) counts the
     * same triples again and again, row after row. {@code queries/checks/unsourced-statement-violation.rq}
     * asks for each of the 250,000 triples of the data at x100 whether a statement of the provenance
     * has its subject, predicate and object: three triples of one shape, each counted for each row,
     * which was some 60 % of the checks' time, though the subject and the predicate repeat from row to row.
     */
    private static Counts counts(Context context) {
        synchronized (context) {
            Counts counts = context.get(COUNTS);
            if (counts == null) {
                counts = new Counts();
                context.set(COUNTS, counts);
            }
            return counts;
        }
    }

    /**
     * Counts of triples' matches, by graph and by the triple (constants as written, any term for a
     * variable), at most {@value #KEPT} of them: past that they are forgotten and made again. A count
     * only decides which of two equally good triples comes first: a count of a graph changed since
     * (which the read-only endpoint never sees) would change the order of the solutions, never which
     * they are.
     */
    static final class Counts {
        static final int KEPT = 16_384;
        private final Map<Graph, Map<Triple, Integer>> byGraph = new IdentityHashMap<>();
        private int kept;

        synchronized int count(Graph graph, Triple pattern, ToIntFunction<Triple> count) {
            Map<Triple, Integer> counted = byGraph.computeIfAbsent(graph, g -> new HashMap<>());
            Integer known = counted.get(pattern);
            if (known != null) return known;
            if (kept == KEPT) {
                byGraph.clear();
                kept = 0;
                counted = byGraph.computeIfAbsent(graph, g -> new HashMap<>());
            }
            int made = count.applyAsInt(pattern);
            counted.put(pattern, made);
            kept++;
            return made;
        }
    }

    /** The fixed order, whose next triple among equals is the one with the fewest matches in {@code graph}. */
    static final class Order extends ReorderFixed {
        private final Graph graph;
        private final Counts counts;
        /** Each triple's matches, by its place in the pattern: a variable bound by an earlier triple is still any term here, so a count does not change. */
        private final Map<Integer, Integer> matches = new HashMap<>();

        Order(Graph graph) {
            this(graph, new Counts());
        }

        Order(Graph graph, Counts counts) {
            this.graph = graph;
            this.counts = counts;
        }

        @Override
        protected int chooseNext(List<PatternTriple> triples) {
            List<Integer> least = chooseAll(triples);
            if (least.size() < 2) return least.isEmpty() ? -1 : least.get(0);
            int best = least.get(0);
            int fewest = matches(best, triples.get(best));
            for (int i : least.subList(1, least.size())) {
                int count = matches(i, triples.get(i));
                if (count < fewest) {
                    best = i;
                    fewest = count;
                }
            }
            return best;
        }

        private int matches(int place, PatternTriple triple) {
            return matches.computeIfAbsent(place, p -> count(triple));
        }

        /** The triple's matches, counted once in a query (its {@link Counts}). */
        private int count(PatternTriple triple) {
            return counts.count(graph, Triple.createMatch(constant(triple.subject), constant(triple.predicate), constant(triple.object)), this::count);
        }

        /**
         * The triple's matches, read from the index of one of its terms, at most {@value #READ}
         * entries of it: its subject's and its object's, or where it has neither its predicate's (or
         * the whole graph's). {@value #READ} where no index was read to its end. A find by two terms filters
         * the shorter of their lists, however long: a rare pair of a common predicate and a common
         * object was counted by reading 20,000 entries, for every row (an EXISTS was made 60 times
         * slower so).
         */
        private int count(Triple pattern) {
            Node s = pattern.getSubject();
            Node p = pattern.getPredicate();
            Node o = pattern.getObject();
            int fewest = READ;
            if (s.isConcrete()) fewest = Math.min(fewest, read(graph.find(s, Node.ANY, Node.ANY), pattern));
            if (o.isConcrete()) fewest = Math.min(fewest, read(graph.find(Node.ANY, Node.ANY, o), pattern));
            if (!s.isConcrete() && !o.isConcrete()) fewest = Math.min(fewest, read(graph.find(Node.ANY, p, Node.ANY), pattern));
            return fewest;
        }

        /** How many of {@code index}'s triples match {@code pattern}, or {@value #READ} if it has more than {@value #READ} entries. */
        private static int read(ExtendedIterator<Triple> index, Triple pattern) {
            try {
                int matches = 0;
                for (int read = 0; read < READ; read++) {
                    if (!index.hasNext()) return matches;
                    if (pattern.matches(index.next())) matches++;
                }
                return index.hasNext() ? READ : matches;
            } finally {
                index.close();
            }
        }

        /** The term an item of a pattern stands for, or any term where it is a variable or one of the order's markers. */
        private static Node constant(Item item) {
            Node node = item.isNode() ? item.getNode() : null;
            return node == null || !node.isConcrete() ? Node.ANY : node;
        }
    }
}
