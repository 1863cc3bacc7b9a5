package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.scokg.server.ServerFixture.get;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.scokg.ProjectCopy;

/** The IRIs the data names besides its things dereference: the ontology's version, the dataset, the graphs, the shapes. */
class NamespacesIT {
    @Test
    void the_ontology_version_iri_gives_the_ontology() {
        HttpResponse<String> response = get("/ontology/0.2.0", "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<https://w3id.org/sco-kg/ontology/0.2.0>"), response.body().substring(0, 300));
        assertEquals(303, get("/ontology/0.2.0", "Accept", "text/html").statusCode(), "a page is at /ontology");
        assertEquals(404, get("/ontology/9.9.9", "Accept", "text/turtle").statusCode());
    }

    /** The current ontology names 0.1.0 as its owl:priorVersion: that IRI gives 0.1.0 as it was published. */
    @Test
    void the_prior_version_iri_gives_that_version() throws IOException {
        HttpResponse<String> current = get("/ontology/0.2.0", "Accept", "application/n-triples");
        assertTrue(current.body().contains("<http://www.w3.org/2002/07/owl#priorVersion> <https://w3id.org/sco-kg/ontology/0.1.0>"));
        HttpResponse<String> prior = get("/ontology/0.1.0", "Accept", "application/n-triples");
        assertEquals(200, prior.statusCode());
        assertTrue(prior.body().contains("<https://w3id.org/sco-kg/ontology> <http://www.w3.org/2002/07/owl#versionIRI> <https://w3id.org/sco-kg/ontology/0.1.0>"));
        assertTrue(prior.body().contains("<https://w3id.org/sco-kg/ontology#foundingDate>"), "a term 0.2.0 replaced");
        HttpResponse<String> turtle = get("/ontology/0.1.0", "Accept", "text/turtle");
        assertEquals(200, turtle.statusCode());
        // As it was published, byte for byte (it was written again from its triples until 2 December 2026).
        assertEquals(Files.readString(ProjectCopy.ROOT.resolve("ontology/versions/0.1.0.ttl")), turtle.body());
    }

    @Test
    void the_dataset_iri_gives_its_description() {
        HttpResponse<String> response = get("/void");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("void:Dataset"), response.body().substring(0, 300));
        assertTrue(response.body().contains("does not cover") || response.body().contains("stay with"), "the rights of quoted text");
    }

    @ParameterizedTest(name = "/graph/{0}")
    @ValueSource(strings = {"ontology", "data", "provenance", "inferred"})
    void each_named_graph_iri_gives_that_graph(String name) {
        HttpResponse<String> response = get("/graph/" + name, "Accept", "application/n-triples");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().lines().count() > 100, "the graph's triples");
    }

    @Test
    void the_shapes_namespace_gives_the_shapes() {
        HttpResponse<String> response = get("/shapes");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("shape:Assertion a sh:NodeShape"));
        assertEquals(404, get("/graph/nothing").statusCode());
    }
}
