package org.w3id.scokg.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.w3id.scokg.vocab.PROV;
import org.w3id.scokg.vocab.SCO;

/**
 * The provenance of every statement of graph/data, as standard RDF reification: one node per
 * triple, {@code id/assertion/{key}}, typed {@code rdf:Statement}, with its subject, predicate and
 * object, {@code prov:wasDerivedFrom} each excerpt or source record that supports it, and {@code
 * sco:confidence} where a source is less trusted. The key is the first 16 hex digits of the
 * SHA-256 of the triple's N-Triples form, so the same triple always gets the same node.
 */
final class Assertions {
    private record Support(Set<Node> sources, Set<Node> confidences) {}

    private final Map<Triple, Support> supports = new HashMap<>();

    /** Records that {@code sources} (excerpts or source records) support {@code triple}. */
    void add(Triple triple, Iterable<Node> sources, Iterable<Node> confidences) {
        Support support = supports.computeIfAbsent(triple, t -> new Support(new LinkedHashSet<>(), new LinkedHashSet<>()));
        sources.forEach(support.sources()::add);
        confidences.forEach(support.confidences()::add);
    }

    /**
     * Writes every assertion into graph/provenance. The nodes' keys (a hash of each triple's text)
     * are made side by side; the quads are added one assertion after another, in one order.
     */
    void write(DatasetGraph dataset) {
        List<Map.Entry<Triple, Support>> entries = new ArrayList<>(supports.entrySet());
        Map<Node, String> formatted = new ConcurrentHashMap<>();
        List<Node> nodes = entries.parallelStream().map(entry -> node(entry.getKey(), formatted)).toList();
        Node g = SCO.GRAPH_PROVENANCE;
        for (int i = 0; i < entries.size(); i++) {
            Triple t = entries.get(i).getKey();
            Support support = entries.get(i).getValue();
            Node node = nodes.get(i);
            dataset.add(g, node, RDF.type.asNode(), RDF.Statement.asNode());
            dataset.add(g, node, RDF.subject.asNode(), t.getSubject());
            dataset.add(g, node, RDF.predicate.asNode(), t.getPredicate());
            dataset.add(g, node, RDF.object.asNode(), t.getObject());
            support.sources().forEach(source -> dataset.add(g, node, PROV.wasDerivedFrom, source));
            support.confidences().forEach(level -> dataset.add(g, node, SCO.confidence, level));
        }
    }

    /** Forgets every support recorded, once written: at x100 some 250,000 triples, each with two sets. */
    void clear() {
        supports.clear();
    }

    /** The assertion node of a triple. */
    static Node node(Triple t) {
        return node(t, new HashMap<>());
    }

    /**
     * The assertion node of a triple, each node's N-Triples form taken from {@code formatted} or
     * made and kept there: subjects and predicates repeat, and making every form anew was a tenth
     * of the build at x100.
     */
    static Node node(Triple t, Map<Node, String> formatted) {
        String nt = formatted.computeIfAbsent(t.getSubject(), NodeFmtLib::strNT) + " " + formatted.computeIfAbsent(t.getPredicate(), NodeFmtLib::strNT) + " "
                + formatted.computeIfAbsent(t.getObject(), NodeFmtLib::strNT) + " .";
        return NodeFactory.createURI(SCO.ID + "assertion/" + DigestUtils.sha256Hex(nt).substring(0, 16));
    }
}
