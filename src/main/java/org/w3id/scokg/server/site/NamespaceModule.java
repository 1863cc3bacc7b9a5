package org.w3id.scokg.server.site;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.project.ShapesGraph;
import org.w3id.scokg.publish.CanonicalOrder;
import org.w3id.scokg.publish.DumpWriter;
import org.w3id.scokg.server.http.RenderedGraph;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.vocab.SCO;

/**
 * The IRIs the graph names besides its things, made to dereference ({@link NamespaceServlet}): the
 * ontology's version IRI and those of its earlier versions {@code /ontology/{version}}, the dataset {@code /void}
 * (its description also at {@code /void.ttl} and its other formats, and at its well-known address,
 * {@code /.well-known/void}), the named graphs
 * {@code /graph/{name}} and the shapes' namespace {@code /shapes}.
 */
public final class NamespaceModule implements FusekiModule {
    private final KnowledgeGraph graph;
    private final Path dumps;
    private final Path shapes;
    private final Map<Node, TurtleDocument> priorOntologies;
    private final PublicUrls urls;

    /**
     * For {@code graph}, with the dataset description in {@code dumps}, the shapes file {@code
     * shapes} and the earlier versions of the ontology by their version IRIs ({@link PriorOntologies}).
     */
    public NamespaceModule(KnowledgeGraph graph, Path dumps, Path shapes, Map<Node, TurtleDocument> priorOntologies, PublicUrls urls) {
        this.graph = graph;
        this.dumps = dumps;
        this.shapes = shapes;
        this.priorOntologies = priorOntologies;
        this.urls = urls;
    }

    @Override
    public String name() {
        return "sco-kg namespaces";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        TurtleDocument datasetDescription = TurtleDocument.read(dumps.resolve(DumpWriter.VOID_FILE), dumps.resolve(DumpWriter.VOID_FILE).toString());
        // The dataset's version, for every page's citation (Page.of reads it from the servlet context).
        String version = org.w3id.scokg.publish.DatasetDescription.version(datasetDescription.graph());
        if (version != null) builder.addServletAttribute(org.w3id.scokg.server.web.Page.VERSION, version);
        NamespaceServlet servlet = new NamespaceServlet(graph, datasetDescription, shapesDocument(shapes), priorOntologies, urls);
        builder.addServlet("/ontology/*", servlet).addServlet("/.well-known/void", servlet).addServlet("/graph/*", servlet).addServlet("/shapes", servlet);
        for (String path : NamespaceServlet.DATASET.paths()) builder.addServlet(path, servlet);
    }

    /**
     * The shapes as {@code /shapes} publishes them: each blank node named ({@link ShapesGraph}), the
     * triples in canonical order, so each format is the same bytes at every start. Turtle too is
     * written from these triples: the file's own Turtle has blank nodes.
     */
    static RenderedGraph shapesDocument(Path shapes) {
        Graph named = ShapesGraph.read(shapes, shapes.toString(), SCO.SHAPES_NS);
        Graph ordered = CanonicalOrder.canonical(named);
        ordered.getPrefixMapping().clearNsPrefixMap().setNsPrefixes(named.getPrefixMapping());
        return new RenderedGraph(ordered);
    }
}
