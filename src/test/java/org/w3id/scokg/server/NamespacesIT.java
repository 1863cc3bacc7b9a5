package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.scokg.server.ServerFixture.get;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.vocab.SCO;

/** The IRIs the data names besides its things dereference: the ontology's version, the dataset, the graphs, the shapes. */
class NamespacesIT {
    /** The version ontology/sco.ttl names (owl:versionInfo), which the server builds from. */
    private static final String CURRENT = RDFParser.source(ProjectCopy.ROOT.resolve("ontology/sco.ttl")).toGraph()
            .find(Node.ANY, OWL.versionInfo.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();

    @Test
    void the_ontology_version_iri_gives_the_ontology() {
        HttpResponse<String> response = get("/ontology/" + CURRENT, "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<https://w3id.org/sco-kg/ontology/" + CURRENT + ">"), response.body().substring(0, 300));
        assertEquals(303, get("/ontology/" + CURRENT, "Accept", "text/html").statusCode(), "a page is at /ontology");
        assertEquals(404, get("/ontology/9.9.9", "Accept", "text/turtle").statusCode());
    }

    /**
     * The current ontology (0.2.1 since 6 December 2026) names 0.2.0 as its owl:priorVersion, and 0.2.0
     * names 0.1.0: each of those IRIs gives that version as it was published, from its kept copy in
     * ontology/versions/, byte for byte in Turtle.
     */
    @Test
    void the_prior_version_iris_give_those_versions() throws IOException {
        HttpResponse<String> current = get("/ontology/" + CURRENT, "Accept", "application/n-triples");
        assertTrue(current.body().contains("<http://www.w3.org/2002/07/owl#priorVersion> <https://w3id.org/sco-kg/ontology/0.2.0>"), "the prior version");
        HttpResponse<String> prior = get("/ontology/0.2.0", "Accept", "application/n-triples");
        assertEquals(200, prior.statusCode());
        assertTrue(prior.body().contains("<https://w3id.org/sco-kg/ontology> <http://www.w3.org/2002/07/owl#versionIRI> <https://w3id.org/sco-kg/ontology/0.2.0>"));
        assertTrue(prior.body().contains("<http://www.w3.org/2002/07/owl#priorVersion> <https://w3id.org/sco-kg/ontology/0.1.0>"), "0.2.0's prior version");
        assertFalse(prior.body().contains("\"отношение к норме\"@ru"), "0.2.0 without the labels 0.2.1 added");
        HttpResponse<String> first = get("/ontology/0.1.0", "Accept", "application/n-triples");
        assertEquals(200, first.statusCode());
        assertTrue(first.body().contains("<https://w3id.org/sco-kg/ontology> <http://www.w3.org/2002/07/owl#versionIRI> <https://w3id.org/sco-kg/ontology/0.1.0>"));
        assertTrue(first.body().contains("<https://w3id.org/sco-kg/ontology#foundingDate> <http://www.w3.org/2000/01/rdf-schema#domain>"), "a term 0.2.0 replaced");
        for (String version : List.of("0.1.0", "0.2.0")) {
            HttpResponse<String> turtle = get("/ontology/" + version, "Accept", "text/turtle");
            assertEquals(200, turtle.statusCode(), version);
            // As it was published, byte for byte (0.1.0 was written again from its triples until 2 December 2026).
            assertEquals(Files.readString(ProjectCopy.ROOT.resolve("ontology/versions/" + version + ".ttl")), turtle.body(), version);
        }
    }

    /**
     * A version IRI names that version for good: the current one sends {@code /ontology.ttl}'s bytes
     * and ETag, but names no {@code Content-Location} or {@code Link} to {@code /ontology.*}, which
     * will give the next version once there is one; a prior version, kept as Turtle alone, names none
     * either, so every version IRI answers alike, now and after the next release.
     */
    @Test
    void a_version_iri_gives_the_ontology_s_bytes_and_links_to_no_address_that_moves_on() {
        HttpResponse<String> file = get("/ontology.ttl");
        for (String version : List.of(CURRENT, "0.2.0", "0.1.0")) {
            HttpResponse<String> response = get("/ontology/" + version, "Accept", "text/turtle");
            assertEquals(200, response.statusCode(), version);
            assertTrue(response.headers().firstValue("Content-Location").isEmpty(), version + " " + response.headers().map());
            assertTrue(response.headers().firstValue("Link").isEmpty(), version + " " + response.headers().map());
            assertEquals(version.equals(CURRENT), file.body().equals(response.body()), version);
            assertEquals(version.equals(CURRENT), file.headers().firstValue("ETag").equals(response.headers().firstValue("ETag")), version);
        }
        assertTrue(get("/ontology", "Accept", "text/turtle").headers().firstValue("Content-Location").isPresent(), "the ontology's own IRI names its format");
    }

