package org.w3id.scokg.bench;

import java.util.HashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.w3id.scokg.build.KnowledgeGraph;
import org.w3id.scokg.vocab.SCO;

/**
 * The real graph made N times larger with its real shape: copy k of every thing under
 * {@code id/} gets the key suffix {@code -xk}, with all its facts, dates, provenance and
 * inferences, so there are N times the states, memberships, instruments, events and excerpts,
 * linked as the originals are. The ontology is not copied.
 */
final class ScaledGraph {
    private ScaledGraph() {}

    static KnowledgeGraph times(KnowledgeGraph real, int factor) {
        DatasetGraph scaled = DatasetGraphFactory.createTxnMem();
        real.read(() -> {
            real.dataset().find().forEachRemaining(q -> {
                if (q.getGraph().equals(SCO.GRAPH_ONTOLOGY)) {
                    scaled.add(q);
                    return;
                }
                for (int k = 0; k < factor; k++) scaled.add(copy(q, k));
            });
            return null;
        });
        return new KnowledgeGraph(scaled, new HashMap<>());
    }

    private static Quad copy(Quad q, int k) {
        return k == 0 ? q : Quad.create(q.getGraph(), rename(q.getSubject(), k), q.getPredicate(), rename(q.getObject(), k));
    }

    private static Node rename(Node node, int k) {
        if (!node.isURI() || !node.getURI().startsWith(SCO.ID)) return node;
        String iri = node.getURI();
        int hash = iri.indexOf('#');
        return hash < 0 ? NodeFactory.createURI(iri + "-x" + k)
                : NodeFactory.createURI(iri.substring(0, hash) + "-x" + k + iri.substring(hash));
    }
}
