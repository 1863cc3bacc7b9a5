package org.w3id.scokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which refusals are problem documents, and what one holds. */
class ProblemDocumentTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "/reconcile|*/*|true",
        "/reconcile/|NULL|true",
        "/reconcile/suggest/entity|application/json|true",
        "/reconcile/view|text/html,application/xhtml+xml,*/*;q=0.8|false",
        "/reconciled|*/*|false",
        "/sparql|*/*|false",
        "NULL|*/*|false"})
    void a_program_on_the_services_routes_gets_a_problem_document_a_browser_its_page(String route, String accept, boolean answers) {
        assertEquals(answers, ProblemDocument.answers(accept, route), route + " / " + accept);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"400|Bad Request", "405|Method Not Allowed", "413|Content Too Large", "415|Unsupported Media Type",
        "429|Too Many Requests", "503|Service Unavailable"})
    void the_title_is_the_statuss_phrase_and_the_members_are_named_only_when_known(int status, String title) {
        JsonObject bare = JsonParser.parseString(ProblemDocument.json(status, "One sentence.", null, null)).getAsJsonObject();
        assertEquals("about:blank", bare.get("type").getAsString());
        assertEquals(title, bare.get("title").getAsString());
        assertEquals(status, bare.get("status").getAsInt());
        assertEquals("One sentence.", bare.get("detail").getAsString());
        assertFalse(bare.has("parameter") || bare.has("pointer"), bare.toString());
        JsonObject placed = JsonParser.parseString(ProblemDocument.json(status, "d", "queries", "/q0/limit")).getAsJsonObject();
        assertTrue(placed.get("parameter").getAsString().equals("queries") && placed.get("pointer").getAsString().equals("/q0/limit"), placed.toString());
    }
}
