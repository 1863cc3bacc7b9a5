package org.w3id.scokg.server.linkeddata;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.server.web.MovedKeys;
import org.w3id.scokg.server.web.PublicUrls;

/**
 * Dereferencing every IRI of the graph: {@code /id/...} answers 303 to its description, {@code
 * /doc/...} the description in HTML or RDF ({@link LinkedDataServlet}).
 */
public final class LinkedDataModule implements FusekiModule {
    private final KnowledgeGraph graph;
    private final PublicUrls urls;
    private final long timeoutMillis;
    private final MovedKeys keys;

    /**
     * Descriptions of {@code graph}, each made within {@code timeoutMillis} (the query timeout); an
     * address that names a thing otherwise than as written moves where {@code keys} says.
     */
    public LinkedDataModule(KnowledgeGraph graph, PublicUrls urls, long timeoutMillis, MovedKeys keys) {
        this.graph = graph;
        this.urls = urls;
        this.timeoutMillis = timeoutMillis;
        this.keys = keys;
    }

    @Override
    public String name() {
        return "sco-kg linked data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        LinkedDataServlet servlet = new LinkedDataServlet(graph, urls, timeoutMillis, keys);
        builder.addServlet("/id/*", servlet).addServlet("/doc/*", servlet);
    }
}
