package org.w3id.scokg.server.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The thing a search hit shows: a quote stands as the excerpt it is a part of. */
final class ShownThings {
    private ShownThings() {}

    /**
     * {@code hits}, each thing shown once, where it ranks best: an excerpt is found by its label and
     * by its quote, a part of it ({@link #of}), so "Belarus" would list one excerpt twice, 16th by its
     * label and 26th by its quote (issue 15).
     */
    static List<Search.Hit> once(List<Search.Hit> hits) {
        Set<Node> shown = new HashSet<>();
        return hits.stream().filter(hit -> shown.add(of(hit.subject()))).toList();
    }

    /** A quote belongs to an excerpt (its selector is a part of it); the excerpt stands for it. */
    static Node of(Node subject) {
        String iri = subject.getURI();
        return iri.contains("#") ? NodeFactory.createURI(iri.substring(0, iri.indexOf('#'))) : subject;
    }
}
