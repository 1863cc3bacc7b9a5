package org.w3id.scokg.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.scokg.vocab.Prefixes;

/**
 * The canonical order of the dumps: triples in the order of their text, and a line-based file's
 * lines in the order of their bytes. Jena's writers keep the order they are given, so a graph
 * copied in this order is written as the same bytes every time.
 */
public final class CanonicalOrder {
    private CanonicalOrder() {}

    /** The graph's triples in the order of their text ({@link NodeFmtLib#str(Triple)}), each text made once (not once per comparison). */
    public static Graph canonical(Graph graph) {
        return canonical(graph, new HashMap<>());
    }

    /**
     * The graph's triples in the order of their text, {@link NodeFmtLib#str(Triple)}: the Turtle
     * forms of their three nodes, a space between. Each node's form is made once and kept in {@code
     * formatted} for the next triple that has it: subjects and predicates repeat (at x100 the union's
     * canonical order, every text made anew, then sorted and copied, took 12.7 s).
     */
    static Graph canonical(Graph graph, Map<Node, String> formatted) {
        return copy(sorted(graph, formatted));
    }

    /** The graph's triples, each with its text, in the order of their text ({@link #canonical(Graph, Map)}). */
    static List<Map.Entry<String, Triple>> sorted(Graph graph, Map<Node, String> formatted) {
        List<Map.Entry<String, Triple>> triples = new ArrayList<>();
        graph.find().forEachRemaining(t -> triples.add(Map.entry(text(t, formatted), t)));
        triples.sort(Map.Entry.comparingByKey());
        return triples;
    }

    /** A graph of {@code sorted}'s triples, added in its order, with the published prefixes. */
    static Graph copy(List<Map.Entry<String, Triple>> sorted) {
        Graph copy = GraphFactory.createGraphMem();
        sorted.forEach(t -> copy.add(t.getValue()));
        copy.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
        return copy;
    }

    /**
     * The canonical copy of the union of graphs whose triples {@code sorted} holds, each list in
     * canonical order: the lists merged, as sorting all their triples at once would order them (a
     * triple's text is its own: two triples of the same text are the same triple, which the copy
     * holds once, as the union does). The same graph, added in the same order, as {@link
     * #canonical(Graph)} of the union, without making each triple's text and sorting them again.
     */
    static Graph union(List<List<Map.Entry<String, Triple>>> sorted) {
        // The next unread triple of each list, the least text first; k is the number of graphs (4).
        PriorityQueue<Cursor> next = new PriorityQueue<>();
        for (List<Map.Entry<String, Triple>> triples : sorted) {
            if (!triples.isEmpty()) next.add(new Cursor(triples, 0));
        }
        Graph copy = GraphFactory.createGraphMem();
        while (!next.isEmpty()) {
            Cursor least = next.poll();
            copy.add(least.entry().getValue());
            if (least.at() + 1 < least.triples().size()) next.add(new Cursor(least.triples(), least.at() + 1));
        }
        copy.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
        return copy;
    }

    private record Cursor(List<Map.Entry<String, Triple>> triples, int at) implements Comparable<Cursor> {
        Map.Entry<String, Triple> entry() {
            return triples.get(at);
        }

        @Override
        public int compareTo(Cursor other) {
            return entry().getKey().compareTo(other.entry().getKey());
        }
    }

    /** {@link NodeFmtLib#str(Triple)}, each node's form taken from {@code formatted} or made and kept there. */
    static String text(Triple triple, Map<Node, String> formatted) {
        return formatted.computeIfAbsent(triple.getSubject(), NodeFmtLib::strTTL) + " " + formatted.computeIfAbsent(triple.getPredicate(), NodeFmtLib::strTTL) + " "
                + formatted.computeIfAbsent(triple.getObject(), NodeFmtLib::strTTL);
    }

    /** A dataset of the named graphs {@code sorted} holds, in its order, each graph's triples ({@link #sorted}) added in theirs. */
    static DatasetGraph canonical(Map<Node, List<Map.Entry<String, Triple>>> sorted) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        sorted.forEach((name, triples) -> copy.addGraph(name, copy(triples)));
        copy.prefixes().putAll(Prefixes.STANDARD);
        return copy;
    }

    /**
     * The lines of UTF-8 {@code text} in the order of {@link String#compareTo}, each ending in a
     * line feed (trailing empty lines dropped, as {@code String.split} drops them). Sorted as bytes,
     * without decoding: unsigned UTF-8 bytes order as code points do, and code points as UTF-16
     * does except for characters beyond U+FFFF, which UTF-16 puts before U+E000 to U+FFFF. Text with
     * such a character (a four-byte sequence, lead byte 0xF0 to 0xF4) is sorted as strings. At x100
     * the strings of the N-Quads' lines took some 2 GB of heap.
     */
    static byte[] sortedLines(byte[] text) {
        for (byte b : text) {
            if ((b & 0xff) >= 0xf0) return sortedLinesAsStrings(text);
        }
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '\n') {
                lines.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < text.length) lines.add(new int[] {start, text.length});
        while (!lines.isEmpty() && lines.get(lines.size() - 1)[0] == lines.get(lines.size() - 1)[1]) lines.remove(lines.size() - 1);
        if (lines.isEmpty()) return new byte[] {'\n'};
        lines.sort((a, b) -> java.util.Arrays.compareUnsigned(text, a[0], a[1], text, b[0], b[1]));
        int size = 0;
        for (int[] line : lines) size += line[1] - line[0] + 1;
        byte[] sorted = new byte[size];
        int at = 0;
        for (int[] line : lines) {
            System.arraycopy(text, line[0], sorted, at, line[1] - line[0]);
            at += line[1] - line[0];
            sorted[at++] = '\n';
        }
        return sorted;
    }

    static byte[] sortedLinesAsStrings(byte[] text) {
        String[] lines = new String(text, StandardCharsets.UTF_8).split("\n");
        java.util.Arrays.sort(lines);
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
