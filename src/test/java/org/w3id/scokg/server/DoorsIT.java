package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.scokg.server.ServerFixture.get;
import static org.w3id.scokg.server.ServerFixture.request;
import static org.w3id.scokg.server.ServerFixture.send;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.io.IOX;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestDumps;
import org.w3id.scokg.TestGraph;

/** The doors of issue 16 shut: CORS, nosniff, TRACE, the operator's endpoints, and RFC 9110 ranges on the dumps. */
class DoorsIT {
    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "null"})
    void any_origin_gets_a_star_and_never_credentials(String origin) {
        HttpResponse<String> response = get("/sparql?query=ASK%7B%7D", "Origin", origin);
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), response.headers().toString());
        // And without an Origin, so that a shared cache's copy serves a script as well (a review, 2 December 2026).
        for (String path : new String[] {"/doc/state/IN", "/dumps/", "/fragments"}) {
            assertEquals("*", get(path).headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
        }
    }

    /**
     * Headers a cross-origin script reads without being told: the CORS-safelisted ones; and those it
     * has no use for: the browser's own instruction, the CORS headers themselves, and those of the
     * connection rather than the answer.
     */
    private static final Set<String> NOT_EXPOSED = Set.of("cache-control", "content-language", "content-length", "content-type", "expires",
            "last-modified", "pragma", "x-content-type-options", "access-control-allow-origin", "access-control-expose-headers", "connection",
            "transfer-encoding");

    @ParameterizedTest
    @ValueSource(strings = {"GET /sparql?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%3Fo%7D", "GET /doc/state/IN", "GET /id/state/IN",
        "GET /dumps/sco-kg.ttl", "GET /fragments", "GET /queries/members-on-date?format=csv", "POST /void"})
    void a_cross_origin_script_may_read_every_header_an_answer_carries(String line) {
        String[] words = line.split(" ");
        HttpRequest.Builder request = request(words[1]).method(words[0], HttpRequest.BodyPublishers.noBody()).header("Origin", "https://example.org");
        // A range, so that the dump's answer carries Content-Range too.
        if (words[1].startsWith("/dumps/")) request.header("Range", "bytes=0-9");
        HttpResponse<String> response = send(request.build());
        Set<String> exposed = new HashSet<>();
        for (String name : response.headers().firstValue("Access-Control-Expose-Headers").orElse("").split(",")) exposed.add(name.strip().toLowerCase(Locale.ROOT));
        for (String name : response.headers().map().keySet()) {
            String header = name.toLowerCase(Locale.ROOT);
            assertTrue(NOT_EXPOSED.contains(header) || exposed.contains(header), line + ": " + name + " is not exposed to scripts: " + response.headers());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"DELETE", "PUT", "POST"})
    void a_preflight_is_granted_only_get_post_head_and_options(String method) {
        HttpResponse<String> response = send(request("/sparql").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", method).build());
        assertTrue(response.statusCode() < 300);
        assertEquals("GET, POST, HEAD, OPTIONS", response.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    /**
     * A preflight grants every request header some route reads and a script may set (the forbidden
     * ones, such as Accept-Encoding, Origin and Cookie, are the browser's), and no other. Until a review
     * on 4 December 2026 it lacked If-Match and If-Unmodified-Since, which the dumps and descriptions
     * answer 412 to, and Content-Encoding, by which the endpoint reads a body in gzip: a script resuming
     * a dump with If-Match and Range, or posting a compressed query, was stopped at its preflight.
     */
    @Test
    void a_preflight_grants_the_request_headers_the_server_reads_and_no_other() {
        HttpResponse<String> response = send(request("/dumps/sco-kg.ttl").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-match,range").build());
        assertEquals(204, response.statusCode());
        Set<String> allowed = new java.util.TreeSet<>();
        for (String name : response.headers().firstValue("Access-Control-Allow-Headers").orElse("").split(",")) allowed.add(name.strip().toLowerCase(Locale.ROOT));
        // Cache-Control is read by the caches in front of the server (Running in production), not by it.
        assertEquals(new java.util.TreeSet<>(List.of("accept", "accept-language", "cache-control", "content-encoding", "content-type", "if-match",
                "if-modified-since", "if-none-match", "if-range", "if-unmodified-since", "range")), allowed);
    }

    /** RFC 9110 8.4.1.3: x-gzip is gzip (a review of 4 December 2026 found a client that named only x-gzip sent everything uncompressed). */
    @Test
    void x_gzip_is_taken_for_gzip() throws Exception {
        for (String path : List.of("/doc/state/CN.ttl", "/dumps/sco-kg.ttl")) {
            HttpResponse<byte[]> answer = ServerFixture.CLIENT.send(request(path).header("Accept-Encoding", "x-gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, answer.statusCode(), path);
            assertEquals("gzip", answer.headers().firstValue("Content-Encoding").orElse(""), path + " " + answer.headers().map());
            try (var gunzip = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(answer.body()))) {
                assertTrue(gunzip.readAllBytes().length > 0, path);
            }
        }
    }

    /** RFC 9110 8.3.1: a media type's type and subtype are case-insensitive (a review of 4 December 2026 found a POST of Application/SPARQL-Query answered 405 and Accept: TEXT/CSV given XML). */
    @Test
    void media_types_in_capitals_are_the_same_media_types() {
        HttpResponse<String> posted = send(request("/sparql").header("Content-Type", "Application/SPARQL-Query; charset=UTF-8")
                .header("Accept", "TEXT/CSV").POST(HttpRequest.BodyPublishers.ofString("SELECT (1 AS ?x) {}")).build());
        assertEquals(200, posted.statusCode(), posted.body());
        assertTrue(posted.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), posted.headers().map().toString());
        assertEquals("x\r\n1\r\n", posted.body());
        HttpResponse<String> graph = send(request("/sparql?graph=" + java.net.URLEncoder.encode("https://w3id.org/sco-kg/graph/ontology", StandardCharsets.UTF_8))
                .header("Accept", "TEXT/TURTLE").build());
        assertEquals(200, graph.statusCode());
        assertTrue(graph.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), graph.headers().map().toString());
    }

    @Test
    void trace_is_refused() throws IOException {
        String answer = raw("TRACE / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Secret: 1\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 405"), answer);
        assertTrue(!answer.contains("X-Secret"), "the request is not echoed");
    }

    /** A method of 5,000 letters is a 501 as any method HTTP does not define, and its sentence does not write it back. */
    @Test
    void a_long_method_is_not_written_back() throws IOException {
        String method = "A".repeat(5_000);
        String answer = raw(method + " /doc/state/CN HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 501"), answer.lines().findFirst().orElse(""));
        assertTrue(answer.endsWith("\r\n\r\nThis method is not one this server implements; it takes GET, POST, HEAD, OPTIONS.\n"),
                answer.substring(Math.max(0, answer.length() - 200)));
        assertFalse(answer.contains("AAAAAAAAAAAAAAAAAAAAA"), "the method is not written back");
    }

    /** Java's client reads no body after a method it takes for HEAD, whatever its case, so this one is sent as bytes. */
    @Test
    void head_in_lower_case_is_a_501_that_gives_its_spelling() throws IOException {
        String answer = raw("head /dumps/sco-kg.ttl HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 501"), answer);
        assertFalse(answer.contains("\r\nAllow:"), answer);
        assertTrue(answer.endsWith("head is not a method this server implements: a method's name is case-sensitive; send HEAD.\n"), answer);
    }

    /**
     * RFC 9110 9.1 and 15.6.2: a method HTTP does not define is one the server supports for no
     * resource, a 501 on any path, where it was a 405 naming what the resource takes. A method's name
     * is case-sensitive, so {@code get} is such a method, and its sentence gives the spelling to send.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "get /id/state/CN|get is not a method this server implements: a method's name is case-sensitive; send GET.",
        "get /nowhere|get is not a method this server implements: a method's name is case-sensitive; send GET.",
        "post /sparql|post is not a method this server implements: a method's name is case-sensitive; send POST.",
        "post /reconcile|post is not a method this server implements: a method's name is case-sensitive; send POST.",
        "options /fragments|options is not a method this server implements: a method's name is case-sensitive; send OPTIONS.",
        "trace /|trace is not a method this server implements: a method's name is case-sensitive; send TRACE.",
        "PROPFIND /id/state/CN|PROPFIND is not a method this server implements; it takes GET, POST, HEAD, OPTIONS.",
        "BREW /nowhere|BREW is not a method this server implements; it takes GET, POST, HEAD, OPTIONS."})
    void a_method_http_does_not_define_is_a_501(String request, String sentence) {
        String method = request.split(" ")[0];
        String path = request.split(" ")[1];
        HttpResponse<String> response = ServerFixture.sendOnNewConnection(request(path).header("Content-Type", "text/plain")
                .method(method, HttpRequest.BodyPublishers.ofString("x")).build());
        assertEquals(501, response.statusCode(), request);
        assertTrue(response.headers().firstValue("Allow").isEmpty(), request + ": " + response.headers());
        if (path.equals("/reconcile")) {
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), request);
            assertTrue(response.body().contains(sentence), response.body());
        } else {
            assertEquals("text/plain;charset=utf-8", response.headers().firstValue("Content-Type").orElse("").replace(" ", ""), request);
            assertEquals(sentence + "\n", response.body(), request);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT /id/state/CN", "DELETE /dumps/sco-kg.ttl", "PATCH /sparql", "POST /fragments", "POST /id/state/CN", "POST /void",
        "PUT /reconcile", "POST /dumps/sco-kg.ttl", "TRACE /id/state/CN"})
    void a_method_a_resource_does_not_take_is_a_405_that_says_which_it_takes(String request) {
        // RFC 9110 15.5.6: a 405 carries Allow. Until 2 December 2026 these had none, some with
        // Jetty's Latin-1 page for a body (a review found it).
        String method = request.split(" ")[0];
        String path = request.split(" ")[1];
        HttpResponse<String> response = ServerFixture.sendOnNewConnection(request(path).header("Content-Type", "text/plain")
                .method(method, HttpRequest.BodyPublishers.ofString("x")).build());
        assertEquals(405, response.statusCode(), request);
        String allow = path.equals("/sparql") || path.equals("/reconcile") ? "GET, POST, HEAD, OPTIONS" : "GET, HEAD, OPTIONS";
        assertEquals(allow, response.headers().firstValue("Allow").orElse(""), request);
        // The reconciliation service's refusals are problem documents (RFC 9457), the doors' as its own.
        assertEquals(path.equals("/reconcile") ? "application/problem+json" : "text/plain;charset=utf-8",
                response.headers().firstValue("Content-Type").orElse("").replace(" ", ""), request);
        assertTrue(response.body().contains("is not allowed here"), response.body());
    }

    /**
     * A 405 says the resource is there and takes other methods (RFC 9110 15.5.6, with Allow naming
     * them); where the path names nothing, any method is a 404, as a GET is. Until 6 December 2026
     * these were 405s with an Allow for a resource that does not exist, and a POST of text under
     * /sparql/ a 415 (issue 16).
     */
    @ParameterizedTest
    @ValueSource(strings = {"PUT /nowhere", "DELETE /nowhere", "PATCH /doc/state/XX", "PUT /queries/no-such-query", "POST /nowhere", "TRACE /nowhere",
        "DELETE /dumps/no-such-file.ttl",
        // A body the endpoint does not read is a 415 where the endpoint is, and a 404 where nothing is.
        "POST /sparql/nothing"})
    void a_method_on_a_path_that_names_nothing_is_a_404(String request) {
        String method = request.split(" ")[0];
        String path = request.split(" ")[1];
        HttpResponse<String> response = ServerFixture.sendOnNewConnection(request(path).header("Content-Type", "text/plain")
                .method(method, HttpRequest.BodyPublishers.ofString("x")).build());
        assertEquals(404, response.statusCode(), request);
        assertTrue(response.headers().firstValue("Allow").isEmpty(), request + ": " + response.headers());
        assertEquals("Nothing is at " + path + ".\n", response.body(), request);
        // The same path, where it names something, keeps its 405 and Allow.
        String named = path.equals("/doc/state/XX") ? "/doc/state/RU" : "/doc/state/CN";
        HttpResponse<String> refused = ServerFixture.sendOnNewConnection(request(named).header("Content-Type", "text/plain")
                .method(method, HttpRequest.BodyPublishers.ofString("x")).build());
        assertEquals(405, refused.statusCode(), method + " " + named);
        assertEquals("GET, HEAD, OPTIONS", refused.headers().firstValue("Allow").orElse(""), method + " " + named);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sparql/query", "/sparql/sparql", "/reconcile/"})
    void the_endpoint_and_the_service_take_a_post_under_every_name_they_have(String path) {
        // The endpoint under the names Fuseki users know, the service with its trailing slash
        // (a review found the first cut of the doors refused these POSTs).
        String body = path.startsWith("/sparql") ? "query=" + java.net.URLEncoder.encode("ASK {}", java.nio.charset.StandardCharsets.UTF_8)
                : "queries=" + java.net.URLEncoder.encode("{\"q\":{\"query\":\"India\"}}", java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> response = ServerFixture.sendOnNewConnection(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertEquals("GET, POST, HEAD, OPTIONS", send(request(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build()).headers()
                .firstValue("Allow").orElse(""), path);
    }

    /**
     * RFC 9110 13.2.1: a server ignores the conditional headers on a method that neither selects nor
     * changes a representation (CONNECT, OPTIONS, TRACE), so OPTIONS answers as it would without them.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/sparql|If-Match|\"x\"", "/sparql|If-None-Match|*", "/dumps/sco-kg.ttl|If-Match|\"x\"", "/id/state/CN|If-None-Match|*"})
    void options_ignores_conditions(String path, String header, String value) {
        HttpResponse<String> response = send(request(path).header(header, value).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, response.statusCode(), path + " " + header + ": " + response.body());
        assertEquals(path.equals("/sparql") ? "GET, POST, HEAD, OPTIONS" : "GET, HEAD, OPTIONS", response.headers().firstValue("Allow").orElse(""), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sparql", "/reconcile", "/fragments", "/id/state/CN", "/dumps/sco-kg.ttl"})
    void options_says_what_a_resource_takes(String path) {
        HttpResponse<String> response = send(request(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, response.statusCode());
        // /sparql said GET,HEAD,OPTIONS though it takes POST; others named TRACE, which is refused.
        String allow = path.equals("/sparql") || path.equals("/reconcile") ? "GET, POST, HEAD, OPTIONS" : "GET, HEAD, OPTIONS";
        assertEquals(allow, response.headers().firstValue("Allow").orElse(""), path);
    }

    /** Until 2 December 2026 OPTIONS answered 200 on any path: whether a path names something is known only to its route. */
    @ParameterizedTest
    @ValueSource(strings = {"/nowhere", "/id/state/XX", "/doc/state/XX.ttl", "/queries/no-such-query", "/dumps/no-such.ttl", "/sparql/no-such-service", "/search/no-such-route",
        "/graph/no-such-graph"})
    void options_on_a_path_that_names_nothing_is_404(String path) {
        HttpResponse<String> response = send(request(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(404, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Allow").isEmpty(), path);
        assertEquals("text/plain;charset=utf-8", response.headers().firstValue("Content-Type").orElse("").replace(" ", ""), path);
        assertEquals(1, response.body().strip().lines().count(), response.body());
        assertEquals(404, get(path).statusCode(), "as a GET is: " + path);
    }

    /**
     * Said on a socket, as a client may say it: OPTIONS * is about the server (RFC 9110 9.3.7), and an
     * OPTIONS that declares a body it never sends is answered at once. Until a review on 2 December
     * 2026 the first was a 404 "Nothing is at *." and the second no answer after 30 s and two stack
     * traces in the log: the probe of the path waited for the body.
     */
    @Test
    void options_of_the_server_and_options_with_a_body_never_sent_are_answered_at_once() throws IOException {
        java.net.URI base = java.net.URI.create(ServerFixture.base());
        for (String head : new String[] {"OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "OPTIONS /queries/ HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\nConnection: close\r\n\r\n"}) {
            try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                assertEquals("HTTP/1.1 200 OK", status, head);
            }
        }
    }

    /**
     * OPTIONS asks the route as a HEAD of the path alone: a query in the query string is not
     * evaluated (this one would run past the timeout), and the answer has no body of the route's.
     */
    @Test
    void options_with_a_query_answers_at_once_and_sends_nothing_of_the_route() throws Exception {
        String query = java.net.URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", StandardCharsets.UTF_8);
        HttpRequest options = request("/sparql?query=" + query).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
        ServerFixture.Spent<HttpResponse<String>> spent = ServerFixture.spent(ServerFixture.server(), () -> send(options));
        HttpResponse<String> response = spent.answer();
        assertEquals(200, response.statusCode());
        // Evaluated, the query would spend its 30 s timeout of a core. By the server's CPU time, counted
        // until no query evaluates, not a wall clock (5 s until 6 December 2026).
        assertTrue(spent.cpuSeconds() < 2, "at once: spent " + spent.cpuSeconds() + " s of CPU");
        assertEquals("GET, POST, HEAD, OPTIONS", response.headers().firstValue("Allow").orElse(""));
        assertEquals("", response.body());
        assertTrue(response.headers().firstValue("ETag").isEmpty() && response.headers().firstValue("Content-Type").isEmpty(), response.headers().toString());
        for (String path : new String[] {"/doc/state/CN", "/queries/members-on-date", "/search?q=India", "/sparql/query", "/ontology", "/"}) {
            assertEquals(200, send(request(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build()).statusCode(), path);
        }
    }

    /**
     * A preflight is granted whatever the path: a 404 to it would reach a script as a network error,
     * hiding the 404 the request itself gets (Fetch: a preflight needs an ok status).
     */
    @Test
    void a_preflight_is_granted_on_a_path_that_names_nothing_so_the_script_sees_the_404() {
        HttpResponse<String> response = send(request("/nowhere").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "accept-language").build());
        assertEquals(204, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/doc/state/CN.ttl", "/no/such/page", "/sparql?query=SELECT", "/dumps/sco-kg.ttl", "/$/ping", "/$/no-such-thing"})
    void every_answer_says_nosniff(String path) {
        assertEquals("nosniff", get(path).headers().firstValue("X-Content-Type-Options").orElse(""), path);
    }

    /**
     * Without an admin port the operator is whoever asks from this machine, but not through a proxy
     * on it: a review on 3 December 2026 read /$/metrics through the balancer the README sets up.
     */
    @Test
    void metrics_answer_on_loopback_but_not_to_a_request_a_proxy_forwarded() {
        assertEquals(200, get("/$/metrics").statusCode());
        assertEquals(404, send(request("/$/metrics").header("X-Forwarded-For", "203.0.113.7").build()).statusCode());
        assertEquals(404, send(request("/$/metrics").header("Forwarded", "for=203.0.113.7").build()).statusCode());
        // A method HTTP does not define is a 501 on any path, but not on one the requester is not to know of.
        for (String method : List.of("BREW", "get")) {
            HttpResponse<String> refused = send(request("/$/metrics").header("X-Forwarded-For", "203.0.113.7").method(method, HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(404, refused.statusCode(), method + ": " + refused.body());
        }
        assertEquals(200, send(request("/$/ping").header("X-Forwarded-For", "203.0.113.7").build()).statusCode(), "the health check stays public");
    }

    /**
     * The metrics are the operator's, not a web page's: no CORS header lets a script in a browser on
     * this machine read them, and OPTIONS says what they take (a review on 3 December 2026: the
     * header was there, and OPTIONS answered with the metrics and no Allow).
     */
    @Test
    void metrics_are_not_shared_with_web_pages_and_options_says_what_they_take() {
        HttpResponse<String> metrics = send(request("/$/metrics").header("Origin", "https://example.org").build());
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), metrics.headers().toString());
        HttpResponse<String> options = send(request("/$/metrics").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, options.statusCode());
        assertEquals("GET, HEAD, OPTIONS", options.headers().firstValue("Allow").orElse(""));
        assertEquals("", options.body());
        // The health checks say what they take, and only what is taken (a review of 4 December 2026:
        // /$/ping listed TRACE, which is a 405; /$/ready answered OPTIONS with its body and no Allow).
        for (String[] check : new String[][] {{"/$/ping", "GET, HEAD, POST, OPTIONS"}, {"/$/ready", "GET, HEAD, OPTIONS"}}) {
            HttpResponse<String> asked = send(request(check[0]).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(200, asked.statusCode(), check[0]);
            assertEquals(check[1], asked.headers().firstValue("Allow").orElse(""), check[0]);
            assertEquals("", asked.body(), check[0]);
        }
        assertEquals(200, send(request("/$/ping").POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode(), "as Allow says");
        assertEquals("*", get("/$/ping").headers().firstValue("Access-Control-Allow-Origin").orElse(""), "the health check is anyone's");
        assertEquals("*", get("/doc/state/CN").headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void metrics_answer_only_on_the_admin_port_when_there_is_one(@TempDir Path temp) throws IOException {
        int adminPort;
        try (ServerSocket free = new ServerSocket(0)) {
            adminPort = free.getLocalPort();
        }
        Path dumps = temp.resolve("dist");
        TestDumps.copyInto(dumps);
        LinkedDataServer server = LinkedDataServer.create(TestGraph.real(), dumps, ProjectCopy.ROOT).port(0).adminPort(adminPort).start();
        try {
            String main = "http://127.0.0.1:" + server.port();
            String admin = "http://127.0.0.1:" + adminPort;
            assertEquals(404, status(main + "/$/metrics"), "not on the public port, even from loopback");
            assertEquals(404, send(HttpRequest.newBuilder(URI.create(main + "/$/metrics")).method("PUT", HttpRequest.BodyPublishers.ofString("x")).build())
                    .statusCode(), "whatever the method: a 405 would say the endpoint is there");
            assertEquals(200, status(admin + "/$/metrics"));
            assertEquals(200, status(main + "/$/ping"), "the health check stays public");
            assertEquals(200, status(main + "/$/ready"), "so does readiness: Kubernetes probes and the balancer ask the public port");
        } finally {
            server.stop();
        }
    }

    /**
     * The server listens on 127.0.0.1 unless told otherwise: a connection to another address of this
     * machine (127.0.0.2, loopback too, but not the address bound) is refused; with {@code --host
     * 0.0.0.0} it is answered.
     */
    @Test
    void the_server_listens_only_on_the_address_it_is_given(@TempDir Path temp) throws IOException {
        int port = URI.create(ServerFixture.base()).getPort();
        assertThrows(java.net.ConnectException.class, () -> new Socket("127.0.0.2", port).close(), "the default server listens on 127.0.0.1 only");
        Path dumps = temp.resolve("dist");
        TestDumps.copyInto(dumps);
        LinkedDataServer everywhere = LinkedDataServer.create(TestGraph.real(), dumps, ProjectCopy.ROOT).host("0.0.0.0").port(0).start();
        try {
            assertEquals(200, status("http://127.0.0.2:" + everywhere.port() + "/$/ping"));
        } finally {
            everywhere.stop();
        }
    }

    private static int status(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).build()).statusCode();
    }

    /** A download resumed across a rebuild must not splice two versions. */
    @Test
    void a_range_for_another_version_gets_the_whole_file() {
        HttpResponse<String> whole = get("/dumps/ontology.ttl");
        String etag = whole.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> same = get("/dumps/ontology.ttl", "Range", "bytes=0-9", "If-Range", etag);
        assertEquals(206, same.statusCode());
        assertEquals(whole.body().substring(0, 10), same.body());
        for (String stale : new String[] {"\"0123456789abcdef0123456789abcdef\"", "W/" + etag, "Tue, 01 Jan 2030 00:00:00 GMT"}) {
            HttpResponse<String> other = get("/dumps/ontology.ttl", "Range", "bytes=0-9", "If-Range", stale);
            assertEquals(200, other.statusCode(), stale);
            assertEquals(whole.body(), other.body());
        }
    }

    /**
     * A range asked with gzip accepted is the plain file's bytes, never compressed: Jetty compressed
     * a 206 too, and a download resumed with gzip accepted spliced the gzip of a range into the file
     * (a review on 2 December 2026). The whole file asked with gzip is still compressed.
     */
    @Test
    void a_range_asked_with_gzip_accepted_is_the_files_own_bytes() {
        HttpResponse<String> whole = get("/dumps/ontology.ttl");
        HttpResponse<String> range = get("/dumps/ontology.ttl", "Range", "bytes=100-199", "Accept-Encoding", "gzip");
        assertEquals(206, range.statusCode());
        assertEquals("bytes 100-199/" + whole.body().getBytes(StandardCharsets.UTF_8).length, range.headers().firstValue("Content-Range").orElse(""));
        assertFalse(range.headers().firstValue("Content-Encoding").isPresent(), range.headers().map().toString());
        assertEquals(new String(java.util.Arrays.copyOfRange(whole.body().getBytes(StandardCharsets.UTF_8), 100, 200), StandardCharsets.UTF_8), range.body());
        assertEquals("gzip", get("/dumps/ontology.ttl", "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding").orElse(""), "the whole file is compressed");
    }

    /**
     * A HEAD of a dump answers the headers its GET would (RFC 9110 9.3.2), with gzip asked for or
     * not: until a review on 3 December 2026 a HEAD asked with gzip got the uncompressed length and
     * ETag and no {@code Content-Encoding}, where its GET was compressed. A compressed dump is sent
     * as it is either way.
     */
    @ParameterizedTest
    @CsvSource({"/dumps/sco-kg.ttl, gzip", "/dumps/sco-kg.ttl, ''", "/dumps/sco-kg.nt.gz, gzip", "/dumps/sco-kg.nt.gz, ''"})
    void a_head_of_a_dump_gets_the_headers_of_its_get(String path, String acceptEncoding) {
        HttpRequest.Builder asked = request(path);
        if (!acceptEncoding.isEmpty()) asked.header("Accept-Encoding", acceptEncoding);
        HttpResponse<String> got = send(asked.copy().GET().build());
        HttpResponse<String> head = send(asked.copy().method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(withoutDate(got), withoutDate(head), path + " with Accept-Encoding: " + acceptEncoding);
        boolean compressed = acceptEncoding.equals("gzip") && path.endsWith(".ttl");
        assertEquals(compressed, got.headers().firstValue("Content-Encoding").isPresent(), got.headers().map().toString());
        assertEquals(compressed, got.headers().firstValue("ETag").orElse("").endsWith("--gzip\""), got.headers().map().toString());
        // Compressed once and kept (since 4 December 2026), so its length is known: a download can show its progress.
        assertTrue(got.headers().firstValue("Content-Length").isPresent(), got.headers().map().toString());
        // Its tag revalidates it, as Jetty's did when it compressed at every request.
        HttpRequest.Builder again = request(path).header("If-None-Match", got.headers().firstValue("ETag").orElseThrow());
        if (!acceptEncoding.isEmpty()) again.header("Accept-Encoding", acceptEncoding);
        HttpResponse<String> notModified = send(again.build());
        assertEquals(304, notModified.statusCode());
        assertEquals(Optional.empty(), notModified.headers().firstValue("Content-Length"), "RFC 9110 8.6: not 0");
        // A file already compressed is never compressed again; it varies with Accept and
        // Accept-Encoding, which tell whether a client reads it as RDF with a content coding (CompressedDumpsIT).
        assertEquals(path.endsWith(".ttl") ? List.of("Accept-Encoding") : List.of("Accept, Accept-Encoding"), head.headers().allValues("Vary"));
    }

    private static Map<String, List<String>> withoutDate(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(response.headers().map());
        headers.remove("Date");
        return headers;
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=0-1,5-6", "bytes=9-1", "bytes=abc", "lines=1-2"})
    void several_ranges_or_an_invalid_one_get_the_whole_file(String range) {
        HttpResponse<String> response = get("/dumps/ontology.ttl", "Range", range);
        assertEquals(200, response.statusCode(), range);
        assertEquals(get("/dumps/ontology.ttl").body(), response.body());
    }

    @Test
    void ranges_past_the_end_answer_as_rfc_9110_says() {
        long length = get("/dumps/ontology.ttl").body().getBytes(StandardCharsets.UTF_8).length;
        HttpResponse<String> open = get("/dumps/ontology.ttl", "Range", "bytes=" + length + "-");
        assertEquals(416, open.statusCode(), "a first position at the end is unsatisfiable");
        assertEquals("bytes */" + length, open.headers().firstValue("Content-Range").orElse(""));
        HttpResponse<String> long_ = get("/dumps/ontology.ttl", "Range", "bytes=10-99999999999");
        assertEquals(206, long_.statusCode(), "a last position past the end stands for the end");
        assertEquals("bytes 10-" + (length - 1) + "/" + length, long_.headers().firstValue("Content-Range").orElse(""));
        HttpResponse<String> suffix = get("/dumps/ontology.ttl", "Range", "bytes=-" + (length * 2));
        assertEquals(206, suffix.statusCode());
        assertEquals("bytes 0-" + (length - 1) + "/" + length, suffix.headers().firstValue("Content-Range").orElse(""));
    }

    /**
     * Faults: the dumps are opened when the server starts, so a folder removed under it changes
     * nothing served (the dump, the dataset description); a dump written over in place is refused
     * rather than sent under its old ETag and length; HEAD sends the length and no body.
     */
    @Test
    void a_dump_folder_that_disappears_while_served_is_still_served(@TempDir Path temp) throws IOException {
        Path dumps = temp.resolve("dist");
        TestDumps.copyInto(dumps);
        LinkedDataServer server = LinkedDataServer.create(TestGraph.real(), dumps, ProjectCopy.ROOT).port(0).start();
        try {
            String base = "http://127.0.0.1:" + server.port();
            String url = base + "/dumps/sco-kg.ttl";
            byte[] before = send(HttpRequest.newBuilder(URI.create(url)).build()).body().getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> head = send(HttpRequest.newBuilder(URI.create(url)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(200, head.statusCode());
            assertEquals(String.valueOf(before.length), head.headers().firstValue("Content-Length").orElse(""));
            assertEquals("", head.body());
            String description = send(HttpRequest.newBuilder(URI.create(base + "/void")).build()).body();

            Files.writeString(dumps.resolve("void.ttl"), "# shorter", StandardOpenOption.TRUNCATE_EXISTING);
            assertEquals(503, send(HttpRequest.newBuilder(URI.create(base + "/dumps/void.ttl")).build()).statusCode(), "written over in place");
            assertEquals(description, send(HttpRequest.newBuilder(URI.create(base + "/void")).build()).body());

            IOX.deleteAll(dumps);
            HttpResponse<String> after = send(HttpRequest.newBuilder(URI.create(url)).build());
            assertEquals(200, after.statusCode());
            assertArrayEquals(before, after.body().getBytes(StandardCharsets.UTF_8));
            assertEquals(description, send(HttpRequest.newBuilder(URI.create(base + "/void")).build()).body());
        } finally {
            server.stop();
        }
    }

    /**
     * The server speaks HTTP/1.1 only. HTTP/2's preface sent in clear text ({@code curl
     * --http2-prior-knowledge}) is Jetty's 426, now with a sentence that says so (an empty body until
     * 5 December 2026); {@code Upgrade: h2c} with {@code Connection: Upgrade} is ignored and answered
     * in HTTP/1.1 (RFC 9110 7.8 lets a server ignore it); an {@code Upgrade} without {@code
     * Connection: Upgrade} is Jetty's 400, with a sentence that names that, not a bad address.
     */
    @Test
    void http2_in_clear_text_is_refused_with_a_sentence_and_an_upgrade_ignored() throws IOException {
        String preface = raw("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
        assertTrue(preface.startsWith("HTTP/1.1 426 "), preface);
        String prefaceHead = preface.substring(0, preface.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
        assertTrue(prefaceHead.contains("content-type: text/plain;charset=utf-8") && prefaceHead.contains("x-content-type-options: nosniff"), prefaceHead);
        assertTrue(preface.endsWith("\r\n\r\nThis server speaks HTTP/1.1 only: HTTP/2 in clear text (h2c, or its preface sent with prior knowledge) is not served; "
                + "send the request in HTTP/1.1.\n"), preface);
        String upgraded = raw("GET /doc/state/CN HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\nConnection: Upgrade, HTTP2-Settings, close\r\nUpgrade: h2c\r\n"
                + "HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n");
        assertTrue(upgraded.startsWith("HTTP/1.1 200 "), upgraded.lines().findFirst().orElse(""));
        String bare = raw("GET /doc/state/CN HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\nUpgrade: h2c\r\nConnection: close\r\n\r\n");
        assertTrue(bare.startsWith("HTTP/1.1 400 "), bare);
        assertTrue(bare.contains("\r\n\r\nThis request sends Upgrade without Connection: Upgrade"), bare);
    }

    private static String raw(String request) throws IOException {
        URI base = URI.create(ServerFixture.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * An address that names nothing is a 404 whatever the client accepts, on every route, also to an
     * Accept that refuses every type (q=0): under /sparql such an Accept was a 406 before the 404 until
     * a review on 6 December 2026, as if the path were the endpoint's. HEAD answers as GET does.
     */
    @ParameterizedTest
    @CsvSource({"/sparql/x", "/sparql/get/x", "/sparql/update", "/search/x", "/queries/unknown", "/doc/unknown-kind/x", "/reconcile/x",
        "/fragments/x?subject=x", "/dumps/x", "/nothing"})
    void an_unknown_path_is_a_404_whatever_the_client_accepts(String path) {
        for (String accept : new String[] {"*/*;q=0", "text/html;q=0", "text/plain;q=0, */*;q=0", "application/sparql-results+json;q=0", "image/png"}) {
            assertEquals(404, get(path, "Accept", accept).statusCode(), path + " to " + accept);
            HttpResponse<String> head = send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", accept).build());
            assertEquals(404, head.statusCode(), "HEAD " + path + " to " + accept);
        }
    }

    /**
     * RFC 9110 5.3: field lines of one name are one list, as if joined by commas, so an entity tag
     * named on a second If-None-Match line is a 304, and one on a second If-Match line passes. Until
     * a review on 6 December 2026 only the first line was read: the whole dump was sent again (200),
     * and If-Match was a 412.
     */
    @ParameterizedTest
    @CsvSource({"/dumps/sco-kg.ttl", "/doc/state/CN.ttl", "/fragments"})
    void conditions_on_two_header_lines_are_one_list(String path) throws IOException {
        String etag = get(path).headers().firstValue("ETag").orElseThrow();
        // The Host the tag was got with: a fragment names its host's graph, so its tag is the host's.
        URI base = URI.create(ServerFixture.base());
        String head = "GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\nConnection: close\r\n";
        String notModified = raw(head + "If-None-Match: \"other\"\r\nIf-None-Match: " + etag + "\r\n\r\n");
        assertTrue(notModified.startsWith("HTTP/1.1 304 "), path + ": " + notModified.lines().findFirst().orElse(""));
        String matched = raw(head + "If-Match: \"other\"\r\nIf-Match: " + etag + "\r\n\r\n");
        assertTrue(matched.startsWith("HTTP/1.1 200 "), path + ": " + matched.lines().findFirst().orElse(""));
        String neither = raw(head + "If-Match: \"other\"\r\nIf-Match: \"another\"\r\n\r\n");
        assertTrue(neither.startsWith("HTTP/1.1 412 "), path + ": " + neither.lines().findFirst().orElse(""));
    }
}
