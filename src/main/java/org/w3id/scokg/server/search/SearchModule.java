package org.w3id.scokg.server.search;

import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.server.web.PublicUrls;

/**
 * Full-text search: builds the graph's {@link SearchIndex} (in memory, or kept in a folder beside a
 * TDB2 store) into the context of the dataset the endpoint queries, so {@code text:query} runs in
 * SPARQL, and serves {@code /search}, {@code /search/suggest} and {@code /opensearch.xml} ({@link
 * SearchServlet}).
 */
public final class SearchModule implements FusekiModule {
    private final KnowledgeGraph graph;
    private final DatasetGraph dataset;
    private final Path folder;
    private final String key;
    private final PublicUrls urls;

    /** Search over {@code dataset} (from {@code SparqlEngine.copyForQueries}); the index in {@code folder}, or in memory when null. */
    public SearchModule(KnowledgeGraph graph, DatasetGraph dataset, Path folder, PublicUrls urls) {
        this(graph, dataset, folder, null, urls);
    }

    /**
     * Search as above; with a {@code key} (the record of the graph's snapshot), the index is held in
     * memory and a copy of it kept in {@code folder} for the next start with the same key.
     */
    public SearchModule(KnowledgeGraph graph, DatasetGraph dataset, Path folder, String key, PublicUrls urls) {
        this.graph = graph;
        this.dataset = dataset;
        this.folder = folder;
        this.key = key;
        this.urls = urls;
    }

    @Override
    public String name() {
        return "sco-kg search";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        Search search = new Search(key == null ? SearchIndex.attach(dataset, folder) : SearchIndex.attachInMemory(dataset, folder, key));
        // Read in a transaction: a TDB2 store is read in none outside one, and no request is under way yet.
        Set<String> symbols = graph.read(() -> ResultFinder.symbols(graph.union()));
        SearchServlet servlet = new SearchServlet(search, graph.data(), graph.union(), symbols, urls);
        builder.addServlet("/search", servlet).addServlet("/search/*", servlet).addServlet("/opensearch.xml", servlet);
    }
}
