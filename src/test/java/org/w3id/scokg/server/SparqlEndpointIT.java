package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.scokg.server.ServerFixture.get;
import static org.w3id.scokg.server.ServerFixture.request;
import static org.w3id.scokg.server.ServerFixture.send;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.scokg.server.sparql.SparqlModule;

/** The SPARQL 1.1 Protocol at /sparql, read-only and safe, spoken to over real HTTP. */
class SparqlEndpointIT {
    private static final String MEMBERS = "PREFIX org: <http://www.w3.org/ns/org#> SELECT ?s WHERE { ?m org:role <https://w3id.org/sco-kg/ontology#MemberState> ; org:member ?s ; org:organization <https://w3id.org/sco-kg/id/organization/SCO> }";

    private static String q(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /**
     * Every text answer names its charset: a graph as N-Triples under its other name {@code
     * text/plain}, asked with {@code format=} or Accept, as Turtle, and the results as CSV, TSV and
     * text (Fuseki named none for a graph until a review on 6 December 2026); a type that is not text
     * is left as it is.
     */
    @Test
    void every_text_answer_names_its_charset() {
        String construct = q("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1");
        String select = q("SELECT * WHERE { ?s ?p ?o } LIMIT 1");
        String[][] asked = {{construct + "&format=text/plain", "*/*", "text/plain"}, {construct, "text/plain", "text/plain"},
            {construct, "text/turtle", "text/turtle"}, {select, "text/csv", "text/csv"}, {select, "text/tab-separated-values", "text/tab-separated-values"},
            {select, "text/plain", "text/plain"}, {construct, "application/n-triples", "application/n-triples"}};
        for (String[] one : asked) {
            HttpResponse<String> answer = get(one[0], "Accept", one[1]);
            assertEquals(200, answer.statusCode(), one[0] + " " + one[1] + ": " + answer.body());
            String type = answer.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
            String expected = one[2].startsWith("text/") ? one[2] + ";charset=utf-8" : one[2];
            assertEquals(expected, type, one[0] + " " + one[1]);
        }
    }

    private static HttpResponse<String> post(String contentType, String body) {
        return ServerFixture.sendOnNewConnection(request("/sparql").header("Content-Type", contentType).header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static int rows(HttpResponse<String> response) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        return ResultSetFactory.makeRewindable(results).size();
    }

    /**
     * graph= and default name a Graph Store read's graph; beside a query they are a 400 naming the
     * query's own parameters, not ignored (a review on 5 December 2026: the query ran over the whole
     * dataset). The query's own, default-graph-uri=, still picks the graph.
     */
    @ParameterizedTest
    @ValueSource(strings = {"&graph=https%3A%2F%2Fw3id.org%2Fsco-kg%2Fgraph%2Fontology", "&default", "&default="})
    void a_graph_store_parameter_beside_a_query_is_400(String parameter) {
        String count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
        HttpResponse<String> refused = get(q(count) + parameter, "Accept", "application/sparql-results+json");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("default-graph-uri="), refused.body());
        HttpResponse<String> head = send(request(q(count) + parameter).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(400, head.statusCode());
        // A query POSTed, as itself or as a form, under a URL that names a graph: it ran over the whole
        // dataset, graph= ignored, until a review on 5 December 2026.
        String form = "query=" + URLEncoder.encode(count, StandardCharsets.UTF_8);
        for (String[] body : new String[][] {{"application/sparql-query", count}, {"application/x-www-form-urlencoded", form}}) {
            HttpResponse<String> posted = ServerFixture.sendOnNewConnection(request("/sparql?" + parameter.substring(1)).header("Content-Type", body[0])
                    .POST(HttpRequest.BodyPublishers.ofString(body[1])).build());
            assertEquals(400, posted.statusCode(), body[0] + " " + parameter + ": " + posted.body());
            assertTrue(posted.body().contains("default-graph-uri="), posted.body());
        }
        HttpResponse<String> picked = get(q(count) + "&default-graph-uri=https%3A%2F%2Fw3id.org%2Fsco-kg%2Fgraph%2Fontology", "Accept", "application/sparql-results+json");
        HttpResponse<String> all = get(q(count), "Accept", "application/sparql-results+json");
        assertEquals(200, picked.statusCode(), picked.body());
        assertNotEquals(all.body(), picked.body(), "the ontology alone is fewer triples than the whole dataset");
    }

    /**
     * An update sent any way is told the endpoint is read-only: a GET with update= got Fuseki's "No
     * operation for request: /sparql", and a query beside an update ran, the update dropped unsaid
     * (a review on 5 December 2026).
     */
    @Test
    void an_update_in_a_get_or_beside_a_query_is_400_saying_the_endpoint_is_read_only() {
        String update = "&update=" + URLEncoder.encode("INSERT DATA { <a:a> <a:b> <a:c> }", StandardCharsets.UTF_8);
        for (HttpResponse<String> refused : List.of(get("/sparql?" + update.substring(1)), get(q("ASK {}") + update, "Accept", "application/sparql-results+json"),
                post("application/x-www-form-urlencoded", "query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8) + update))) {
            assertEquals(400, refused.statusCode(), refused.uri() + ": " + refused.body());
            assertTrue(refused.body().contains("read-only") && refused.body().contains("query="), refused.body());
        }
    }

    /**
     * A query POSTed as itself under a URL that carries query= too is two queries, a 400 as a form
     * beside query= in the URL is (Fuseki's "Multiple 'query=' parameters"): the body's ran, the URL's
     * dropped unsaid, until a review on 5 December 2026.
     */
    @Test
    void a_query_in_the_body_and_another_in_the_url_is_400() {
        HttpResponse<String> both = ServerFixture.sendOnNewConnection(request(q("ASK {}")).header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString("ASK { FILTER(false) }")).build());
        assertEquals(400, both.statusCode(), both.body());
        assertTrue(both.body().contains("query="), both.body());
        assertEquals(200, post("application/sparql-query", "ASK { FILTER(false) }").statusCode(), "the body alone is the query");
    }

    /**
     * A Graph Store write (a body POSTed, PUT or deleted at ?graph= or ?default) is a 405 whose Allow
     * names the methods a graph takes, GET, HEAD and OPTIONS, as OPTIONS does: a POST of Turtle was a
     * 415 telling the client to send a query, and a PUT's and OPTIONS's Allow named POST (a review on
     * 5 December 2026).
     */
    @ParameterizedTest
    @ValueSource(strings = {"/sparql?graph=https%3A%2F%2Fw3id.org%2Fsco-kg%2Fgraph%2Fdata", "/sparql?default"})
    void a_graph_store_write_is_405_allowing_the_reads(String path) {
        for (String method : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<String> write = ServerFixture.sendOnNewConnection(request(path).header("Content-Type", "text/turtle")
                    .method(method, HttpRequest.BodyPublishers.ofString("<a:a> <a:b> <a:c> .")).build());
            assertEquals(405, write.statusCode(), method + " " + path + ": " + write.body());
            assertEquals("GET, HEAD, OPTIONS", write.headers().firstValue("Allow").orElse(""), method + " " + path);
            assertFalse(write.body().contains("application/sparql-query"), write.body());
        }
        assertEquals(200, get(path, "Accept", "text/turtle").statusCode(), "read");
        HttpResponse<String> options = send(request(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, options.statusCode(), options.body());
        assertEquals("GET, HEAD, OPTIONS", options.headers().firstValue("Allow").orElse(""), "OPTIONS says what the 405 says");
    }

    @ParameterizedTest
    @CsvSource({
        "application/sparql-results+json, application/sparql-results+json",
        "application/sparql-results+xml, application/sparql-results+xml",
        "text/csv, text/csv",
        "text/tab-separated-values, text/tab-separated-values"})
    void select_answers_in_the_accepted_format(String accept, String contentType) {
        HttpResponse<String> response = get(q(MEMBERS), "Accept", accept);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(contentType));
        assertTrue(response.body().contains("https://w3id.org/sco-kg/id/state/CN"));
    }

    /**
     * application/json is SPARQL's JSON results to a SELECT and JSON-LD to a CONSTRUCT, as to a thing's
     * description and a Graph Store read: a review on 4 December 2026 got Turtle for the CONSTRUCT, and
     * SPARQL XML for the SELECT where the header also refused a type.
     */
    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/turtle;q=0.5, application/json", "application/json, text/html;q=0"})
    void application_json_is_json_results_to_a_select_and_json_ld_to_a_construct(String accept) {
        HttpResponse<String> select = get(q(MEMBERS), "Accept", accept);
        assertEquals(200, select.statusCode(), select.body());
        assertTrue(select.body().contains("\"bindings\""), accept + ": " + select.headers());
        HttpResponse<String> graph = get(q("CONSTRUCT WHERE { <https://w3id.org/sco-kg/id/state/CN> a ?t }"), "Accept", accept);
        assertEquals("application/ld+json", graph.headers().firstValue("Content-Type").orElse(""), accept);
    }

    @Test
    void a_type_the_client_refuses_with_q_0_is_never_sent() {
        // Fuseki's negotiation read q=0 as asking for the type: a review on 2 December 2026 got JSON here, and a
        // second review got it again beside a wildcard once the refusal was merely left out.
        for (String accept : List.of("application/sparql-results+json;q=0, */*", "*/*;q=0.1, application/sparql-results+json;q=0",
                "application/sparql-results+json;Q=0, application/sparql-results+xml")) {
            HttpResponse<String> refused = get(q(MEMBERS), "Accept", accept);
            assertEquals(200, refused.statusCode(), accept + ": " + refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+xml"), accept + ": " + refused.headers());
        }
        HttpResponse<String> other = get(q(MEMBERS), "Accept", "text/*;q=0.5, text/csv;q=0");
        assertTrue(other.headers().firstValue("Content-Type").orElse("").startsWith("text/tab-separated-values"), other.headers().toString());
        HttpResponse<String> graph = get(q("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1"), "Accept", "text/turtle;q=0, */*");
        assertTrue(graph.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"), graph.headers().toString());
        for (String accept : List.of("application/sparql-results+json;q=0", "text/html;q=0.5, application/sparql-results+json;q=0")) {
            HttpResponse<String> none = get(q(MEMBERS), "Accept", accept);
            assertEquals(406, none.statusCode(), accept);
            assertTrue(none.body().startsWith("Not acceptable. Supported types: application/sparql-results+json"), none.body());
        }
        assertEquals(200, get(q(MEMBERS) + "&format=csv", "Accept", "text/csv;q=0").statusCode(), "a format asked for by name is sent");
        assertEquals(406, get("/sparql", "Accept", "text/turtle;q=0").statusCode(), "the service description too");
        // A form names its format in the body, which Jetty has read before the route runs.
        String form = "query=" + URLEncoder.encode(MEMBERS, StandardCharsets.UTF_8);
        assertEquals(406, send(request("/sparql").header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json;q=0")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build()).statusCode());
        assertEquals(200, send(request("/sparql").header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json;q=0")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&output=csv")).build()).statusCode());
    }

    @Test
    void an_answer_rdf_xml_cannot_write_is_a_406_that_says_why_every_time() {
        // Fuseki answered 406 with an empty body (a review on 2 December 2026); the second time goes through the answer cache's capture.
        String construct = q("CONSTRUCT { <urn:a> <urn:x:1> \"v\" } WHERE {}");
        for (int time = 0; time < 3; time++) {
            HttpResponse<String> response = get(construct, "Accept", "application/rdf+xml");
            assertEquals(406, response.statusCode());
            assertTrue(response.body().startsWith("Not acceptable: the answer cannot be written in the format asked for"), time + ": " + response.body());
        }
        assertEquals(200, get(construct, "Accept", "text/turtle").statusCode());
    }

    @Test
    void format_parameter_overrides_accept() {
        HttpResponse<String> response = get(q(MEMBERS) + "&format=csv", "Accept", "application/sparql-results+xml");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), response.headers().toString());
    }

    @Test
    void post_form_and_post_query_answer_the_same() {
        HttpResponse<String> form = post("application/x-www-form-urlencoded", "query=" + URLEncoder.encode(MEMBERS, StandardCharsets.UTF_8));
        HttpResponse<String> direct = post("application/sparql-query", MEMBERS);
        assertEquals(200, form.statusCode(), form.body());
        assertEquals(200, direct.statusCode(), direct.body());
        assertEquals(10, rows(form), "ten member states of the SCO");
        assertEquals(rows(form), rows(direct));
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, text/turtle", "application/ld+json, application/ld+json", "application/n-triples, application/n-triples",
        "application/rdf+xml, application/rdf+xml"})
    void construct_answers_rdf_in_the_accepted_format(String accept, String contentType) {
        HttpResponse<String> response = get(q("CONSTRUCT WHERE { <https://w3id.org/sco-kg/id/state/CN> ?p ?o }"), "Accept", accept);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(contentType));
        assertTrue(response.body().contains("Q148"));
    }

    /**
     * format= speaks one vocabulary with a thing's description (/doc's extensions) beside Fuseki's own
     * names: a review on 4 December 2026 got 400 "Can't determine output content type: jsonld" for a
     * CONSTRUCT asked for as jsonld, rdf or nt... A name the answer has no format of is a 400 that
     * names those it has. A media type is read without its parameters.
     */
    @ParameterizedTest(name = "{0} {1}= {2} -> {3} {4}")
    @CsvSource(delimiter = '|', value = {
        "CONSTRUCT|format|jsonld|200|application/ld+json",
        "CONSTRUCT|format|rdf|200|application/rdf+xml",
        "CONSTRUCT|format|nt|200|application/n-triples",
        "CONSTRUCT|format|ttl|200|text/turtle",
        "CONSTRUCT|format|trig|200|application/trig",
        "CONSTRUCT|format|nq|200|application/n-quads",
        "CONSTRUCT|format|JSONLD|200|application/ld+json",
        "CONSTRUCT|output|jsonld|200|application/ld+json",
        "CONSTRUCT|results|rdf|200|application/rdf+xml",
        "CONSTRUCT|format|json-ld|200|application/ld+json",
        "CONSTRUCT|format|json|200|application/ld+json",
        "CONSTRUCT|format|xml|200|application/rdf+xml",
        "CONSTRUCT|format|turtle|200|text/turtle",
        "CONSTRUCT|format|text|200|text/turtle",
        "CONSTRUCT|format|application/ld+json|200|application/ld+json",
        // A media type with parameters, as a client copies it from a Content-Type: Fuseki's 400 "Not
        // recognized for SPARQL results: text/csv;charset=utf-8" until a review on 4 December 2026.
        "CONSTRUCT|format|text/turtle;charset=utf-8|200|text/turtle",
        "CONSTRUCT|output|TEXT/Turtle; charset=UTF-8|200|text/turtle",
        "SELECT|format|text/csv;charset=utf-8|200|text/csv",
        "SELECT|format|application/sparql-results+json; charset=utf-8|200|application/sparql-results+json",
        "CONSTRUCT|format|jsonl|400|The answer of a CONSTRUCT or DESCRIBE query has no format 'jsonl' (format=): it takes ttl, jsonld, rdf, nt, trig, nq, turtle,",
        "CONSTRUCT|format|csv|400|The answer of a CONSTRUCT or DESCRIBE query has no format 'csv' (format=): it takes ttl, jsonld, rdf, nt, trig,",
        "DESCRIBE|format|jsonld|200|application/ld+json",
        "SELECT|format|json|200|application/sparql-results+json",
        "SELECT|format|xml|200|application/sparql-results+xml",
        "SELECT|format|csv|200|text/csv",
        "SELECT|format|tsv|200|text/tab-separated-values",
        "SELECT|format|text|200|text/plain",
        "SELECT|output|application/sparql-results+json|200|application/sparql-results+json",
        "SELECT|format|ttl|400|The answer of a SELECT or ASK query has no format 'ttl' (format=): it takes json, xml, csv, tsv, text,",
        "SELECT|format|jsonld|400|The answer of a SELECT or ASK query has no format 'jsonld' (format=): it takes json, xml, csv, tsv, text,",
        "ASK|format|text/turtle|400|The answer of a SELECT or ASK query has no format 'text/turtle' (format=): it takes json, xml,"})
    void format_names_the_answers_format_in_the_words_of_a_description_and_of_fuseki(String form, String parameter, String name, int status, String said) {
        String query = switch (form) {
            case "CONSTRUCT" -> "CONSTRUCT WHERE { <https://w3id.org/sco-kg/id/state/CN> ?p ?o }";
            case "DESCRIBE" -> "DESCRIBE <https://w3id.org/sco-kg/id/state/CN>";
            case "ASK" -> "ASK { ?s ?p ?o }";
            default -> MEMBERS;
        };
        HttpResponse<String> response = get(q(query) + "&" + parameter + "=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertEquals(status, response.statusCode(), response.body());
        if (status == 200) {
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(said), response.headers().toString());
        } else {
            assertTrue(response.body().startsWith(said), response.body());
        }
    }

    @ParameterizedTest
    @CsvSource({"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml", "application/trig"})
    void a_template_triple_that_is_not_rdf_is_left_out_in_every_format(String accept) {
        // SPARQL 1.1 Query 16.2: a literal as a subject or predicate makes no triple. Until
        // 2 December 2026 N-Triples and Turtle wrote it ("lit" <urn:p> <urn:o> .), JSON-LD and
        // RDF/XML answered 500 (a review found it).
        // (IRIs RDF/XML can write: it cannot split urn:p into a namespace and a name.)
        for (String template : List.of("?x <http://example.org/p> <http://example.org/o>", "<http://example.org/s> ?x <http://example.org/o>")) {
            HttpResponse<String> response = get(q("CONSTRUCT { " + template + " . <http://example.org/s> <http://example.org/p> \"kept\" } WHERE { BIND(\"lit\" AS ?x) }"),
                    "Accept", accept);
            assertEquals(200, response.statusCode(), accept + ": " + response.body());
            assertTrue(response.body().contains("kept") && !response.body().contains("\"lit\""), accept + ": " + response.body());
        }
    }

    /** Until 2 December 2026 each of these answered "The query cannot run: query", jena-text's one word for anything Lucene threw. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"/[ab]*a[ab]{30}/;is too complex: Lucene compiles a /regular expression/ within",
        "/.*a.{20}/;is too complex: Lucene compiles a /regular expression/ within", "/[a/;cannot be read: ", "/a{1,x}/;cannot be read: "})
    void a_text_search_pattern_lucene_refuses_is_400_saying_what_is_wrong(String pattern, String said) {
        HttpResponse<String> response = get(q("PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"" + pattern + "\" }"));
        assertEquals(400, response.statusCode(), pattern + ": " + response.body());
        assertTrue(response.body().startsWith("The search pattern of text:query ") && response.body().contains(said), pattern + ": " + response.body());
        assertEquals(1, response.body().strip().lines().count(), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    /** Lucene's parse errors repeated the whole search first, and the sentence's length cut what was wrong. */
    @Test
    void a_text_search_lucene_cannot_parse_is_400_saying_why_without_repeating_it() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 1100; i++) words.append(" w").append(i);
        HttpResponse<String> many = get(q("PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"" + words.toString().strip() + "\" }"));
        assertEquals(400, many.statusCode(), many.body());
        assertTrue(many.body().startsWith("The search of text:query is too complex") && many.body().contains("1024"), many.body());
        HttpResponse<String> open = get(q("PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"name:(India\" }"));
        assertEquals(400, open.statusCode(), open.body());
        assertTrue(open.body().startsWith("The search of text:query cannot be parsed: ") && !open.body().contains("Cannot parse"), open.body());
    }

