package org.w3id.scokg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The third peer: Debian's Virtuoso 7.2 ({@code virtuoso-t}) with a fresh database in a
 * folder of its own, the data bulk-loaded from N-Quads into its named graphs, which every query
 * names as its default graph and its named graphs ({@code default-graph-uri} and {@code
 * named-graph-uri} on the endpoint's URL): Virtuoso's own graphs stay out of every answer.
 */
final class Virtuoso implements AutoCloseable {
    private static final String GRAPH = "urn:sco-kg:bench";

    private final Process process;
    private final Path folder;
    private final int sqlPort;
    private final int httpPort;
    private final String graphs;

    private Virtuoso(Process process, Path folder, int sqlPort, int httpPort, String graphs) {
        this.process = process;
        this.folder = folder;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
        this.graphs = graphs;
    }

    /**
     * Starts Virtuoso in {@code folder} (emptied first) and loads the named graphs of {@code quads}
     * (not its default graph) into it: their union is every query's default graph, and they are its named graphs.
     */
    static Virtuoso start(Path folder, DatasetGraph quads) throws IOException, InterruptedException {
        Benchmark.deleteTree(folder);
        Path home = Files.createDirectories(folder).toAbsolutePath();
        try (OutputStream out = Files.newOutputStream(home.resolve("data.nq"))) {
            // The named graphs' quads only: a dataset's default graph may be their union, as sco-kg's is.
            RDFDataMgr.writeQuads(out, quads.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
        }
        StringBuilder graphs = new StringBuilder();
        for (String parameter : new String[] {"default-graph-uri", "named-graph-uri"}) {
            quads.listGraphNodes().forEachRemaining(name -> graphs.append(graphs.isEmpty() ? '?' : '&').append(parameter).append('=')
                    .append(java.net.URLEncoder.encode(name.getURI(), java.nio.charset.StandardCharsets.UTF_8)));
        }
        int sqlPort = freePort();
        int httpPort = freePort();
        Files.writeString(home.resolve("virtuoso.ini"), String.join("\n",
                "[Database]", "DatabaseFile = " + home + "/virtuoso.db", "ErrorLogFile = " + home + "/virtuoso.log",
                "LockFile = " + home + "/virtuoso.lck", "TransactionFile = " + home + "/virtuoso.trx",
                "xa_persistent_file = " + home + "/virtuoso.pxa", "Striping = 0", "TempStorage = TempDatabase",
                "[TempDatabase]", "DatabaseFile = " + home + "/virtuoso-temp.db", "TransactionFile = " + home + "/virtuoso-temp.trx",
                "[Parameters]", "ServerPort = 127.0.0.1:" + sqlPort, "DirsAllowed = ., " + home,
                // The buffers Virtuoso's own ini suggests for 2 GB of memory; the graph at x100 is 300 k triples.
                "NumberOfBuffers = 170000", "MaxDirtyBuffers = 130000", "CheckpointInterval = 0",
                "[HTTPServer]", "ServerPort = 127.0.0.1:" + httpPort, "ServerRoot = " + home, "ServerThreads = 10", "MaxClientConnections = 10",
                "[SPARQL]", "ResultSetMaxRows = 1000000", "MaxQueryExecutionTime = 120", "MaxQueryCostEstimationTime = 0", ""));
        Process process = new ProcessBuilder("virtuoso-t", "-f", "-c", home.resolve("virtuoso.ini").toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("stdout.log").toFile()).start();
        Virtuoso virtuoso = new Virtuoso(process, home, sqlPort, httpPort, graphs.toString());
        try {
            virtuoso.awaitHttp();
            virtuoso.isql("ld_dir('" + home + "', 'data.nq', '" + GRAPH + "'); rdf_loader_run(); checkpoint;");
            long loaded = virtuoso.count();
            long expected = org.apache.jena.atlas.iterator.Iter.count(quads.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
            if (loaded != expected) throw new IOException("Virtuoso loaded " + loaded + " triples of " + expected);
            return virtuoso;
        } catch (IOException | RuntimeException e) {
            virtuoso.close();
            throw e;
        }
    }

    /** The endpoint, with the loaded graphs as every query's default graph and named graphs. */
    String endpoint() {
        return "http://127.0.0.1:" + httpPort + "/sparql" + graphs;
    }

    private long count() throws IOException, InterruptedException {
        HttpRequest count = HttpRequest.newBuilder(URI.create(endpoint() + "&query=" + java.net.URLEncoder.encode(
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", java.nio.charset.StandardCharsets.UTF_8))).header("Accept", "text/csv").build();
        String csv = HttpClient.newHttpClient().send(count, HttpResponse.BodyHandlers.ofString()).body();
        return Long.parseLong(csv.strip().split("\n")[1].strip());
    }

    private void awaitHttp() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ask = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/sparql?query=ASK%7B%7D")).build();
        for (int i = 0; i < 600; i++) {
            try {
                if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException notYet) {
                // Still starting.
            }
            if (!process.isAlive()) break;
            Thread.sleep(100);
        }
        throw new IOException("Virtuoso did not start; see " + folder.resolve("virtuoso.log"));
    }

    private void isql(String statements) throws IOException, InterruptedException {
        Process isql = new ProcessBuilder("isql-vt", "127.0.0.1:" + sqlPort, "dba", "dba", "exec=" + statements)
                .redirectErrorStream(true).redirectOutput(folder.resolve("isql.log").toFile()).start();
        if (!isql.waitFor(30, TimeUnit.MINUTES) || isql.exitValue() != 0) {
            throw new IOException("isql-vt failed on " + statements + "; see " + folder.resolve("isql.log"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    @Override
    public void close() {
        try {
            isql("shutdown;");
        } catch (IOException e) {
            // isql-vt loses its connection as the server stops; it is stopped below either way.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
    }
}
