package org.w3id.scokg.server;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.ThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.scokg.graph.ImportedVocabularies;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.query.QueryCatalog;
import org.w3id.scokg.query.engine.SparqlEngine;
import org.w3id.scokg.query.engine.TransientDatatypes;
import org.w3id.scokg.query.functions.BoundedDurations;
import org.w3id.scokg.server.fair.Fairness;
import org.w3id.scokg.server.fragments.FragmentsModule;
import org.w3id.scokg.server.http.AsyncBody;
import org.w3id.scokg.server.http.CachePolicy;
import org.w3id.scokg.server.http.HttpFront;
import org.w3id.scokg.server.http.ReadTransactionFilter;
import org.w3id.scokg.server.http.Readiness;
import org.w3id.scokg.server.http.RequestLimitsFilter;
import org.w3id.scokg.server.http.TextCharsetFilter;
import org.w3id.scokg.server.http.UntaggedConditions;
import org.w3id.scokg.server.linkeddata.LinkedDataModule;
import org.w3id.scokg.server.reconcile.ReconcileModule;
import org.w3id.scokg.server.search.SearchModule;
import org.w3id.scokg.server.site.NamespaceModule;
import org.w3id.scokg.server.site.PriorOntologies;
import org.w3id.scokg.server.site.SiteModule;
import org.w3id.scokg.server.sparql.SparqlModule;
import org.w3id.scokg.server.web.LanguageFilter;
import org.w3id.scokg.server.web.MovedKeys;
import org.w3id.scokg.server.web.PublicUrls;

/**
 * The one server: an embedded, read-only Fuseki with one module per concern on the same port
 * ({@link SparqlModule}, {@link LinkedDataModule}, {@link SiteModule}, {@link SearchModule}, {@link
 * NamespaceModule}, {@link ReconcileModule}, {@link FragmentsModule}), behind the limits every request
 * meets: the servlet filters every route shares, the fair scheduler ({@link Fairness}) and the
 * handlers in front of everything ({@link HttpFront}). Built with a builder, so tests can start it on
 * port 0.
 */
