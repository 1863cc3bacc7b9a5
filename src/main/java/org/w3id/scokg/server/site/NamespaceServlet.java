package org.w3id.scokg.server.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.publish.DumpWriter;
import org.w3id.scokg.server.web.MediaTypes;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Responses;
import org.w3id.scokg.vocab.Prefixes;
import org.w3id.scokg.vocab.SCO;

/**
 * {@code /ontology/{version}}: the ontology, when {@code version} is its owl:versionIRI's (a page
 * asks for HTML: 303 to {@code /ontology}), or an earlier version as it was published, in any RDF
 * format ({@link PriorOntologies}); {@code /void}: the VoID + DCAT description;
 * {@code /graph/{name}}: one named graph as RDF; {@code /shapes}: the SHACL shapes. Anything else
 * under them is 404.
 */
final class NamespaceServlet extends HttpServlet {
    private static final List<MediaTypes.Format> RDF_FORMATS = List.of(MediaTypes.Format.values()).stream()
            .filter(f -> f != MediaTypes.Format.HTML).toList();

    private final transient KnowledgeGraph graph;
    /** void.ttl, read when the server starts: served as it was should the dump folder disappear. */
    private final byte[] datasetDescription;
    private final transient Path shapes;
    private final transient Map<Node, PriorOntologies.Version> priorVersions;
    private final transient PublicUrls urls;

    NamespaceServlet(KnowledgeGraph graph, byte[] datasetDescription, Path shapes, Map<Node, PriorOntologies.Version> priorVersions, PublicUrls urls) {
        this.graph = graph;
        this.datasetDescription = datasetDescription;
        this.shapes = shapes;
        this.priorVersions = priorVersions;
        this.urls = urls;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/void")) {
            Responses.send(response, "text/turtle;charset=utf-8", datasetDescription);
        } else if (path.equals("/shapes")) {
            Responses.send(response, "text/turtle;charset=utf-8", Files.readAllBytes(shapes));
        } else if (path.startsWith("/ontology/")) {
            version(path, request, response);
        } else if (path.startsWith("/graph/")) {
            namedGraph(path, request, response);
        } else {
            Responses.notFound(request, response, "Not found.");
        }
    }

    private void version(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Node asked = NodeFactory.createURI(SCO.BASE + path.substring(1));
        PriorOntologies.Version prior = priorVersions.get(asked);
        if (prior != null) {
            Optional<MediaTypes.Format> format = Responses.negotiate(request, response, RDF_FORMATS);
            if (format.isEmpty()) return;
            // Turtle is the file as it was published, byte for byte; the other formats are written from its triples.
            if (format.get() == MediaTypes.Format.TURTLE) Responses.send(response, Responses.contentType(format.get()), prior.turtle());
            else Responses.rdf(response, prior.graph(), format.get());
            return;
        }
        if (!graph.ontology().contains(NodeFactory.createURI(SCO.ONTOLOGY), OWL.versionIRI.asNode(), asked)) {
            Responses.notFound(request, response, "No such version of the ontology: the current one is at /ontology.");
            return;
        }
        Optional<MediaTypes.Format> format = Responses.negotiate(request, response, List.of(MediaTypes.Format.values()));
        if (format.isEmpty()) return;
        if (format.get() == MediaTypes.Format.HTML) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", urls.absolute(request, "/ontology"));
            return;
        }
        Graph ontology = graph.ontology();
        ontology.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
        Responses.rdf(response, ontology, format.get());
    }

    private void namedGraph(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Node name = NodeFactory.createURI(SCO.BASE + path.substring(1));
        if (!graph.dataset().containsGraph(name)) {
            Responses.notFound(request, response, "No such graph: the graphs are ontology, data, provenance and inferred.");
            return;
        }
        Optional<MediaTypes.Format> format = Responses.negotiate(request, response, RDF_FORMATS);
        if (format.isEmpty()) return;
        Graph named = graph.dataset().getGraph(name);
        named.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
        Responses.rdf(response, named, format.get());
    }
}
