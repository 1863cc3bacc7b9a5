package org.w3id.scokg.server.web;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.scokg.vocab.Prefixes;

/**
 * The words a page uses for a vocabulary term (a property heading, a class, a role): the
 * interface's own words for it when the bundles have them ({@code term.sco.MemberState}, {@code
 * term.org.member}, so every term a page shows reads right in all three languages), else the
 * ontology's label in the reader's language or in English, else its prefixed name.
 */
public final class Terms {
    private Terms() {}

    public static Labels.Label of(Node term, Graph graph, Texts texts) {
        return texts.find(key("term.", term)).map(words -> new Labels.Label(words, texts.language().tag))
                .or(() -> Labels.find(graph, term, texts.language()))
                .orElseGet(() -> new Labels.Label(Html.curie(term), ""));
    }

    /** The words for a property read backwards ("members" for org:organization), when the bundles have them. */
    public static Labels.Label inverse(Node property, Graph graph, Texts texts) {
        return texts.find(key("in.", property)).map(words -> new Labels.Label(words, texts.language().tag))
                .orElseGet(() -> {
                    Labels.Label forward = of(property, graph, texts);
                    return new Labels.Label(texts.format("term.inverse", forward.text()), forward.lang().isEmpty() ? "" : texts.language().tag);
                });
    }

    /** The interface's own words for a class or property, when the bundles have them ({@code term.sco.State}). */
    public static Optional<String> words(Node term, Texts texts) {
        return texts.find(key("term.", term));
    }

    /** {@code term.sco.MemberState} for sco:MemberState: the prefixed name with a dot for the colon. */
    static String key(String kind, Node term) {
        String curie = Prefixes.STANDARD.shortForm(term.getURI());
        return kind + curie.replace(':', '.');
    }
}