public final class LinkedDataServer {
    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataServer.class);

    /** Bytes of response Jetty buffers before it streams; a size its buffer pool reuses. */
    static final int OUTPUT_BUFFER = 32 * 1024;
    /** The most bytes of a request's line and headers (Jetty's requestHeaderSize). */
    static final int REQUEST_HEADERS = 64 * 1024;

    private final KnowledgeGraph graph;
    private final Path dumps;
    private final QueryCatalog queries;
    private final ProjectLayout project;
    private int port = 3030;
    private String host = "127.0.0.1";
    private int adminPort = -1;
    private Duration bodyDeadline = HttpFront.BODY_DEADLINE;
    private Duration timeout = Duration.ofSeconds(SparqlEngine.DEFAULT_TIMEOUT_SECONDS);
    private long answerByteCap = SparqlModule.BYTE_CAP;
    private String publicBase;
    private Path searchIndex;
    private String searchIndexKey;
    private Fairness.Settings fairness = Fairness.Settings.defaults();
    private int sendBufferBytes = -1;
    private Duration pieceTime = AsyncBody.PIECE_TIME;
    private FusekiServer server;
    private Readiness readiness;
    private SparqlModule sparql;

    private LinkedDataServer(KnowledgeGraph graph, Path dumps, ProjectLayout project) {
        this.graph = graph;
        this.dumps = dumps;
        this.project = project;
        this.queries = new QueryCatalog(project);
    }

    /** A server for {@code graph}, serving the dumps already written to {@code dumps} and the project's named queries. */
    public static LinkedDataServer create(KnowledgeGraph graph, Path dumps, Path project) {
        return new LinkedDataServer(graph, dumps, new ProjectLayout(project));
    }

    public LinkedDataServer port(int port) {
        this.port = port;
        return this;
    }

    /** The address to listen on: 127.0.0.1 unless told otherwise; 0.0.0.0 for every interface. */
    public LinkedDataServer host(String host) {
        this.host = host;
        return this;
    }

    /** A port of its own for the operator's endpoints ({@code /$/metrics}); without one they answer only on loopback. */
    public LinkedDataServer adminPort(int adminPort) {
        this.adminPort = adminPort;
        return this;
    }

    /** The time a request body has to arrive in full; past it, 408. */
    public LinkedDataServer bodyDeadline(Duration deadline) {
        this.bodyDeadline = deadline;
        return this;
    }

    /** The server's public URL behind a proxy (absolute http or https), used for every absolute link it makes. */
    public LinkedDataServer publicBase(String url) {
        this.publicBase = url;
        return this;
    }

    /** Keep the search index in {@code folder} (beside a TDB2 store) instead of memory: opened when there, built when not. */
    public LinkedDataServer searchIndex(Path folder) {
        this.searchIndex = folder;
        return this;
    }

    /**
     * Hold the search index in memory, read from the copy in {@code folder} made for {@code key} (the
     * record of the graph's snapshot), or made and a copy kept there.
     */
    public LinkedDataServer searchIndexCopy(Path folder, String key) {
        this.searchIndex = folder;
        this.searchIndexKey = key;
        return this;
    }

    public LinkedDataServer timeoutSeconds(int seconds) {
        return timeout(Duration.ofSeconds(seconds));
    }

    /** The query timeout, to the millisecond (tests use a fraction of a second). */
    public LinkedDataServer timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** The most bytes a SPARQL answer or a Graph Store read carries; {@link SparqlModule#BYTE_CAP} unless set. */
    public LinkedDataServer answerByteCap(long bytes) {
        this.answerByteCap = bytes;
        return this;
    }

    /** How queries are shared between clients; {@link Fairness.Settings#defaults()} unless set. */
    public LinkedDataServer fairness(Fairness.Settings settings) {
        this.fairness = settings;
        return this;
    }

    /**
     * The kernel's send buffer of each connection accepted, in place of the size the kernel chooses
     * and grows itself: for tests of clients that leave an answer unread at a chosen place, which
     * Linux's growing of a loopback connection's buffer to megabytes makes a matter of chance.
     */
    LinkedDataServer sendBufferBytes(int bytes) {
        this.sendBufferBytes = bytes;
        return this;
    }

    /** For tests: the Jetty thread pool that runs the server's requests. */
    ThreadPool threadPool() {
        return server.getJettyServer().getThreadPool();
    }

    /**
     * For tests: the Jetty server, whose handlers (the fair scheduler's queues) and servlet context
     * (the queries evaluating) tell what state the server has reached, so that a test waits for it
     * rather than for a fixed time.
     */
    Server jetty() {
        return server.getJettyServer();
    }

    /** For tests: the time a client has to take each piece of a body sent whole ({@link AsyncBody}), instead of 30 s. */
    LinkedDataServer pieceTime(Duration time) {
        this.pieceTime = time;
        return this;
    }

    public LinkedDataServer start() {
        // A datatype a client names is not kept for the JVM's life, as Jena would keep it.
        TransientDatatypes.install();
        // Two durations are compared in bounded time, not a month at a time for seconds on end.
        BoundedDurations.install();
        DatasetGraph dataset = SparqlEngine.copyForQueries(graph);
        long timeoutMillis = timeout.toMillis();
        PublicUrls urls = new PublicUrls(publicBase);
        sparql = new SparqlModule(dataset, timeoutMillis, answerByteCap, urls);
        // One for the entity pages and the named queries: its map of the graph's keys in small letters is made once.
        MovedKeys keys = new MovedKeys(graph.union());
        SiteModule site = new SiteModule(graph, dataset, queries, dumps, timeoutMillis, urls, ImportedVocabularies.read(project), keys);
        server = fuseki(dataset, timeoutMillis, urls, keys, site);
        wrap(site, urls);
        server.start();
        logAddresses();
        return this;
    }

    /** The Fuseki server: the filters every request passes, and one module per concern. */
    private FusekiServer fuseki(DatasetGraph dataset, long timeoutMillis, PublicUrls urls, MovedKeys keys, SiteModule site) {
        return FusekiServer.create()
                .port(port)
                .enablePing(true)
                .enableMetrics(true)
                .enableCors(false)
                .addFilter("/*", new RequestLimitsFilter())
                .addFilter("/*", new TextCharsetFilter())
                .addFilter("/*", new ReadTransactionFilter(graph.dataset()))
                .addFilter("/*", new LanguageFilter())
                // The base's path, which every page's links start with (Page.of reads it).
                .addServletAttribute(PublicUrls.ROOT, urls.root())
                .fusekiModules(FusekiModules.create(
                        sparql,
                        new LinkedDataModule(graph, urls, timeoutMillis, keys),
                        site,
                        new SearchModule(graph, dataset, searchIndex, searchIndexKey, urls),
                        new NamespaceModule(graph, dumps, project.shapes(), PriorOntologies.read(project), urls),
                        new ReconcileModule(graph, urls, timeoutMillis),
                        new FragmentsModule(graph, urls, timeoutMillis)))
                .build();
    }

    /** Jetty's handlers around the routes: fairness, conditions, cache policy, readiness and the front door. */
    private void wrap(SiteModule site, PublicUrls urls) {
        // Handlers wrap what is there: the last installed is the outermost (HttpFront's doors, gzip and bodies).
        // Neither a kept SPARQL answer nor a named query's kept rows wait for a slot or count as a query.
        Fairness.install(server.getJettyServer(), fairness, (method, path, urlQuery, parameters, accept) ->
                sparql.answersFromCache(method, path, urlQuery, parameters, accept) || site.answersFromCache(method, path, urlQuery, parameters, accept));
        // If-Match on an answer without an ETag is a 412 (RFC 9110 13.1.1), in front of every route; CachePolicy drops its Cache-Control.
        UntaggedConditions.install(server.getJettyServer());
        CachePolicy.install(server.getJettyServer(), dumps);
        readiness = Readiness.install(server.getJettyServer());
        configure(server.getJettyServer(), urls);
    }

    private void logAddresses() {
        LOG.info("Home page:       http://localhost:{}/", server.getHttpPort());
        LOG.info("SPARQL endpoint: http://localhost:{}/sparql", server.getHttpPort());
        LOG.info("Example entity:  http://localhost:{}/id/organization/SCO", server.getHttpPort());
        LOG.info("Dumps:           http://localhost:{}/dumps/", server.getHttpPort());
        if (compilesHugeMethods().equals("false")) {
            LOG.warn("ARQ's SPARQL lexer is a method too large for the JVM to compile by default, so every query is parsed "
                    + "about three times slower; start java with -XX:-DontCompileHugeMethods to compile it.");
        }
    }

    private void configure(Server jetty, PublicUrls urls) {
        // For the pages of the handlers in front of the servlets (Refusals), which reach no servlet context.
        jetty.setAttribute(PublicUrls.ROOT, urls.root());
        // Fuseki asks Jetty for a 5 MB output buffer per response, bigger than Jetty's pool keeps, so
        // every response allocated and zeroed a fresh direct buffer: most of a small answer's time.
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER);
            // Fuseki lets a request's line and headers take 512 KiB, for long queries by GET; an address
            // is refused past 8 KiB here, so 64 KiB is room for any header a client needs, and bounds
            // what a header costs to read (30,000 language ranges took 20 s of CPU per page at 512 KiB).
            // Past it, Jetty answers 431.
            if (http != null) http.getHttpConfiguration().setRequestHeaderSize(REQUEST_HEADERS);
            if (connector instanceof ServerConnector server) server.setAcceptedSendBufferSize(sendBufferBytes);
        }
        jetty.getDescendant(ServletContextHandler.class).setAttribute(AsyncBody.PIECE_TIME_ATTRIBUTE, pieceTime);
        HttpFront.install(jetty, host, adminPort, bodyDeadline, urls);
    }

    /**
     * Whether the JVM compiles methods over 8000 bytes of bytecode: "false" by default, "true" with
     * {@code -XX:-DontCompileHugeMethods}, "unknown" on a JVM without HotSpot's flags.
     */
    static String compilesHugeMethods() {
        try {
            com.sun.management.HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
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

    /**
     * How long a SPARQL query under way when the server stops may still take to answer; past it the
     * query is stopped and answers 503 with {@code Retry-After}, so that a stop does not wait for
     * queries that may run to the timeout (the process has {@code ServeCommand.STOP_SECONDS}).
     */
    static final Duration QUERY_GRACE = Duration.ofSeconds(1);

    /** Stops the server: its port closes, the requests under way finish, SPARQL queries within {@link #QUERY_GRACE}. */
    public void stop() {
        if (server == null) return;
        CompletableFuture.delayedExecutor(QUERY_GRACE.toMillis(), TimeUnit.MILLISECONDS).execute(sparql::stopEvaluating);
        server.stop();
    }

    /**
     * Stops as a replica behind a balancer should: {@code /$/ready} answers 503 while the server
     * still serves for {@code drain}, then the port closes and the requests under way finish.
     */
    public void drainAndStop(Duration drain) {
        if (server == null) return;
        try {
            readiness.drain(drain);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop();
    }
}
