package org.w3id.scokg.graph;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.vocab.SCO;

/**
 * Materialises what the ontology licenses (the queries in ontology/inference) into graph/inferred,
 * keeping only triples no asserted graph already holds, and repeating until nothing new appears.
 */
final class Entailments {
    private static final int MAX_ROUNDS = 10;

    private Entailments() {}

    static void materialise(DatasetGraph dataset, ProjectLayout layout) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int added = 0;
            for (Path query : ProjectLayout.list(layout.inference(), ".rq")) {
                Graph entailed = Mapping.construct(query, layout.display(query), dataset.getUnionGraph());
                for (Triple t : entailed.find().toList()) {
                    if (!dataset.getUnionGraph().contains(t)) {
                        dataset.add(SCO.GRAPH_INFERRED, t.getSubject(), t.getPredicate(), t.getObject());
                        added++;
                    }
                }
            }
            if (added == 0) return;
        }
    }
}
