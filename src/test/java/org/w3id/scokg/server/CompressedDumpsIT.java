package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.scokg.server.ServerFixture.request;
import static org.w3id.scokg.server.ServerFixture.send;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.scokg.TestGraph;

/**
 * The gzip dumps ({@code sco-kg.nt.gz}, {@code sco-kg.nq.gz}) read by URL as Jena reads them, and
 * downloaded as curl and browsers download them. Until a review on 5 December 2026 they were only
 * {@code application/gzip}, and Jena's {@code RDFDataMgr.loadGraph(url)} and
 * {@code RDFParser.source(url)} failed on their first byte ({@code [line: 1, col: 1] ... (31;0x001F)}):
 * Jena reads a {@code Content-Encoding: gzip}, not the type {@code application/gzip}.
 */
class CompressedDumpsIT {
    /** The Accept header Jena 5.6's RDFParser sends for a URL (it sends no Accept-Encoding). */
    private static final String JENA_ACCEPT = "text/turtle,application/n-triples;q=0.9,application/rdf+xml;q=0.7,application/trig,"
            + "application/n-quads;q=0.9,application/ld+json;q=0.8,*/*;q=0.5";

    private static HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
        try {
            return ServerFixture.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void jena_reads_the_gzip_dumps_by_url() {
        long triples = TestGraph.real().read(() -> TestGraph.real().union().size());
        long quads = TestGraph.real().read(() -> TestGraph.real().dataset().stream().count());
        String dumps = ServerFixture.base() + "/dumps/";
        assertEquals(triples, RDFDataMgr.loadGraph(dumps + "sco-kg.nt.gz").size(), "RDFDataMgr.loadGraph");
        assertEquals(triples, RDFParser.source(dumps + "sco-kg.nt.gz").toGraph().size(), "RDFParser.source");
        DatasetGraph dataset = RDFParser.source(dumps + "sco-kg.nq.gz").toDatasetGraph();
        assertEquals(quads, dataset.stream().count(), "RDFParser.source of the N-Quads");
        assertEquals(4, dataset.size(), "the four named graphs");
        // The permanent path of a version is the same file, read the same way.
        String sums = ServerFixture.get("/dumps/SHA256SUMS").body();
        String sum = sums.lines().filter(line -> line.endsWith("  sco-kg.nt.gz")).findFirst().orElseThrow().substring(0, 16);
        assertEquals(triples, RDFDataMgr.loadGraph(dumps + "sha256-" + sum + "/sco-kg.nt.gz").size(), "the permanent path");
    }

    /**
     * What Jena gets is the file's bytes, with its RDF type and {@code Content-Encoding: gzip}; what
     * curl, wget and a browser get (anything asked for first) is the file's bytes as {@code
     * application/gzip}, no content coding that a client would undo before saving it. Both are the
     * bytes SHA256SUMS lists.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sco-kg.nt.gz", "sco-kg.nq.gz"})
    void each_client_gets_the_files_bytes_and_only_jena_the_rdf_type(String file) {
        String rdfType = file.contains(".nq") ? "application/n-quads" : "application/n-triples";
        String sum = ServerFixture.get("/dumps/SHA256SUMS").body().lines().filter(line -> line.endsWith("  " + file)).findFirst().orElseThrow().substring(0, 64);
        HttpResponse<byte[]> jena = bytes(request("/dumps/" + file).header("Accept", JENA_ACCEPT));
        assertEquals(200, jena.statusCode());
        assertEquals(rdfType, jena.headers().firstValue("Content-Type").orElse(""));
        assertEquals("gzip", jena.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals(sum, sha256(jena.body()));
        assertEquals("\"" + sum.substring(0, 32) + "--gzip\"", jena.headers().firstValue("ETag").orElse(""));
        assertEquals(List.of("Accept, Accept-Encoding"), jena.headers().allValues("Vary"));
        // curl -O (Accept: */*), curl --compressed, wget, a browser's download, and a client that names no type.
        for (String[] asked : new String[][] {{"Accept", "*/*"}, {"Accept", "*/*", "Accept-Encoding", "deflate, gzip, br, zstd"},
            {"Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "Accept-Encoding", "gzip, deflate, br"}, {}}) {
            HttpRequest.Builder request = request("/dumps/" + file);
            if (asked.length > 0) request.headers(asked);
            HttpResponse<byte[]> download = bytes(request);
            String what = String.join(" ", asked);
            assertEquals("application/gzip", download.headers().firstValue("Content-Type").orElse(""), what);
            assertEquals(Optional.empty(), download.headers().firstValue("Content-Encoding"), what);
            assertEquals(sum, sha256(download.body()), what);
            assertEquals("\"" + sum.substring(0, 32) + "\"", download.headers().firstValue("ETag").orElse(""), what);
            assertEquals("attachment; filename=\"" + file + "\"", download.headers().firstValue("Content-Disposition").orElse(""), what);
        }
        // rdflib asks for RDF but takes no content coding (Accept-Encoding: identity): the file as it is.
        HttpResponse<byte[]> rdflib = bytes(request("/dumps/" + file).header("Accept", "application/rdf+xml, text/turtle, " + rdfType).header("Accept-Encoding", "identity"));
        assertEquals("application/gzip", rdflib.headers().firstValue("Content-Type").orElse(""));
        assertEquals(Optional.empty(), rdflib.headers().firstValue("Content-Encoding"));
        HttpResponse<byte[]> refused = bytes(request("/dumps/" + file).header("Accept", rdfType).header("Accept-Encoding", "*, gzip;q=0"));
        assertEquals("application/gzip", refused.headers().firstValue("Content-Type").orElse(""));
    }

    /**
     * A range of the RDF form is of the file's bytes, as a range of the file is; either form's ETag
     * resumes the other (their bytes are one file's), and revalidates its own.
     */
    @Test
    void a_range_and_the_tags_of_the_rdf_form_are_the_files() {
        HttpResponse<byte[]> whole = bytes(request("/dumps/sco-kg.nt.gz"));
        String plain = whole.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> jena = bytes(request("/dumps/sco-kg.nt.gz").header("Accept", JENA_ACCEPT));
        String encoded = jena.headers().firstValue("ETag").orElseThrow();
        assertTrue(!plain.equals(encoded), plain);
        for (String ifRange : List.of(plain, encoded)) {
            HttpResponse<byte[]> part = bytes(request("/dumps/sco-kg.nt.gz").header("Accept", JENA_ACCEPT).header("Range", "bytes=100-199").header("If-Range", ifRange));
            assertEquals(206, part.statusCode(), ifRange);
            assertEquals("bytes 100-199/" + whole.body().length, part.headers().firstValue("Content-Range").orElse(""));
            assertArrayEquals(Arrays.copyOfRange(whole.body(), 100, 200), part.body(), ifRange);
            HttpResponse<byte[]> filePart = bytes(request("/dumps/sco-kg.nt.gz").header("Range", "bytes=100-199").header("If-Range", ifRange));
            assertEquals(206, filePart.statusCode(), ifRange);
            assertArrayEquals(Arrays.copyOfRange(whole.body(), 100, 200), filePart.body(), ifRange);
        }
        HttpResponse<byte[]> stale = bytes(request("/dumps/sco-kg.nt.gz").header("Accept", JENA_ACCEPT).header("Range", "bytes=100-199").header("If-Range", "\"0123\""));
        assertEquals(200, stale.statusCode(), "another version's tag: the whole file");
        assertEquals(304, bytes(request("/dumps/sco-kg.nt.gz").header("Accept", JENA_ACCEPT).header("If-None-Match", encoded)).statusCode());
        assertEquals(304, bytes(request("/dumps/sco-kg.nt.gz").header("If-None-Match", plain)).statusCode());
        // A HEAD answers the headers its GET would.
        HttpResponse<byte[]> head = bytes(request("/dumps/sco-kg.nt.gz").header("Accept", JENA_ACCEPT).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(jena.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
        assertEquals(jena.headers().firstValue("Content-Length"), head.headers().firstValue("Content-Length"));
        assertEquals(Optional.of("gzip"), head.headers().firstValue("Content-Encoding"));
        // The bytes undone are the N-Triples: what a client that decodes gets.
        try (var in = new GZIPInputStream(new ByteArrayInputStream(jena.body()))) {
            assertEquals(TestGraph.real().read(() -> TestGraph.real().union().size()), RDFParser.source(in).lang(Lang.NTRIPLES).toGraph().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Jena given the file as {@code application/gzip} (as before, and still to a client that takes
     * no content coding) reads the gzip's bytes as RDF and fails on the first.
     */
    @Test
    void jena_given_the_file_as_application_gzip_fails_on_its_first_byte() {
        RiotException failed = assertThrows(RiotException.class, () -> RDFParser.source(ServerFixture.base() + "/dumps/sco-kg.nt.gz")
                .httpHeader("Accept-Encoding", "identity").errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).toGraph());
        assertTrue(failed.getMessage().contains("0x001F"), failed.getMessage());
    }

    /**
     * rdflib, which asks for RDF with {@code Accept-Encoding: identity}, gets the file as {@code
     * application/gzip}: {@code Graph.parse(url)} has no parser for it (recorded by the script, as
     * rdflib 6.1 and 7.6 did on 5 December 2026), and the README's way, urllib and gzip, reads every
     * statement ({@code src/test/rdflib/read_dumps_by_url.py}, Debian's python3 and python3-rdflib,
     * which {@code mvn verify} installs for {@code RdflibIT}).
     */
    @Test
    void rdflib_reads_the_gzip_dumps_by_url_through_gzip() throws IOException, InterruptedException {
        java.nio.file.Path python = java.nio.file.Path.of("/usr/bin/python3");
        assertTrue(java.nio.file.Files.isExecutable(python), "the test needs Debian's python3 and python3-rdflib (src/test/browser/ensure-chromium.sh installs them as root)");
        // -s: Debian's rdflib, not one a user put in ~/.local (as RdflibIT).
        Process read = new ProcessBuilder(python.toString(), "-s", "src/test/rdflib/read_dumps_by_url.py", ServerFixture.base() + "/dumps/")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(read.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(read.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "rdflib finished within 2 minutes");
        assertEquals(0, read.exitValue(), out);
        com.google.gson.JsonObject found = com.google.gson.JsonParser.parseString(out).getAsJsonObject();
        long triples = TestGraph.real().read(() -> TestGraph.real().union().size());
        long quads = TestGraph.real().read(() -> TestGraph.real().dataset().stream().count());
        for (String file : List.of("sco-kg.nt.gz", "sco-kg.nq.gz")) {
            com.google.gson.JsonObject dump = found.getAsJsonObject(file);
            assertEquals("application/gzip", dump.get("contentType").getAsString(), file);
            assertTrue(dump.get("contentEncoding").isJsonNull(), file);
            assertEquals(file.contains(".nq") ? quads : triples, dump.get("statements").getAsLong(), file);
            assertEquals("PluginException", dump.get("byUrlAlone").getAsString(), file + ": rdflib by URL alone");
        }
    }
}
