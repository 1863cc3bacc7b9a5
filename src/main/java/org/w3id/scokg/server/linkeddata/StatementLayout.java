package org.w3id.scokg.server.linkeddata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.scokg.vocab.Prefixes;

/**
 * The order of an entity page, read from {@code statements.txt} beside this class: which section
 * each property is shown in, in which direction, in which order; and which classes are n-ary facts,
 * with the properties that can stand for such a fact on another thing's page.
 */
final class StatementLayout {
    /** One line of the layout: a property, read out of the entity ({@code incoming} false) or into it. */
    record Slot(String section, boolean incoming, Node property) {}

    private final List<Slot> slots = new ArrayList<>();
    private final Map<Node, List<Node>> facts = new LinkedHashMap<>();

    private StatementLayout() {}

    static StatementLayout load() {
        StatementLayout layout = new StatementLayout();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(StatementLayout.class.getResourceAsStream("statements.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) layout.read(line.strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return layout;
    }

    private void read(String line) {
        if (line.isEmpty() || line.startsWith("#")) return;
        String[] words = line.split("\\s+");
        if (words[0].equals("fact")) {
            List<Node> main = new ArrayList<>();
            for (int i = 2; i < words.length; i++) main.add(iri(words[i]));
            facts.put(iri(words[1]), List.copyOf(main));
        } else {
            slots.add(new Slot(words[0], words[1].equals("in"), iri(words[2])));
        }
    }

    private static Node iri(String curie) {
        String iri = Prefixes.STANDARD.expandPrefix(curie);
        if (iri.equals(curie)) throw new IllegalStateException("statements.txt: unknown prefix in " + curie);
        return NodeFactory.createURI(iri);
    }

    List<Slot> slots() {
        return slots;
    }

    /** The classes of facts, each with the properties that can stand for it, in order. */
    Map<Node, List<Node>> facts() {
        return facts;
    }

    /** The position of an outgoing property in the page's order; unlisted ones come after all listed. */
    int rank(Node property) {
        for (int i = 0; i < slots.size(); i++) {
            if (!slots.get(i).incoming() && slots.get(i).property().equals(property)) return i;
        }
        return slots.size();
    }
}
