package org.w3id.scokg.graph;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.scokg.project.ProjectFiles;
import org.w3id.scokg.project.ProjectLayout;

/**
 * The vocabularies the ontology imports ({@code owl:imports}), read from the files in
 * ontology/imports as their publishers publish them: never fetched at build time. The entailments
 * and the OWL reasoner read their axioms; the graph does not republish them.
 */
public final class ImportedVocabularies {
    private ImportedVocabularies() {}

    /** Every file of ontology/imports in one graph. */
    public static Graph read(ProjectLayout layout) {
        Graph all = GraphFactory.createGraphMem();
        for (Path file : ProjectLayout.list(layout.imports(), ".ttl")) {
            ProjectFiles.readTurtle(file, layout.display(file)).find().forEachRemaining(all::add);
        }
        return all;
    }
}
