package org.w3id.scokg.server.search;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Terms;
import org.w3id.scokg.server.web.Texts;

/** What a thing found is: its classes, and in words, for a result, a program's result and a suggestion alike. */
final class ThingKinds {
    private final Graph data;
    private final Graph union;

    ThingKinds(Graph data, Graph union) {
        this.data = data;
        this.union = union;
    }

    /** A thing's classes: in graph/data, else in any graph (a source record's are in graph/provenance). */
    List<Node> types(Node thing) {
        List<Node> types = data.find(thing, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList();
        return types.isEmpty() ? union.find(thing, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList() : types;
    }

    /** What a thing is, in words: at most two of its classes. */
    List<Labels.Label> of(Node thing, Texts texts) {
        List<Node> types = types(thing);
        // This graph's own classes say what a thing is; prov:Entity and the like say nothing to a reader.
        List<Node> own = types.stream().filter(t -> t.getURI().startsWith(org.w3id.scokg.vocab.SCO.NS)).toList();
        return (own.isEmpty() ? types : own).stream().limit(2).map(t -> Terms.of(t, union, texts)).toList();
    }
}
