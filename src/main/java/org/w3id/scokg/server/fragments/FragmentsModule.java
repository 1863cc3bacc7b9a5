package org.w3id.scokg.server.fragments;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.server.web.PublicUrls;

/**
 * Linked Data Fragments at {@code /fragments}: Triple Pattern Fragments with the Quad Pattern
 * extension, cut from the graph's named graphs and their union ({@link FragmentsServlet}), for
 * clients such as Comunica that do the query work themselves.
 */
public final class FragmentsModule implements FusekiModule {
    private final KnowledgeGraph graph;
    private final PublicUrls urls;
    private final long timeoutMillis;

    /** The fragments of {@code graph}, each pattern's matches gathered within {@code timeoutMillis} (the query timeout). */
    public FragmentsModule(KnowledgeGraph graph, PublicUrls urls, long timeoutMillis) {
        this.graph = graph;
        this.urls = urls;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public String name() {
        return "sco-kg fragments";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/fragments", new FragmentsServlet(new QuadSource(graph.dataset()), urls, timeoutMillis));
    }
}
