package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The schema check the reconciliation tests rely on refuses what the API's own invalid examples get wrong. */
class ApiSchemasTest {
    private static String example(String path) throws IOException {
        try (InputStream in = ApiSchemasTest.class.getResourceAsStream("/reconciliation-api-0.2/examples/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_manifest_without_versions_is_invalid() throws IOException {
        assertFalse(ApiSchemas.problems("manifest.json", example("manifest-invalid/missing-version.json")).isEmpty());
    }

    @Test
    void a_candidate_without_an_id_is_invalid() throws IOException {
        assertFalse(ApiSchemas.problems("reconciliation-result-batch.json", example("result-batch-invalid/missing-id.json")).isEmpty());
    }

    @Test
    void an_extension_cell_of_no_known_shape_is_invalid() throws IOException {
        assertFalse(ApiSchemas.problems("data-extension-response.json", example("extension-response-invalid/wrong-properties.json")).isEmpty());
    }

    @Test
    void a_minimal_manifest_is_valid() {
        assertEquals(Set.of(), ApiSchemas.problems("manifest.json",
                "{\"versions\":[\"0.2\"],\"name\":\"n\",\"identifierSpace\":\"http://x/\",\"schemaSpace\":\"http://y/\"}"));
    }

    @Test
    void a_problem_whose_status_is_not_an_http_status_is_invalid() {
        assertFalse(ApiSchemas.problemDetails("{\"title\":\"Bad Request\",\"status\":\"400\"}").isEmpty(), "a status as a string");
        assertFalse(ApiSchemas.problemDetails("{\"status\":700}").isEmpty(), "past 599");
        assertFalse(ApiSchemas.problemDetails("{\"status\":400,\"detail\":[\"x\"]}").isEmpty(), "a detail that is not a string");
        assertFalse(ApiSchemas.problemDetails("[]").isEmpty(), "not an object");
    }

    @Test
    void a_problem_with_members_of_its_own_is_valid() {
        assertEquals(Set.of(), ApiSchemas.problemDetails(
                "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"d\",\"parameter\":\"queries\",\"pointer\":\"/q0/limit\"}"));
    }
}
