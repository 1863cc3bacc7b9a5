package org.w3id.scokg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.scokg.build.KnowledgeGraph;
import org.w3id.scokg.build.ProjectLayout;
import org.w3id.scokg.query.QueryCatalog;

/**
 * The one server: an embedded, read-only Fuseki answering SPARQL at {@code /sparql}, with the
 * linked-data routes, the home page and the dumps on the same port. Built with a builder, so
 * tests can start it on port 0.
 */
public final class LinkedDataServer {
    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataServer.class);

    /** The most rows a SPARQL answer carries; longer answers are cut and say so in a header. */
    public static final int ROW_CAP = 10_000;
    /** Bytes of response Jetty buffers before it streams; a size its buffer pool reuses. */
    static final int OUTPUT_BUFFER = 32 * 1024;

    private final KnowledgeGraph graph;
    private final Path dumps;
    private final QueryCatalog queries;
    private int port = 3030;
    private int timeoutSeconds = 30;
    private String publicBase;
    private FusekiServer server;

    private LinkedDataServer(KnowledgeGraph graph, Path dumps, QueryCatalog queries) {
        this.graph = graph;
        this.dumps = dumps;
        this.queries = queries;
    }

    /** A server for {@code graph}, serving the dumps already written to {@code dumps} and the project's named queries. */
    public static LinkedDataServer create(KnowledgeGraph graph, Path dumps, Path project) {
        return new LinkedDataServer(graph, dumps, new QueryCatalog(new ProjectLayout(project)));
    }

    public LinkedDataServer port(int port) {
        this.port = port;
        return this;
    }

    /** The server's public URL behind a proxy (absolute http or https), used for every absolute link it makes. */
    public LinkedDataServer publicBase(String url) {
        this.publicBase = url;
        return this;
    }

    public LinkedDataServer timeoutSeconds(int seconds) {
        this.timeoutSeconds = seconds;
        return this;
    }

    // GzipHandler is deprecated in Jetty 12.1 for the jetty-compression modules, which Fuseki 5.6
    // does not ship; it still works and is what Fuseki's own Jetty offers.
    @SuppressWarnings("removal")
    public LinkedDataServer start() {
        DatasetGraph dataset = graph.sparqlDataset();
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutSeconds * 1000L));
        // Federation off: a query on this endpoint never makes a request to another host.
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        DumpServlet dumpServlet;
        try {
            dumpServlet = new DumpServlet(dumps);
        } catch (IOException e) {
            throw new UncheckedIOException("the dumps are not in " + dumps + "; run build first", e);
        }
        long started = System.currentTimeMillis();
        long timeoutMillis = timeoutSeconds * 1000L;
        PublicUrls urls = new PublicUrls(publicBase);
        SparqlAnswerCache answers = new SparqlAnswerCache();
        LinkedDataServlet linkedData = new LinkedDataServlet(graph, started, urls);
        SiteServlet site = new SiteServlet(graph, queries, dumpServlet, urls);
        NamedQueryServlet named = new NamedQueryServlet(dataset, queries, timeoutMillis, urls);
        FusekiServer.Builder builder = FusekiServer.create()
                .port(port)
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new GuardedQueryService(timeoutMillis, ROW_CAP))
                .add("/sparql", DataService.newBuilder(dataset)
                        // Query and graph-store reads at /sparql itself, and at the names Fuseki users know.
                        .addEndpoint(Operation.Query).addEndpoint(Operation.Query, "query").addEndpoint(Operation.Query, "sparql")
                        .addEndpoint(Operation.GSP_R).addEndpoint(Operation.GSP_R, "get"))
                .enablePing(true)
                .enableMetrics(true)
                .enableCors(true, null)
                .addFilter("/*", new RequestLimitsFilter())
                .addFilter("/*", new ReadTransactionFilter(graph.dataset()))
                // "/sparql/*" is /sparql and all below it; "/sparql" beside it ran each filter twice.
                .addFilter("/sparql/*", new SparqlEndpointFilter(urls))
                .addFilter("/sparql/*", answers)
                .addServlet("/id/*", linkedData)
                .addServlet("/doc/*", linkedData)
                .addServlet("/dumps/*", dumpServlet)
                .addServlet("/dumps", dumpServlet)
                .addServlet("", site)
                .addServlet("/ontology", site)
                .addServlet("/query", site)
                .addServlet("/sitemap.xml", site)
                .addServlet("/.well-known/void", site)
                .addServlet("/.well-known/sparql-examples", named)
                .addServlet("/queries/*", named)
                .addServlet("/queries", named);
        for (MediaTypes.Format format : MediaTypes.Format.values()) builder.addServlet("/ontology." + format.extension, site);
        server = builder.build();
        Server jetty = server.getJettyServer();
        // Fuseki asks Jetty for a 5 MB output buffer per response, bigger than Jetty's pool keeps, so
        // every response allocated and zeroed a fresh direct buffer: most of a small answer's time.
        for (org.eclipse.jetty.server.Connector connector : jetty.getConnectors()) {
            org.eclipse.jetty.server.HttpConnectionFactory http = connector.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class);
            if (http != null) http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER);
        }
        // HTML forms up to the body limit; Jetty's own default is smaller.
        org.eclipse.jetty.ee10.servlet.ServletContextHandler context = jetty.getDescendant(org.eclipse.jetty.ee10.servlet.ServletContextHandler.class);
        if (context != null) context.setMaxFormContentSize(RequestLimitsFilter.MAX_BODY);
        GzipHandler gzip = new GzipHandler();
        gzip.setIncludedMethods("GET", "POST");
        gzip.setHandler(jetty.getHandler());
        jetty.setHandler(gzip);
        server.start();
        LOG.info("Home page:       http://localhost:{}/", server.getHttpPort());
        LOG.info("SPARQL endpoint: http://localhost:{}/sparql", server.getHttpPort());
        LOG.info("Example entity:  http://localhost:{}/id/organization/SCO", server.getHttpPort());
        LOG.info("Dumps:           http://localhost:{}/dumps/", server.getHttpPort());
        if (compilesHugeMethods().equals("false")) {
            LOG.warn("ARQ's SPARQL lexer is a method too large for the JVM to compile by default, so every query is parsed "
                    + "about three times slower; start java with -XX:-DontCompileHugeMethods to compile it.");
        }
        return this;
    }

    /**
     * Whether the JVM compiles methods over 8000 bytes of bytecode: "false" by default, "true" with
     * {@code -XX:-DontCompileHugeMethods}, "unknown" on a JVM without HotSpot's flags.
     */
    static String compilesHugeMethods() {
        try {
            com.sun.management.HotSpotDiagnosticMXBean hotspot = java.lang.management.ManagementFactory
                    .getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return Boolean.toString(!Boolean.parseBoolean(hotspot.getVMOption("DontCompileHugeMethods").getValue()));
        } catch (RuntimeException notHotSpot) {
            return "unknown";
        }
    }

    public int port() {
        return server.getHttpPort();
    }

    public void join() {
        server.join();
    }

    public void stop() {
        if (server != null) server.stop();
    }
}
