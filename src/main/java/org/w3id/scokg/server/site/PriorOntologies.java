package org.w3id.scokg.server.site;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.scokg.project.ProjectLayout;

/**
 * The earlier versions of the ontology, each as it was published ({@code ontology/versions/*.ttl}),
 * by the owl:versionIRI each names: the current ontology names the last as its owl:priorVersion,
 * and that IRI must keep resolving. Read once when the server starts; none is checked or changed.
 */
public final class PriorOntologies {
    private PriorOntologies() {}

    /** Each version by its version IRI; a file that names no version IRI is not served. */
    public static Map<Node, TurtleDocument> read(ProjectLayout layout) {
        Map<Node, TurtleDocument> versions = new LinkedHashMap<>();
        for (Path file : ProjectLayout.list(layout.priorOntologies(), ".ttl")) {
            TurtleDocument version = TurtleDocument.read(file, layout.display(file));
            Graph graph = version.graph();
            List<Node> ontologies = graph.find(Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode()).mapWith(Triple::getSubject).toList();
            for (Node ontology : ontologies) {
                graph.find(ontology, OWL.versionIRI.asNode(), Node.ANY).mapWith(Triple::getObject).toList().forEach(iri -> versions.put(iri, version));
            }
        }
        return Map.copyOf(versions);
    }
}
