package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.scokg.server.ServerFixture.get;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An address that is a resource's but for a trailing slash is moved to it, 301 (308 for a POST),
 * its query string kept; nothing else is moved. Until a review of 5 December 2026 {@code
 * /ontology/}, {@code /doc/state/IN/} and {@code /id/state/IN/} were 404s.
 */
class TrailingSlashesIT {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @ParameterizedTest
    @ValueSource(strings = {"/ontology", "/doc/state/IN", "/id/state/IN", "/doc/organization/SCO", "/doc/state/IN.ttl", "/queries/members-on-date", "/query",
        "/void", "/shapes", "/ontology/0.2.0", "/graph/data", "/sitemap.xml", "/fragments"})
    void a_resource_with_a_trailing_slash_is_301_to_it(String resource) {
        HttpResponse<String> slashed = get(resource + "/", "Accept", BROWSER);
        assertEquals(301, slashed.statusCode(), resource + "/");
        assertEquals(ServerFixture.base() + resource, slashed.headers().firstValue("Location").orElse(""));
        int status = get(resource, "Accept", BROWSER).statusCode();
        assertTrue(status == 200 || status == 303, resource + " answers " + status);
    }

    @Test
    void the_move_keeps_the_query_string_as_it_came() {
        HttpResponse<String> slashed = get("/doc/state/IN/?lang=ru&utm_source=x%20y", "Accept", BROWSER);
        assertEquals(301, slashed.statusCode());
        assertEquals(ServerFixture.base() + "/doc/state/IN?lang=ru&utm_source=x%20y", slashed.headers().firstValue("Location").orElse(""));
        HttpResponse<String> page = get(URI.create(slashed.headers().firstValue("Location").orElseThrow()).getRawPath() + "?lang=ru", "Accept", BROWSER);
        assertTrue(page.body().contains("<html lang=\"ru\""), "the page in the language asked for");
    }

    @Test
    void a_head_is_moved_as_a_get() {
        HttpResponse<Void> head = ServerFixture.CLIENT.sendAsync(ServerFixture.request("/ontology/").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).join();
        assertEquals(301, head.statusCode());
        assertEquals(ServerFixture.base() + "/ontology", head.headers().firstValue("Location").orElse(""));
    }

    @Test
    void a_post_is_308_so_that_it_stays_a_post_with_its_body() {
        HttpResponse<String> moved = ServerFixture.sendOnNewConnection(ServerFixture.request("/sparql/query/?x=1")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("query=ASK%7B%7D")).build());
        assertEquals(308, moved.statusCode(), moved.body());
        assertEquals(ServerFixture.base() + "/sparql/query?x=1", moved.headers().firstValue("Location").orElse(""));
    }

    /** A path with a slash that is a page of its own is that page, not moved: a kind's index, the dumps, the named queries. */
    @ParameterizedTest
    @ValueSource(strings = {"/doc/state/", "/dumps/", "/queries/", "/search/", "/reconcile/"})
    void a_page_whose_address_ends_with_a_slash_is_not_moved(String page) {
        HttpResponse<String> answer = get(page, "Accept", BROWSER);
        assertEquals(200, answer.statusCode(), page);
        assertFalse(answer.headers().firstValue("Location").isPresent(), page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/doc/state/XX/", "/nothing/", "/doc/state/IN/extra/", "/id/state/XX/?lang=ru"})
    void a_slash_after_nothing_is_the_404_page(String path) {
        HttpResponse<String> answer = get(path, "Accept", BROWSER);
        assertEquals(404, answer.statusCode(), path);
        assertFalse(answer.headers().firstValue("Location").isPresent(), path);
        assertTrue(answer.body().contains("<form") && answer.body().contains("/search"), "the 404 page offers the search: " + answer.body());
    }

    /** No address moves a client off this server: empty segments, encoded and back slashes, a host in the path. */
    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "//evil.example/doc/state/IN/", "/%2Fevil.example/", "/%2F%2Fevil.example/", "/%5Cevil.example/", "/doc/state/IN//",
        "/.//evil.example/", "/http:%2F%2Fevil.example/", "/doc/state/IN/%2F"})
    void no_address_is_moved_to_another_host(String path) throws IOException {
        String location = rawHead(path).lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9)).map(line -> line.substring(9).strip()).findFirst().orElse(null);
        if (location != null) assertTrue(location.startsWith(ServerFixture.base() + "/") && !location.startsWith(ServerFixture.base() + "//"), path + " -> " + location);
    }

    /**
     * The routes are asked before the request goes on to them, on the connection the request came on:
     * the requests after it on that connection are answered as they would be alone.
     */
    @Test
    void requests_after_a_probed_one_on_the_same_connection_are_answered_as_alone() throws IOException {
        List<String> statuses = new ArrayList<>();
        try (Socket socket = new Socket("localhost", URI.create(ServerFixture.base()).getPort())) {
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            for (String path : List.of("/doc/state/", "/doc/state/IN/", "/nothing/", "/doc/state/IN", "/queries/", "/ontology/?lang=zh", "/ontology")) {
                out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                statuses.add(path + " " + ServerFixture.readAnswer(in));
            }
        }
        assertEquals(List.of("/doc/state/ HTTP/1.1 200 OK", "/doc/state/IN/ HTTP/1.1 301 Moved Permanently", "/nothing/ HTTP/1.1 404 Not Found", "/doc/state/IN HTTP/1.1 200 OK",
                "/queries/ HTTP/1.1 200 OK", "/ontology/?lang=zh HTTP/1.1 301 Moved Permanently", "/ontology HTTP/1.1 200 OK"), statuses);
    }

    /** The status line and headers of a GET of {@code path} sent as it is, which an HTTP client would normalise. */
    private static String rawHead(String path) throws IOException {
        try (Socket socket = new Socket("localhost", URI.create(ServerFixture.base()).getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return ServerFixture.head(socket.getInputStream());
        }
    }
}