    /**
     * A CONSTRUCT answer is a set: one triple made for each of 4,368 matches is sent once, and until
     * 2 December 2026 was counted 4,368 times against the byte cap (22 MB), so a one-triple answer
     * said it was cut. Distinct triples past the cap are still cut.
     */
    @Test
    void a_construct_answer_counts_each_distinct_triple_once_against_the_byte_cap() {
        HttpResponse<String> once = get(q("CONSTRUCT { <urn:x:s> <urn:x:p> \"" + "x".repeat(5000) + "\" } WHERE { ?s ?p ?o }"), "Accept", "application/n-triples");
        assertEquals(200, once.statusCode(), once.body());
        assertEquals(1, once.body().strip().lines().count());
        assertTrue(once.headers().firstValue("X-Result-Byte-Cap").isEmpty(), once.headers().toString());
        // 4,368 rows of four distinct triples of about 1.6 KB each: 28 MB, past the cap.
        HttpResponse<String> many = get(q("CONSTRUCT { ?s ?p ?x . ?o <urn:x:q> ?x . ?s <urn:x:r> ?x . ?p <urn:x:t> ?x } WHERE { ?s ?p ?o "
                + "BIND(CONCAT(STR(?s), STR(?p), STR(?o), \"" + "x".repeat(1500) + "\") AS ?x) }"), "Accept", "application/n-triples");
        assertEquals(200, many.statusCode(), many.body());
        assertEquals(String.valueOf(SparqlModule.BYTE_CAP), many.headers().firstValue("X-Result-Byte-Cap").orElse(""), many.headers().toString());
        // Blank nodes are counted as long as they are written: until a review that evening they were
        // counted 8 bytes each, and this answer was 64.6 MB of N-Triples under a 16 MiB cap.
        HttpResponse<String> blank = get(q("CONSTRUCT { _:a <urn:x:p> _:b } WHERE { ?s ?p ?o . ?x ?y ?z }"), "Accept", "application/n-triples");
        assertEquals(200, blank.statusCode());
        assertEquals(String.valueOf(SparqlModule.BYTE_CAP), blank.headers().firstValue("X-Result-Byte-Cap").orElse(""), blank.headers().toString());
        long sent = blank.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertTrue(sent < 1.25 * SparqlModule.BYTE_CAP, sent + " bytes sent under a cap of " + SparqlModule.BYTE_CAP);
    }

