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
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The third peer: Debian's Virtuoso 7.2 ({@code virtuoso-t}) with a fresh database in a
 * folder of its own, the graph bulk-loaded from N-Triples into one named graph, which every query
 * names as its default graph ({@code default-graph-uri} on the endpoint's URL).
 */
final class Virtuoso implements AutoCloseable {
    private static final String GRAPH = "urn:sco-kg:bench";

    private final Process process;
    private final Path folder;
    private final int sqlPort;
    private final int httpPort;

    private Virtuoso(Process process, Path folder, int sqlPort, int httpPort) {
        this.process = process;
        this.folder = folder;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
    }

    /** Starts Virtuoso in {@code folder} (emptied first) and loads {@code graph} into it. */
    static Virtuoso start(Path folder, Graph graph) throws IOException, InterruptedException {
        Benchmark.deleteTree(folder);
        Path home = Files.createDirectories(folder).toAbsolutePath();
        try (OutputStream out = Files.newOutputStream(home.resolve("data.nt"))) {
            RDFDataMgr.write(out, graph, Lang.NTRIPLES);
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
        Virtuoso virtuoso = new Virtuoso(process, home, sqlPort, httpPort);
        try {
            virtuoso.awaitHttp();
            virtuoso.isql("ld_dir('" + home + "', 'data.nt', '" + GRAPH + "'); rdf_loader_run(); checkpoint;");
            long loaded = virtuoso.count();
            if (loaded != graph.size()) throw new IOException("Virtuoso loaded " + loaded + " triples of " + graph.size());
            return virtuoso;
        } catch (IOException | RuntimeException e) {
            virtuoso.close();
            throw e;
        }
    }

    /** The endpoint, with the loaded graph as every query's default graph. */
    String endpoint() {
        return "http://127.0.0.1:" + httpPort + "/sparql?default-graph-uri=" + java.net.URLEncoder.encode(GRAPH, java.nio.charset.StandardCharsets.UTF_8);
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
