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
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.sail.memory.MemoryStore;

/**
 * The peer the issue measured: an RDF4J memory store behind the JDK's HTTP server, answering a
 * SPARQL SELECT sent as a form POST with SPARQL JSON results. Only what the benchmark needs.
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

    static Rdf4jPeer start(Graph union) throws IOException {
        SailRepository repository = new SailRepository(new MemoryStore());
        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        RDFDataMgr.write(nt, union, Lang.NTRIPLES);
        try (RepositoryConnection connection = repository.getConnection()) {
            connection.add(new ByteArrayInputStream(nt.toByteArray()), "", RDFFormat.NTRIPLES);
        }
        // Without TCP_NODELAY the JDK's server waits for delayed ACKs: 40 ms per small answer.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
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
        try (RepositoryConnection connection = repository.getConnection();
                TupleQueryResult result = connection.prepareTupleQuery(query).evaluate()) {
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
            body = JSON.toStringFlat(json).getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
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