    /** A review of 3 December 2026: the names of variables, written in every binding, were not counted, and this sent 355 MB. */
    @Test
    void a_selects_variable_names_count_against_the_byte_cap() {
        StringBuilder query = new StringBuilder("SELECT * { ?s ?p ?o ");
        for (int i = 0; i < 100; i++) query.append("BIND(\"\" AS ?v").append(i).append('_').append("x".repeat(995)).append(") ");
        HttpResponse<String> answer = post("application/sparql-query", query.append('}').toString());
        assertEquals(200, answer.statusCode(), answer.body().substring(0, Math.min(300, answer.body().length())));
        assertEquals(String.valueOf(SparqlModule.BYTE_CAP), answer.headers().firstValue("X-Result-Byte-Cap").orElse(""), answer.headers().toString());
        long sent = answer.body().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(sent < 1.5 * SparqlModule.BYTE_CAP, sent + " bytes sent under a cap of " + SparqlModule.BYTE_CAP);
    }

    /** A review of 3 December 2026: a function given the wrong number of arguments, or a replacement Java cannot read, was a 500 with a stack trace. */
    @Test
    void a_function_of_the_wrong_arity_is_400_and_a_replacement_in_error_leaves_its_variable_unbound() {
        for (String call : List.of("<http://jena.apache.org/ARQ/function#strjoin>()", "<http://jena.apache.org/ARQ/function#sprintf>(\"%s\")",
                "<http://www.w3.org/2005/xpath-functions#string-length>()")) {
            HttpResponse<String> refused = get(q("SELECT (" + call + " AS ?x) {}"));
            assertEquals(400, refused.statusCode(), call + ": " + refused.body());
            assertTrue(refused.body().startsWith("The query cannot run: "), refused.body());
        }
        HttpResponse<String> replaced = get(q("SELECT ?x { BIND(REPLACE(\"abc\", \"b\", \"\\\\\") AS ?x) }"), "Accept", "application/sparql-results+json");
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals(1, rows(replaced));
        assertFalse(replaced.body().contains("\"value\""), "unbound: " + replaced.body());
    }

    @Test
    void an_error_says_what_is_wrong_without_the_query_or_javas_class_names() {
        // Until 2 December 2026: "Error: ASK { FILTER(REGEX("a", "(")) } Regex pattern exception:
        // java.util.regex.PatternSyntaxException: Unclosed group near index 1 (" (a review found it).
        HttpResponse<String> response = get(q("ASK { FILTER(REGEX(\"a\", \"(\")) }"));
        assertEquals(400, response.statusCode());
        assertEquals("The query cannot run: Regex pattern exception: Unclosed group near index 1 (", response.body().strip());
    }

