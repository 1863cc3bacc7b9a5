package org.w3id.scokg.server.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.query.QueryCatalog;
import org.w3id.scokg.query.engine.SparqlEngine;
import org.w3id.scokg.server.web.MovedKeys;
import org.w3id.scokg.server.web.PublicUrls;

/**
 * The site around the data: the home page, the ontology, the query editor, the sitemap, the
 * dataset description ({@link SiteServlet}); the page of a path that leads nowhere ({@link NotFoundFilter}); the named
 * queries as a Web API and as forms ({@link NamedQueryServlet}); the dumps ({@link DumpServlet});
 * and the files the pages load, YASGUI's among them ({@link AssetServlet}).
 */
public final class SiteModule implements FusekiModule {

    private final KnowledgeGraph graph;
    private final DatasetGraph dataset;
    private final QueryCatalog queries;
    private final Path dumps;
    private final long timeoutMillis;
    private final PublicUrls urls;
    private final Graph vocabularies;
    private final MovedKeys keys;
    /** The named queries' answers kept; made here, before the servlets, so the scheduler can ask it from the start. */
    private final NamedAnswers answers = new NamedAnswers();

    /**
     * The site of {@code graph}; named queries run over {@code dataset} (from {@code
     * SparqlEngine.copyForQueries}) within {@code timeoutMillis}; the dumps already written to {@code dumps};
     * the editor names the terms of the imported {@code vocabularies} by their labels; a named
     * query reads a key that {@code keys} moves as the thing's own.
     */
    public SiteModule(KnowledgeGraph graph, DatasetGraph dataset, QueryCatalog queries, Path dumps, long timeoutMillis, PublicUrls urls, Graph vocabularies, MovedKeys keys) {
        this.graph = graph;
        this.dataset = dataset;
        this.queries = queries;
        this.dumps = dumps;
        this.timeoutMillis = timeoutMillis;
        this.urls = urls;
        this.vocabularies = vocabularies;
        this.keys = keys;
    }

    /**
     * Whether a GET (or HEAD) of {@code path} with these query-string parameters is answered from a
     * named query's kept rows, without evaluating anything (the scheduler lets it through at once).
     */
    public boolean answersFromCache(String method, String path, String urlQuery, Map<String, String[]> parameters, String accept) {
        return (method.equals("GET") || method.equals("HEAD")) && answers.holds(path, parameters);
    }

    @Override
    public String name() {
        return "sco-kg site";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        DumpServlet dumpServlet;
        try {
            dumpServlet = new DumpServlet(dumps);
        } catch (IOException e) {
            throw new InputException(Location.file(dumps.toString()), "cannot read the dumps (" + e.getMessage() + "); run build first");
        }
        SiteServlet site = new SiteServlet(graph, dataset, queries, timeoutMillis, urls, vocabularies);
        AnswerNames names = new AnswerNames(graph.union());
        NamedQueryServlet named = new NamedQueryServlet(dataset, queries, timeoutMillis, urls, new NamedQueryPage(graph.data(), graph.union(), names), names, keys, answers);
        AssetServlet assets = new AssetServlet();
        builder.addServlet("/dumps/*", dumpServlet).addServlet("/dumps", dumpServlet)
                .addServlet("/assets/*", assets).addServlet("/webjars/*", assets)
                .addServlet("", site).addServlet("/query", site)
                .addServlet("/sitemap.xml", site).addServlet("/robots.txt", site).addServlet("/labels", new LabelServlet(graph))
                .addServlet("/.well-known/sparql-examples", named).addServlet("/queries/*", named).addServlet("/queries", named);
        for (String path : SiteServlet.ONTOLOGY.paths()) builder.addServlet(path, site);
        builder.addFilter("/*", new NotFoundFilter());
    }
}
