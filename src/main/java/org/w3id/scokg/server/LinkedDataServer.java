package org.w3id.scokg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.scokg.build.KnowledgeGraph;

/**
 * The one server: an embedded, read-only Fuseki answering SPARQL at {@code /sparql}, with the
 * linked-data routes, the home page and the dumps on the same port. Built with a builder, so
 * tests can start it on port 0.
 */
public final class LinkedDataServer {
    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataServer.class);

    private final KnowledgeGraph graph;
    private final Path dumps;
    private int port = 3030;
    private int timeoutSeconds = 30;
    private FusekiServer server;

    private LinkedDataServer(KnowledgeGraph graph, Path dumps) {
        this.graph = graph;
        this.dumps = dumps;
    }

    /** A server for {@code graph}, serving the dumps already written to {@code dumps}. */
    public static LinkedDataServer create(KnowledgeGraph graph, Path dumps, Path project) {
        return new LinkedDataServer(graph, dumps);
    }

    public LinkedDataServer port(int port) {
        this.port = port;
        return this;
    }

    public LinkedDataServer timeoutSeconds(int seconds) {
        this.timeoutSeconds = seconds;
        return this;
    }

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
        server = FusekiServer.create()
                .port(port)
                .add("/sparql", dataset, false)
                .enablePing(true)
                .enableMetrics(true)
                .enableCors(true, null)
                .addServlet("/id/*", new LinkedDataServlet(graph, started))
                .addServlet("/doc/*", new LinkedDataServlet(graph, started))
                .addServlet("/dumps/*", dumpServlet)
                .addServlet("/dumps", dumpServlet)
                .build();
        server.start();
        LOG.info("SPARQL endpoint: http://localhost:{}/sparql", server.getHttpPort());
        LOG.info("Example entity:  http://localhost:{}/id/organization/SCO", server.getHttpPort());
        LOG.info("Dumps:           http://localhost:{}/dumps/", server.getHttpPort());
        return this;
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
