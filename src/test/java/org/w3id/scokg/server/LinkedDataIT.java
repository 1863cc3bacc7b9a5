package org.w3id.scokg.server;

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
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.scokg.publish.Checksums;
import org.w3id.scokg.publish.Dump;

/** Dereferencing, descriptions, pages and dumps, over real HTTP. */
class LinkedDataIT {
    private static Graph parse(HttpResponse<String> response, Lang lang) {
        Graph graph = GraphFactory.createGraphMem();
        RDFParser.source(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8))).lang(lang).parse(graph);
        return graph;
    }


    /**
     * A client that names a syntax by another of the names Jena's registry gives it (text/n3, which
     * Jena writes in Turtle; text/plain for N-Triples) gets that syntax from a
     * thing's IRI, its description, the ontology and a Graph Store read, as from the endpoint's
     * CONSTRUCT: each was a 406 until a review on 5 December 2026.
     */
    @ParameterizedTest(name = "{0} Accept: {1}")
    @CsvSource({"/doc/state/IN, text/n3, text/turtle", "/doc/state/IN, text/plain, application/n-triples", "/ontology, text/n3, text/turtle",
        "/void, text/rdf+n3, text/turtle", "/sparql?graph=https%3A%2F%2Fw3id.org%2Fsco-kg%2Fgraph%2Fontology, text/n3, text/turtle",
        "/sparql?graph=https%3A%2F%2Fw3id.org%2Fsco-kg%2Fgraph%2Fontology, text/plain, application/n-triples",
        "/sparql?query=PREFIX%20sco%3A%20%3Chttps%3A%2F%2Fw3id.org%2Fsco-kg%2Fontology%23%3E%20CONSTRUCT%20%7B%20%3Fs%20a%20sco%3AState%20%7D%20WHERE%20%7B%20%3Fs%20a%20sco%3AState%20%7D, text/n3, text/turtle"})
    void another_name_of_a_syntax_gets_that_syntax(String path, String accept, String type) {
        if (path.startsWith("/doc/")) {
            HttpResponse<String> redirect = get(path.replace("/doc/", "/id/"), "Accept", accept);
            assertEquals(303, redirect.statusCode(), redirect.body());
            assertTrue(redirect.headers().firstValue("Location").orElse("").endsWith(type.equals("text/turtle") ? ".ttl" : ".nt"), redirect.headers().map().toString());
        }
        HttpResponse<String> response = get(path, "Accept", accept);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(type), response.headers().map().toString());
        assertFalse(parse(response, type.equals("text/turtle") ? Lang.TURTLE : Lang.NTRIPLES).isEmpty());
        // Prefixes in Turtle's first form, which every Turtle parser reads (AtPrefixes; Jena 5 wrote PREFIX,
        // which the OWL API, so Protégé, could not read, until 5 December 2026).
        // A Graph Store read and a CONSTRUCT are written by Fuseki with no prefixes at all.
        if (type.equals("text/turtle")) {
            String start = response.body().substring(0, Math.min(80, response.body().length()));
            assertFalse(java.util.regex.Pattern.compile("(?m)^PREFIX ").matcher(response.body()).find(), start);
            if (!path.startsWith("/sparql")) assertTrue(response.body().startsWith("@prefix "), start);
        }
    }

    @ParameterizedTest(name = "Accept: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "|html",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|html",
        "text/turtle|ttl",
        "application/ld+json|jsonld",
        "application/rdf+xml|rdf",
        "application/n-triples|nt",
        "application/trig|trig",
        "application/n-quads|nq",
        "text/turtle;q=0.5, application/rdf+xml;q=0.9|rdf"})
    void id_redirects_303_to_the_negotiated_description(String accept, String extension) {
        HttpResponse<String> response = accept == null ? get("/id/state/CN") : get("/id/state/CN", "Accept", accept);
        assertEquals(303, response.statusCode());
        assertEquals(ServerFixture.base() + "/doc/state/CN." + extension, response.headers().firstValue("Location").orElse(""));
    }

    /**
     * A description is sent from the direct buffer it was kept in (Responses.Held): the same bytes
     * on a second request as on the first, compressed when asked for, and a HEAD with the GET's length.
     */
    @Test
    void a_kept_description_is_sent_whole_plain_compressed_and_to_a_head() throws Exception {
        byte[] first = ServerFixture.CLIENT.send(request("/doc/state/CN.ttl").build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        HttpResponse<byte[]> again = ServerFixture.CLIENT.send(request("/doc/state/CN.ttl").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, again.statusCode());
        assertTrue(first.length > 32 * 1024, "larger than Jetty's output buffer: " + first.length);
        assertTrue(java.util.Arrays.equals(first, again.body()), "the same bytes again");
        assertEquals(String.valueOf(first.length), again.headers().firstValue("Content-Length").orElse(""));
        HttpResponse<byte[]> zipped = ServerFixture.CLIENT.send(request("/doc/state/CN.ttl").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertTrue(java.util.Arrays.equals(first, in.readAllBytes()), "the same bytes, compressed");
        }
        HttpResponse<byte[]> head = ServerFixture.CLIENT.send(request("/doc/state/CN.ttl").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals(String.valueOf(first.length), head.headers().firstValue("Content-Length").orElse(""));
        assertEquals(0, head.body().length);
    }

    /**
     * Several Accept fields are one list (RFC 9110 5.3). A review on 5 December 2026: the routes read
     * the first field alone, and HTML at q=0.1 in it, Turtle in a second, got the page.
     */
    @Test
    void accept_in_two_fields_is_one_list() {
        HttpResponse<String> response = get("/id/state/CN", "Accept", "text/html;q=0.1", "Accept", "text/turtle");
        assertEquals(303, response.statusCode());
        assertEquals(ServerFixture.base() + "/doc/state/CN.ttl", response.headers().firstValue("Location").orElse(""));
        HttpResponse<String> russian = get("/doc/state/CN", "Accept", "text/html", "Accept-Language", "de;q=0.1", "Accept-Language", "ru");
        assertTrue(russian.body().contains("<html lang=\"ru\">"), "Accept-Language in two fields too");
    }

    @Test
    void the_303_keeps_the_requests_parameters() {
        HttpResponse<String> response = get("/id/state/RU?lang=ru", "Accept", "text/html");
        assertEquals(303, response.statusCode());
        assertEquals(ServerFixture.base() + "/doc/state/RU.html?lang=ru", response.headers().firstValue("Location").orElse(""), "a Russian page stays Russian");
    }

    @Test
    void unsupported_accept_is_406_listing_the_types() {
        HttpResponse<String> response = get("/id/state/CN", "Accept", "image/png");
        assertEquals(406, response.statusCode());
        assertTrue(response.body().contains("text/turtle"), response.body());
    }

    @Test
    void unknown_things_are_404_never_a_redirect() {
        assertEquals(404, get("/id/state/XX").statusCode());
        assertEquals(404, get("/doc/state/XX.ttl").statusCode());
        assertEquals(404, get("/id/nonsense").statusCode());
        assertEquals(404, get("/doc/state/XX", "Accept", "image/png").statusCode(), "unknown before unacceptable");
        assertEquals(200, get("/doc/state/CN.ttl").statusCode());
        assertEquals(303, get("/id/state/CN", "Accept", "text/turtle").statusCode(), "a description kept still redirects from its thing");
        assertEquals(404, get("/doc/state/CNX.ttl").statusCode());
        // A thing's IRI has no extension: /id/state/CN.ttl names nothing (it was sent to /doc/state/CN.ttl until a review on 2 December 2026).
        assertEquals(404, get("/id/state/CN.ttl", "Accept", "text/turtle").statusCode());
        assertEquals(404, get("/id/state/CN.html").statusCode());
    }

    /**
     * A description in JSON-LD is the same graph as in Turtle, written in one pass with the graph's
     * prefixes as its context and compact keys (Jena's writer, until 5 December 2026, compacted the
     * whole document first and could not be stopped).
     */
    @ParameterizedTest
    @CsvSource({"/doc/state/CN", "/doc/state/RU", "/doc/organization/SCO"})
    void a_description_in_json_ld_is_the_graph_in_turtle(String doc) {
        HttpResponse<String> json = get(doc + ".jsonld");
        assertEquals(200, json.statusCode(), json.body());
        Graph turtle = parse(get(doc + ".ttl"), Lang.TURTLE);
        Graph read = parse(json, Lang.JSONLD);
        assertTrue(read.size() > 50 && read.isIsomorphicWith(turtle), read.size() + " triples as JSON-LD, " + turtle.size() + " as Turtle");
        assertTrue(json.body().contains("\"rdfs:label\": ["), json.body().substring(0, 2000));
    }

    /**
     * A review on 5 December 2026: a reader who trims a thing's address got the 404 page. The
     * namespaces send on to the kinds of things on the home page, and a kind's {@code /id/} to its index.
     */
    @ParameterizedTest
    @CsvSource({"/doc/, /#things", "/id, /#things", "/id/?lang=ru, /?lang=ru#things", "/id/state/, /doc/state/", "/id/state?lang=zh, /doc/state/?lang=zh"})
    void a_trimmed_address_is_sent_to_what_lists_its_things(String path, String location) {
        HttpResponse<String> response = get(path);
        assertEquals(303, response.statusCode(), response.body());
        assertEquals(ServerFixture.base() + location, response.headers().firstValue("Location").orElse(""));
        assertTrue(get("/").body().contains("id=\"things\""), "the home page's list of kinds is the anchor");
        assertEquals(404, get("/id/nosuchkind/").statusCode());
    }

    @Test
    void a_client_asking_for_json_gets_json_ld_and_a_kind_index_is_html_only() {
        HttpResponse<String> id = get("/id/state/CN", "Accept", "application/json");
        assertEquals(303, id.statusCode());
        assertEquals(ServerFixture.base() + "/doc/state/CN.jsonld", id.headers().firstValue("Location").orElse(""));
        HttpResponse<String> doc = get("/doc/state/CN", "Accept", "application/json");
        assertEquals(200, doc.statusCode());
        assertTrue(doc.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        // Between types of the same weight the client's own order decides, as for the others.
        assertTrue(get("/id/state/CN", "Accept", "text/turtle, application/json").headers().firstValue("Location").orElse("").endsWith(".ttl"));
        assertTrue(get("/id/state/CN", "Accept", "application/json, text/turtle").headers().firstValue("Location").orElse("").endsWith(".jsonld"));
        assertTrue(get("/id/state/CN", "Accept", "application/json;q=0.5, text/turtle").headers().firstValue("Location").orElse("").endsWith(".ttl"));
        // The kinds' indexes are pages for people: a client that takes no HTML gets 406, and the answer varies on Accept.
        HttpResponse<String> turtle = get("/doc/state/", "Accept", "text/turtle");
        assertEquals(406, turtle.statusCode());
        assertTrue(turtle.headers().allValues("Vary").toString().contains("Accept"), turtle.headers().toString());
        assertEquals(200, get("/doc/state/").statusCode());
        assertEquals(200, get("/doc/state/", "Accept", "*/*").statusCode());
    }

    @Test
    void a_negotiated_description_carries_its_headers() {
        HttpResponse<String> response = get("/doc/state/CN", "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(response.headers().firstValue("Vary").orElse("").contains("Accept"));
        assertEquals("/doc/state/CN.ttl", response.headers().firstValue("Content-Location").orElse(""));
        String link = response.headers().firstValue("Link").orElse("");
        assertTrue(link.contains("</doc/state/CN.jsonld>; rel=\"alternate\"; type=\"application/ld+json\""), link);
        assertTrue(response.headers().firstValue("ETag").isPresent());
        // No date: the graph holds none of an entity's last change, and the server's start gave replicas different ones (6 December 2026).
        assertEquals(Optional.empty(), response.headers().firstValue("Last-Modified"));
    }

    /**
     * A page's Content-Location is a URL whose GET gives that page (RFC 9110 8.7), in its language: a
     * Russian page asked {@code ?lang=ru} named {@code /doc/state/IN.html}, whose GET is English, until
     * a review on 5 December 2026. Each URL named is fetched as a plain GET and must give the same
     * bytes (the same ETag) as the page that named it.
     */
    @ParameterizedTest
    @CsvSource({
        "/doc/state/IN?lang=ru, , /doc/state/IN.html?lang=ru",
        "/doc/state/IN?lang=zh, , /doc/state/IN.html?lang=zh",
        "/doc/state/IN, ru, /doc/state/IN.html?lang=ru",
        "/doc/state/IN, , /doc/state/IN.html",
        "/doc/state/IN?lang=en, ru, /doc/state/IN.html?lang=en",
        "/ontology?lang=ru, , /ontology.html?lang=ru",
        "/ontology, , /ontology.html",
        "/void?lang=ru, , /void.html?lang=ru",
        "/void, , /void.html",
        "/.well-known/void, zh, /void.html?lang=zh"})
    void a_pages_content_location_gives_the_page_in_its_language(String path, String acceptLanguage, String location) {
        String[] headers = acceptLanguage == null ? new String[] {"Accept", "text/html"} : new String[] {"Accept", "text/html", "Accept-Language", acceptLanguage};
        HttpResponse<String> page = get(path, headers);
        assertEquals(200, page.statusCode());
        assertEquals(location, page.headers().firstValue("Content-Location").orElse(""));
        HttpResponse<String> named = get(location);
        assertEquals(200, named.statusCode(), location);
        assertEquals(page.headers().firstValue("ETag").orElse("page"), named.headers().firstValue("ETag").orElse("named"), location);
        assertEquals(page.body(), named.body(), location);
    }

    /**
     * An address that names its format (an extension, ?format=) varies on Accept-Encoding and, for a
     * page, on the reader's language, not on Accept, which chooses nothing there: it said Vary: Accept
     * until a review on 6 December 2026, splitting caches for nothing.
     */
    @Test
    void an_address_that_names_its_format_does_not_vary_on_accept() {
        // A format's name in any case (a 406 until a later review that day: RFC 9110 reads media types so).
        for (String path : new String[] {"/doc/state/CN.ttl", "/doc/state/CN?format=jsonld", "/doc/state/CN?format=JSONLD", "/doc/state/CN.html", "/void?format=ttl",
            "/void?format=TTL", "/ontology?format=ttl", "/ontology?format=Text/Turtle", "/void.ttl"}) {
            HttpResponse<String> response = get(path, "Accept", "text/turtle", "Accept-Encoding", "gzip");
            assertEquals(200, response.statusCode(), path);
            java.util.List<String> vary = new java.util.ArrayList<>();
            response.headers().allValues("Vary").forEach(v -> java.util.Arrays.stream(v.split(",")).map(String::strip).forEach(vary::add));
            assertTrue(vary.contains("Accept-Encoding") && !vary.contains("Accept"), path + ": Vary " + vary);
            assertEquals(path.endsWith(".html"), vary.contains("Accept-Language"), path + ": Vary " + vary);
        }
    }

    /**
     * A thing's IRI answers a 303 whose Location names the format Accept chose and nothing of the
     * language: the page's own address reads the cookie and Accept-Language. It varies on Accept
     * alone, as the other 303s do (/graph/data, /ontology/0.2.1), and not at all where ?format=
     * names the format. Until a review on 6 December 2026 a 303 to a page said Vary:
     * Accept-Language, Cookie too, so a shared cache kept one 303 per cookie.
     */
    @Test
    void a_things_see_other_varies_on_accept_alone() {
        for (String language : new String[] {"en", "ru"}) {
            for (String cookie : new String[] {"lang=en", "lang=zh"}) {
                HttpResponse<String> response = get("/id/state/CN", "Accept", "text/html", "Accept-Language", language, "Cookie", cookie);
                assertEquals(303, response.statusCode());
                assertEquals(ServerFixture.base() + "/doc/state/CN.html", response.headers().firstValue("Location").orElse(""), language + ", " + cookie);
                List<String> vary = varied(response);
                assertTrue(vary.contains("Accept") && !vary.contains("Accept-Language") && !vary.contains("Cookie"), "Vary " + vary);
            }
        }
        List<String> named = varied(get("/id/state/CN?format=html", "Accept-Language", "ru"));
        assertTrue(!named.contains("Accept") && !named.contains("Accept-Language") && !named.contains("Cookie"), "Vary " + named);
        // The page itself still varies on the reader's language.
        assertTrue(varied(get("/doc/state/CN", "Accept", "text/html")).containsAll(List.of("Accept", "Accept-Language", "Cookie")));
    }

    /**
     * A thing's IRI asked with {@code format=} answers a 303 whose Location names the format once, by
     * its extension, as a 303 chosen by Accept does; the other parameters go along. Until a review on
     * 6 December 2026 {@code /id/state/IN?format=ttl} went to {@code /doc/state/IN.ttl?format=ttl}.
     */
    @Test
    void a_things_see_other_names_the_format_by_its_extension_alone() {
        String[][] cases = {{"?format=ttl", "/doc/state/IN.ttl"}, {"?format=text%2Fturtle&lang=ru", "/doc/state/IN.ttl?lang=ru"},
            {"?lang=ru&format=html", "/doc/state/IN.html?lang=ru"}};
        for (String[] c : cases) {
            HttpResponse<String> response = get("/id/state/IN" + c[0], "Accept", "text/turtle");
            assertEquals(303, response.statusCode(), c[0]);
            assertEquals(ServerFixture.base() + c[1], response.headers().firstValue("Location").orElse(""), c[0]);
            assertEquals(200, get(c[1], "Accept", "text/turtle").statusCode(), c[1]);
        }
    }

    private static List<String> varied(HttpResponse<String> response) {
        List<String> vary = new java.util.ArrayList<>();
        response.headers().allValues("Vary").forEach(v -> java.util.Arrays.stream(v.split(",")).map(String::strip).forEach(vary::add));
        return vary;
    }

    @Test
    void a_compressed_answer_varies_on_both_accept_and_accept_encoding() {
        for (String path : new String[] {"/doc/state/CN", "/queries/members-on-date", "/sparql"}) {
            HttpResponse<String> response = get(path, "Accept", "text/turtle, application/sparql-results+json;q=0.9", "Accept-Encoding", "gzip");
            assertEquals(200, response.statusCode(), path);
            assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""), path);
            java.util.List<String> vary = new java.util.ArrayList<>();
            response.headers().allValues("Vary").forEach(v -> java.util.Arrays.stream(v.split(",")).map(String::strip).forEach(vary::add));
            assertTrue(vary.contains("Accept") && vary.contains("Accept-Encoding"), path + ": Vary " + vary);
            assertEquals(1, vary.stream().filter("Accept"::equals).count(), path + ": Vary " + vary);
        }
    }

    /**
     * A review of 4 December 2026: If-Unmodified-Since was ignored, and /id/state/%52U (the same IRI as
     * /id/state/RU, RFC 3986 6.2.2.2) was a 404. Since 6 December 2026 a description has no date
     * (no Last-Modified), so If-Unmodified-Since is ignored as RFC 9110 13.1.4 says, and If-Match is
     * the precondition that fails.
     */
    @Test
    void if_unmodified_since_and_percent_encoded_letters_are_read_as_rfcs_say() {
        HttpResponse<String> first = get("/doc/state/RU.ttl");
        assertEquals(200, get("/doc/state/RU.ttl", "If-Unmodified-Since", "Fri, 04 Dec 2000 00:00:00 GMT").statusCode(), "no date to compare: ignored");
        HttpResponse<String> failed = get("/doc/state/RU.ttl", "If-Match", "\"another-version-ttl\"");
        assertEquals(412, failed.statusCode());
        // An answer to the request's condition, not to its URL: no shared cache may keep it (it was public for an hour).
        assertTrue(failed.headers().firstValue("Cache-Control").filter(c -> c.contains("public")).isEmpty(), failed.headers().map().toString());
        HttpResponse<String> range = get("/dumps/sco-kg.ttl", "Range", "bytes=999999999-");
        assertEquals(416, range.statusCode());
        assertTrue(range.headers().firstValue("Cache-Control").filter(c -> c.contains("public")).isEmpty(), range.headers().map().toString());
        assertEquals(200, get("/doc/state/RU.ttl", "If-Unmodified-Since", "not a date").statusCode(), "a date that cannot be read is no condition");
        // If-Match, when present, decides alone (RFC 9110 13.2.2).
        assertEquals(200, get("/doc/state/RU.ttl", "If-Match", first.headers().firstValue("ETag").orElseThrow(), "If-Unmodified-Since", "Fri, 04 Dec 2000 00:00:00 GMT").statusCode());
        assertMoved("/id/state/%52U?lang=ru", "/id/state/RU?lang=ru");
        // An encoded percent sign is not a letter: Jetty refuses such a path (400) before any route.
        int percent = get("/id/state/%2552U").statusCode();
        assertTrue(percent == 400 || percent == 404, "an encoded percent sign is not a letter: " + percent);
    }

    /** A review of 4 December 2026: /doc/state/in was a 404, not India's page; a key typed in the other case is moved to the one so written. */
    @Test
    void a_key_in_the_other_case_is_moved_to_the_thing() {
        assertMoved("/doc/state/in.ttl?lang=ru", "/doc/state/IN.ttl?lang=ru");
        assertMoved("/id/state/in", "/id/state/IN");
        assertMoved("/doc/organization/sco", "/doc/organization/SCO");
        assertMoved("/doc/organization/Shanghai-Five", "/doc/organization/shanghai-five");
        // A key in mixed case, typed in one case (a later review that day: only all capitals or all small letters were found).
        assertMoved("/doc/membership/sco-in-memberstate", "/doc/membership/SCO-IN-MemberState");
        // A replaced key in another case: to its replacement, in one move.
        assertMoved("/id/source/CNHUBEI-UFA", "/id/source/cnhubei-ufa-2015");
        // The kind in another case too, as a named query's parameter reads it (a 404 until a review on 6 December 2026).
        assertMoved("/doc/STATE/in", "/doc/state/IN");
        assertMoved("/id/State/IN", "/id/state/IN");
        assertEquals(404, get("/doc/STATE/ZZ").statusCode(), "no thing in any case");
        assertEquals(404, get("/doc/state/ZZ").statusCode(), "no thing in either case");
        assertEquals(404, get("/doc/organization/in").statusCode(), "another kind's key is not the state's");
    }

    /** {@code path} answers 301 to a location ending with {@code target}. */
    private static void assertMoved(String path, String target) {
        HttpResponse<String> moved = get(path);
        assertEquals(301, moved.statusCode(), path);
        assertTrue(moved.headers().firstValue("Location").orElse("").endsWith(target), path + ": " + moved.headers().map());
    }

    @Test
    void conditional_gets_answer_304() {
        HttpResponse<String> first = get("/doc/state/CN.ttl");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> notModified = get("/doc/state/CN.ttl", "If-None-Match", etag);
        assertEquals(304, notModified.statusCode());
        // RFC 9110 8.6: a 304 may carry only the length a 200 would have; Jetty wrote 0 until 4 December 2026.
        assertEquals(Optional.empty(), notModified.headers().firstValue("Content-Length"), notModified.headers().map().toString());
        assertEquals(304, get("/doc/state/CN.ttl", "If-None-Match", "\"other\", W/" + etag).statusCode(), "weak comparison, in a list");
        // A description has no date, so If-Modified-Since is ignored (RFC 9110 13.1.3), whatever it says:
        // until 6 December 2026 the server's start was its date, and a date after it answered 304.
        String now = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC));
        assertEquals(200, get("/doc/state/CN.ttl", "If-Modified-Since", now).statusCode(), now);
        // If-None-Match decides when both are sent (RFC 9110 13.1.3).
        assertEquals(304, get("/doc/state/CN.ttl", "If-None-Match", etag, "If-Modified-Since", "Fri, 04 Dec 2000 00:00:00 GMT").statusCode());
        assertEquals(200, get("/doc/state/CN.ttl", "If-None-Match", "\"other\"").statusCode());
        // If-Match compares strongly and fails with 412 (RFC 9110 13.1.1; it was ignored until 2 December 2026).
        assertEquals(412, get("/doc/state/CN.ttl", "If-Match", "\"nope\"").statusCode());
        assertEquals(412, get("/doc/state/CN.ttl", "If-Match", "W/" + etag).statusCode(), "a weak tag never matches strongly");
        assertEquals(200, get("/doc/state/CN.ttl", "If-Match", "\"nope\", " + etag).statusCode());
        assertEquals(200, get("/doc/state/CN.ttl", "If-Match", "*").statusCode());
        for (String path : List.of("/dumps/sco-kg.ttl", "/fragments")) {
            assertEquals(412, get(path, "If-Match", "\"nope\"", "Range", "bytes=0-9").statusCode(), path);
        }
        // Turtle and TriG of a description are different representations (until 4 December 2026 the same bytes): different tags.
        assertNotEquals(etag, get("/doc/state/CN.trig").headers().firstValue("ETag").orElseThrow());
        assertEquals(200, get("/doc/state/CN", "Accept", "application/trig", "If-None-Match", etag).statusCode(), "the Turtle's tag does not validate the TriG");
    }

    @Test
    void head_matches_get() {
        HttpResponse<String> get = get("/doc/state/CN.ttl");
        HttpResponse<String> head = send(request("/doc/state/CN.ttl").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
        assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
        assertEquals("", head.body());
        // And with gzip asked for: the compressed representation's tag and Vary, as GET gives (a review, 2 December 2026).
        HttpResponse<String> zipped = get("/doc/state/RU.ttl", "Accept-Encoding", "gzip");
        HttpResponse<String> zippedHead = send(request("/doc/state/RU.ttl").header("Accept-Encoding", "gzip").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(zipped.headers().firstValue("ETag"), zippedHead.headers().firstValue("ETag"));
        assertEquals(zipped.headers().allValues("Vary"), zippedHead.headers().allValues("Vary"));
        assertTrue(String.join(",", zippedHead.headers().allValues("Vary")).contains("Accept-Encoding"), zippedHead.headers().toString());
    }

    @Test
    void a_description_holds_the_facts_with_their_quotes_and_incoming_links() {
        Graph description = parse(get("/doc/state/IN.ttl"), Lang.TURTLE);
        Node india = NodeFactory.createURI("https://w3id.org/sco-kg/id/state/IN");
        Node membership = NodeFactory.createURI("https://w3id.org/sco-kg/id/membership/SCO-IN-MemberState");
        assertTrue(description.contains(membership, NodeFactory.createURI("http://www.w3.org/ns/org#member"), india));
        assertTrue(description.contains(membership, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), Node.ANY), "incoming links carry labels");
        assertTrue(description.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/oa#exact"), Node.ANY), "the quoted sentence");
        assertTrue(description.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject"), membership),
                "each statement's own provenance, as an rdf:Statement");
        assertTrue(description.contains(Node.ANY, NodeFactory.createURI("http://purl.org/dc/terms/rights"), Node.ANY), "whose the quoted text is");
        assertTrue(description.contains(NodeFactory.createURI("https://w3id.org/sco-kg/doc/state/IN"), NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic"), india));
        assertTrue(description.contains(india, NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs"), NodeFactory.createURI("http://www.wikidata.org/entity/Q668")));
    }

    @ParameterizedTest
    @CsvSource({"jsonld, JSONLD", "rdf, RDFXML", "nt, NTRIPLES", "trig, TRIG", "nq, NQUADS"})
    void every_extension_parses(String extension, String lang) {
        HttpResponse<String> response = get("/doc/organization/SCO." + extension);
        assertEquals(200, response.statusCode());
        Lang parsed = switch (lang) {
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "NQUADS" -> Lang.NQUADS;
            default -> Lang.TRIG;
        };
        org.apache.jena.sparql.core.DatasetGraph dataset = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8))).lang(parsed).parse(dataset);
        assertTrue(dataset.getUnionGraph().contains(NodeFactory.createURI("https://w3id.org/sco-kg/id/organization/SCO"), Node.ANY, Node.ANY)
                || dataset.getDefaultGraph().contains(NodeFactory.createURI("https://w3id.org/sco-kg/id/organization/SCO"), Node.ANY, Node.ANY));
    }

    @Test
    void an_entity_page_is_html_for_people() {
        HttpResponse<String> response = get("/doc/state/IN");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.body().contains("<h1>India</h1>"));
        assertTrue(response.body().contains("The Shanghai Cooperation Organisation (SCO) is an international organization of eight member countries"));
        assertTrue(response.body().contains("href=\"http://www.wikidata.org/entity/Q668\""));
        String script = response.body().replaceFirst("(?s).*<script type=\"application/ld\\+json\">(.*?)</script>.*", "$1");
        org.apache.jena.atlas.json.JsonObject json = org.apache.jena.atlas.json.JSON.parse(script);
        // The page, about the state: the ontology makes sco:State no schema.org class, so it is a Thing
        // (a_pages_schema_org_json_ld_agrees_with_the_graph compares the types with the graph).
        assertEquals("ItemPage", json.get("@type").getAsString().value());
        assertEquals("Thing", json.get("about").getAsObject().get("@type").getAsString().value());
        assertEquals("India", json.get("about").getAsObject().get("name").getAsString().value());
    }

    @Test
    void nothing_from_the_url_is_reflected_unescaped() {
        HttpResponse<String> response = get("/doc/state/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertTrue(response.statusCode() == 404 || response.statusCode() == 400, "status " + response.statusCode());
        assertFalse(response.body().contains("<script>"));
    }

    @Test
    void kind_index_lists_every_state() {
        HttpResponse<String> response = get("/doc/state/");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("href=\"/doc/state/LA\""));
    }

    /**
     * Every kind the sitemap has pages of has an index, the reified statements too: {@code
     * /doc/assertion/} and {@code /id/assertion/} were 404s until a review on 5 December 2026. The
     * index links every assertion page the sitemap lists, and no other.
     */
    @Test
    void every_kind_of_the_sitemap_has_an_index_the_assertions_too() {
        String sitemap = get("/sitemap.xml").body();
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        java.util.Set<String> assertions = new java.util.TreeSet<>();
        java.util.regex.Matcher page = java.util.regex.Pattern.compile("/doc/([a-z]+)/([^<\\s]+)</loc>").matcher(sitemap);
        while (page.find()) {
            kinds.add(page.group(1));
            if (page.group(1).equals("assertion")) assertions.add("/doc/assertion/" + page.group(2));
        }
        assertTrue(kinds.contains("assertion") && assertions.size() > 1_000, kinds + " " + assertions.size());
        for (String kind : kinds) {
            assertEquals(200, get("/doc/" + kind + "/").statusCode(), kind);
            HttpResponse<String> id = get("/id/" + kind + "/");
            assertEquals(303, id.statusCode(), kind);
            assertTrue(id.headers().firstValue("Location").orElse("").endsWith("/doc/" + kind + "/"), id.headers().map().toString());
        }
        java.util.Set<String> linked = new java.util.TreeSet<>();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/doc/assertion/[0-9a-f]+)\"").matcher(wholeIndex("assertion", "en"));
        while (link.find()) linked.add(link.group(1));
        assertEquals(assertions, linked);
        assertEquals(406, get("/doc/assertion/", "Accept", "application/json").statusCode(), "a page for people, as every index");
    }

    /**
     * An index of more than {@value #INDEX_ROWS} things is in pages of that many, each page linked from
     * every other by its number, and the pages together list each thing once. A review on 6 December 2026
     * found the statement records' index one page of 3,909 rows, 800 KB, 181,099 px high at 1280 px and
     * 376,808 px on a phone. A page asked that is no whole number from 1 to the last, or asked twice, is
     * a 400 that says so; the language switcher keeps the page.
     */
    @Test
    void a_long_index_is_in_pages_that_together_list_each_thing_once() {
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("<tr><td data-label=\"[^\"]*\"><a href=\"(/doc/assertion/[0-9a-f]+)\"");
        HttpResponse<String> first = get("/doc/assertion/?lang=en", "Accept", "text/html");
        java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("<a href=\"/doc/assertion/\\?page=([0-9]+)&amp;lang=en\">\\1</a>").matcher(first.body());
        int last = 1;
        while (numbers.find()) last = Math.max(last, Integer.parseInt(numbers.group(1)));
        assertTrue(last > 1, "links to the other pages: " + first.body().substring(Math.max(0, first.body().indexOf("</table>"))));
        java.util.List<String> listed = new java.util.ArrayList<>();
        for (int page = 1; page <= last; page++) {
            String body = get("/doc/assertion/?page=" + page + "&lang=en", "Accept", "text/html").body();
            int rows = 0;
            for (java.util.regex.Matcher link = row.matcher(body); link.find(); rows++) listed.add(link.group(1));
            assertTrue(rows > 0 && rows <= INDEX_ROWS, "page " + page + ": " + rows + " rows");
            assertTrue(body.contains("<span aria-current=\"page\">" + page + "</span>"), "page " + page + " says which it is");
            assertTrue(body.contains("href=\"/doc/assertion/?" + (page > 1 ? "page=" + page + "&amp;" : "") + "lang=ru\""), "the switcher keeps the page");
        }
        assertEquals(new java.util.HashSet<>(listed).size(), listed.size(), "each once");
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("<p class=\"lead\">([0-9,]+) in all\\.").matcher(first.body());
        assertTrue(count.find(), "the count of them all on the first page");
        assertEquals(Integer.parseInt(count.group(1).replace(",", "")), listed.size(), "the pages list them all");
        for (String page : List.of("0", String.valueOf(last + 1), "x", "1&page=2")) {
            HttpResponse<String> refused = get("/doc/assertion/?page=" + page, "Accept", "text/html");
            assertEquals(400, refused.statusCode(), page);
            assertTrue(refused.body().contains("page is a whole number from 1 to " + last), refused.body());
        }
        // A short index is one page, with no page links.
        assertFalse(get("/doc/state/", "Accept", "text/html").body().contains("?page="), "the states' index in one page");
    }

    /** The rows an index shows on a page at most, as KindIndex cuts it. */
    private static final int INDEX_ROWS = 200;

    /** Every page of {@code kind}'s index in {@code lang}, one after the other (an index of more than {@value #INDEX_ROWS} things is in pages). */
    static String wholeIndex(String kind, String lang) {
        StringBuilder all = new StringBuilder();
        for (int page = 1; ; page++) {
            String body = get("/doc/" + kind + "/?page=" + page + "&lang=" + lang, "Accept", "text/html").body();
            all.append(body);
            if (!body.contains("href=\"/doc/" + kind + "/?page=" + (page + 1) + "&amp;lang=" + lang + "\"")) return all.toString();
        }
    }

    /**
     * No two statement records are titled alike: a thing's rdfs:label and its skos:prefLabel were
     * both "name" ("13th Meeting of SCO Security Council Secretaries · name · 13-е заседание …"
     * twice, 572 of 3,866 rows in such pairs until a review on 6 December 2026); the second is the
     * "preferred name".
     */
    @Test
    void no_two_statement_records_are_titled_alike() {
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("<a href=\"/doc/assertion/[0-9a-f]+\"[^>]*>(.*?)</a>", java.util.regex.Pattern.DOTALL);
        for (String[] lang : new String[][] {{"en", " · preferred name · "}, {"ru", " · предпочтительное название · "}, {"zh", " · 首选名称 · "}}) {
            java.util.Map<String, Integer> titles = new java.util.HashMap<>();
            java.util.regex.Matcher link = row.matcher(wholeIndex("assertion", lang[0]));
            while (link.find()) titles.merge(link.group(1).replaceAll("<[^>]+>", ""), 1, Integer::sum);
            assertTrue(titles.size() > 1_000, lang[0] + ": " + titles.size());
            List<String> twice = titles.entrySet().stream().filter(e -> e.getValue() > 1).map(java.util.Map.Entry::getKey).limit(5).toList();
            assertTrue(twice.isEmpty(), lang[0] + ": " + twice);
            assertTrue(titles.keySet().stream().anyMatch(t -> t.contains(lang[1])), lang[0] + ": a preferred name's record says so");
        }
    }

    @Test
    void the_ontology_dereferences_with_an_anchor_per_term() {
        HttpResponse<String> html = get("/ontology");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("id=\"MembershipRole\""));
        Graph turtle = parse(get("/ontology", "Accept", "text/turtle"), Lang.TURTLE);
        assertTrue(turtle.contains(NodeFactory.createURI("https://w3id.org/sco-kg/ontology#State"), Node.ANY, Node.ANY));
        assertEquals(200, get("/ontology.rdf").statusCode());
        assertEquals(200, get("/ontology.jsonld").statusCode());
        // A term 0.1.0 published and 0.2.0 retired still says something when followed: deprecated, with
        // the term that replaced it, and an anchor on the page (it said nothing until a review on 2 December 2026).
        Node foundedAt = NodeFactory.createURI("https://w3id.org/sco-kg/ontology#foundedAt");
        assertTrue(turtle.contains(foundedAt, NodeFactory.createURI("http://www.w3.org/2002/07/owl#deprecated"), Node.ANY));
        assertTrue(turtle.contains(foundedAt, NodeFactory.createURI("http://purl.org/dc/terms/isReplacedBy"), NodeFactory.createURI("http://schema.org/foundingLocation")));
        assertTrue(html.body().contains("id=\"foundedAt\""), "an anchor for it");
    }

    @Test
    void well_known_void_is_served_without_redirect() {
        HttpResponse<String> response = get("/.well-known/void");
        assertEquals(200, response.statusCode());
        assertTrue(parse(response, Lang.TURTLE).contains(Node.ANY, NodeFactory.createURI("http://rdfs.org/ns/void#triples"), Node.ANY));
    }

    @Test
    void dumps_are_listed_and_served_with_checksums() {
        HttpResponse<String> listing = get("/dumps/");
        assertEquals(200, listing.statusCode());
        for (Dump dump : Dump.values()) assertTrue(listing.body().contains(dump.file), dump.file);
        HttpResponse<String> ttl = get("/dumps/sco-kg.ttl");
        assertEquals(200, ttl.statusCode());
        assertEquals("text/turtle", ttl.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""));
        assertEquals(String.valueOf(ttl.body().getBytes(StandardCharsets.UTF_8).length), ttl.headers().firstValue("Content-Length").orElse(""));
        assertTrue(listing.body().contains(Checksums.sha256(ttl.body().getBytes(StandardCharsets.UTF_8))));
        assertTrue(ttl.headers().firstValue("ETag").isPresent());
    }

    @Test
    void dumps_answer_ranges() {
        HttpResponse<String> part = get("/dumps/sco-kg.ttl", "Range", "bytes=0-6");
        assertEquals(206, part.statusCode());
        assertEquals("@prefix", part.body());
        assertTrue(part.headers().firstValue("Content-Range").orElse("").startsWith("bytes 0-6/"));
        assertEquals(416, get("/dumps/sco-kg.ttl", "Range", "bytes=999999999-").statusCode());
        // The last 0 bytes: a 416 whose sentence says so (it said "starts past the end" until a review on 4 December 2026).
        HttpResponse<String> none = get("/dumps/sco-kg.ttl", "Range", "bytes=-0");
        assertEquals(416, none.statusCode());
        assertTrue(none.body().startsWith("The range asked for holds no byte of sco-kg.ttl"), none.body());
    }

    @Test
    void no_path_leaves_the_dumps_folder() {
        for (String path : new String[] {"/dumps/../pom.xml", "/dumps/%2e%2e/pom.xml", "/dumps/..%2fpom.xml", "/dumps/..%5cpom.xml", "/doc/../pom.xml"}) {
            int status = get(path).statusCode();
            assertTrue(status == 404 || status == 400, path + " answered " + status);
        }
    }

    /**
     * The sitemap lists every entity page, and the pages a crawler should start from (the entity
     * pages alone until a review on 6 December 2026); each of those answers a browser 200.
     */
    @Test
    void sitemap_lists_entity_pages_and_the_landing_pages() {
        HttpResponse<String> response = get("/sitemap.xml");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<loc>" + ServerFixture.base() + "/doc/state/CN</loc>"));
        java.util.List<String> landings = new java.util.ArrayList<>();
        java.util.regex.Matcher loc = java.util.regex.Pattern.compile("<loc>" + java.util.regex.Pattern.quote(ServerFixture.base()) + "(/|/[a-z]+/?|/doc/[a-z]+/)</loc>")
                .matcher(response.body());
        while (loc.find()) landings.add(loc.group(1));
        for (String page : java.util.List.of("/", "/queries/", "/dumps/", "/ontology", "/void", "/doc/state/", "/doc/organization/", "/doc/assertion/")) {
            assertTrue(landings.contains(page), page + " in " + landings);
        }
        for (String page : landings) assertEquals(200, get(page, "Accept", "text/html").statusCode(), page);
    }

    /**
     * The dataset's home page names its description (Link: rel="describedby"), and a client that
     * asks for RDF before HTML is sent there; it got the page as HTML, with no Vary, until a review
     * on 6 December 2026.
     */
    @Test
    void the_home_page_sends_rdf_clients_to_the_datasets_description() {
        HttpResponse<String> page = get("/", "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Link").orElse("").contains("</void>; rel=\"describedby\""), page.headers().map().toString());
        assertTrue(page.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), page.headers().map().toString());
        for (String accept : new String[] {"text/turtle", "application/ld+json", "application/rdf+xml, text/html"}) {
            HttpResponse<String> rdf = get("/", "Accept", accept);
            assertEquals(303, rdf.statusCode(), accept);
            assertEquals(ServerFixture.base() + "/void", rdf.headers().firstValue("Location").orElse(""), accept);
        }
        Graph described = parse(get("/void", "Accept", "text/turtle"), Lang.TURTLE);
        assertTrue(described.contains(Node.ANY, NodeFactory.createURI("http://xmlns.com/foaf/0.1/homepage"), NodeFactory.createURI("https://w3id.org/sco-kg/")),
                "the description names the page as the dataset's home page");
        assertEquals(406, get("/", "Accept", "image/png").statusCode());
    }

    /**
     * Crawlers are told the sitemap and kept from the routes that evaluate a query per request
     * (RFC 9309); until a review on 4 December 2026 /robots.txt was a 404, which allows everything.
     */
    @Test
    void robots_txt_points_at_the_sitemap_and_keeps_crawlers_from_evaluating_routes() {
        HttpResponse<String> response = get("/robots.txt");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), response.headers().toString());
        java.util.List<String> lines = response.body().lines().toList();
        assertEquals("User-agent: *", lines.get(0));
        for (String route : java.util.List.of("/sparql", "/query", "/search", "/reconcile", "/fragments", "/labels", "/queries/")) {
            assertTrue(lines.contains("Disallow: " + route), route + " in " + lines);
        }
        assertTrue(lines.contains("Allow: /queries/$"), "the list of named queries is a page");
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("Disallow: /doc") || l.startsWith("Disallow: /dumps") || l.equals("Disallow: /")), lines.toString());
        String sitemap = lines.stream().filter(l -> l.startsWith("Sitemap: ")).findFirst().orElseThrow().substring("Sitemap: ".length());
        assertEquals(ServerFixture.base() + "/sitemap.xml", sitemap);
    }

    @Test
    void named_queries_are_a_web_api() {
        HttpResponse<String> json = get("/queries/members-on-date?date=2018-01-01", "Accept", "application/sparql-results+json");
        assertEquals(200, json.statusCode(), json.body());
        assertEquals(8, json.body().split("\"state\"").length - 2, json.body());
        HttpResponse<String> csv = get("/queries/members-on-date?format=csv");
        assertTrue(csv.body().startsWith("state,name,since"));
        HttpResponse<String> html = get("/queries/members-on-date");
        assertTrue(html.body().contains("<input type=\"date\" id=\"param-date\" name=\"date\" value=\"2025-09-01\" required>"), html.body());
        assertEquals(400, get("/queries/members-on-date?date=yesterday").statusCode());
        assertEquals(400, get("/queries/members-on-date?when=2020-01-01").statusCode());
        assertEquals(404, get("/queries/no-such-query").statusCode());
    }

    @Test
    void named_queries_are_published_as_sparql_examples() {
        Graph examples = parse(get("/.well-known/sparql-examples"), Lang.TURTLE);
        long count = examples.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                NodeFactory.createURI("http://www.w3.org/ns/shacl#SPARQLExecutable")).toList().size();
        assertTrue(count >= 12, "examples: " + count);
    }

    /**
     * Every published example, its text sent to the endpoint it names as it stands, answers what
     * /queries/{name} answers with its defaults: until a review on 5 December 2026 the parameters
     * were unbound in the published text (members-on-date answered no rows, entity-graph the whole graph).
     */
    @Test
    void every_sparql_example_answers_at_the_endpoint_what_its_named_query_answers_by_default() {
        Graph examples = parse(get("/.well-known/sparql-examples"), Lang.TURTLE);
        Node select = NodeFactory.createURI("http://www.w3.org/ns/shacl#select");
        Node construct = NodeFactory.createURI("http://www.w3.org/ns/shacl#construct");
        List<org.apache.jena.graph.Triple> texts = new java.util.ArrayList<>(examples.find(Node.ANY, select, Node.ANY).toList());
        texts.addAll(examples.find(Node.ANY, construct, Node.ANY).toList());
        assertEquals(new java.io.File(org.w3id.scokg.ProjectCopy.ROOT.resolve("queries").toString()).list((dir, file) -> file.endsWith(".rq")).length, texts.size(), "one text per named query");
        for (org.apache.jena.graph.Triple example : texts) {
            String name = example.getSubject().getURI().substring(example.getSubject().getURI().lastIndexOf('/') + 1);
            String text = example.getObject().getLiteralLexicalForm();
            boolean isSelect = example.getPredicate().equals(select);
            HttpResponse<String> published = send(request("/sparql").header("Content-Type", "application/sparql-query")
                    .header("Accept", isSelect ? "application/sparql-results+json" : "application/n-triples")
                    .POST(HttpRequest.BodyPublishers.ofString(text)).build());
            assertEquals(200, published.statusCode(), name + ": " + published.body());
            if (isSelect) {
                HttpResponse<String> named = get("/queries/" + name + "?format=json");
                assertEquals(200, named.statusCode(), name);
                org.apache.jena.query.ResultSetRewindable expected = org.apache.jena.query.ResultSetFactory.makeRewindable(
                        org.apache.jena.query.ResultSetFactory.fromJSON(new ByteArrayInputStream(named.body().getBytes(StandardCharsets.UTF_8))));
                org.apache.jena.query.ResultSetRewindable answered = org.apache.jena.query.ResultSetFactory.makeRewindable(
                        org.apache.jena.query.ResultSetFactory.fromJSON(new ByteArrayInputStream(published.body().getBytes(StandardCharsets.UTF_8))));
                assertTrue(expected.size() > 0, name + ": the named query answers rows");
                assertTrue(org.apache.jena.sparql.resultset.ResultsCompare.equalsByTerm(expected, answered),
                        name + ": " + expected.size() + " rows by name, " + answered.size() + " from the published text");
            } else {
                HttpResponse<String> redirect = get("/queries/" + name, "Accept", "application/n-triples");
                assertEquals(303, redirect.statusCode(), name);
                String location = redirect.headers().firstValue("Location").orElseThrow();
                HttpResponse<String> named = send(HttpRequest.newBuilder(java.net.URI.create(location)).header("Accept", "application/n-triples").build());
                assertEquals(200, named.statusCode(), name);
                Graph expected = parse(named, Lang.NTRIPLES);
                Graph answered = parse(published, Lang.NTRIPLES);
                assertTrue(expected.size() > 0, name + ": the named query answers triples");
                assertTrue(expected.isIsomorphicWith(answered), name + ": " + expected.size() + " triples by name, " + answered.size() + " from the published text");
            }
        }
    }

    /**
     * The schema.org JSON-LD a thing's page embeds, read as RDF by Jena, says what the graph says:
     * the thing's types are its classes' schema.org superclasses (rdfs:subClassOf*, else Thing), its
     * sameAs are the graph's, and the licence is the page's, which is about the thing. schema.org's
     * context is not fetched (no network in a test): this stands in for the part the page uses, the
     * vocabulary and the properties whose values are IRIs. A review on 5 December 2026 found the UN
     * Secretary-General (an org:Post) an Organization, a GGE report Legislation, and the licence said
     * of the thing.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"organization/UNSG", "document/A-65-201", "organization/western-consensus", "state/IN",
        "organization/SCO", "document/sco-convention-extremism-2017", "event/dushanbe-summit-2014", "place/shanghai", "statement/secretaries-2018-norms"})
    void a_pages_schema_org_json_ld_agrees_with_the_graph(String thing) {
        HttpResponse<String> page = get("/doc/" + thing + ".html");
        assertEquals(200, page.statusCode(), thing);
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>").matcher(page.body());
        assertTrue(script.find(), thing + ": a schema.org script");
        String context = "{\"@vocab\": \"http://schema.org/\", \"url\": {\"@type\": \"@id\"}, \"license\": {\"@type\": \"@id\"}, \"sameAs\": {\"@type\": \"@id\"}}";
        String json = script.group(1).replace("<\\/", "</").replaceFirst("\"@context\"\\s*:\\s*\"https://schema.org\"", java.util.regex.Matcher.quoteReplacement("\"@context\": " + context));
        assertNotEquals(script.group(1), json, "the context named as https://schema.org");
        Graph said = GraphFactory.createGraphMem();
        RDFParser.fromString(json, Lang.JSONLD).parse(said);
        String schema = "http://schema.org/";
        Node entity = NodeFactory.createURI("https://w3id.org/sco-kg/id/" + thing);
        Node document = NodeFactory.createURI("https://w3id.org/sco-kg/doc/" + thing);
        java.util.Set<Node> types = new java.util.HashSet<>();
        java.util.Set<Node> sameAs = new java.util.HashSet<>();
        org.w3id.scokg.TestGraph.real().read(() -> {
            Graph union = org.w3id.scokg.TestGraph.real().union();
            org.apache.jena.sparql.exec.QueryExec.graph(union).query("SELECT DISTINCT ?c { <" + entity.getURI() + "> a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?c"
                    + " FILTER(STRSTARTS(STR(?c), \"" + schema + "\")) }").select().forEachRemaining(row -> types.add(row.get("c")));
            union.find(entity, NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs"), Node.ANY).forEachRemaining(t -> sameAs.add(t.getObject()));
            return null;
        });
        if (types.isEmpty()) types.add(NodeFactory.createURI(schema + "Thing"));
        Node type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        assertEquals(types, new java.util.HashSet<>(said.find(entity, type, Node.ANY).mapWith(org.apache.jena.graph.Triple::getObject).toList()), thing + ": its types");
        assertEquals(sameAs, new java.util.HashSet<>(said.find(entity, NodeFactory.createURI(schema + "sameAs"), Node.ANY).mapWith(org.apache.jena.graph.Triple::getObject).toList()), thing);
        Node license = NodeFactory.createURI(schema + "license");
        assertFalse(said.contains(entity, license, Node.ANY), thing + ": the licence is not the thing's");
        assertTrue(said.contains(document, license, NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/")), thing + ": the page's licence");
        assertTrue(said.contains(document, NodeFactory.createURI(schema + "about"), entity), thing + ": the page is about the thing");
        // The page's licence is the one its RDF description gives the same document.
        Graph turtle = parse(get("/doc/" + thing + ".ttl"), Lang.TURTLE);
        assertTrue(turtle.contains(document, NodeFactory.createURI("http://purl.org/dc/terms/license"), NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/")), thing);
    }

    @Test
    void home_and_editor_pages_link_everything() {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        for (String link : new String[] {"/query", "/sparql", "/dumps/", "/ontology", "/queries/", "/doc/state/"}) {
            assertTrue(home.body().contains("href=\"" + link + "\""), link);
        }
        HttpResponse<String> editor = get("/query");
        assertTrue(editor.body().contains("Members on a date"));
    }
}
