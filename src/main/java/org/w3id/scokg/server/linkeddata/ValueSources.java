package org.w3id.scokg.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.w3id.scokg.vocab.OA;
import org.w3id.scokg.vocab.PROV;

/**
 * Where a value on a page comes from: the one place the page asks, so that the page shows each
 * value with its own source. A statement reified in standard RDF ({@code ?st rdf:subject s;
 * rdf:predicate p; rdf:object o; prov:wasDerivedFrom source}) answers for that one triple; without
 * one, a value that stands for an n-ary fact (a membership, an act) takes the fact's own {@code
 * prov:wasDerivedFrom}. A source is an excerpt (its quote and the source record it is in) or a
 * source record.
 */
final class ValueSources {
    /** A source: the record, and when the derivation names an excerpt, its quote (else null). */
    record Source(Node record, String quote, String quoteLang) {}

    private final Graph graph;

    /** Sources read from {@code graph}, the union (reifications and derivations are in graph/provenance). */
    ValueSources(Graph graph) {
        this.graph = graph;
    }

    /** The sources of one triple, from its reifications; empty when it has none. */
    List<Source> ofTriple(Node subject, Node predicate, Node object) {
        Set<Node> derivations = new LinkedHashSet<>();
        graph.find(Node.ANY, RDF.object.asNode(), object).mapWith(Triple::getSubject).forEachRemaining(statement -> {
            if (graph.contains(statement, RDF.subject.asNode(), subject) && graph.contains(statement, RDF.predicate.asNode(), predicate)) {
                graph.find(statement, PROV.wasDerivedFrom, Node.ANY).mapWith(Triple::getObject).forEachRemaining(derivations::add);
            }
        });
        return sources(derivations);
    }

    /** The sources a node (a fact, or a thing's record as a whole) is derived from. */
    List<Source> ofNode(Node node) {
        Set<Node> derivations = new LinkedHashSet<>();
        graph.find(node, PROV.wasDerivedFrom, Node.ANY).mapWith(Triple::getObject).forEachRemaining(derivations::add);
        return sources(derivations);
    }

    private List<Source> sources(Set<Node> derivations) {
        List<Source> sources = new ArrayList<>();
        for (Node derivation : derivations) {
            Node record = graph.find(derivation, OA.hasSource, Node.ANY).mapWith(Triple::getObject).nextOptional().orElse(null);
            if (record == null) {
                sources.add(new Source(derivation, null, null));
                continue;
            }
            graph.find(derivation, OA.hasSelector, Node.ANY).mapWith(Triple::getObject).forEachRemaining(selector ->
                    graph.find(selector, OA.exact, Node.ANY).mapWith(Triple::getObject).forEachRemaining(quote ->
                            sources.add(new Source(record, quote.getLiteralLexicalForm(), quote.getLiteralLanguage()))));
        }
        // Excerpts first (a quote is the stronger evidence), then by record, so pages are stable.
        sources.sort(Comparator.comparing((Source s) -> s.quote() == null).thenComparing(s -> s.record().toString()));
        return sources;
    }
}
