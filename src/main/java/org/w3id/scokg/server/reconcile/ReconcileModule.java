package org.w3id.scokg.server.reconcile;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.server.web.PublicUrls;

/**
 * The W3C Reconciliation Service API 0.2 at {@code /reconcile}, the version OpenRefine speaks
 * ({@link ReconcileServlet}): matching names in any language and identifiers against the graph's
 * states, organisations, instruments, events, threats and norms, suggestions, previews and data
 * extension. The things are read from the graph once, when the server starts.
 */
public final class ReconcileModule implements FusekiModule {
    private final KnowledgeGraph graph;
    private final PublicUrls urls;

    public ReconcileModule(KnowledgeGraph graph, PublicUrls urls) {
        this.graph = graph;
        this.urls = urls;
    }

    @Override
    public String name() {
        return "sco-kg reconciliation";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        EntityIndex index = graph.read(() -> EntityIndex.read(graph.union()));
        ReconcileServlet servlet = new ReconcileServlet(index, new DataExtension(graph.union()), urls);
        builder.addServlet("/reconcile", servlet).addServlet("/reconcile/*", servlet);
    }
}
