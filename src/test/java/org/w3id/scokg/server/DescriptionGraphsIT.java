package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.scokg.server.ServerFixture.get;
import static org.w3id.scokg.server.ServerFixture.request;
import static org.w3id.scokg.server.ServerFixture.send;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.vocab.SCO;

/**
 * A review of 4 December 2026: a thing's description put graph/inferred's entailments into one
 * default graph with the asserted data, its TriG had no graphs (the Turtle's bytes), and N-Quads
 * was a 406. TriG and N-Quads now keep each triple in the named graph that holds it, as the dumps'
 * TriG and N-Quads do, and the triple syntaxes hold the same triples, as the union dumps do.
 */
class DescriptionGraphsIT {
    private static final Node RUSSIA = NodeFactory.createURI(SCO.ID + "state/RU");
    private static final Node DOCUMENT = NodeFactory.createURI(SCO.BASE + "doc/state/RU");
    private static final Node IDENTIFIER = NodeFactory.createURI("http://purl.org/dc/terms/identifier");
    private static final Node AGENT = NodeFactory.createURI("http://xmlns.com/foaf/0.1/Agent");

    private static DatasetGraph quads(HttpResponse<String> response, Lang lang) {
        assertEquals(200, response.statusCode(), response.body());
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8))).lang(lang).parse(dataset);
        return dataset;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"trig, TRIG", "nq, NQUADS"})
    void each_triple_is_in_the_named_graph_that_holds_it(String extension, String lang) {
        DatasetGraph description = quads(get("/doc/state/RU." + extension), "TRIG".equals(lang) ? Lang.TRIG : Lang.NQUADS);
        Quad identifier = Quad.create(SCO.GRAPH_INFERRED, RUSSIA, IDENTIFIER, NodeFactory.createLiteralString("RU"));
        Quad agent = Quad.create(SCO.GRAPH_INFERRED, RUSSIA, RDF.type.asNode(), AGENT);
        for (Quad entailment : List.of(identifier, agent)) {
            assertTrue(description.contains(entailment), "in graph/inferred: " + entailment);
            assertFalse(description.contains(Quad.defaultGraphIRI, entailment.getSubject(), entailment.getPredicate(), entailment.getObject()), "not in the default graph");
            assertFalse(description.contains(SCO.GRAPH_DATA, entailment.getSubject(), entailment.getPredicate(), entailment.getObject()), "not in graph/data");
        }
        assertTrue(description.contains(SCO.GRAPH_DATA, RUSSIA, NodeFactory.createURI(SCO.NS + "iso3166Alpha2"), NodeFactory.createLiteralString("RU")));
        assertTrue(description.contains(SCO.GRAPH_PROVENANCE, Node.ANY, RDF.subject.asNode(), RUSSIA), "the provenance of its statements");
        // The graphs are the dataset's: each triple where the dataset has it, and every triple of the thing's own there.
        TestGraph.real().read(() -> {
            description.listGraphNodes().forEachRemaining(name -> description.getGraph(name).find().forEachRemaining(t -> {
                assertTrue(TestGraph.real().dataset().getGraph(name).contains(t), name + " holds " + t);
            }));
            for (Node name : List.of(SCO.GRAPH_DATA, SCO.GRAPH_PROVENANCE, SCO.GRAPH_INFERRED, SCO.GRAPH_ONTOLOGY)) {
                TestGraph.real().dataset().getGraph(name).find(RUSSIA, Node.ANY, Node.ANY)
                        .forEachRemaining(t -> assertTrue(description.contains(name, t.getSubject(), t.getPredicate(), t.getObject()), name + ": " + t));
            }
            return null;
        });
        // The default graph is the document's own: what it is about, its licence, its dataset.
        Graph own = description.getDefaultGraph();
        assertFalse(own.isEmpty());
        own.find().forEachRemaining(t -> assertEquals(DOCUMENT, t.getSubject(), "the document's own: " + t));
        description.find().forEachRemaining(q -> assertFalse(q.getSubject().isBlank() || q.getObject().isBlank(), "no blank nodes: " + q));
    }

    /** The triple syntaxes hold the union, entailments included, as the dumps in those syntaxes do (README: Content negotiation). */
    @Test
    void the_triple_syntaxes_hold_the_triples_of_every_graph() {
        DatasetGraph quads = quads(get("/doc/state/RU.trig"), Lang.TRIG);
        Set<Triple> inGraphs = new HashSet<>();
        quads.find().forEachRemaining(q -> inGraphs.add(q.asTriple()));
        Graph triples = GraphFactory.createGraphMem();
        RDFParser.fromString(get("/doc/state/RU.nt").body(), Lang.NTRIPLES).parse(triples);
        assertEquals(inGraphs, new HashSet<>(triples.find().toList()));
        assertTrue(triples.contains(RUSSIA, RDF.type.asNode(), AGENT));
    }

    @Test
    void nquads_is_negotiated_and_linked_as_the_other_formats() {
        HttpResponse<String> id = get("/id/state/RU", "Accept", "application/n-quads");
        assertEquals(303, id.statusCode());
        assertEquals(ServerFixture.base() + "/doc/state/RU.nq", id.headers().firstValue("Location").orElse(""));
        HttpResponse<String> doc = get("/doc/state/RU", "Accept", "application/n-quads");
        assertEquals(200, doc.statusCode());
        assertEquals("application/n-quads", doc.headers().firstValue("Content-Type").orElse(""));
        assertEquals("/doc/state/RU.nq", doc.headers().firstValue("Content-Location").orElse(""));
        assertTrue(doc.headers().firstValue("Vary").orElse("").contains("Accept"));
        for (String format : List.of("nq", "application/n-quads")) {
            assertEquals(doc.body(), get("/doc/state/RU?format=" + format).body(), "format=" + format);
        }
        assertTrue(get("/doc/state/RU.ttl").headers().firstValue("Link").orElse("").contains("</doc/state/RU.nq>; rel=\"alternate\"; type=\"application/n-quads\""));
        assertTrue(get("/id/state/RU", "Accept", "image/png").body().contains("application/n-quads"), "named among the types a 406 offers");
        String page = get("/doc/state/RU").body();
        assertTrue(page.contains("<link rel=\"alternate\" type=\"application/n-quads\" href=\"/doc/state/RU.nq\">"), "in the page's head");
        assertTrue(page.contains("<a href=\"/doc/state/RU.nq\" type=\"application/n-quads\">N-Quads</a>"), "among the page's downloads");
    }

    @Test
    void each_representation_has_its_own_tag_and_a_head_its_gets_headers() throws Exception {
        List<String> tags = new ArrayList<>();
        for (String extension : List.of("ttl", "trig", "nq")) {
            HttpResponse<byte[]> get = ServerFixture.CLIENT.send(request("/doc/state/RU." + extension).build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<String> head = send(request("/doc/state/RU." + extension).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
            for (String header : List.of("ETag", "Content-Type", "Content-Length", "Link", "Last-Modified", "Cache-Control")) {
                assertEquals(get.headers().allValues(header), head.headers().allValues(header), extension + ": " + header);
            }
            String etag = get.headers().firstValue("ETag").orElseThrow();
            assertTrue(etag.endsWith("-" + extension + "\""), etag);
            assertEquals(304, get("/doc/state/RU." + extension, "If-None-Match", etag).statusCode());
            assertArrayEquals(get.body(), ServerFixture.CLIENT.send(request("/doc/state/RU." + extension).build(), HttpResponse.BodyHandlers.ofByteArray()).body());
            tags.add(etag);
        }
        assertEquals(3, new HashSet<>(tags).size(), tags.toString());
        assertNotEquals(get("/doc/state/RU.ttl").body(), get("/doc/state/RU.trig").body(), "TriG names its graphs; Turtle cannot");
        assertEquals(200, get("/doc/state/RU", "Accept", "application/n-quads", "If-None-Match", tags.get(1)).statusCode(), "the TriG's tag does not validate the N-Quads");
    }
}
