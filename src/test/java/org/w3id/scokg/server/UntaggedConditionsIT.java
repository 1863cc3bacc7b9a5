package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.scokg.server.ServerFixture.get;
import static org.w3id.scokg.server.ServerFixture.request;
import static org.w3id.scokg.server.ServerFixture.send;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * If-Match, and If-None-Match: *, on answers that carry no ETag (issue 16). RFC 9110 13.1.1: a list of tags matches only the
 * current representation's tag, so where there is none it is false, and 13.2.2: the server then
 * answers 412 and does not perform the method. {@code If-Match: *} is true of any current
 * representation. Until 6 December 2026 these answers were 200 whatever If-Match named, while the
 * routes with tags (descriptions, dumps, fragments) answered 412.
 */
class UntaggedConditionsIT {
    private static final String SENTENCE = "This is not the version If-Match names; ask again without it for the current one.\n";

    /** Routes whose 200 has no ETag: the endpoint's answers, search, reconciliation, named queries, pages made per request. */
    @ParameterizedTest
    @ValueSource(strings = {"/sparql?query=ASK%7B%7D", "/search?q=russia", "/reconcile", "/queries", "/queries/events", "/", "/doc/state/", "/query",
        "/sparql?query=CONSTRUCT%7B%3Fs%20%3Fp%20%3Fo%7DWHERE%7B%3Fs%20%3Fp%20%3Fo%7DLIMIT%201"})
    void a_tag_named_in_if_match_on_an_answer_without_one_is_412(String path) {
        HttpResponse<String> plain = get(path);
        assertEquals(200, plain.statusCode(), path);
        assertTrue(plain.headers().firstValue("ETag").isEmpty(), path + " has a tag: this test is about answers without one");
        for (String ifMatch : List.of("\"x\"", "W/\"x\"", "\"a\", \"b\"")) {
            HttpResponse<String> refused = get(path, "If-Match", ifMatch, "Origin", "https://example.org");
            assertEquals(412, refused.statusCode(), path + " If-Match: " + ifMatch);
            assertTrue(refused.headers().firstValue("ETag").isEmpty(), path);
            // The doors' headers stay, the route's Vary too (its 2xx depended on what it names), and no CDN keeps the 412.
            assertEquals("*", refused.headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
            assertEquals("nosniff", refused.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            for (String varied : plain.headers().allValues("Vary")) {
                for (String name : varied.split(",")) assertTrue(String.join(",", refused.headers().allValues("Vary")).contains(name.strip()), path + ": " + refused.headers());
            }
            assertTrue(refused.headers().firstValue("Cache-Control").isEmpty(), path + ": " + refused.headers());
            assertTrue(refused.headers().firstValue("Content-Location").isEmpty() && refused.headers().firstValue("Link").isEmpty(), path + ": " + refused.headers());
            // One sentence: as text, or as a problem document on the reconciliation service, as its other refusals.
            assertTrue(path.equals("/reconcile") ? refused.body().contains("\"status\":412") : refused.body().equals(SENTENCE), path + ": " + refused.body());
        }
        HttpResponse<String> head = send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).header("If-Match", "\"x\"").build());
        assertEquals(412, head.statusCode(), "HEAD " + path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sparql?query=ASK%7B%7D", "/search?q=russia", "/reconcile", "/queries/events", "/"})
    void if_match_star_is_true_of_an_answer_without_a_tag(String path) {
        assertEquals(200, get(path, "If-Match", "*").statusCode(), path);
        assertEquals(200, get(path, "If-Match", "\"x\", *").statusCode(), path);
        // If-None-Match names no tag of an answer that has none: it is true, and the answer goes.
        assertEquals(200, get(path, "If-None-Match", "\"x\"").statusCode(), path);
    }

    /**
     * RFC 9110 13.1.2: If-None-Match: * is false where there is a current representation, so a GET or
     * HEAD is a 304 (as the routes with tags answer it) and any other method a 412, If-Match: * or
     * not; until 6 December 2026 an answer without a tag was a 200.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/sparql?query=ASK%7B%7D", "/search?q=russia", "/reconcile", "/queries/events", "/", "/doc/state/RU"})
    void if_none_match_star_is_a_304_to_a_read(String path) {
        HttpResponse<String> plain = get(path);
        for (String[] headers : List.of(new String[] {"If-None-Match", "*"}, new String[] {"If-None-Match", "\"x\", *", "If-Match", "*"})) {
            HttpResponse<String> answer = get(path, headers);
            assertEquals(304, answer.statusCode(), path + " " + List.of(headers));
            assertEquals("", answer.body(), path);
            // RFC 9110 8.6: a 304 has no length but the one a 200 would have had; none is sent.
            assertTrue(answer.headers().firstValue("Content-Length").isEmpty(), path + ": " + answer.headers());
            assertEquals(plain.headers().allValues("Vary"), answer.headers().allValues("Vary"), path);
            assertEquals(plain.headers().firstValue("Cache-Control"), answer.headers().firstValue("Cache-Control"), path);
        }
        HttpResponse<String> head = send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).header("If-None-Match", "*").build());
        assertEquals(304, head.statusCode(), "HEAD " + path);
    }

    @Test
    void a_query_posted_with_if_none_match_star_is_412() {
        HttpResponse<String> posted = ServerFixture.sendOnNewConnection(request("/sparql").header("Content-Type", "application/sparql-query")
                .header("If-None-Match", "*").POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build());
        assertEquals(412, posted.statusCode(), posted.body());
        assertEquals("If-None-Match: * asks that there be no current version, and there is one; ask again without it.\n", posted.body());
    }

    @Test
    void a_query_posted_with_if_match_naming_a_tag_is_412() {
        HttpResponse<String> posted = ServerFixture.sendOnNewConnection(request("/sparql").header("Content-Type", "application/sparql-query")
                .header("If-Match", "\"x\"").POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build());
        assertEquals(412, posted.statusCode(), posted.body());
    }

    /**
     * The 412 takes the place of an answer of many pieces, and the connection goes on to the next
     * request: a first cut left the pieces it dropped unread, and Jetty's output wrote them again for
     * good, a thread busy and the connection silent.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/sparql?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%205000", "/search?q=russia"})
    void after_a_412_the_connection_answers_its_next_request(String path) throws java.io.IOException {
        java.net.URI base = java.net.URI.create(ServerFixture.base());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            String head = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n";
            socket.getOutputStream().write((head + "If-Match: \"x\"\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            java.io.DataInputStream in = new java.io.DataInputStream(socket.getInputStream());
            assertTrue(ServerFixture.readAnswer(in).startsWith("HTTP/1.1 412 "), path);
            // A 304 has no body to read: its head alone.
            socket.getOutputStream().write((head + "If-None-Match: *\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            assertTrue(ServerFixture.head(in).startsWith("HTTP/1.1 304 "), path);
            socket.getOutputStream().write((head + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String next = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(next.startsWith("HTTP/1.1 200 "), path + ": " + next.lines().findFirst().orElse(""));
            assertTrue(next.length() > (path.startsWith("/sparql") ? 100_000 : 1_000), path + ": " + next.length() + " characters");
        }
    }

    /** RFC 9110 13.2.1: a server ignores the conditions of a request it would not answer 2xx. */
    @Test
    void an_answer_that_is_not_a_2xx_ignores_if_match() {
        assertEquals(404, get("/nowhere", "If-Match", "\"x\"").statusCode());
        assertEquals(404, get("/queries/no-such-query", "If-Match", "\"x\"").statusCode());
        assertEquals(303, get("/id/state/RU", "If-Match", "\"x\"").statusCode());
        assertEquals(406, get("/doc/state/", "If-Match", "\"x\"", "Accept", "text/turtle").statusCode());
        assertEquals(400, get("/sparql?query=SELEC", "If-Match", "\"x\"").statusCode());
    }

    /** The routes with tags answer alike: 412 for another tag, 200 for their own or for *. */
    @ParameterizedTest
    @ValueSource(strings = {"/doc/state/RU", "/dumps/sco-kg.ttl", "/fragments", "/assets/site.css", "/void"})
    void a_tagged_answer_is_412_to_another_tag_and_200_to_its_own(String path) {
        String etag = get(path).headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + " has no tag"));
        HttpResponse<String> other = get(path, "If-Match", "\"x\"");
        assertEquals(412, other.statusCode(), path);
        assertEquals(etag, other.headers().firstValue("ETag").orElse(""), path + ": the 412 names the current tag");
        assertEquals(200, get(path, "If-Match", etag).statusCode(), path);
        assertEquals(200, get(path, "If-Match", "*").statusCode(), path);
    }
}
