package org.w3id.scokg.server.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.graph.Graph;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.server.web.MediaTypes;
import org.w3id.scokg.server.web.RenderedGraph;
import org.w3id.scokg.vocab.Prefixes;

/**
 * The current ontology as RDF, with the standard prefixes, written once per format ({@link
 * RenderedGraph}). Its graph is taken on the first request, inside that request's read transaction,
 * as every read of the graph is.
 */
final class OntologyDocument {
    private final KnowledgeGraph graph;
    private volatile RenderedGraph rendered;

    OntologyDocument(KnowledgeGraph graph) {
        this.graph = graph;
    }

    void send(HttpServletRequest request, HttpServletResponse response, MediaTypes.Format format) throws IOException {
        RenderedGraph document = rendered;
        if (document == null) {
            Graph ontology = graph.ontology();
            ontology.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
            document = new RenderedGraph(ontology);
            rendered = document;
        }
        document.send(request, response, format);
    }
}
