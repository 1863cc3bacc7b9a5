package org.w3id.scokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.scokg.server.web.Assets;

/**
 * The cache policy in front of a handler that answers whatever status the request names (in
 * Jetty, through a local connector): a page route's 200 and 404 may be kept an hour, its 429 and
 * 5xx are answers of the moment and carry no Cache-Control.
 */
class CachePolicyTest {
    private static Server server;
    private static LocalConnector connector;

    @BeforeAll
    static void start(@TempDir Path dumps) throws Exception {
        Files.writeString(dumps.resolve("SHA256SUMS"), "", StandardCharsets.UTF_8);
        server = new Server();
        connector = new LocalConnector(server);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.setStatus(Integer.parseInt(request.getHttpURI().getQuery()));
                Content.Sink.write(response, true, "answer\n", callback);
                return true;
            }
        });
        CachePolicy.install(server, dumps);
        server.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private static HttpTester.Response get(String pathAndStatus) throws Exception {
        return HttpTester.parseResponse(connector.getResponse("GET " + pathAndStatus + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
    }

    @Test
    void a_page_and_its_404_may_be_kept_an_hour() throws Exception {
        assertEquals(CachePolicy.SHARED, get("/doc/state/CN?200").get("Cache-Control"));
        assertEquals(CachePolicy.SHARED, get("/doc/state/XX?404").get("Cache-Control"));
    }

    @Test
    void a_page_route_answering_429_or_5xx_is_not_kept() throws Exception {
        for (String status : new String[] {"429", "500", "503"}) {
            HttpTester.Response response = get("/doc/state/CN?" + status);
            assertEquals(Integer.parseInt(status), response.getStatus());
            assertNull(response.get("Cache-Control"), status);
        }
    }

    @Test
    void a_file_the_pages_load_is_kept_for_good_at_the_path_naming_its_bytes() throws Exception {
        String css = Assets.site().href("/assets/site.css");
        assertEquals(CachePolicy.IMMUTABLE, get(css + "?200").get("Cache-Control"));
        assertEquals(CachePolicy.IMMUTABLE, get(Assets.YASGUI + "yasgui.min.js?200").get("Cache-Control"), "YASGUI's path names its version");
        assertNull(get(css + "?503").get("Cache-Control"), "an answer of the moment");
    }

    @Test
    void a_file_at_its_plain_path_or_another_builds_is_asked_again_before_each_use() throws Exception {
        assertEquals(CachePolicy.REVALIDATED, get("/assets/site.css?200").get("Cache-Control"));
        assertEquals(CachePolicy.REVALIDATED, get("/assets/sha256-0123456789abcdef/site.css?200").get("Cache-Control"));
        assertNull(get("/assets/sha256-0123456789abcdef/nothing.css?404").get("Cache-Control"), "not a file the site serves");
    }

    /**
     * The routes whose answers last: as the pattern that named them until 3 December 2026 says, path
     * for path, and the dataset's description and the shapes at their own addresses, which had no
     * Cache-Control until a review on 4 December 2026 (the description's same bytes at {@code
     * /.well-known/void} had an hour), and the description's URL in each format ({@code /void.ttl},
     * since 6 December 2026).
     */
    @Test
    void the_lasting_routes_are_those_the_pattern_named() {
        java.util.regex.Pattern was = java.util.regex.Pattern.compile("^/(|doc/.*|id/.*|ontology.*|dumps|dumps/.*|sitemap\\.xml|\\.well-known/.*|queries/?|void|void\\..*|shapes)$");
        String[] paths = {"/", "", "/doc/", "/doc/state/CN.ttl", "/doc", "/docs", "/id/state/CN", "/id", "/ontology", "/ontology/0.2.0", "/ontologyx",
            "/dumps", "/dumps/", "/dumps/sco-kg.ttl", "/dumpsx", "/sitemap.xml", "/sitemapXxml", "/sitemap.xml/", "/.well-known/void", "/.well-known",
            "/queries", "/queries/", "/queries/members-on-date", "/queriesx", "/void", "/void/", "/voidx", "/void.ttl", "/void.html", "/shapes", "/shapes/x", "/sparql", "/search", "/fragments", "/assets/site.css", "//doc/"};
        for (String path : paths) assertEquals(was.matcher(path).matches(), CachePolicy.stable(path), path);
        java.util.Random random = new java.util.Random(3);
        String[] pieces = {"/", "doc", "id", "ontology", "dumps", "sitemap", ".xml", ".well-known", "queries", "void", "shapes", "x", "."};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder path = new StringBuilder();
            for (int n = random.nextInt(5); n >= 0; n--) path.append(pieces[random.nextInt(pieces.length)]);
            assertEquals(was.matcher(path).matches(), CachePolicy.stable(path.toString()), path.toString());
        }
    }

    @org.junit.jupiter.api.Test
    void an_answer_that_sets_a_cookie_is_never_public() {
        org.eclipse.jetty.http.HttpFields.Mutable withCookie = org.eclipse.jetty.http.HttpFields.build()
                .put("Cache-Control", CachePolicy.SHARED).put("Set-Cookie", "lang=ru; Path=/");
        CachePolicy.unsharedWithCookie(withCookie);
        assertEquals("private, no-cache", withCookie.get("Cache-Control"));
        org.eclipse.jetty.http.HttpFields.Mutable without = org.eclipse.jetty.http.HttpFields.build().put("Cache-Control", CachePolicy.SHARED);
        CachePolicy.unsharedWithCookie(without);
        assertEquals(CachePolicy.SHARED, without.get("Cache-Control"), "no cookie: as it was");
        org.eclipse.jetty.http.HttpFields.Mutable stored = org.eclipse.jetty.http.HttpFields.build().put("Cache-Control", "no-store").put("Set-Cookie", "a=b");
        CachePolicy.unsharedWithCookie(stored);
        assertEquals("no-store", stored.get("Cache-Control"), "not public: as it was");
    }
}
