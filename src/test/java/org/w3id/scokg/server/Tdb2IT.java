package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestDumps;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.graph.Tdb2Store;
import org.w3id.scokg.project.InputException;

/** The persistent TDB2 mode: the same answers as in memory, and a store that outlives a kill -9. */
class Tdb2IT {
    private static final String COUNT = "/sparql?query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", StandardCharsets.UTF_8);

    private static String count(String base) {
        HttpResponse<String> response = ServerFixture.send(HttpRequest.newBuilder(URI.create(base + COUNT)).header("Accept", "text/csv").build());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().lines().skip(1).findFirst().orElse("").strip();
    }

    @Test
    void a_tdb2_store_answers_as_the_memory_graph_does(@TempDir Path temp) {
        KnowledgeGraph store = Tdb2Store.create(TestGraph.real(), temp.resolve("store"));
        TestDumps.copyInto(temp.resolve("dist"));
        LinkedDataServer server = LinkedDataServer.create(store, temp.resolve("dist"), ProjectCopy.ROOT).port(0).start();
        try {
            String base = "http://localhost:" + server.port();
            assertEquals(String.valueOf(TestGraph.real().union().size()), count(base));
            // Jena's names for the union and the default graph name no graph on TDB2 either: each read the union until 4 December 2026.
            for (String name : List.of("urn:x-arq:UnionGraph", "urn:x-arq:DefaultGraphNode", "urn:x-arq:DefaultGraph")) {
                String ask = URLEncoder.encode("ASK { GRAPH <" + name + "> { ?s ?p ?o } }", StandardCharsets.UTF_8);
                HttpResponse<String> answer = ServerFixture.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + ask)).header("Accept", "text/csv").build());
                assertEquals("false", answer.body().lines().skip(1).findFirst().orElse("").strip(), name);
            }
            // Search reads the store's union: its index was of the store's empty default graph, and found nothing, until a review on 4 December 2026.
            HttpResponse<String> search = ServerFixture.send(HttpRequest.newBuilder(URI.create(base + "/search?format=json&q=India")).build());
            assertTrue(search.body().contains("\"page\" : \"/doc/state/IN\""), search.body());
            // text:query inside GRAPH matches in the graphs that hold the text, as in memory (SearchTest).
            String perGraph = URLEncoder.encode("PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT DISTINCT ?g { GRAPH ?g { ?s text:query (rdfs:label \"India\") } } ORDER BY ?g", StandardCharsets.UTF_8);
            HttpResponse<String> graphs = ServerFixture.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + perGraph)).header("Accept", "text/csv").build());
            assertEquals(List.of("g", "https://w3id.org/sco-kg/graph/data", "https://w3id.org/sco-kg/graph/provenance"), graphs.body().strip().lines().map(String::strip).toList());
            HttpResponse<String> page = ServerFixture.send(HttpRequest.newBuilder(URI.create(base + "/doc/state/IN.ttl")).build());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Q668"));
            // Each triple of a description in its graph, read from the store's graphs (a review on 4 December 2026).
            HttpResponse<String> quads = ServerFixture.send(HttpRequest.newBuilder(URI.create(base + "/doc/state/IN.nq")).build());
            assertEquals(200, quads.statusCode(), quads.body());
            assertTrue(quads.body().contains("<http://xmlns.com/foaf/0.1/Agent> <https://w3id.org/sco-kg/graph/inferred> ."), quads.body());
            HttpResponse<String> named = ServerFixture.send(HttpRequest.newBuilder(URI.create(base + "/queries/members-on-date?format=csv")).build());
            assertEquals(11, named.body().strip().lines().count(), named.body());
            // The ontology, its RDF and its page: a 500 on TDB2 until a review on 4 December 2026 (the prefixes were set on the stored graph).
            for (String path : List.of("/ontology.ttl", "/ontology.jsonld", "/ontology")) {
                HttpResponse<String> ontology = ServerFixture.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build());
                assertEquals(200, ontology.statusCode(), path + ": " + ontology.body());
            }
        } finally {
            server.stop();
        }
    }

    /**
     * What a client reads, the same from a TDB2 store as from memory: a review on 4 December 2026
     * compared the two servers' answers, page by page, and found these differ.
     */
    @Test
    void a_tdb2_server_and_a_memory_server_answer_alike(@TempDir Path temp) {
        KnowledgeGraph store = Tdb2Store.create(TestGraph.real(), temp.resolve("store"));
        TestDumps.copyInto(temp.resolve("dist"));
        LinkedDataServer onDisk = LinkedDataServer.create(store, temp.resolve("dist"), ProjectCopy.ROOT).port(0).start();
        LinkedDataServer inMemory = LinkedDataServer.create(TestGraph.real(), temp.resolve("dist"), ProjectCopy.ROOT).port(0).start();
        try {
            String tdb2 = "http://localhost:" + onDisk.port();
            String memory = "http://localhost:" + inMemory.port();
            HttpResponse<String> defaultGraph = ServerFixture.send(HttpRequest.newBuilder(URI.create(tdb2 + "/sparql?default")).header("Accept", "application/n-triples").build());
            assertEquals(200, defaultGraph.statusCode(), defaultGraph.body());
            List<String> differ = new java.util.ArrayList<>();
            if (defaultGraph.body().lines().filter(line -> !line.isBlank()).count() != TestGraph.real().union().size()) differ.add("/sparql?default (size)");
            for (String path : List.of(
                    // The Graph Store's default graph: empty on TDB2, the union in memory (and in SPARQL on both).
                    "/sparql?default",
                    // An entity page's values of one date and one name (the SCO's six positions on cyber
                    // sovereignty) came in the graph's order, which a TDB2 store's is not.
                    "/doc/organization/SCO", "/doc/organization/SCO?lang=ru", "/doc/norm/cyber-sovereignty", "/doc/threat/cyber-terrorism",
                    "/doc/document/new-delhi-declaration-2023?lang=zh", "/doc/excerpt/cyberdiplomat-sco-cyber-norms-289-529",
                    // Lucene broke ties of score by the order the texts were indexed in, the graph's: the SCO
                    // shown as "…Organization" in memory and "…Organisation" on TDB2, another last suggestion
                    // for "Sha"; and a result's assertions came in the graph's order.
                    "/search?format=json&q=Shanghai", "/search?format=json&q=Astana", "/search/suggest?q=Sha", "/search/suggest?q=terr",
                    // A description's RDF held the same triples in the graph's order: other bytes, another ETag.
                    "/doc/organization/SCO.ttl", "/doc/state/AE.ttl", "/doc/act/A-66-359-submission.nt", "/doc/state/IN.jsonld", "/doc/norm/cyber-sovereignty.trig",
                    // The ontology's page and RDF: its terms' lines in the graph's order.
                    "/ontology", "/ontology.ttl")) {
                String accept = path.startsWith("/sparql") ? "application/n-triples" : "text/html";
                HttpResponse<String> fromMemory = ServerFixture.send(HttpRequest.newBuilder(URI.create(memory + path)).header("Accept", accept).build());
                HttpResponse<String> fromStore = ServerFixture.send(HttpRequest.newBuilder(URI.create(tdb2 + path)).header("Accept", accept).build());
                assertEquals(200, fromMemory.statusCode(), path);
                List<String> expected = fromMemory.body().lines().toList();
                List<String> actual = fromStore.body().lines().toList();
                // A Graph Store read is a set of triples, in no order.
                if (path.startsWith("/sparql")) {
                    expected = expected.stream().sorted().toList();
                    actual = actual.stream().sorted().toList();
                }
                if (!expected.equals(actual)) differ.add(path);
                // Two servers started at different times, as replicas are: a description has one tag on
                // both and no date (until 6 December 2026 each sent the time it started as Last-Modified).
                if (path.startsWith("/doc/")) {
                    if (!fromMemory.headers().firstValue("ETag").equals(fromStore.headers().firstValue("ETag"))) differ.add(path + " (ETag)");
                    if (fromMemory.headers().firstValue("Last-Modified").or(() -> fromStore.headers().firstValue("Last-Modified")).isPresent()) differ.add(path + " (Last-Modified)");
                }
            }
            assertEquals(List.of(), differ);
        } finally {
            inMemory.stop();
            onDisk.stop();
        }
    }

    @Test
    void a_store_killed_under_load_reopens_whole(@TempDir Path temp) throws Exception {
        Path store = temp.resolve("store");
        // Release the store in this JVM, so that the server process can lock it.
        org.apache.jena.tdb2.sys.TDBInternal.expel(Tdb2Store.create(TestGraph.real(), store).dataset());
        try (ChildServer serve = ChildServer.start(List.of(ChildServer.QUICK_START), "--tdb2", store.toString(), "--data", temp.resolve("dist").toString())) {
            for (int i = 0; i < 20; i++) assertEquals(String.valueOf(TestGraph.real().union().size()), count(serve.base));
            ServerFixture.CLIENT.sendAsync(HttpRequest.newBuilder(URI.create(serve.base + COUNT)).build(), HttpResponse.BodyHandlers.discarding());
            // Closing it is kill -9, under the query just sent.
        }
        KnowledgeGraph reopened = Tdb2Store.open(store, Map.of());
        assertEquals(TestGraph.real().union().size(), (int) reopened.read(() -> reopened.union().size()));
        assertTrue(reopened.read(() -> reopened.union().isIsomorphicWith(TestGraph.real().union())), "every triple is there, unchanged");
        org.apache.jena.tdb2.sys.TDBInternal.expel(reopened.dataset());
        try (ChildServer again = ChildServer.start(List.of(ChildServer.QUICK_START), "--tdb2", store.toString(), "--data", temp.resolve("dist").toString())) {
            assertEquals(String.valueOf(TestGraph.real().union().size()), count(again.base), "a server started again on the store serves it");
        }
    }

    @Test
    void a_folder_that_is_not_a_store_is_refused_and_left_as_it_was(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("other");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("notes.txt"), "mine");
        InputException e = assertThrows(InputException.class, () -> Tdb2Store.create(TestGraph.real(), folder));
        assertTrue(e.getMessage().contains("not empty and holds no TDB2 store"));
        assertEquals("mine", Files.readString(folder.resolve("notes.txt")));
        try (var files = Files.list(temp)) {
            assertEquals(1, files.count(), "no half-made store is left beside it");
        }
    }

    @Test
    void a_corrupt_store_is_a_clear_error_and_is_left_as_it_was(@TempDir Path temp) throws Exception {
        Path store = temp.resolve("store");
        Files.createDirectories(store.resolve("Data-0001"));
        byte[] junk = "not a B+tree".getBytes(StandardCharsets.UTF_8);
        Files.write(store.resolve("Data-0001/nodes.dat"), junk);
        InputException e = assertThrows(InputException.class, () -> Tdb2Store.open(store, Map.of()));
        assertTrue(e.getMessage().startsWith(store + ": cannot open the TDB2 store"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertArrayEquals(junk, Files.readAllBytes(store.resolve("Data-0001/nodes.dat")));
    }
}
