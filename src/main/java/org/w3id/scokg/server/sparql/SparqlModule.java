package org.w3id.scokg.server.sparql;

import java.util.Map;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.scokg.query.engine.SparqlEngine;
import org.w3id.scokg.server.http.QueryCharset;
import org.w3id.scokg.server.web.PublicUrls;

/**
 * The public SPARQL endpoint at {@code /sparql}: Fuseki's query and graph-store read services over
 * the dataset, with the endpoint's limits ({@link PublicQueryService}), a query read in UTF-8 only
 * ({@link QueryCharset}), the names of its answers' formats ({@link AnswerFormats}), its Service Description
 * and HEAD ({@link SparqlEndpointFilter}), Graph Store reads within the timeout and the byte cap
 * ({@link GraphStoreReads}) and the answer cache ({@link SparqlAnswerCache}). Read
 * only: no update, upload or write service is registered.
 */
public final class SparqlModule implements FusekiModule {
    /** The most rows a SPARQL answer carries; longer answers are cut and say so in a header. */
    public static final int ROW_CAP = 10_000;
    /** The most bytes of terms a SPARQL answer carries; longer answers are cut and say so in a header. */
    public static final long BYTE_CAP = 16L << 20;

    private final DatasetGraph dataset;
    private final long timeoutMillis;
    private final long byteCap;
    private final PublicUrls urls;
    private final SparqlAnswerCache answers = new SparqlAnswerCache();
    private final Evaluations evaluating = new Evaluations();

    /**
     * The endpoint over {@code dataset}, a dataset from {@link SparqlEngine#copyForQueries}, its
     * answers cut at {@code byteCap} bytes of terms ({@link #BYTE_CAP} but in tests) and its Graph
     * Store reads stopped there.
     */
    public SparqlModule(DatasetGraph dataset, long timeoutMillis, long byteCap, PublicUrls urls) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
        this.byteCap = byteCap;
        this.urls = urls;
    }

    /**
     * Whether the answer cache would answer a GET (or HEAD) of the endpoint with these query-string
     * parameters and {@code Accept} now, without evaluating anything.
     */
    public boolean answersFromCache(String method, String path, String urlQuery, Map<String, String[]> parameters, String accept) {
        return answers.holds(method, path, urlQuery, parameters, accept);
    }

    /**
     * Stops the queries evaluating now and any started from now on (503 with Retry-After): the
     * server is stopping. The endpoint's, and those of other routes that evaluate a query under
     * its guards ({@link GuardedEvaluation}), such as the editor's plain form.
     */
    public void stopEvaluating() {
        evaluating.stopAll();
    }

    @Override
    public void serverBeforeStarting(FusekiServer server) {
        evaluating.install(server.getServletContext());
    }

    @Override
    public String name() {
        return "sco-kg SPARQL endpoint";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        SparqlEngine.configure(dataset.getContext(), timeoutMillis);
        PublicQueryService queries = new PublicQueryService(timeoutMillis, new AnswerCap(ROW_CAP, byteCap), evaluating);
        builder.registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, queries)
                .registerOperation(Operation.GSP_R, new GraphStoreRead())
                .add("/sparql", DataService.newBuilder(dataset)
                        // Query and graph-store reads at /sparql itself, and at the names Fuseki users know.
                        .addEndpoint(Operation.Query).addEndpoint(Operation.Query, "query").addEndpoint(Operation.Query, "sparql")
                        .addEndpoint(Operation.GSP_R).addEndpoint(Operation.GSP_R, "get"))
                // "/sparql/*" is /sparql and all below it; "/sparql" beside it ran each filter twice.
                .addFilter("/sparql/*", new QueryCharset())
                .addFilter("/sparql/*", new AnswerFormats())
                .addFilter("/sparql/*", new SparqlEndpointFilter(urls))
                .addFilter("/sparql/*", new GraphStoreReads(timeoutMillis, byteCap))
                .addFilter("/sparql/*", answers);
    }
}
