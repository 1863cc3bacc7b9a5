package org.w3id.scokg.server.reconcile;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.slf4j.LoggerFactory;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.server.web.PublicUrls;

/**
 * The W3C Reconciliation Service API 0.2 at {@code /reconcile}, the version OpenRefine speaks
 * ({@link ReconcileServlet}): matching names in any language and identifiers against the graph's
 * states, organisations, instruments, events, threats and norms, suggestions, previews and data
 * extension. The things are read from the graph once, in the background when the server starts
 * (two thirds of a start from a TDB2 store at 100 times the data, `bench/scale.sh`): the server
 * answers queries without waiting for them, and the first reconciliation request waits if they are
 * not read yet.
 */
public final class ReconcileModule implements FusekiModule {
    private final KnowledgeGraph graph;
    private final PublicUrls urls;
    private final long timeoutMillis;

    /** The service over {@code graph}, each batch held to {@code timeoutMillis} (the query timeout). */
    public ReconcileModule(KnowledgeGraph graph, PublicUrls urls, long timeoutMillis) {
        this.graph = graph;
        this.urls = urls;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public String name() {
        return "sco-kg reconciliation";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        CompletableFuture<EntityIndex> index = CompletableFuture.supplyAsync(() -> graph.read(() -> EntityIndex.read(graph.union())));
        index.exceptionally(failure -> {
            LoggerFactory.getLogger(ReconcileModule.class).error("The reconciliation index could not be read", failure);
            return null;
        });
        Graph union = graph.union();
        ReconcileServlet servlet = new ReconcileServlet(index, new DataExtension(union), union, urls, timeoutMillis);
        builder.addServlet("/reconcile", servlet).addServlet("/reconcile/*", servlet);
    }
}