    @Test
    void head_answers_like_get_without_a_body() {
        HttpResponse<String> response = send(request(q(MEMBERS)).method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", "text/csv").build());
        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void no_query_answers_the_service_description() {
        HttpResponse<String> response = get("/sparql");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(response.body().contains("sd:Service"), response.body());
        assertTrue(response.body().contains(ServerFixture.base() + "/sparql"), "names the endpoint it is served from");
    }

    /**
     * Every format the endpoint answers a query in, named by its W3C format IRI, is a
     * {@code sd:resultFormat} of its description: N-Quads, in which a CONSTRUCT is answered, was
     * missing until a review on 5 December 2026.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"application/sparql-results+json, SPARQL_Results_JSON, SELECT", "application/sparql-results+xml, SPARQL_Results_XML, SELECT",
        "text/csv, SPARQL_Results_CSV, SELECT", "text/tab-separated-values, SPARQL_Results_TSV, SELECT", "text/turtle, Turtle, CONSTRUCT",
        "application/ld+json, JSON-LD, CONSTRUCT", "application/n-triples, N-Triples, CONSTRUCT", "application/rdf+xml, RDF_XML, CONSTRUCT",
        "application/trig, TriG, CONSTRUCT", "application/n-quads, N-Quads, CONSTRUCT"})
    void the_description_names_each_format_a_query_is_answered_in(String type, String format, String form) {
        String query = form.equals("SELECT") ? "SELECT ?s { ?s a ?c } LIMIT 1" : "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c } LIMIT 1";
        HttpResponse<String> answer = get(q(query), "Accept", type);
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith(type), answer.headers().map().toString());
        org.apache.jena.graph.Graph description = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        org.apache.jena.riot.RDFParser.fromString(get("/sparql", "Accept", "text/turtle").body(), org.apache.jena.riot.Lang.TURTLE).parse(description);
        assertTrue(description.contains(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#resultFormat"),
                org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/formats/" + format)), format);
    }

    /** The endpoint's other names, which Fuseki answered 404 "Service Description" asked nothing, until 2 December 2026. */
    @ParameterizedTest
    @ValueSource(strings = {"/sparql/query", "/sparql/sparql"})
    void no_query_answers_the_service_description_under_every_name_of_the_endpoint(String path) {
        HttpResponse<String> turtle = get(path, "Accept", "text/turtle");
        assertEquals(200, turtle.statusCode(), turtle.body());
        assertTrue(turtle.body().contains("sd:Service"), turtle.body());
        assertTrue(turtle.body().contains("<" + ServerFixture.base() + path + ">"), "names the endpoint it is served from: " + turtle.body());
        assertTrue(get(path, "Accept", "application/ld+json").headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        HttpResponse<String> head = send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        HttpResponse<String> browser = get(path, "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, browser.statusCode());
        assertTrue(browser.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), "a browser gets the editor");
    }

    /** Until 2 December 2026 a HEAD of the whole dataset said {@code Content-Length: 0}: Fuseki writes no quads for it. */
    @Test
    void a_head_of_the_whole_dataset_gives_the_length_of_its_get_and_no_bytes() {
        HttpResponse<String> got = get("/sparql/get", "Accept", "application/n-quads");
        HttpResponse<String> head = send(request("/sparql/get").header("Accept", "application/n-quads").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertTrue(got.body().length() > 1_000_000, "the whole dataset");
        assertEquals(Integer.toString(got.body().getBytes(StandardCharsets.UTF_8).length), head.headers().firstValue("Content-Length").orElse(""));
        assertEquals("", head.body());
    }

    @Test
    void graph_store_reads_work() {
        HttpResponse<String> graph = get("/sparql?graph=" + URLEncoder.encode("https://w3id.org/sco-kg/graph/ontology", StandardCharsets.UTF_8), "Accept", "text/turtle");
        assertEquals(200, graph.statusCode());
        assertTrue(graph.body().contains("MembershipRole"));
        assertEquals(200, get("/sparql?default", "Accept", "application/n-triples").statusCode());
    }

    /**
     * A query whose client takes no type any answer is written in (image/png), and no wildcard, is a
     * 406 naming the formats, as a Graph Store read's is: Fuseki answered it 200 in SPARQL XML, and a
     * CONSTRUCT in Turtle, until a review on 6 December 2026. A format named by a parameter still decides.
     */
    @Test
    void a_query_whose_client_takes_no_format_is_406() {
        for (String query : new String[] {"ASK {}", "SELECT ?s { ?s ?p ?o } LIMIT 1", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1"}) {
            String path = "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
            HttpResponse<String> refused = get(path, "Accept", "image/png");
            assertEquals(406, refused.statusCode(), query + ": " + refused.body());
            assertTrue(refused.body().contains("application/sparql-results+json") && refused.body().contains("text/turtle"), refused.body());
            assertTrue(refused.headers().allValues("Vary").toString().contains("Accept"), query);
            assertEquals(200, get(path, "Accept", "image/png, */*;q=0.1").statusCode(), query);
            assertEquals(200, get(path + "&format=" + (query.startsWith("CONSTRUCT") ? "ttl" : "json"), "Accept", "image/png").statusCode(), query);
        }
    }

    /**
     * Asked nothing, the endpoint sends its Service Description in a syntax of RDF, or the editor to a
     * browser; a type of results gets the description in Turtle. So its 406 names those syntaxes and
     * HTML, each of which it sends, and no type of results: until a review on 6 December 2026 it named
     * SPARQL JSON and CSV, which got Turtle.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/sparql", "/sparql/query", "/sparql/sparql", "/sparql?lang=ru"})
    void asked_nothing_its_406_names_what_it_sends_without_a_query(String path) {
        HttpResponse<String> refused = get(path, "Accept", "image/png");
        assertEquals(406, refused.statusCode(), refused.body());
        List<String> named = List.of(refused.body().strip().substring("Not acceptable. Supported types: ".length()).split(", "));
        assertEquals(List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", "application/trig", "text/html"), named, refused.body());
        for (String type : named) {
            HttpResponse<String> sent = get(path, "Accept", type);
            assertEquals(200, sent.statusCode(), type);
            assertTrue(sent.headers().firstValue("Content-Type").orElse("").startsWith(type), type + ": " + sent.headers().map());
        }
        for (String type : List.of("application/sparql-results+json", "text/csv")) {
            HttpResponse<String> described = get(path, "Accept", type);
            assertEquals(200, described.statusCode(), type);
            assertTrue(described.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), type + ": " + described.headers().map());
        }
        assertTrue(get("/sparql?query=ASK%7B%7D", "Accept", "image/png").body().contains("application/sparql-results+json"), "a query's 406 names the results' types");
    }

    @Test
    void a_graph_store_read_that_takes_no_syntax_of_rdf_is_406() {
        String graph = "/sparql?graph=" + URLEncoder.encode("https://w3id.org/sco-kg/graph/ontology", StandardCharsets.UTF_8);
        for (String accept : new String[] {"image/png", "text/html", "text/turtle;q=0, application/pdf"}) {
            HttpResponse<String> refused = get(graph, "Accept", accept);
            assertEquals(406, refused.statusCode(), accept);
            assertTrue(refused.body().startsWith("Not acceptable. Supported types: ") && refused.body().contains("text/turtle"), refused.body());
            assertTrue(refused.headers().allValues("Vary").toString().contains("Accept"), accept);
            assertEquals(406, get("/sparql?default", "Accept", accept).statusCode(), accept);
        }
        // Anything, a wildcard of text, JSON (JSON-LD) or no Accept at all is still answered.
        for (String accept : new String[] {"*/*", "text/*", "application/json", "text/html, application/rdf+xml;q=0.5"}) {
            assertEquals(200, get(graph, "Accept", accept).statusCode(), accept);
        }
        assertEquals(200, get(graph).statusCode());
    }

    /**
     * A format named by a parameter overrides Accept on a Graph Store read, in the words a CONSTRUCT's
     * answer takes: Fuseki's read refused every such parameter, 400 "Unknown parameter 'format'", until
     * a review on 5 December 2026, though the 406 said a named format overrides it.
     */
    @ParameterizedTest
    @CsvSource({
        "graph, format=ttl, text/turtle",
        "graph, format=nt, application/n-triples",
        "graph, format=text%2Fturtle, text/turtle",
        "graph, output=ttl, text/turtle",
        "graph, format=jsonld, application/ld+json",
        "default, format=nt, application/n-triples",
        "dataset, format=nq, application/n-quads",
        "dataset, output=trig, application/trig"})
    void a_graph_store_read_is_written_in_the_format_a_parameter_names(String read, String parameter, String type) {
        String path = switch (read) {
            case "graph" -> "/sparql?graph=" + URLEncoder.encode("https://w3id.org/sco-kg/graph/ontology", StandardCharsets.UTF_8) + "&" + parameter;
            case "default" -> "/sparql?default&" + parameter;
            default -> "/sparql/get?" + parameter;
        };
        HttpResponse<String> answer = get(path, "Accept", "image/png");
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith(type), path + ": " + answer.headers().map());
        org.apache.jena.sparql.core.DatasetGraph read2 = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        org.apache.jena.riot.RDFParser.fromString(answer.body(), org.apache.jena.riot.RDFLanguages.contentTypeToLang(type)).parse(read2);
        assertTrue(read2.find().hasNext(), "read back as " + type + ": " + path);
    }

    /**
     * A review of 5 December 2026: a read of the whole dataset ({@code /sparql/get}, {@code /sparql/})
     * named in its 406 every type Jena has a writer for, "null/rdf" (Jena's writer of nothing) and
     * Turtle among them, and asked for Turtle or RDF/XML it answered N-Quads with a 200. It offers the
     * syntaxes of datasets Fuseki writes it in, and refuses the others by name.
     */
    @Test
    void a_read_of_the_whole_dataset_offers_only_the_syntaxes_of_datasets() {
        for (String path : List.of("/sparql/get", "/sparql/")) {
            HttpResponse<String> browser = get(path, "Accept", "text/html");
            assertEquals(406, browser.statusCode(), path + ": " + browser.body());
            assertTrue(browser.body().contains("application/n-quads") && browser.body().contains("application/trig"), browser.body());
            assertFalse(browser.body().contains("null/rdf") || browser.body().contains("text/turtle") || browser.body().contains("application/rdf+xml"), browser.body());
            HttpResponse<String> turtle = get(path, "Accept", "text/turtle");
            assertEquals(406, turtle.statusCode(), path + ": " + turtle.headers().map());
        }
        HttpResponse<String> ttl = get("/sparql/get?format=ttl");
        assertEquals(400, ttl.statusCode(), ttl.body());
        assertTrue(ttl.body().contains("no format 'ttl' (format=)") && ttl.body().contains(" nq"), ttl.body());
        assertEquals(200, get("/sparql/get", "Accept", "text/turtle;q=0.9, application/trig;q=0.5").statusCode());
    }

    /** A format a Graph Store read has not is a 400 naming those it has: one graph is not written as quads. */
    @Test
    void a_graph_store_read_asked_in_a_format_it_has_not_is_400_naming_those_it_has() {
        HttpResponse<String> trig = get("/sparql?default&format=trig");
        assertEquals(400, trig.statusCode(), trig.body());
        assertTrue(trig.body().startsWith("This Graph Store read has no format 'trig' (format=): it takes ttl, jsonld, rdf, nt,"), trig.body());
        assertFalse(trig.body().contains(" nq,"), trig.body());
        HttpResponse<String> unknown = get("/sparql/get?output=xyz");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("no format 'xyz' (output=)") && unknown.body().contains(" nq,"), unknown.body());
    }

    @Test
    void update_is_refused() {
        HttpResponse<String> update = post("application/x-www-form-urlencoded", "update=" + URLEncoder.encode("INSERT DATA { <a:a> <a:b> <a:c> }", StandardCharsets.UTF_8));
        assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "status " + update.statusCode());
        HttpResponse<String> sparqlUpdate = post("application/sparql-update", "DROP ALL");
        assertTrue(sparqlUpdate.statusCode() >= 400 && sparqlUpdate.statusCode() < 500, "status " + sparqlUpdate.statusCode());
        // A body the endpoint does not read is a 415 that names those it does (a 405 without Allow until a review on 2 December 2026).
        for (String type : new String[] {"application/sparql-update", "multipart/form-data; boundary=x", "text/plain", "application/json"}) {
            HttpResponse<String> other = post(type, "ASK {}");
            assertEquals(415, other.statusCode(), type);
            assertEquals("application/sparql-query, application/x-www-form-urlencoded", other.headers().firstValue("Accept-Post").orElse(""), type);
        }
        assertEquals(200, post("application/sparql-query; charset=utf-8", "ASK {}").statusCode());
        // Only an update is told the endpoint reads none; another body is told the two types it reads
        // (every one was told "it reads no update" until a review on 5 December 2026).
        assertTrue(post("application/sparql-update", "ASK {}").body().contains("reads no update"));
        for (String type : new String[] {"multipart/form-data; boundary=x", "text/plain", "application/json"}) {
            String sentence = post(type, "ASK {}").body();
            assertTrue(sentence.contains("application/sparql-query (the query itself) and application/x-www-form-urlencoded"), type + ": " + sentence);
            assertFalse(sentence.contains("update"), type + ": " + sentence);
        }
        // A form with an update: Fuseki's "No operation for request: /sparql" until a review on 5 December 2026.
        HttpResponse<String> formUpdate = post("application/x-www-form-urlencoded", "update=" + URLEncoder.encode("INSERT DATA { <a:a> <a:b> <a:c> }", StandardCharsets.UTF_8));
        assertEquals(400, formUpdate.statusCode(), formUpdate.body());
        assertTrue(formUpdate.body().contains("read-only") && formUpdate.body().contains("query="), formUpdate.body());
        // A form that asks nothing is the client's mistake, a 400 (a 405 without Allow until a review on 4 December 2026).
        for (String form : new String[] {"", "a=b"}) {
            HttpResponse<String> nothing = post("application/x-www-form-urlencoded", form);
            assertEquals(400, nothing.statusCode(), form);
            assertTrue(nothing.body().contains("query="), nothing.body());
        }
        // A form the endpoint reads as a Graph Store write is Fuseki's 405, with the Allow RFC 9110 15.5.6 requires (none until a review on 4 December 2026).
        HttpResponse<String> write = post("application/x-www-form-urlencoded", "graph=x");
        assertEquals(405, write.statusCode(), write.body());
        assertEquals("GET, HEAD, OPTIONS", write.headers().firstValue("Allow").orElse(""), write.headers().map().toString());
        // A fresh connection: a client does not retry a PUT on a pooled connection the server has since closed.
        HttpResponse<String> put = ServerFixture.sendOnNewConnection(request("/sparql?default").header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<a:a> <a:b> <a:c> .")).build());
        assertEquals(405, put.statusCode());
        assertEquals(10, rows(get(q(MEMBERS), "Accept", "application/sparql-results+json")), "the data is unchanged");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * { BIND(<http://127.0.0.1:9/sparql> AS ?e) SERVICE ?e { ?s ?p ?o } }",
        "SELECT * { { SELECT ?s { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } } }",
        "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }"})
    void service_is_refused_in_every_form(String query) {
        HttpResponse<String> response = get(q(query));
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("SERVICE is not allowed"), response.body());
    }

    @Test
    void code_functions_are_refused() {
        HttpResponse<String> response = get(q("SELECT * { BIND(<java:java.lang.System.exit>(1) AS ?x) }"));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("runs no code"), response.body());
    }

    @Test
    void from_a_file_reads_nothing_from_disk() {
        HttpResponse<String> response = get(q("SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }"), "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(0, rows(response));
        assertFalse(response.body().contains("root:"));
    }

    @Test
    void an_empty_or_blank_query_is_400_and_says_so() {
        HttpResponse<String> empty = get(q(""));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("Empty query string"), empty.body());
        HttpResponse<String> blank = get(q(" \n\t"));
        assertEquals(400, blank.statusCode());
        assertTrue(blank.body().contains("Blank query string"), blank.body());
    }

    /**
     * ARQ's JSON query form was answered past every bound of the endpoint until a review on 6 December
     * 2026: all 32,453 rows of {@code ?s ?p ?o} at x1, no row cap, and a cross product 185 MB long in
     * 10 s, its timeout a cut 200 ending in Jena's "Incomplete results" banner. It is a 400 now, on
     * the endpoint and in the editor's plain form.
     */
    @Test
    void the_json_query_form_is_400_not_answered_past_the_caps() {
        String query = "JSON { \"a\": ?o, \"b\": ?z } WHERE { ?s ?p ?o . ?x ?y ?z }";
        HttpResponse<String> endpoint = post("application/sparql-query", query);
        assertEquals(400, endpoint.statusCode(), endpoint.body());
        assertTrue(endpoint.body().startsWith("The JSON query form is ARQ's, not SPARQL's"), endpoint.body());
        HttpResponse<String> editor = get("/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "text/html");
        assertEquals(400, editor.statusCode());
        assertTrue(editor.body().contains("The JSON query form"), "the form says why");
    }

    /**
     * A read of the endpoint that gives neither a query nor a graph was Fuseki's 400 "Malformed
     * request: unrecognized parameters: ", followed by the whole query string: 7,000 letters went out
     * whole, where the endpoint's other sentences are cut, until a review on 6 December 2026. It says
     * what the endpoint reads, and repeats the query string by its beginning and length.
     */
    @ParameterizedTest
    @ValueSource(strings = {"format=", "lang=ru&"})
    void a_read_naming_no_query_nor_graph_repeats_a_long_query_string_by_its_beginning(String before) {
        String queryString = before + "x".repeat(7_000) + "=1";
        HttpResponse<String> response = get("/sparql?" + queryString);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("The endpoint reads a query as query=, or a graph as graph= or default"), response.body());
        assertTrue(response.body().contains("… (" + queryString.length() + " characters)") && response.body().length() < 300, response.body());
        HttpResponse<String> shortOne = get("/sparql?format=json");
        assertEquals(400, shortOne.statusCode(), shortOne.body());
        assertTrue(shortOne.body().contains("(format=json)"), shortOne.body());
    }

    /**
     * A property path in an EXISTS inside ARQ's LET or UNFOLD is bounded as one anywhere else: until a
     * review on 6 December 2026 neither was read by the check, and {@code {2,1}} there reached ARQ's
     * optimiser ("Bad path").
     */
    @ParameterizedTest
    @ValueSource(strings = {"SELECT * { ?s ?p ?o LET (?e := EXISTS { ?s <urn:p>{2,1} ?x }) } LIMIT 1",
        "SELECT * { ?s ?p ?o UNFOLD(IF(EXISTS { ?s <urn:p>{2,1} ?x }, 1, 2) AS ?v) } LIMIT 1"})
    void a_backward_repetition_in_let_or_unfold_is_400(String query) {
        HttpResponse<String> response = post("application/sparql-query", query);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("A property path repeats at least 2 and at most 1 times"), response.body());
    }

    /**
     * Fuseki's refusal of a Graph Store read of a graph the dataset has not quotes the graph's name,
     * and went out whole, where the endpoint's other sentences stop at 400 characters: a name of 7,000
     * letters was a 404 of 7,022 bytes until a review on 6 December 2026. It is cut as the others are.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/sparql?graph=urn:", "/sparql/get?graph=urn:"})
    void a_graph_store_read_of_a_long_unknown_name_is_cut_as_the_endpoint_cuts_its_sentences(String asked) {
        for (String accept : new String[] {"*/*", "text/plain"}) {
            HttpResponse<String> response = get(asked + "a".repeat(7_000), "Accept", accept);
            assertEquals(404, response.statusCode(), response.body());
            assertFalse(response.body().contains("a".repeat(500)), asked + " (" + accept + "): the value repeated whole, " + response.body().length() + " characters");
            assertTrue(response.body().startsWith("No such graph: <urn:aaa") && response.body().strip().endsWith("…") && response.body().length() < 450, response.body());
        }
    }

    /**
     * Errors Jena finds after parsing carry no line and column, and were 400s that said what but not
     * where until a review on 5 December 2026; a LIMIT past a {@code long} was Jena's "can't not be
     * stored in a long" rather than the ceiling's sentence. Each is placed where the text shows one place.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SELECT ?x WHERE { ?x ?p ?o } GROUP BY ?p|Non-group key variable in SELECT: ?x, at line 1, column 8.",
        "SELECT (1 AS ?x) (2 AS ?x) {}|Duplicate variable in result projection '?x', at line 1, column 24.",
        "SELECT * { BIND(1 AS ?x) BIND(2 AS ?x) }|Variable used when already in-scope: ?x in BIND(2 AS ?x), at line 1, column 26.",
        "SELECT * { BIND(2 AS ?x) BIND(1 AS ?x) }|Variable used when already in-scope: ?x in BIND(1 AS ?x), at line 1, column 26.",
        "SELECT (COUNT(*) AS ?c) { ?a ?b ?c }|Variable used when already in-scope: ?c is bound by the pattern, and again by AS ?c in SELECT, at line 1, column 18.",
        "SELECT ?b\\n  (STR(?a) AS ?a) { ?a ?b ?c }|Variable used when already in-scope: ?a is bound by the pattern, and again by AS ?a in SELECT, at line 2, column 12.",
        "SELECT * {} LIMIT 99999999999999999999|LIMIT 99999999999999999999 is above this endpoint's ceiling of 100000, at line 1, column 13.",
        "SELECT * {}\\n  OFFSET 99999999999999999999|OFFSET 99999999999999999999 is above this endpoint's ceiling of 100000, at line 2, column 3.",
        "SELECT * {} LIMIT 999999999|LIMIT 999999999 is above this endpoint's ceiling of 100000, at line 1, column 13.",
        "# ?x\\nSELECT ?x (\"?x\" AS ?y) WHERE { ?x ?p ?o } GROUP BY ?p|Non-group key variable in SELECT: ?x, at line 2, column 8.",
        // The endpoint's own refusals (QueryPolicy), placed since a review on 6 December 2026.
        "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }|SERVICE is not allowed: this endpoint makes no requests to other hosts, at line 1, column 12.",
        "SELECT * {\\n  # SERVICE\\n  BIND('SERVICE' AS ?x)\\n  service <http://example.org/sparql> { ?s ?p ?o } }"
                + "|SERVICE is not allowed: this endpoint makes no requests to other hosts, at line 4, column 3.",
        "SELECT (<java:org.apache.jena.sparql.function.library.sqrt>(4) AS ?x) {}"
                + "|Function <java:org.apache.jena.sparql.function.library.sqrt> is not allowed: this endpoint runs no code named in a query, at line 1, column 9.",
        "PREFIX afn: <http://jena.apache.org/ARQ/function#>\\nSELECT ('afn:wait' AS ?a) (afn:wait(10) AS ?x) {}"
                + "|Function <http://jena.apache.org/ARQ/function#wait> is not allowed: this endpoint runs no code named in a query, at line 2, column 28.",
        "PREFIX apf: <http://jena.apache.org/ARQ/property#>\\nSELECT * { ?s <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?a ?b) }"
                + "|Property function <java:org.apache.jena.sparql.pfunction.library.splitIRI> is not allowed: this endpoint runs no code named in a query, at line 2, column 15.",
        "SELECT * { ?s <urn:p>{100000} ?o } LIMIT 1|A property path repeats 100000 times; this endpoint allows 100, at line 1, column 22.",
        "SELECT (STRLANG(\"x\", \"a b\") AS ?x) {}|STRLANG: 'a b' is not a language tag (BCP 47: en, zh-Hant, en-US), at line 1, column 9.",
        "PREFIX list: <http://jena.apache.org/ARQ/list#>\\nSELECT ?x { ?l list:length \"x\" }"
                + "|list:length: its object is the count, a variable where the list is one, not \"x\", at line 2, column 16."})
    void an_error_jena_gives_no_place_is_placed_in_the_query(String query, String sentence) {
        HttpResponse<String> response = get(q(query.replace("\\n", "\n")));
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().strip().endsWith(sentence), response.body());
    }

    /**
     * The limits read from the text before parsing (QueryText) that one place passes name it since a
     * review on 6 December 2026: the bracket past the nesting allowed, the one longest list, the one
     * longest number; limits counted over the whole text (length, chains, periods) name none.
     */
    @Test
    void a_limit_of_the_text_one_place_passes_is_placed() {
        HttpResponse<String> deep = post("application/sparql-query", "ASK {\n  FILTER(" + "(".repeat(100) + "1" + ")".repeat(100) + ") }");
        assertEquals(400, deep.statusCode(), deep.body());
        assertEquals("The query nests groups or expressions 102 deep; this endpoint allows 100, at line 2, column 108.", deep.body().strip());
        HttpResponse<String> list = post("application/sparql-query", "SELECT (CONCAT(" + "'a', ".repeat(2_000) + "'a') AS ?x) { }");
        assertEquals(400, list.statusCode(), list.body());
        assertEquals("The query lists 2001 items inside one pair of brackets (a collection, a function's arguments or an IN list); "
                + "this endpoint allows 2000, at line 1, column 15.", list.body().strip());
        HttpResponse<String> digits = post("application/sparql-query", "# 1234\nASK { FILTER(" + "9".repeat(20_001) + " = 1) }");
        assertEquals(400, digits.statusCode(), digits.body());
        assertEquals("The query writes 20001 digits in a row (in a number, a literal, an IRI or a comment); this endpoint reads at most 20000 as one number, "
                + "at line 2, column 14.", digits.body().strip());
        HttpResponse<String> chains = post("application/sparql-query", "SELECT (1" + "+1".repeat(501) + " AS ?x) {}");
        assertEquals(400, chains.statusCode(), chains.body());
        assertFalse(chains.body().contains(" line "), chains.body());
    }

    /** Where the text shows no one place for such an error, Jena's sentence, which names its clause, is answered as it is. */
    @Test
    void an_error_whose_place_the_text_leaves_open_is_not_given_one() {
        HttpResponse<String> response = get(q("SELECT ?x { { SELECT ?x { ?x ?p ?o } } ?x ?q ?r } GROUP BY ?q"));
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("Non-group key variable in SELECT: ?x"), response.body());
        assertFalse(response.body().contains("line"), response.body());
    }

    @Test
    void malformed_query_is_400_with_line_and_column() {
        HttpResponse<String> response = get(q("SELECT ?x WHERE {\n ?x ?y }"));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("line 2, column"), response.body());
        assertFalse(response.body().contains("\tat "), "no stack trace");
    }

    /**
     * A cross product; an OPTIONAL hash-joined after its race; an OPTIONAL whose race never ends;
     * an OPTIONAL whose first row, joined one by one with the row as its input, never ends.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f OPTIONAL { ?g ?h ?i } }",
        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f OPTIONAL { ?g ?h ?i . ?j ?k ?l } }",
        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c OPTIONAL { ?a ?h ?i . ?j ?k ?l . ?m ?o ?p } }"})
    void a_query_past_the_timeout_is_stopped_with_a_non_200(String slow) throws Exception {
        ServerFixture.Spent<HttpResponse<String>> spent = ServerFixture.spent(ServerFixture.server(), () -> get(q(slow) + "&timeout=1", "Accept", "application/sparql-results+json"));
        HttpResponse<String> response = spent.answer();
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().contains("timeout"), response.body());
        // Stopped at the timeout: a second of a core at most besides its parse and answer, where each of
        // these would spend hours. Counted in the server's CPU time, not the wall clock's: until 6
        // December 2026 it had to be answered within 2 s, a bound on the machine as much as on the server.
        assertTrue(spent.cpuSeconds() < 1 + 1.0, "spent " + spent.cpuSeconds() + " s of CPU");
    }

    @Test
    void long_answers_are_cut_at_the_row_cap_and_say_so() {
        HttpResponse<String> response = get(q("SELECT * { ?s ?p ?o VALUES ?x { 1 2 3 } }"), "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertEquals(String.valueOf(SparqlModule.ROW_CAP), response.headers().firstValue("X-Result-Row-Cap").orElse(""));
        assertEquals(SparqlModule.ROW_CAP, rows(response));
        assertTrue(get(q(MEMBERS), "Accept", "text/csv").headers().firstValue("X-Result-Row-Cap").isEmpty());
    }

    @Test
    void limit_and_offset_have_ceilings() {
        assertEquals(400, get(q("SELECT * { ?s ?p ?o } LIMIT 100001")).statusCode());
        assertEquals(400, get(q("SELECT * { ?s ?p ?o } OFFSET 1000000")).statusCode());
    }

    @Test
    void cors_preflight_allows_any_origin() {
        HttpResponse<String> response = send(request("/sparql").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build());
        assertTrue(response.statusCode() < 300, "status " + response.statusCode());
        String allowed = response.headers().firstValue("Access-Control-Allow-Origin").orElse("");
        assertTrue(allowed.equals("*") || allowed.equals("https://example.org"), response.headers().toString());
    }

    @Test
    void answers_are_gzipped_when_asked() {
        HttpResponse<String> response = get(q("SELECT * { ?s ?p ?o } LIMIT 500"), "Accept", "application/sparql-results+json", "Accept-Encoding", "gzip");
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""));
    }

    @Test
    void ping_and_metrics_answer() {
        assertEquals(200, get("/$/ping").statusCode());
        HttpResponse<String> metrics = get("/$/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("# TYPE"));
    }

    /**
     * A CONSTRUCT whose template writes into named graphs (ARQ's GRAPH in a template) is answered in a
     * format that carries graphs: Fuseki chose Turtle for any Accept and wrote the default graph alone,
     * a 200 with an empty document until a review on 5 December 2026. A client that takes only
     * triples is told so; a template of triples is answered as before.
     */
    @Test
    void a_construct_into_named_graphs_is_answered_in_a_format_of_quads_or_refused() {
        String quads = q("CONSTRUCT { GRAPH ?g { ?s a ?c } } WHERE { GRAPH ?g { ?s a ?c } } LIMIT 5");
        for (String accept : new String[] {"*/*", "text/turtle;q=0.9, */*;q=0.1", "application/n-quads", "application/trig"}) {
            HttpResponse<String> answer = get(quads, "Accept", accept);
            assertEquals(200, answer.statusCode(), accept + ": " + answer.body());
            String type = answer.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.startsWith("application/trig") || type.startsWith("application/n-quads"), accept + ": " + type);
            assertTrue(answer.body().contains("https://w3id.org/sco-kg/graph/"), accept + ": " + answer.body());
        }
        HttpResponse<String> noAccept = send(request(quads).GET().build());
        assertTrue(noAccept.body().contains("https://w3id.org/sco-kg/graph/"), noAccept.headers() + "\n" + noAccept.body());
        HttpResponse<String> turtle = get(quads, "Accept", "text/turtle");
        assertEquals(406, turtle.statusCode(), turtle.body());
        assertTrue(turtle.body().contains("named graphs"), turtle.body());
        assertEquals(400, get(quads + "&format=ttl").statusCode());
        HttpResponse<String> triples = get(q("CONSTRUCT { ?s a ?c } WHERE { ?s a ?c } LIMIT 5"), "Accept", "*/*");
        assertTrue(triples.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), triples.headers().toString());
    }

    /**
     * Two Accept fields are one list (RFC 9110, 5.3), as Fuseki's negotiation reads them; until a review
     * on 5 December 2026 the answer cache keyed such a request by its first field, and a client asking
     * for CSV alone was sent from the cache the JSON that {@code text/csv} beside {@code
     * application/sparql-results+json} had been answered.
     */
    @Test
    void accept_in_two_fields_is_one_list_and_its_answer_is_not_sent_for_the_first() {
        String query = q("SELECT ?norm ?label { ?norm a <https://w3id.org/sco-kg/ontology#Norm> OPTIONAL { ?norm <http://www.w3.org/2000/01/rdf-schema#label> ?label } }");
        String[] two = {"Accept", "text/csv", "Accept", "application/sparql-results+json"};
        String joined = get(query, "Accept", "text/csv, application/sparql-results+json").headers().firstValue("Content-Type").orElse("");
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> both = get(query, two);
            assertEquals(joined, both.headers().firstValue("Content-Type").orElse(""), "two fields answer as their values joined");
        }
        HttpResponse<String> csv = get(query, "Accept", "text/csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), () -> csv.headers() + "\n" + csv.body());
    }

    @Test
    void a_query_sent_again_is_kept_and_then_answered_from_the_cache_with_the_same_bytes() {
        // A query no other test sends: the server is shared.
        String query = q("SELECT ?norm { ?norm a <https://w3id.org/sco-kg/ontology#Norm> } ORDER BY ?norm");
        String[] headers = {"Accept", "text/csv", "Origin", "https://example.org"};
        HttpResponse<String> first = get(query, headers);
        HttpResponse<String> second = get(query, headers);
        HttpResponse<String> third = get(query, headers);
        assertEquals("miss", first.headers().firstValue("X-Cache").orElse(""));
        assertEquals("miss", second.headers().firstValue("X-Cache").orElse(""), "a request seen once is not kept");
        assertEquals("hit", third.headers().firstValue("X-Cache").orElse(""), "a request seen twice is");
        // The key names no path: only the endpoint's own paths are answered from the cache (until a
        // review on 4 December 2026 /sparql/foo and the Graph Store's /sparql/data got the kept 200).
        for (String other : List.of("/sparql/foo", "/sparql/data")) {
            HttpResponse<String> elsewhere = get(query.replace("/sparql?", other + "?"), headers);
            assertNotEquals("hit", elsewhere.headers().firstValue("X-Cache").orElse(""), other);
            assertNotEquals(200, elsewhere.statusCode(), other + ": " + elsewhere.body());
        }
        assertEquals(first.body(), second.body());
        assertEquals(first.body(), third.body());
        assertEquals(first.headers().firstValue("Content-Type"), third.headers().firstValue("Content-Type"));
        assertEquals(kept(first), kept(third), "a kept answer is sent with the headers it was first sent with");
        HttpResponse<String> otherFormat = get(query, "Accept", "application/sparql-results+json");
        assertEquals("miss", otherFormat.headers().firstValue("X-Cache").orElse(""), "another format is another answer");
        String text = "SELECT ?norm { ?norm a <https://w3id.org/sco-kg/ontology#Norm> } ORDER BY ?norm";
        HttpResponse<String> posted = post("application/sparql-query", text);
        post("application/sparql-query", text);
        HttpResponse<String> postedAgain = post("application/sparql-query", text);
        assertEquals("hit", postedAgain.headers().firstValue("X-Cache").orElse(""));
        assertEquals(posted.body(), postedAgain.body());
        assertEquals(11, rows(postedAgain));
    }

    /**
     * A review of 4 December 2026: a value holding U+0000 made the cache key of two values of the
     * same parameter, so a client who sent default-graph-uri=data%00ontology twice had its answer (no
     * rows) given from the cache to others asking with the two graphs (3,801 rows).
     */
    @Test
    void a_value_holding_the_keys_separators_cannot_plant_an_answer_for_another_request() {
        String query = q("SELECT (COUNT(*) AS ?n) { ?s ?p ?o } # planted");
        String graph = "https://w3id.org/sco-kg/graph/";
        String planted = query + "&default-graph-uri=" + java.net.URLEncoder.encode(graph + "data\u0000" + graph + "ontology", StandardCharsets.UTF_8);
        String honest = query + "&default-graph-uri=" + java.net.URLEncoder.encode(graph + "data", StandardCharsets.UTF_8) + "&default-graph-uri="
                + java.net.URLEncoder.encode(graph + "ontology", StandardCharsets.UTF_8);
        for (int i = 0; i < 3; i++) get(planted, "Accept", "text/csv");
        HttpResponse<String> answer = get(honest, "Accept", "text/csv");
        assertEquals("miss", answer.headers().firstValue("X-Cache").orElse(""), answer.body());
        assertNotEquals("n\r\n0\r\n", answer.body(), "the union of two graphs is not empty");
    }

    /** A review of 4 December 2026: an empty default-graph-uri= was read as none (the union), and two graph= were refused in the other parameter's name. */
    @Test
    void an_empty_dataset_parameter_and_two_graphs_to_read_are_the_clients_mistakes() {
        String ask = q("ASK { ?s ?p ?o }");
        for (String parameter : List.of("default-graph-uri", "named-graph-uri")) {
            HttpResponse<String> empty = get(ask + "&" + parameter + "=");
            assertEquals(400, empty.statusCode(), parameter);
            assertTrue(empty.body().startsWith(parameter + "= names no graph"), empty.body());
            // Not an IRI: an answer of nothing, as if it named a graph, until a review on 6 December 2026.
            for (String notIri : List.of("not%20an%20iri", "graph/data", "http://exa%20mple.org/")) {
                HttpResponse<String> refused = get(ask + "&" + parameter + "=" + notIri);
                assertEquals(400, refused.statusCode(), parameter + "=" + notIri);
                assertTrue(refused.body().contains("is not an absolute IRI"), refused.body());
            }
            assertEquals(200, get(ask + "&" + parameter + "=" + java.net.URLEncoder.encode("https://w3id.org/sco-kg/graph/data", StandardCharsets.UTF_8)).statusCode());
            // With a fragment too, which a graph's IRI may have (a second review that day: refused as "not an absolute IRI").
            assertEquals(200, get(ask + "&" + parameter + "=" + java.net.URLEncoder.encode("https://w3id.org/sco-kg/graph/data#x", StandardCharsets.UTF_8)).statusCode());
        }
        String graph = java.net.URLEncoder.encode("https://w3id.org/sco-kg/graph/ontology", StandardCharsets.UTF_8);
        HttpResponse<String> two = get("/sparql?graph=" + graph + "&graph=" + graph, "Accept", "text/turtle");
        assertEquals(400, two.statusCode());
        assertTrue(two.body().contains("names one graph"), two.body());
        // An empty graph= too (a 404 "No such graph: <>" until a later review that day).
        for (String empty : List.of("/sparql?graph=", "/sparql?graph=%20")) {
            HttpResponse<String> none = get(empty, "Accept", "text/turtle");
            assertEquals(400, none.statusCode(), empty);
            assertTrue(none.body().startsWith("graph= names no graph"), none.body());
        }
        assertEquals(200, get("/sparql?graph=" + graph, "Accept", "text/turtle").statusCode());
    }

    /**
     * Jena's own names for the union and the default graph are no graphs of this dataset, as on
     * /fragments: a review on 4 December 2026 counted the union in GRAPH <urn:x-arq:UnionGraph>, FROM
     * it and default-graph-uri= it, and a Graph Store read of it answered the union with a 200.
     */
    @ParameterizedTest
    @ValueSource(strings = {"urn:x-arq:UnionGraph", "urn:x-arq:DefaultGraph", "urn:x-arq:DefaultGraphNode"})
    void jenas_names_for_the_union_and_the_default_graph_name_no_graph_here(String name) {
        String ontology = "https://w3id.org/sco-kg/graph/ontology";
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8);
        for (String ask : List.of("ASK { GRAPH <" + name + "> { ?s ?p ?o } }", "ASK FROM <" + name + "> { ?s ?p ?o }",
                "ASK FROM NAMED <" + ontology + "> { GRAPH <" + name + "> { ?s ?p ?o } }", "ASK { FILTER EXISTS { GRAPH <" + name + "> { ?s ?p ?o } } }")) {
            assertFalse(asks(get(q(ask), "Accept", "application/sparql-results+json")), ask);
        }
        assertFalse(asks(get(q("ASK { ?s ?p ?o }") + "&default-graph-uri=" + encoded, "Accept", "application/sparql-results+json")), "default-graph-uri");
        for (String named : List.of(q("SELECT ?g FROM NAMED <" + name + "> { GRAPH ?g { } }"), q("SELECT ?g { GRAPH ?g { } }") + "&named-graph-uri=" + encoded)) {
            HttpResponse<String> graphs = get(named, "Accept", "application/sparql-results+json");
            assertEquals(200, graphs.statusCode(), graphs.body());
            assertEquals(0, rows(graphs), named);
        }
        HttpResponse<String> read = get("/sparql?graph=" + encoded, "Accept", "text/turtle");
        assertEquals(404, read.statusCode(), read.body());
        assertEquals(404, get("/sparql?graph=" + URLEncoder.encode("http://example.org/nope", StandardCharsets.UTF_8), "Accept", "text/turtle").statusCode());
        // The dataset's own graphs are read as before: four of them, and FROM picks one.
        assertEquals(4, rows(get(q("SELECT ?g { GRAPH ?g { } }"), "Accept", "application/sparql-results+json")));
        assertTrue(asks(get(q("ASK FROM <" + ontology + "> { ?s ?p ?o }"), "Accept", "application/sparql-results+json")));
        assertEquals(200, get("/sparql?graph=" + URLEncoder.encode(ontology, StandardCharsets.UTF_8), "Accept", "text/turtle").statusCode());
    }

    private static boolean asks(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return ResultSetMgr.readBoolean(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
    }

    /** The headers a kept answer must be sent again with: all but the request's own and the cache's. */
    private static Map<String, List<String>> kept(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.keySet().removeAll(List.of("date", "fuseki-request-id", "x-cache"));
        return headers;
    }

    /**
     * An answer asked for the first time is held whole and sent with its length, larger than Jetty's
     * output buffer or not: until 2 December 2026 one larger than the buffer was streamed as it was
     * evaluated, in chunks, and held its evaluation slot and a thread while its client read it.
     */
    @Test
    void a_first_answer_is_sent_whole_with_its_length() {
        for (String query : List.of("SELECT ?s { ?s a <https://w3id.org/sco-kg/ontology#Norm> } # sent whole", "SELECT ?s ?p ?o { ?s ?p ?o } LIMIT 2000 # sent whole too")) {
            HttpResponse<String> answer = get(q(query), "Accept", "application/sparql-results+json");
            assertEquals("miss", answer.headers().firstValue("X-Cache").orElse(""));
            assertEquals(String.valueOf(answer.body().getBytes(StandardCharsets.UTF_8).length), answer.headers().firstValue("Content-Length").orElse(""), query);
            assertFalse(answer.headers().firstValue("Transfer-Encoding").isPresent(), query);
        }
        HttpResponse<String> large = get(q("SELECT ?s ?p ?o { ?s ?p ?o } LIMIT 2000 # larger than the output buffer"), "Accept", "application/sparql-results+json");
        assertTrue(large.body().length() > LinkedDataServer.OUTPUT_BUFFER, large.body().length() + " characters");
        assertEquals(2000, rows(large));
    }

    /**
     * A HEAD with gzip asked for gets the headers its GET gets, asked for the first time and from the
     * cache: a review on 2 December 2026 found the HEAD sent the uncompressed length and no
     * Content-Encoding while the GET was compressed (RFC 9110 9.3.2), once answers held whole were
     * sent without a thread and a HEAD's body was no longer written for Jetty to drop.
     */
    @Test
    void a_head_with_gzip_gets_the_headers_of_its_get() {
        for (String query : List.of("SELECT * { ?s ?p ?o } LIMIT 1234 # head first", "SELECT * { ?s ?p ?o } LIMIT 1235 # head from the cache")) {
            boolean cached = query.endsWith("cache");
            if (cached) {
                for (int i = 0; i < 2; i++) assertEquals(200, get(q(query), "Accept-Encoding", "gzip").statusCode());
            }
            HttpResponse<String> head = send(request(q(query)).header("Accept-Encoding", "gzip").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
            HttpResponse<String> got = get(q(query), "Accept-Encoding", "gzip");
            assertEquals(200, head.statusCode(), query);
            assertEquals(cached ? "hit" : "miss", head.headers().firstValue("X-Cache").orElse(""), query);
            assertEquals("gzip", got.headers().firstValue("Content-Encoding").orElse(""), query);
            assertEquals(got.headers().firstValue("Content-Encoding"), head.headers().firstValue("Content-Encoding"), query + ": " + head.headers().map());
            assertEquals(got.headers().firstValue("Content-Length"), head.headers().firstValue("Content-Length"), query + ": " + head.headers().map());
            assertEquals("", head.body());
        }
    }

    /**
     * A path under /sparql that names none of the endpoint's services is a 404 whatever the client
     * accepts: the 404 page in the reader's language to a browser, the sentence to a program. Until a
     * review of 6 December 2026 it was read as a Graph Store read of the whole dataset, and an Accept
     * of HTML or Turtle, which no dataset is written in, got a 406 naming the dataset's formats. A
     * Graph Store read of the services' own paths is negotiated as before.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/sparql/nope", "/sparql/nope/get", "/sparql/get/x", "/sparql/data"})
    void a_path_under_sparql_that_names_no_service_is_a_404(String path) {
        HttpResponse<String> page = get(path + "?lang=ru", "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(404, page.statusCode(), page.body());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().toString());
        assertTrue(page.body().contains("<p lang=\"ru\"><code>По адресу " + path + " ничего нет.</code></p>"), page.body());
        // An Accept that refuses every type was a 406 before the 404 until a second review that day.
        for (String accept : new String[] {"text/turtle", "*/*", "application/n-quads", "*/*;q=0", "text/html;q=0", "text/plain;q=0, */*;q=0"}) {
            HttpResponse<String> text = get(path, "Accept", accept);
            assertEquals(404, text.statusCode(), accept + ": " + text.body());
            assertEquals("Nothing is at " + path + ".\n", text.body(), accept);
        }
        assertEquals(406, get("/sparql/get", "Accept", "text/html").statusCode(), "the Graph Store's read of the dataset is no page");
        assertEquals(200, get("/sparql/get", "Accept", "application/n-quads").statusCode());
    }
}