    @Test
    void the_dataset_iri_gives_its_description() {
        HttpResponse<String> response = get("/void");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("void:Dataset"), response.body().substring(0, 300));
        assertTrue(response.body().contains("does not cover") || response.body().contains("stay with"), "the rights of quoted text");
    }

    /**
     * The dataset's description and the shapes, negotiated as the other RDF documents are (until 2
     * December 2026 they were Turtle to any Accept); the named queries' examples too (Turtle to any
     * Accept until a review on 4 December 2026).
     */
    @ParameterizedTest(name = "{0} Accept: {1}")
    @CsvSource(delimiter = '|', value = {
        "/void|application/ld+json|application/ld+json",
        "/void|application/rdf+xml|application/rdf+xml",
        "/void|application/n-triples;q=0.9, text/turtle;q=0.5|application/n-triples",
        "/void|application/trig|application/trig",
        "/.well-known/void|application/ld+json|application/ld+json",
        "/.well-known/void|text/turtle|text/turtle",
        "/shapes|application/ld+json|application/ld+json",
        "/shapes|application/n-triples|application/n-triples",
        "/shapes|text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|text/turtle",
        "/.well-known/sparql-examples|application/ld+json|application/ld+json",
        "/.well-known/sparql-examples|application/json|application/ld+json",
        "/.well-known/sparql-examples|application/n-triples;q=0.9, text/turtle;q=0.5|application/n-triples",
        "/.well-known/sparql-examples|text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|text/turtle"})
    void the_dataset_description_and_the_shapes_are_negotiated(String path, String accept, String type) {
        HttpResponse<String> response = get(path, "Accept", accept);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(type), response.headers().toString());
        assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), response.headers().toString());
        Graph answer = RDFParser.fromString(response.body(), RDFLanguages.contentTypeToLang(type)).toGraph();
        Graph turtle = RDFParser.fromString(get(path, "Accept", "text/turtle").body(), Lang.TURTLE).toGraph();
        assertTrue(!turtle.isEmpty() && answer.isIsomorphicWith(turtle), "the same triples in " + type);
    }

    /** A browser gets a page of the description (it got the Turtle until 3 December 2026); programs get RDF as before. */
    @ParameterizedTest
    @ValueSource(strings = {"/void", "/.well-known/void"})
    void a_browser_gets_the_dataset_description_as_a_page(String path) {
        Graph description = RDFParser.fromString(get(path, "Accept", "*/*").body(), Lang.TURTLE).toGraph();
        long triples = description.find(Node.ANY, VOID.triples.asNode(), Node.ANY).mapWith(t -> ((Number) t.getObject().getLiteralValue()).longValue())
                .toList().stream().max(Long::compare).orElseThrow();
        HttpResponse<String> page = get(path, "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().toString());
        String html = page.body();
        assertTrue(html.contains("<h1>Dataset description</h1>"), html);
        assertTrue(html.contains(String.format(Locale.ENGLISH, "%,d", triples)), "the dataset's size as the description gives it: " + triples);
        assertTrue(html.contains("sco-kg links to Wikidata") && html.contains("<code>owl:sameAs</code>"), "the Wikidata linkset and its predicate");
        assertTrue(html.matches("(?s).*<a href=\"/ontology#State\">state</a></td><td data-label=\"Prefixed name\"><code>sco:State</code></td>"
                + "<td class=\"count\" data-label=\"Things\">27</td>.*"),
                "the states counted under their class");
        assertTrue(html.contains("href=\"/void.ttl\"") && html.contains("href=\"/void.jsonld\""), "the description as RDF, at its own URLs");
        // The services, the named graphs with their sizes as the description gives them, and the exports for Wikidata (6 December 2026).
        assertTrue(html.contains("<a href=\"/fragments\">https://w3id.org/sco-kg/fragments</a>")
                && html.contains("<a href=\"https://linkeddatafragments.org/specification/triple-pattern-fragments/\">"), "the fragments and their specification");
        assertTrue(html.contains("<a href=\"/reconcile\">https://w3id.org/sco-kg/reconcile</a>"), "the reconciliation service");
        for (String graph : List.of("data", "provenance", "inferred")) {
            Node subset = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/sco-kg/void#graph-" + graph);
            long size = ((Number) description.find(subset, VOID.triples.asNode(), Node.ANY).next().getObject().getLiteralValue()).longValue();
            assertTrue(html.matches("(?s).*\\(graph/" + graph + "\\)</td><td class=\"count\" data-label=\"Statements \\(triples\\)\">"
                    + java.util.regex.Pattern.quote(String.format(Locale.ENGLISH, "%,d", size)) + "</td>.*"), graph + ": " + size);
        }
        assertTrue(html.contains("<a href=\"/dumps/mixnmatch.csv\">mixnmatch.csv</a>") && html.contains("<a href=\"/dumps/wikidata-memberships.qs\">"), "the exports");
        String russian = get(path + "?lang=ru", "Accept", "text/html").body();
        assertTrue(russian.contains("Факты (graph/data)") && russian.contains("<h2>Сервисы</h2>"), "the new parts in Russian");
        String chinese = get(path + "?lang=zh", "Accept", "text/html").body();
        assertTrue(chinese.contains("事实（graph/data）") && chinese.contains("<h2>服务</h2>"), "the new parts in Chinese");
        assertTrue(get(path + "?lang=ru", "Accept", "text/html").body().contains("<h1>Описание набора данных</h1>"), "in Russian");
        assertTrue(get(path + "?format=ttl", "Accept", "text/html").headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/void", "/.well-known/void", "/shapes", "/.well-known/sparql-examples"})
    void the_dataset_description_and_the_shapes_answer_406_when_no_rdf_format_is_acceptable(String path) {
        HttpResponse<String> response = get(path, "Accept", "image/png");
        assertEquals(406, response.statusCode());
        assertTrue(response.body().contains("text/turtle") && response.body().contains("application/ld+json"), "the formats offered");
        assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), response.headers().toString());
    }

    /**
     * Each RDF document that does not change while served has a strong ETag per representation (its
     * format named in it, and {@code --gzip} where Jetty compressed it, as a description's), is
     * revalidated with a 304, refused with a 412 for another version, and may be kept as long as the
     * same bytes at another address: until a review on 4 December 2026 none had a validator, so a VoID
     * harvester downloaded the description whole at every poll, and {@code /void} and {@code /shapes}
     * had no Cache-Control where {@code /.well-known/void} had an hour.
     */
    @ParameterizedTest(name = "{0} Accept-Encoding: {1}")
    @CsvSource({"/void, ''", "/void, gzip", "/.well-known/void, ''", "/shapes, ''", "/shapes, gzip", "/ontology, ''", "/ontology.ttl, ''", "/ontology.ttl, gzip",
        "/ontology/0.1.0, ''", "/ontology/0.2.0, ''", "/ontology/0.2.1, ''", "/.well-known/sparql-examples, ''", "/.well-known/sparql-examples, gzip"})
    void rdf_documents_are_revalidated_by_a_strong_etag_per_representation(String path, String acceptEncoding) {
        String[] encoding = acceptEncoding.isEmpty() ? new String[0] : new String[] {"Accept-Encoding", acceptEncoding};
        HttpResponse<String> turtle = get(path, with(encoding, "Accept", "text/turtle"));
        // The ontology's files name their format by extension.
        HttpResponse<String> jsonld = get(path.replace(".ttl", ".jsonld"), with(encoding, "Accept", "application/ld+json"));
        assertEquals(200, turtle.statusCode(), path);
        String tag = turtle.headers().firstValue("ETag").orElse("");
        assertTrue(tag.matches("\"[0-9a-f]{32}-ttl(--gzip)?\""), path + " " + turtle.headers().map());
        assertEquals(acceptEncoding.equals("gzip"), tag.endsWith("--gzip\""), "the compressed form's own tag: " + turtle.headers().map());
        assertTrue(jsonld.headers().firstValue("ETag").orElse("").contains("-jsonld"), "another format, another tag: " + jsonld.headers().map());
        assertEquals("public, max-age=3600, stale-while-revalidate=86400", turtle.headers().firstValue("Cache-Control").orElse(""), path);
        HttpResponse<String> again = get(path, with(with(encoding, "Accept", "text/turtle"), "If-None-Match", tag));
        assertEquals(304, again.statusCode(), path + " " + again.headers().map());
        assertEquals("", again.body());
        assertEquals(tag, again.headers().firstValue("ETag").orElse(""), "a 304 names what it stands for");
        assertEquals(200, get(path, with(encoding, "Accept", "text/turtle", "If-None-Match", jsonld.headers().firstValue("ETag").orElse(""))).statusCode(),
                "the JSON-LD's tag does not stand for the Turtle");
        assertEquals(412, get(path, with(encoding, "Accept", "text/turtle", "If-Match", "\"0123456789abcdef0123456789abcdef-ttl\"")).statusCode());
    }

    /**
     * The ontology and the dataset's description name their other formats in {@code Link:
     * rel="alternate"}, as a thing's description does, and each link answers in the type it names:
     * the ontology sent no Link until a review on 5 December 2026, so a client that read headers alone
     * (a HEAD) found no Turtle or RDF/XML of it, and the description none, its {@code /void.ttl} and
     * the rest being 404s, until a review on 6 December 2026.
     */
    @ParameterizedTest
    @CsvSource({"/ontology, text/turtle", "/ontology, text/html", "/ontology.ttl, ''", "/ontology.html, ''", "/ontology.nt, ''",
        "/void, text/turtle", "/void, text/html", "/void, ''", "/void.ttl, ''", "/void.html, ''", "/void.jsonld, ''", "/.well-known/void, application/ld+json"})
    void the_ontology_and_the_dataset_description_link_each_of_their_formats(String path, String accept) {
        HttpResponse<String> response = accept.isEmpty() ? get(path) : get(path, "Accept", accept);
        assertEquals(200, response.statusCode(), path);
        String document = path.startsWith("/ontology") ? "/ontology" : "/void";
        String links = String.join(", ", response.headers().allValues("Link"));
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("<(" + document + "\\.[a-z]+)>; rel=\"alternate\"; type=\"([^\"]+)\"").matcher(links);
        java.util.Set<String> types = new java.util.TreeSet<>();
        while (link.find()) {
            HttpResponse<String> alternate = get(link.group(1));
            assertEquals(200, alternate.statusCode(), link.group(1));
            assertTrue(alternate.headers().firstValue("Content-Type").orElse("").startsWith(link.group(2)), link.group(1) + " " + alternate.headers().map());
            types.add(link.group(2));
        }
        assertEquals(java.util.Set.of("text/html", "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", "application/trig"), types, links);
        // The page's head names the same formats of RDF (it named Turtle, RDF/XML and JSON-LD alone until that review).
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            for (String type : types) {
                if (!type.equals("text/html")) assertTrue(response.body().contains("<link rel=\"alternate\" type=\"" + type + "\" href=\"" + document + "."), type);
            }
        }
    }

    /**
     * The dataset's description names the URL of the format it sent in {@code Content-Location}, as
     * the ontology does, and that URL gives the same bytes: the Turtle at {@code /void.ttl} is the
     * dump's {@code void.ttl}, byte for byte. A format it is not in is a 404 (until a review on 6
     * December 2026 every {@code /void.*} was).
     */
    @ParameterizedTest(name = "{0} Accept: {1}")
    @CsvSource({"/void, text/turtle, /void.ttl", "/void, '*/*', /void.ttl", "/void, application/ld+json, /void.jsonld", "/void, application/rdf+xml, /void.rdf",
        "/void, application/n-triples, /void.nt", "/void, application/trig, /void.trig", "/.well-known/void, text/turtle, /void.ttl",
        "/ontology, text/turtle, /ontology.ttl"})
    void a_negotiated_document_names_the_url_of_its_format(String path, String accept, String location) {
        HttpResponse<String> response = get(path, "Accept", accept);
        assertEquals(200, response.statusCode(), path);
        assertEquals(location, response.headers().firstValue("Content-Location").orElse(""), response.headers().map().toString());
        HttpResponse<String> named = get(location);
        assertEquals(200, named.statusCode(), location);
        assertEquals(response.headers().firstValue("Content-Type").orElse("a"), named.headers().firstValue("Content-Type").orElse("b"), location);
        assertEquals(response.headers().firstValue("ETag").orElse("a"), named.headers().firstValue("ETag").orElse("b"), location);
        assertEquals(response.body(), named.body(), location);
        assertFalse(named.headers().firstValue("Content-Location").isPresent(), "a format's own URL names no other");
    }

    @Test
    void the_dataset_description_in_turtle_is_the_dumps_void_ttl_and_other_extensions_are_404() {
        HttpResponse<String> turtle = get("/void.ttl");
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), turtle.headers().map().toString());
        assertEquals(get("/dumps/void.ttl").body(), turtle.body());
        for (String path : List.of("/void.nq", "/void.xyz", "/void.")) assertEquals(404, get(path).statusCode(), path);
        assertEquals(200, get("/dumps/void.ttl").statusCode(), "the dump's file stays where it was");
    }

    /**
     * Each service the description names (dcat:DataService) answers at its address, which is its
     * dcat:endpointDescription too: the SPARQL Service Description, the fragments' controls, the
     * reconciliation manifest (the description named the SPARQL endpoint alone until a review on 6
     * December 2026).
     */
    @Test
    void each_service_the_description_names_answers_at_its_address() {
        Graph description = RDFParser.fromString(get("/void.ttl").body(), Lang.TURTLE).toGraph();
        List<String> addresses = description.find(Node.ANY, org.apache.jena.vocabulary.DCAT.endpointURL.asNode(), Node.ANY).mapWith(t -> t.getObject().getURI()).toList();
        assertEquals(java.util.Set.of("https://w3id.org/sco-kg/sparql", "https://w3id.org/sco-kg/fragments", "https://w3id.org/sco-kg/reconcile"), java.util.Set.copyOf(addresses));
        for (String address : addresses) {
            String path = address.substring("https://w3id.org/sco-kg".length());
            HttpResponse<String> answer = get(path, "Accept", path.equals("/reconcile") ? "application/json" : "text/turtle");
            assertEquals(200, answer.statusCode(), path + " " + answer.body());
            assertFalse(answer.body().isBlank(), path);
        }
    }

    /** The pages of the ontology and of the dataset's description are revalidated too, each language's by its own tag. */
    @ParameterizedTest
    @ValueSource(strings = {"/ontology", "/void"})
    void the_pages_of_the_ontology_and_the_dataset_are_revalidated_by_their_etag(String path) {
        HttpResponse<String> english = get(path, "Accept", "text/html");
        String tag = english.headers().firstValue("ETag").orElse("");
        assertTrue(tag.matches("\"[0-9a-f]{32}-html\""), english.headers().map().toString());
        assertEquals(304, get(path, "Accept", "text/html", "If-None-Match", tag).statusCode());
        HttpResponse<String> russian = get(path + "?lang=ru", "Accept", "text/html", "If-None-Match", tag);
        assertEquals(200, russian.statusCode(), "another language, another page");
        assertTrue(russian.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Language")), russian.headers().map().toString());
    }

    private static String[] with(String[] headers, String... more) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + more.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }

    @ParameterizedTest(name = "/graph/{0}")
    @ValueSource(strings = {"ontology", "data", "provenance", "inferred"})
    void each_named_graph_iri_gives_that_graph(String name) {
        // See Other to the Graph Store read, as w3id's rules send it, which is scheduled and bounded as a query's answer is.
        HttpResponse<String> redirect = get("/graph/" + name, "Accept", "application/n-triples");
        assertEquals(303, redirect.statusCode());
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/sparql?graph=" + URLEncoder.encode("https://w3id.org/sco-kg/graph/" + name, StandardCharsets.UTF_8)), location);
        HttpResponse<String> response = get(location.substring(location.indexOf("/sparql")), "Accept", "application/n-triples");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        assertTrue(response.body().lines().count() > 100, "the graph's triples");
    }

    /**
     * A review on 6 December 2026: every Accept was sent to the Graph Store, so a browser got 233 KB
     * of Turtle, and text/html, TriG or N-Quads a 406 only after the redirect. A browser is sent to
     * the graph's Triple Pattern Fragment, a page; what nothing offered satisfies is a 406 at once.
     */
    @Test
    void a_named_graph_iri_sends_a_browser_to_its_fragment_and_refuses_at_once_what_it_cannot_write() {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        HttpResponse<String> redirect = get("/graph/inferred", "Accept", browser);
        assertEquals(303, redirect.statusCode());
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/fragments?graph=" + URLEncoder.encode("https://w3id.org/sco-kg/graph/inferred", StandardCharsets.UTF_8)), location);
        HttpResponse<String> page = get(location.substring(location.indexOf("/fragments")), "Accept", browser);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().map().toString());
        for (String accept : List.of("application/trig", "application/n-quads", "image/png")) {
            HttpResponse<String> refused = get("/graph/inferred", "Accept", accept);
            assertEquals(406, refused.statusCode(), accept);
            assertTrue(refused.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), refused.headers().map().toString());
        }
        // Anything, or nothing named: RDF, as before.
        for (String accept : new String[] {"*/*", null}) {
            HttpResponse<String> rdf = accept == null ? get("/graph/inferred") : get("/graph/inferred", "Accept", accept);
            assertEquals(303, rdf.statusCode());
            assertTrue(rdf.headers().firstValue("Location").orElseThrow().contains("/sparql?graph="), String.valueOf(accept));
        }
    }

    /**
     * A format named overrides Accept on a named graph's IRI as on every route that negotiates RDF:
     * until a review on 6 December 2026 it was dropped, so curl's ?format=nt got Turtle, ?format=html
     * the Graph Store's Turtle, and ?format=xyz a 303. It now goes with the 303, which varies on no
     * Accept, and a name that is no syntax of one graph (TriG is of quads) is a 400 naming those it is.
     */
    @ParameterizedTest(name = "/graph/provenance?format={0}")
    @CsvSource({"nt, application/n-triples", "jsonld, application/ld+json", "rdf, application/rdf+xml", "text/turtle, text/turtle"})
    void a_named_graph_iri_takes_the_format_named(String format, String type) {
        HttpResponse<String> redirect = get("/graph/provenance?format=" + URLEncoder.encode(format, StandardCharsets.UTF_8), "Accept", "*/*");
        assertEquals(303, redirect.statusCode());
        assertFalse(redirect.headers().allValues("Vary").stream().anyMatch(v -> List.of(v.split(",\\s*")).contains("Accept")), redirect.headers().map().toString());
        String location = redirect.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> read = get(location.substring(location.indexOf("/sparql")), "Accept", "*/*");
        assertEquals(200, read.statusCode(), location);
        assertTrue(read.headers().firstValue("Content-Type").orElse("").startsWith(type), location + ": " + read.headers().map());
    }

    @Test
    void a_named_graph_iri_refuses_a_format_it_has_not_and_sends_html_to_the_fragment() {
        HttpResponse<String> page = get("/graph/inferred?format=html", "Accept", "*/*");
        assertEquals(303, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElseThrow().endsWith("/fragments?graph=" + URLEncoder.encode("https://w3id.org/sco-kg/graph/inferred", StandardCharsets.UTF_8)));
        for (String format : List.of("xyz", "trig", "nq")) {
            HttpResponse<String> refused = get("/graph/inferred?format=" + format, "Accept", "text/turtle");
            assertEquals(400, refused.statusCode(), format);
            assertTrue(refused.body().contains("nt") && refused.body().contains("html"), refused.body());
        }
        assertEquals(400, get("/graph/inferred?format=nt&format=ttl").statusCode());
    }

    @Test
    void the_shapes_namespace_gives_the_shapes() {
        HttpResponse<String> response = get("/shapes");
        assertEquals(200, response.statusCode());
        Graph shapes = RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
        assertTrue(shapes.contains(NodeFactory.createURI(SCO.SHAPES_NS + "Assertion"), RDF.type.asNode(), SHACL.NodeShape), response.body());
        assertEquals(404, get("/graph/nothing").statusCode());
    }

    /**
     * {@code /shapes} publishes no blank node in any format it offers: the file's property shapes are
     * named there, its lists and the shapes in them are named by their content ({@code ShapesGraph});
     * every format is the same graph, and each IRI of the shapes' namespace it names is a node it
     * describes, whose document, {@code /shapes}, answers 200. Until a review on 6 December 2026, 308
     * of its 373 triples had a blank node.
     */
    @Test
    void the_shapes_have_no_blank_node_in_any_format_and_each_of_their_iris_resolves() {
        Graph turtle = null;
        for (String type : List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", "application/trig")) {
            HttpResponse<String> response = get("/shapes", "Accept", type);
            assertEquals(200, response.statusCode(), type);
            Graph graph = RDFParser.fromString(response.body(), RDFLanguages.contentTypeToLang(type)).toGraph();
            assertFalse(graph.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).hasNext(), type + " has a blank node");
            if (turtle == null) turtle = graph;
            assertTrue(turtle.isIsomorphicWith(graph), type + " is the Turtle's graph");
        }
        java.util.Set<Node> named = new java.util.TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        for (org.apache.jena.graph.Triple t : turtle.find().toList()) {
            for (Node node : List.of(t.getSubject(), t.getObject())) if (node.isURI() && node.getURI().startsWith(SCO.SHAPES_NS)) named.add(node);
        }
        assertTrue(named.stream().anyMatch(n -> n.getURI().startsWith(SCO.SHAPES_NS + "node-")), "the lists are named");
        assertTrue(named.contains(NodeFactory.createURI(SCO.SHAPES_NS + "State-iso3166Alpha2")), "the property shapes are named");
        java.util.Set<String> documents = new java.util.TreeSet<>();
        for (Node iri : named) {
            assertTrue(turtle.contains(iri, Node.ANY, Node.ANY), iri + " is described where it resolves");
            documents.add(java.net.URI.create(iri.getURI()).getPath().substring("/sco-kg".length()));
        }
        assertEquals(java.util.Set.of("/shapes"), documents);
        for (String accept : List.of("text/turtle", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*")) assertEquals(200, get("/shapes", "Accept", accept).statusCode(), accept);
    }
    /**
     * {@code /.well-known/sparql-examples} publishes no blank node in any format it offers (each
     * example is named by its query's IRI, {@code queries/{name}}, each of its values an IRI or a
     * literal), every format is the same graph, and each example's IRI answers 200 at the address it
     * names (or a 303 to an address that does).
     */
    @Test
    void the_sparql_examples_have_no_blank_node_in_any_format_and_each_example_resolves() {
        Graph turtle = null;
        for (String type : List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", "application/trig")) {
            HttpResponse<String> response = get("/.well-known/sparql-examples", "Accept", type);
            assertEquals(200, response.statusCode(), type);
            Graph graph = RDFParser.fromString(response.body(), RDFLanguages.contentTypeToLang(type)).toGraph();
            assertFalse(graph.isEmpty(), type);
            assertFalse(graph.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).hasNext(), type + " has a blank node");
            if (turtle == null) turtle = graph;
            assertTrue(turtle.isIsomorphicWith(graph), type + " is the Turtle's graph");
        }
        java.util.Set<Node> examples = new java.util.TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        turtle.find(Node.ANY, RDF.type.asNode(), SHACL.SPARQLExecutable).forEachRemaining(t -> examples.add(t.getSubject()));
        assertTrue(examples.size() > 10, examples.toString());
        for (Node example : examples) {
            assertTrue(example.getURI().startsWith(SCO.BASE + "queries/"), example.getURI());
            String path = "/" + example.getURI().substring(SCO.BASE.length());
            HttpResponse<String> answer = get(path);
            // A named CONSTRUCT sees other to the description of the graph it makes.
            if (answer.statusCode() == 303) {
                java.net.URI location = java.net.URI.create(answer.headers().firstValue("Location").orElseThrow());
                answer = get(location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()));
            }
            assertEquals(200, answer.statusCode(), path);
        }
    }
}
