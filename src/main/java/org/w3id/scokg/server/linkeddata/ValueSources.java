package org.w3id.scokg.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.w3id.scokg.vocab.OA;
import org.w3id.scokg.vocab.PROV;
import org.w3id.scokg.vocab.SCO;

/**
 * Where a value on a page comes from: the one place the page asks, so that the page shows each
 * value with its own source. A statement reified in standard RDF ({@code ?st rdf:subject s;
 * rdf:predicate p; rdf:object o; prov:wasDerivedFrom source}) answers for that one triple; without
 * one, a value that stands for an n-ary fact (a membership, an act) takes the fact's own {@code
 * prov:wasDerivedFrom}. A source is an excerpt (its quote and the source record it is in) or a
 * source record; nothing else a node is derived from (a document it revises) is shown as one.
 */
final class ValueSources {
    /**
     * A source: the record, and when the derivation names an excerpt, its quote (else null); and how
     * the statement was read from it when less than verified ({@code sco:SecondHand}, {@code
     * sco:WellKnown}; else null), so a page does not present a value the data marks unverified as if
     * its source confirmed it (India's observer status "from 2005-07-05", from an advance report and
     * marked well known, would stand with no caveat on the page).
     */
    record Source(Node record, String quote, String quoteLang, Node confidence) {}

    private final Graph graph;

    /** Sources read from {@code graph}, the union (reifications and derivations are in graph/provenance). */
    ValueSources(Graph graph) {
        this.graph = graph;
    }

    /**
     * A triple's support: its reified statements (one, {@code id/assertion/…}, whose page lists what
     * supports it; none for a triple without one) and their sources.
     */
    record Support(List<Node> statements, List<Source> sources) {
        static final Support NONE = new Support(List.of(), List.of());
    }

    /** The sources of one triple, from its reifications; empty when it has none. */
    List<Source> ofTriple(Node subject, Node predicate, Node object) {
        return support(subject, predicate, object).sources();
    }

    /** The reified statements of one triple and their sources, read in one pass. */
    Support support(Node subject, Node predicate, Node object) {
        Map<Node, Node> derivations = new LinkedHashMap<>();
        List<Node> statements = new ArrayList<>();
        for (Node statement : candidates(subject, object)) {
            if (graph.contains(statement, RDF.subject.asNode(), subject) && graph.contains(statement, RDF.predicate.asNode(), predicate)
                    && graph.contains(statement, RDF.object.asNode(), object)) {
                statements.add(statement);
                Node confidence = graph.find(statement, SCO.confidence, Node.ANY).mapWith(Triple::getObject).nextOptional()
                        .filter(level -> !level.equals(SCO.Verified)).orElse(null);
                graph.find(statement, PROV.wasDerivedFrom, Node.ANY).mapWith(Triple::getObject).forEachRemaining(d -> derivations.merge(d, confidence == null ? NONE : confidence,
                        // Read from the same source by two statements, the weaker reading is the one said.
                        (a, b) -> a == NONE ? b : a));
            }
        }
        statements.sort(Comparator.comparing(Node::toString));
        return new Support(List.copyOf(statements), sources(derivations));
    }

    /** No confidence said: a map's stand-in for null. */
    private static final Node NONE = Node.ANY;

    /**
     * The reified statements that may be of a triple: those with its subject, or those with its
     * object, whichever are fewer. Both are read a step at a time, side by side, and the first to
     * end is the answer, so the cost is that of the fewer: a membership's beginning has a handful,
     * the SCO as an object hundreds of thousands at 100 times the data (reading those for every
     * value made a state's page take 17 s to render there).
     */
    private List<Node> candidates(Node subject, Node object) {
        ExtendedIterator<Triple> bySubject = graph.find(Node.ANY, RDF.subject.asNode(), subject);
        ExtendedIterator<Triple> byObject = graph.find(Node.ANY, RDF.object.asNode(), object);
        try {
            List<Node> ofSubject = new ArrayList<>();
            List<Node> ofObject = new ArrayList<>();
            while (true) {
                if (!bySubject.hasNext()) return ofSubject;
                ofSubject.add(bySubject.next().getSubject());
                if (!byObject.hasNext()) return ofObject;
                ofObject.add(byObject.next().getSubject());
            }
        } finally {
            bySubject.close();
            byObject.close();
        }
    }

    /** The sources a node (a fact, or a thing's record as a whole) is derived from. */
    List<Source> ofNode(Node node) {
        Map<Node, Node> derivations = new LinkedHashMap<>();
        graph.find(node, PROV.wasDerivedFrom, Node.ANY).mapWith(Triple::getObject).forEachRemaining(d -> derivations.put(d, NONE));
        return sources(derivations);
    }

    /** The sources of {@code derivations}, each with the confidence of the statements derived from it ({@link #NONE} for none said). */
    private List<Source> sources(Map<Node, Node> derivations) {
        List<Source> sources = new ArrayList<>();
        derivations.forEach((derivation, level) -> {
            Node confidence = level == NONE ? null : level;
            Node record = graph.find(derivation, OA.hasSource, Node.ANY).mapWith(Triple::getObject).nextOptional().orElse(null);
            if (record == null) {
                // Only a source record is a source: a derivation the union infers from another relation (the
                // 2015 code revises the 2011 one, sco:revises under prov:wasRevisionOf) is shown as that
                // relation, so the 2011 draft does not stand as a "Source" of the 2015 record.
                if (graph.contains(derivation, RDF.type.asNode(), SCO.Source)) sources.add(new Source(derivation, null, null, confidence));
                return;
            }
            graph.find(derivation, OA.hasSelector, Node.ANY).mapWith(Triple::getObject).forEachRemaining(selector ->
                    graph.find(selector, OA.exact, Node.ANY).mapWith(Triple::getObject).forEachRemaining(quote ->
                            sources.add(new Source(record, quote.getLiteralLexicalForm(), quote.getLiteralLanguage(), confidence))));
        });
        // Excerpts first (a quote is the stronger evidence), then by record and quote, so pages are
        // stable whatever order the statements were found in.
        sources.sort(Comparator.comparing((Source s) -> s.quote() == null).thenComparing(s -> s.record().toString())
                .thenComparing(s -> s.quote() == null ? "" : s.quote()));
        return sources;
    }
}
