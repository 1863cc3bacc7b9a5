package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.scokg.server.ServerFixture.get;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An Accept header that does not follow RFC 9110 12.5.1's grammar is read as none, on every route
 * (issue 16): each answers as it answers a request without one, status, type and redirect alike.
 * Until 6 December 2026 the same header was a 406 on some routes and a 200 as if absent, or as if it
 * named a type, on others ({@code text/html;q=abc} was a 406 from {@code /shapes}; {@code ;;;} a 406
 * from the home page and a description, a 200 from the endpoint).
 */
class UnreadableAcceptIT {
    private static final List<String> UNREADABLE = List.of("text/html;q=abc", ";;;", "*/", "garbage", "text/turtle;q=2", "text/turtle, garbage",
            "application/sparql-results+json;q=0.5.5", ",",
            // Java's HttpURLConnection sent this when told nothing, until JDK 19 (JDK-8163921).
            "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2");

    @ParameterizedTest
    @ValueSource(strings = {"/", "/id/state/RU", "/doc/state/RU", "/doc/state/", "/ontology", "/void", "/shapes", "/.well-known/sparql-examples", "/dumps/",
        "/sparql?query=ASK%7B%7D", "/sparql?query=CONSTRUCT%7B%3Fs%20%3Fp%20%3Fo%7DWHERE%7B%3Fs%20%3Fp%20%3Fo%7DLIMIT%201",
        "/sparql?graph=https%3A%2F%2Fw3id.org%2Fsco-kg%2Fgraph%2Fontology", "/search?q=russia", "/fragments", "/reconcile", "/queries", "/queries/events",
        "/queries/entity-graph", "/graph/data", "/nowhere", "/doc/state/XX"})
    void an_unreadable_accept_is_answered_as_none(String path) {
        HttpResponse<String> none = get(path);
        for (String accept : UNREADABLE) {
            HttpResponse<String> answer = get(path, "Accept", accept);
            assertEquals(none.statusCode(), answer.statusCode(), path + " Accept: " + accept);
            assertEquals(none.headers().firstValue("Content-Type"), answer.headers().firstValue("Content-Type"), path + " Accept: " + accept);
            assertEquals(none.headers().firstValue("Location"), answer.headers().firstValue("Location"), path + " Accept: " + accept);
        }
    }

    /** A header the grammar allows is still read, with its empty members and parameters. */
    @ParameterizedTest
    @ValueSource(strings = {"text/turtle;;q=0.9", ", text/turtle,,", "text/turtle;charset=\"utf-8, or so\"", "text/html;q=0, text/turtle;Q=0.5"})
    void a_header_the_grammar_allows_is_read(String accept) {
        HttpResponse<String> answer = get("/doc/state/RU", "Accept", accept);
        assertEquals(200, answer.statusCode(), accept);
        assertEquals("text/turtle;charset=utf-8", answer.headers().firstValue("Content-Type").orElse("").replace(" ", ""), accept);
    }
}
