package org.w3id.scokg.server.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.scokg.vocab.SCO;

/**
 * Where a thing's address leads when it does not name a thing as written: a key typed in other
 * letters' case ({@code state/in} for {@code state/IN}), and a published key the graph replaced by
 * another ({@code dcterms:isReplacedBy}). The entity pages answer such an address 301 to the thing's
 * own; the named queries read such a parameter as the thing's own IRI. One rule for both, so that
 * {@code /queries/membership-history?state=state/in} names India as {@code /doc/state/in} moves to it.
 */
public final class MovedKeys {
    /** Stands for an IRI in small letters that two of the graph's IRIs share: it names neither. */
    private static final Node AMBIGUOUS = NodeFactory.createBlankNode();

    private final Graph union;
    private volatile Map<String, Node> keysInSmallLetters;

    /** The keys of {@code union}, the graph's four graphs together. */
    public MovedKeys(Graph union) {
        this.union = union;
    }

    /**
     * The thing's IRI that {@code iri} leads to, when {@code iri} is not it: the thing whose key is
     * {@code iri}'s in other letters' case ({@link #otherCase}), or the IRI that replaced {@code iri}
     * ({@link #replacement}), or the one that replaced the first; empty when {@code iri} names a
     * thing as written or leads to none.
     */
    public Optional<Node> movedTo(Node iri) {
        if (!iri.isURI() || !iri.getURI().startsWith(SCO.ID)) return Optional.empty();
        if (!union.contains(iri, Node.ANY, Node.ANY)) {
            // A replaced key in the other case goes to its replacement at once, not by two moves.
            return otherCase(iri).map(cased -> ours(replacement(cased)).orElse(cased));
        }
        return ours(replacement(iri));
    }

    private static Optional<Node> ours(Optional<Node> iri) {
        return iri.filter(n -> n.isURI() && n.getURI().startsWith(SCO.ID));
    }

    /**
     * The thing, or the published IRI a thing replaced, whose IRI is {@code iri} in other letters'
     * case ("in" for IN, "sco-in-memberstate" for SCO-IN-MemberState), when no thing's IRI is {@code
     * iri} as written and exactly one is so in small letters: keys of mixed case too, not only those in
     * all capitals or all small letters.
     */
    private Optional<Node> otherCase(Node iri) {
        Node found = keysInSmallLetters().get(iri.getURI().toLowerCase(Locale.ROOT));
        return found == null || found == AMBIGUOUS || found.equals(iri) ? Optional.empty() : Optional.of(found);
    }

    /** The IRIs of the graph's things and of the IRIs they replaced, by their small letters: made once, when first asked. */
    private Map<String, Node> keysInSmallLetters() {
        Map<String, Node> keys = keysInSmallLetters;
        if (keys != null) return keys;
        Map<String, Node> made = new HashMap<>();
        for (Node property : List.of(RDF.type.asNode(), DCTerms.isReplacedBy.asNode())) {
            union.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> {
                Node thing = t.getSubject();
                if (!thing.isURI() || !thing.getURI().startsWith(SCO.ID)) return;
                made.merge(thing.getURI().toLowerCase(Locale.ROOT), thing, (one, other) -> one.equals(other) ? one : AMBIGUOUS);
            });
        }
        keysInSmallLetters = made;
        return made;
    }

    /**
     * The thing a published IRI now names, when the graph replaced that IRI by another (a key that
     * held a corrected date): it has {@code dcterms:isReplacedBy} and is no thing of its own.
     */
    private Optional<Node> replacement(Node entity) {
        if (union.contains(entity, RDF.type.asNode(), Node.ANY)) return Optional.empty();
        return union.find(entity, DCTerms.isReplacedBy.asNode(), Node.ANY).nextOptional().map(t -> t.getObject());
    }
}
