package org.w3id.scokg.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.vocab.SCO;

/**
 * Materialises what the ontology and the vocabularies it imports license for the facts (the
 * queries in ontology/inference) into graph/inferred: only triples about the graph's own IRIs that
 * no asserted graph already holds, repeating until nothing new appears. The provenance graph is
 * left out: the entailments of its reified statements (every prov:wasDerivedFrom is also a
 * prov:wasInfluencedBy) would double it and say nothing about the SCO.
 */
final class Entailments {
    private static final int MAX_ROUNDS = 10;

    private Entailments() {}

    static void materialise(DatasetGraph dataset, ProjectLayout layout) {
        Graph closure = GraphFactory.createGraphMem();
        // Of the imported vocabularies, the axioms between named terms: their labels, comments and
        // anonymous class expressions are most of their triples and feed no rule here.
        ImportedVocabularies.read(layout).find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) closure.add(t);
        });
        dataset.getGraph(SCO.GRAPH_ONTOLOGY).find().forEachRemaining(closure::add);
        dataset.getGraph(SCO.GRAPH_DATA).find().forEachRemaining(closure::add);
        // The closure holds the ontology, the data and every triple inferred so far: a triple
        // not in it is asserted only if one of the other graphs holds it. Each is asked itself, as
        // a union view finds a triple in every graph and drops the repeats (half the time of
        // this step at x100).
        List<Graph> others = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(name -> {
            if (!List.of(SCO.GRAPH_ONTOLOGY, SCO.GRAPH_DATA, SCO.GRAPH_INFERRED).contains(name)) others.add(dataset.getGraph(name));
        });
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int added = 0;
            for (Path query : ProjectLayout.list(layout.inference(), ".rq")) {
                Graph entailed = Mapping.construct(query, layout.display(query), closure);
                for (Triple t : entailed.find().toList()) {
                    boolean ours = t.getSubject().isURI() && t.getSubject().getURI().startsWith(SCO.BASE);
                    if (ours && !closure.contains(t) && others.stream().noneMatch(graph -> graph.contains(t))) {
                        closure.add(t);
                        dataset.add(SCO.GRAPH_INFERRED, t.getSubject(), t.getPredicate(), t.getObject());
                        added++;
                    }
                }
            }
            if (added == 0) return;
        }
    }
}
