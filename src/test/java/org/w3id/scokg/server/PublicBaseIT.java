package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestDumps;
import org.w3id.scokg.TestGraph;

/** Behind a proxy: with --base, every absolute link the server makes starts with it. */
class PublicBaseIT {
    @Test
    void redirects_and_self_descriptions_use_the_public_base(@TempDir Path temp) {
        LinkedDataServer server = served(temp, "https://sco-kg.example.org/");
        try {
            String local = "http://localhost:" + server.port();
            HttpResponse<String> redirect = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + "/id/state/CN")).build());
            assertEquals(303, redirect.statusCode());
            assertEquals("https://sco-kg.example.org/doc/state/CN.html", redirect.headers().firstValue("Location").orElse(""));
            HttpResponse<String> slashed = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + "/doc/state/CN/?lang=zh")).build());
            assertEquals(301, slashed.statusCode(), "a trailing slash moved (TrailingSlashes)");
            assertEquals("https://sco-kg.example.org/doc/state/CN?lang=zh", slashed.headers().firstValue("Location").orElse(""));
            String sitemap = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + "/sitemap.xml")).build()).body();
            assertTrue(sitemap.contains("<loc>https://sco-kg.example.org/doc/state/CN</loc>"));
            String description = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + "/sparql")).build()).body();
            assertTrue(description.contains("<https://sco-kg.example.org/sparql>"), description);
        } finally {
            server.stop();
        }
    }

    /** Under a path (--base https://host/kg/): the crawlers' rules name the routes under it, and the sitemap there. */
    @Test
    void robots_txt_names_the_routes_under_the_public_path(@TempDir Path temp) {
        LinkedDataServer server = served(temp, "https://example.org/kg/");
        try {
            String robots = ServerFixture.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/robots.txt")).build()).body();
            java.util.List<String> lines = robots.lines().toList();
            assertTrue(lines.contains("Disallow: /kg/sparql"), robots);
            assertTrue(lines.contains("Allow: /kg/queries/$") && lines.contains("Disallow: /kg/queries/"), robots);
            assertTrue(lines.contains("Sitemap: https://example.org/kg/sitemap.xml"), robots);
            assertTrue(lines.stream().noneMatch(l -> l.startsWith("Disallow: /sparql")), robots);
        } finally {
            server.stop();
        }
    }

    /** A URL in an attribute that names one: a link's, a script's, a form's, a script's data- attribute. */
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("\\s(href|src|action|data-[a-z-]+)=\"(/[^\"]*)\"");

    /**
     * Under a path (--base https://example.org/kg/), behind a proxy that strips it: every link,
     * stylesheet, script, form and script's URL of the pages that is the site's own starts with
     * /kg/, and each leads to a page (or a move under the base) once the proxy has taken /kg off.
     */
    @Test
    void the_pages_own_links_start_with_the_public_path(@TempDir Path temp) {
        LinkedDataServer server = served(temp, "https://example.org/kg/");
        try {
            String local = "http://localhost:" + server.port();
            Set<String> own = new TreeSet<>();
            for (String page : List.of("/", "/doc/state/IN", "/doc/state/", "/search?q=India", "/queries/", "/queries/document-acts", "/dumps/", "/fragments",
                    "/fragments?subject=https%3A%2F%2Fw3id.org%2Fsco-kg%2Fid%2Fstate%2FIN", "/query", "/ontology", "/void", "/search?q=India&page=0")) {
                HttpResponse<String> answer = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + page)).header("Accept", "text/html").build());
                assertEquals(page.endsWith("page=0") ? 400 : 200, answer.statusCode(), page);
                Matcher url = URL_ATTRIBUTE.matcher(answer.body());
                int links = 0;
                while (url.find()) {
                    assertTrue(url.group(2).startsWith("/kg/"), page + " names " + url.group() + " outside /kg/");
                    links++;
                    // Followed below: the links, not a form's address nor a script's, and not the error page's,
                    // whose language links repeat the refused address.
                    if (answer.statusCode() == 200 && !url.group(1).equals("action") && !url.group(1).startsWith("data-")) own.add(url.group(2).replace("&amp;", "&").replaceFirst("#.*", ""));
                }
                assertTrue(links >= 8, page + " has " + links + " links of the site's own");
            }
            // The pages of refusals: a servlet's 404, and a 405 of the handlers in front of the servlets (Refusals).
            HttpResponse<String> missing = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + "/doc/state/XX")).header("Accept", "text/html").build());
            HttpResponse<String> refused = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + "/doc/state/IN")).header("Accept", "text/html")
                    .method("DELETE", HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(List.of(404, 405), List.of(missing.statusCode(), refused.statusCode()));
            for (HttpResponse<String> answer : List.of(missing, refused)) {
                Matcher url = URL_ATTRIBUTE.matcher(answer.body());
                int links = 0;
                for (; url.find(); links++) assertTrue(url.group(2).startsWith("/kg/"), answer.statusCode() + " page names " + url.group());
                assertTrue(links >= 8, answer.body());
            }
            // Each distinct address, but a dump's bytes (a path under /dumps/ other than the index).
            List<String> followed = own.stream().filter(u -> !u.startsWith("/kg/dumps/") || u.equals("/kg/dumps/")).toList();
            assertTrue(followed.size() > 30, followed.toString());
            for (String link : followed) {
                HttpResponse<String> answer = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + link.substring("/kg".length()))).header("Accept", "text/html").build());
                // A version's IRI (/ontology/0.2.0) is a link too, answered with a move to its document under the base.
                boolean moved = answer.statusCode() / 100 == 3 && answer.headers().firstValue("Location").orElse("").startsWith("https://example.org/kg/");
                assertTrue(answer.statusCode() == 200 || moved, link + ": " + answer.statusCode());
            }
        } finally {
            server.stop();
        }
    }

    /** Under a path, the headers that name a page ({@code Link}, {@code Content-Location}) and the search's JSON start with it too. */
    @Test
    void headers_and_search_answers_name_pages_under_the_public_path(@TempDir Path temp) {
        LinkedDataServer server = served(temp, "https://example.org/kg/");
        try {
            String local = "http://localhost:" + server.port();
            // The dataset's description too, since it names its formats as the ontology does (6 December 2026).
            for (String page : List.of("/doc/state/IN", "/ontology", "/void")) {
                HttpResponse<String> answer = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + page)).header("Accept", "text/turtle").build());
                assertEquals(200, answer.statusCode(), page);
                assertEquals("/kg" + page + ".ttl", answer.headers().firstValue("Content-Location").orElse(""), page);
                String links = answer.headers().firstValue("Link").orElse("");
                Matcher target = Pattern.compile("<([^>]*)>").matcher(links);
                int count = 0;
                for (; target.find(); count++) assertTrue(target.group(1).startsWith("/kg" + page + "."), page + ": " + links);
                assertTrue(count >= 4, links);
            }
            // A page's own Content-Location names its language too, under the path.
            HttpResponse<String> page = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + "/doc/state/IN?lang=ru")).header("Accept", "text/html").build());
            assertEquals("/kg/doc/state/IN.html?lang=ru", page.headers().firstValue("Content-Location").orElse(""));
            // The browser's search engine (the page's rel="search" link leads to it) asks under the base.
            String openSearch = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + "/opensearch.xml")).build()).body();
            Matcher template = Pattern.compile("template=\"([^\"]*)\"").matcher(openSearch);
            int templates = 0;
            for (; template.find(); templates++) assertTrue(template.group(1).startsWith("https://example.org/kg/search"), openSearch);
            assertEquals(3, templates, openSearch);
            String suggestions = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + "/search/suggest?q=India")).build()).body();
            assertTrue(suggestions.contains("\"/kg/doc/state/IN\""), suggestions);
            assertFalse(suggestions.contains("\"/doc/"), suggestions);
            String json = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + "/search?q=India&format=json")).build()).body();
            assertTrue(json.contains("\"page\" : \"/kg/doc/") || json.contains("\"page\":\"/kg/doc/"), json);
            assertFalse(json.matches("(?s).*\"(page|next)\"\\s*:\\s*\"/(?!kg/).*"), json);
        } finally {
            server.stop();
        }
    }

    /**
     * Under a path, the 404 page names the address as the reader asked it, /kg/ and all, in every
     * language, and a program's sentence names the site's pages under it too: until 6 December 2026
     * both named the address the server received, without /kg. So do a 400's sentences that name an
     * address of the site's.
     */
    @Test
    void the_404_names_the_address_under_the_public_path(@TempDir Path temp) {
        LinkedDataServer server = served(temp, "https://example.org/kg/");
        try {
            String local = "http://localhost:" + server.port();
            String english = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + "/nowhere/at/all?lang=en")).header("Accept", "text/html").build()).body();
            assertTrue(english.contains("<code>Nothing is at /kg/nowhere/at/all.</code>"), english);
            // In the reader's sentence since 6 December 2026 (the address alone before).
            for (String[] said : new String[][] {{"ru", "<code>По адресу /kg/nowhere/at/all ничего нет.</code>"}, {"zh", "<code>/kg/nowhere/at/all 处没有内容。</code>"}}) {
                String page = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + "/nowhere/at/all?lang=" + said[0])).header("Accept", "text/html").build()).body();
                assertTrue(page.contains(said[1]), page);
                assertFalse(page.contains("<code>/nowhere") || page.contains(" /nowhere"), page);
            }
            for (String[] asked : new String[][] {{"/nowhere", "Nothing is at /kg/nowhere."}, {"/dumps/nothing.ttl", "No such dump. See /kg/dumps/."},
                    {"/queries/nothing", "No named query 'nothing'. See /kg/queries/."}, {"/ontology/9.9.9", "No such version of the ontology: the current one is at /kg/ontology."},
                    {"/reconcile/nothing", "No such reconciliation route. See /kg/reconcile for the manifest."}}) {
                HttpResponse<String> answer = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + asked[0])).header("Accept", "text/plain").build());
                assertEquals(404, answer.statusCode(), asked[0]);
                // The reconciliation service's sentence comes in a problem document.
                assertTrue(answer.body().contains(asked[1]), asked[0] + ": " + answer.body());
            }
            // The other sentences that name an address of the site's (a 400 of /labels and of /reconcile) name it under the path too.
            HttpResponse<String> labels = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + "/labels")).build());
            assertEquals(400, labels.statusCode());
            assertTrue(labels.body().contains(" /kg/labels?iri="), labels.body());
            HttpResponse<String> reconcile = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + "/reconcile")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("nothing=1")).build());
            assertEquals(400, reconcile.statusCode());
            assertTrue(reconcile.body().contains("a POST to /kg/reconcile sends"), reconcile.body());
        } finally {
            server.stop();
        }
    }

    /** Under a path, a Graph Store read stopped at the answer cap points to the dumps under it (/dumps/ until 6 December 2026). */
    @Test
    void a_graph_store_read_past_the_cap_points_to_the_dumps_under_the_public_path(@TempDir Path temp) {
        TestDumps.copyInto(temp.resolve("dist"));
        LinkedDataServer server = LinkedDataServer.create(TestGraph.real(), temp.resolve("dist"), ProjectCopy.ROOT).port(0).publicBase("https://example.org/kg/")
                .answerByteCap(200_000).start();
        try {
            HttpResponse<String> answer = ServerFixture.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/sparql/get")).build());
            assertEquals(503, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("the dumps (/kg/dumps/) hold the whole graph"), answer.body());
        } finally {
            server.stop();
        }
    }

    /** The real graph served from a free port with {@code base} as its public URL. */
    private static LinkedDataServer served(Path temp, String base) {
        TestDumps.copyInto(temp.resolve("dist"));
        return LinkedDataServer.create(TestGraph.real(), temp.resolve("dist"), ProjectCopy.ROOT).port(0).publicBase(base).start();
    }
}
