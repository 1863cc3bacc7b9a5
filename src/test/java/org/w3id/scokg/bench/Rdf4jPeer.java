package org.w3id.scokg.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.common.exception.RDF4JException;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.BooleanQuery;
import org.eclipse.rdf4j.query.GraphQuery;
import org.eclipse.rdf4j.query.Query;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.sail.memory.MemoryStore;

/**
 * The peer the issue measured: an RDF4J memory store behind the JDK's HTTP server, answering a
 * SPARQL query sent as a form POST: SELECT and ASK with SPARQL JSON results, CONSTRUCT and DESCRIBE
 * with N-Triples. Only what the benchmarks need.
 */
final class Rdf4jPeer implements AutoCloseable {
    private final SailRepository repository;
    private final HttpServer server;
    private final ExecutorService threads;

    private Rdf4jPeer(SailRepository repository, HttpServer server, ExecutorService threads) {
        this.repository = repository;
        this.server = server;
        this.threads = threads;
    }

    /** A peer holding {@code union} as its default graph (no named graphs). */
    static Rdf4jPeer start(Graph union) throws IOException {
        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        RDFDataMgr.write(nt, union, Lang.NTRIPLES);
        return start(nt.toByteArray(), RDFFormat.NTRIPLES);
    }

    /**
     * A peer holding the named graphs of {@code quads} (not its default graph) as contexts: RDF4J's
     * default graph is then their union, as sco-kg's is.
     */
    static Rdf4jPeer start(DatasetGraph quads) throws IOException {
        return start(quads, 0);
    }

    /** As {@link #start(DatasetGraph)}, on {@code port} (0: a free one). */
    static Rdf4jPeer start(DatasetGraph quads, int port) throws IOException {
        ByteArrayOutputStream nq = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(nq, quads.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
        return start(nq.toByteArray(), RDFFormat.NQUADS, port);
    }

    private static Rdf4jPeer start(byte[] data, RDFFormat format) throws IOException {
        return start(data, format, 0);
    }

    private static Rdf4jPeer start(byte[] data, RDFFormat format, int port) throws IOException {
        SailRepository repository = new SailRepository(new MemoryStore());
        try (RepositoryConnection connection = repository.getConnection()) {
            connection.add(new ByteArrayInputStream(data), "", format);
        }
        // Without TCP_NODELAY the JDK's server waits for delayed ACKs: 40 ms per small answer.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        server.setExecutor(threads);
        Rdf4jPeer peer = new Rdf4jPeer(repository, server, threads);
        server.createContext("/sparql", peer::answer);
        server.start();
        return peer;
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
    }

    private void answer(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String query = URLDecoder.decode(form.substring(form.indexOf("query=") + 6), StandardCharsets.UTF_8);
        byte[] body;
        String type = "application/sparql-results+json";
        try (RepositoryConnection connection = repository.getConnection()) {
            Query prepared = connection.prepareQuery(query);
            if (prepared instanceof TupleQuery tuples) {
                body = rows(tuples);
            } else if (prepared instanceof BooleanQuery ask) {
                body = ("{\"head\":{},\"boolean\":" + ask.evaluate() + "}").getBytes(StandardCharsets.UTF_8);
            } else {
                ByteArrayOutputStream nt = new ByteArrayOutputStream();
                ((GraphQuery) prepared).evaluate(Rio.createWriter(RDFFormat.NTRIPLES, nt));
                body = nt.toByteArray();
                type = "application/n-triples";
            }
        } catch (RDF4JException e) {
            // A query RDF4J cannot parse or evaluate: a 400 with its message, as a SPARQL endpoint answers.
            body = String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(400, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] rows(TupleQuery query) {
        try (TupleQueryResult result = query.evaluate()) {
            JsonObject json = new JsonObject();
            JsonObject head = new JsonObject();
            JsonArray vars = new JsonArray();
            result.getBindingNames().forEach(vars::add);
            head.put("vars", vars);
            json.put("head", head);
            JsonArray bindings = new JsonArray();
            while (result.hasNext()) bindings.add(row(result.next()));
            JsonObject results = new JsonObject();
            results.put("bindings", bindings);
            json.put("results", results);
            return JSON.toStringFlat(json).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static JsonObject row(BindingSet set) {
        JsonObject row = new JsonObject();
        for (var binding : set) {
            Value value = binding.getValue();
            JsonObject term = new JsonObject();
            term.put("type", value.isIRI() ? "uri" : value.isLiteral() ? "literal" : "bnode");
            term.put("value", value.stringValue());
            if (value instanceof Literal literal) {
                literal.getLanguage().ifPresent(lang -> term.put("xml:lang", lang));
                if (literal.getLanguage().isEmpty() && !literal.getDatatype().equals(XSD.STRING)) term.put("datatype", literal.getDatatype().stringValue());
            }
            row.put(binding.getName(), term);
        }
        return row;
    }

    @Override
    public void close() {
        server.stop(0);
        // The pool's threads would otherwise keep the benchmark's JVM alive after its report.
        threads.shutdownNow();
        repository.shutDown();
    }
}
