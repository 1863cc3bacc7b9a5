package org.w3id.scokg.server.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.graph.Graph;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.http.RenderedGraph;
import org.w3id.scokg.vocab.Prefixes;

/**
 * The current ontology as RDF, with the standard prefixes, written once per format ({@link
 * RenderedGraph}). Its graph is copied on the first request, inside that request's read transaction,
 * as every read of the graph is.
 */
final class OntologyDocument {
    private final KnowledgeGraph graph;
    private volatile RenderedGraph rendered;

    OntologyDocument(KnowledgeGraph graph) {
        this.graph = graph;
    }

    /**
     * The ontology in memory with the standard prefixes, a copy: setting the prefixes on the stored
     * graph itself, which TDB2 refuses in a read transaction, would make every {@code /ontology}
     * request of a server run with {@code --tdb2} a 500.
     */
    static Graph copy(Graph ontology) {
        // In the dumps' canonical order, not the graph's, which a TDB2 store's is not: else the
        // ontology's page and RDF are the same terms in another order on serve --tdb2.
        Graph copy = org.w3id.scokg.publish.CanonicalOrder.canonical(ontology);
        copy.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
        return copy;
    }

    void send(HttpServletRequest request, HttpServletResponse response, MediaTypes.Format format) throws IOException {
        RenderedGraph document = rendered;
        if (document == null) {
            document = new RenderedGraph(copy(graph.ontology()));
            rendered = document;
        }
        document.send(request, response, format);
    }
}
