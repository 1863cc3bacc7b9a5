package org.w3id.scokg.server.site;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.publish.DumpWriter;
import org.w3id.scokg.server.web.PublicUrls;

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
        NamespaceServlet servlet = new NamespaceServlet(graph, datasetDescription, TurtleDocument.read(shapes, shapes.toString()), priorOntologies, urls);
        builder.addServlet("/ontology/*", servlet).addServlet("/.well-known/void", servlet).addServlet("/graph/*", servlet).addServlet("/shapes", servlet);
        for (String path : NamespaceServlet.DATASET.paths()) builder.addServlet(path, servlet);
    }
}
