package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.publish.DumpRenderer;
import org.w3id.scokg.publish.DumpWriter;
import org.w3id.scokg.publish.Export;
import org.w3id.scokg.publish.W3idRules;
import org.w3id.scokg.vocab.SCO;

/**
 * The w3id.org rules the build writes, applied to every IRI the graph and its description publish
 * under https://w3id.org/sco-kg/, with the host set to the test server: each lands where the
 * server answers 200, in the format the Accept header asked for.
 */
class W3idRulesIT {
    private static final HttpClient FOLLOWING = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();

    /** Every IRI under the base in the graph and in void.ttl, without fragments, as paths under the base. */
    private static Set<String> publishedPaths(Map<String, byte[]> dumps) {
        var graph = GraphFactory.createGraphMem();
        TestGraph.real().read(() -> {
            TestGraph.real().union().find().forEachRemaining(graph::add);
            return null;
        });
        RDFParser.fromString(new String(dumps.get(DumpWriter.VOID_FILE), StandardCharsets.UTF_8), Lang.TURTLE).parse(graph);
        // The named queries' IRIs, which the server publishes in its SPARQL examples (they had no rule until 2 December 2026).
        RDFParser.fromString(ServerFixture.get("/.well-known/sparql-examples").body(), Lang.TURTLE).parse(graph);
        Set<String> paths = new TreeSet<>();
        for (Triple t : graph.find().toList()) {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(SCO.BASE)) paths.add(n.getURI().substring(SCO.BASE.length()).replaceFirst("#.*$", ""));
            }
        }
        return paths;
    }

    private static HttpResponse<String> follow(String location, String accept) throws Exception {
        // 60 s: in a CI run of 6 December 2026 one of the 4,475 answers, beside the other fork's tests, was not
        // there after 30 s (which one was not said); a request that never ends still fails, now by its path.
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(location)).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) request.header("Accept", accept);
        return FOLLOWING.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_published_iri_lands_where_the_server_answers_in_the_format_asked_for() throws Exception {
        String host = ServerFixture.base();
        Map<String, byte[]> dumps = DumpRenderer.render(TestGraph.real(), host);
        RewriteRules rules = new RewriteRules(new String(dumps.get(Export.W3ID.file), StandardCharsets.UTF_8));
        Set<String> paths = publishedPaths(dumps);
        assertTrue(paths.stream().anyMatch(p -> p.startsWith("ontology/")), "the ontology's version IRI");
        assertTrue(paths.size() > 300, "things, their parts, the ontology, the graphs, the dumps: " + paths.size());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        String[] accepts = {"text/html", "text/turtle", "application/ld+json", null};
        long start = System.nanoTime();
        // Four clients at once: the server's threads answer them side by side, as they would its readers.
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> answers = new ArrayList<>();
        try {
            follow(paths, rules, host, accepts, failures, clients, answers);
            for (Future<?> answer : answers) answer.get();
        } finally {
            // Also when an assertion fails on the way: the clients' threads do not outlive the test.
            clients.shutdownNow();
        }
        System.out.printf("%d published IRIs redirected and answered in %.1f s%n", paths.size(), (System.nanoTime() - start) / 1e9);
        assertEquals(List.of(), failures);
    }

    /** Each path's redirect, checked here, and its landing, asked by {@code clients}, whose answers go to {@code answers}. */
    private static void follow(Set<String> paths, RewriteRules rules, String host, String[] accepts, List<String> failures, ExecutorService clients,
            List<Future<?>> answers) {
        int turn = 0;
        for (String path : paths) {
            // Every IRI once; things and the ontology with each Accept in turn, so that every rule is met many times.
            boolean negotiated = path.startsWith("id/") || path.equals("ontology");
            String accept = negotiated ? accepts[turn++ % accepts.length] : null;
            RewriteRules.Redirect redirect = rules.apply(path, null, accept);
            if (redirect == null) {
                failures.add(path + ": no rule");
                continue;
            }
            assertTrue(redirect.location().startsWith(host + "/"), redirect.location());
            answers.add(clients.submit(() -> {
                HttpResponse<String> answer;
                try {
                    answer = follow(redirect.location(), accept);
                } catch (java.io.IOException e) {
                    failures.add(path + " (" + accept + ") -> " + redirect.location() + ": no answer (" + e + ")");
                    return null;
                }
                String type = answer.headers().firstValue("Content-Type").orElse("");
                if (answer.statusCode() != 200) failures.add(path + " (" + accept + ") -> " + redirect.location() + ": " + answer.statusCode());
                else if (accept != null && !type.startsWith(accept)) failures.add(path + " (" + accept + ") -> " + type);
                return null;
            }));
        }
    }

    /**
     * The namespace trimmed to {@code id/} or to a kind ({@code id/state/}, {@code id/state}): the rules answer what the
     * server answers there (303 to the home page's kinds, or to the kind's index), for every kind the
     * graph names, with every Accept, with and without a query string. A review of 5 December 2026:
     * {@code id/} had no rule, and {@code id/state/} went to {@code doc/state/.html}, a 404.
     */
    @Test
    void the_namespace_and_each_kind_redirect_as_the_server_does() throws Exception {
        String host = ServerFixture.base();
        Map<String, byte[]> dumps = DumpRenderer.render(TestGraph.real(), host);
        RewriteRules rules = new RewriteRules(new String(dumps.get(Export.W3ID.file), StandardCharsets.UTF_8));
        Set<String> trimmed = new TreeSet<>(List.of("id", "id/"));
        for (String path : publishedPaths(dumps)) {
            String[] parts = path.split("/");
            if (parts.length == 3 && parts[0].equals("id")) {
                trimmed.add("id/" + parts[1] + "/");
                // Without its slash too: id/state went to doc/state.html, a 404, until a second review on 5 December 2026.
                trimmed.add("id/" + parts[1]);
            }
        }
        assertTrue(trimmed.containsAll(List.of("id/state/", "id/assertion/", "id/document/", "id/state")), trimmed.toString());
        List<String> failures = new ArrayList<>();
        for (String path : trimmed) {
            for (String accept : new String[] {"text/html", "text/turtle", "application/ld+json", "application/n-quads", null}) {
                for (String query : new String[] {null, "lang=ru"}) {
                    RewriteRules.Redirect redirect = rules.apply(path, query, accept);
                    HttpRequest.Builder request = ServerFixture.request("/" + path + (query == null ? "" : "?" + query));
                    if (accept != null) request.header("Accept", accept);
                    HttpResponse<String> server = ServerFixture.send(request.build());
                    String said = server.statusCode() + " " + server.headers().firstValue("Location").orElse("");
                    String ruled = redirect == null ? "no rule" : redirect.status() + " " + redirect.location();
                    if (!said.equals(ruled)) failures.add(path + (query == null ? "" : "?" + query) + " (" + accept + "): rules " + ruled + ", server " + said);
                }
            }
        }
        assertEquals(List.of(), failures);
        // Where they land is there: the home page (its kinds) and each kind's index.
        for (String path : trimmed) {
            String location = rules.apply(path, null, "text/html").location();
            HttpResponse<String> answer = follow(location.replaceFirst("#.*$", ""), "text/html");
            assertEquals(200, answer.statusCode(), path + " -> " + location);
            if (location.contains("#")) assertTrue(answer.body().contains("id=\"" + location.substring(location.indexOf('#') + 1) + "\""), location);
        }
    }

    /**
     * A thing's IRI with a trailing slash ({@code id/state/IN/}) lands where the IRI does, in the
     * format asked for: the rules sent it to {@code doc/state/IN/.html}, a 404, until a review on 5
     * December 2026, and had none for {@code ontology/}, {@code shapes/}, {@code void/} or {@code
     * graph/data/} (w3id.org's own 404).
     */
    @Test
    void a_things_iri_with_a_trailing_slash_lands_where_the_iri_does() throws Exception {
        RewriteRules rules = new RewriteRules(new String(W3idRules.render(ServerFixture.base()), StandardCharsets.UTF_8));
        List<String> failures = new ArrayList<>();
        for (String thing : List.of("id/state/IN", "id/organization/SCO", "id/document/A-66-359", "id/membership/SCO-IN-MemberState", "ontology", "shapes", "void", "graph/data")) {
            for (String accept : new String[] {"text/html", "text/turtle", "application/ld+json", "application/n-quads", "text/turtle;q=0.5, text/html", null}) {
                RewriteRules.Redirect plain = rules.apply(thing, "lang=ru", accept);
                RewriteRules.Redirect slashed = rules.apply(thing + "/", "lang=ru", accept);
                if (slashed == null) {
                    failures.add(thing + "/ (" + accept + "): no rule");
                    continue;
                }
                HttpResponse<String> there = follow(plain.location(), accept);
                HttpResponse<String> landed = follow(slashed.location(), accept);
                // Where the IRI itself lands, with its status: a shape asked for as N-Quads is a 406 either way.
                if (landed.statusCode() != there.statusCode() || !landed.uri().equals(there.uri())) {
                    failures.add(thing + "/ (" + accept + ") -> " + slashed.location() + ": " + landed.statusCode() + " at " + landed.uri() + ", not "
                            + there.statusCode() + " at " + there.uri());
                }
                if (accept != null && accept.equals("text/html") && thing.startsWith("id/") && landed.statusCode() != 200) failures.add(thing + "/: " + landed.statusCode());
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * The client's own order and weights decide, as the server's negotiation does: the rules decide
     * only a first type without a weight, and send anything else to the host. They once sent any
     * Accept naming text/html anywhere to the page, an RDF client's fallback included.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "application/rdf+xml, text/html;q=0.5|application/rdf+xml",
        "text/turtle,text/html;q=0.5|text/turtle",
        "text/turtle;q=0.5, text/html|text/html",
        "application/ld+json;q=0.9, text/turtle|text/turtle",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|text/html",
        "text/turtle,application/n-triples;q=0.9,application/rdf+xml;q=0.7,*/*;q=0.1|text/turtle",
        "application/n-quads|application/n-quads",
        "application/n-quads,application/trig;q=0.95,application/ld+json;q=0.9,application/n-triples;q=0.8,text/turtle;q=0.6,text/html;q=0.2|application/ld+json"})
    void the_clients_order_and_weights_decide(String accept, String expected) throws Exception {
        String host = ServerFixture.base();
        RewriteRules rules = new RewriteRules(new String(W3idRules.render(host), StandardCharsets.UTF_8));
        RewriteRules.Redirect redirect = rules.apply("id/state/CN", null, accept);
        assertNotNull(redirect);
        assertEquals(303, redirect.status());
        HttpResponse<String> answer = follow(redirect.location(), accept);
        assertEquals(200, answer.statusCode(), redirect.location());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith(expected), accept + " -> " + redirect.location() + " -> " + answer.headers().firstValue("Content-Type"));
    }

    @Test
    void the_endpoint_keeps_its_method_and_query_string() {
        RewriteRules rules = new RewriteRules(new String(W3idRules.render("https://sco-kg.example.org"), StandardCharsets.UTF_8));
        RewriteRules.Redirect sparql = rules.apply("sparql", "query=ASK%7B%7D", null);
        assertNotNull(sparql);
        assertEquals(307, sparql.status());
        assertEquals("https://sco-kg.example.org/sparql?query=ASK%7B%7D", sparql.location());
        assertEquals(303, rules.apply("id/state/CN", null, "text/turtle").status());
        assertEquals("https://sco-kg.example.org/doc/state/CN.ttl", rules.apply("id/state/CN", null, "text/turtle").location());
        // N-Quads, offered since a review on 4 December 2026, left to the host since one on 6
        // December 2026, which weighs the syntaxes of quads at half beside one of triples.
        assertEquals("https://sco-kg.example.org/id/state/CN", rules.apply("id/state/CN", null, "application/n-quads").location());
        assertEquals("https://sco-kg.example.org/id/state/CN", rules.apply("id/state/CN", null, "application/trig, text/turtle").location());
    }

    /**
     * A review of 4 December 2026: {@code serve --base https://pub.example/sco-kg/} wrote rules to
     * {@code https://pub.example/doc/...}, the path dropped, while the server's own links are under
     * {@code /sco-kg/}; {@code build} refused such a target. The path is kept.
     */
    @Test
    void a_target_with_a_path_keeps_it() {
        RewriteRules rules = new RewriteRules(new String(W3idRules.render("https://pub.example/sco-kg/"), StandardCharsets.UTF_8));
        assertEquals("https://pub.example/sco-kg/doc/state/CN.ttl", rules.apply("id/state/CN", null, "text/turtle").location());
        assertEquals("https://pub.example/sco-kg/sparql?query=ASK%7B%7D", rules.apply("sparql", "query=ASK%7B%7D", null).location());
    }
}
