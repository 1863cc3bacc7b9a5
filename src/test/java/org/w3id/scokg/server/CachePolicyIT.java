package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.scokg.server.ServerFixture.get;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.publish.Checksums;

/**
 * What a CDN may keep: stable answers for an hour and a day stale, each dump's version and each of
 * the site's files at the path naming its bytes for good.
 */
class CachePolicyIT {
    private static final String SHARED = "public, max-age=3600, stale-while-revalidate=86400";

    private static String cacheControl(HttpResponse<?> response) {
        return response.headers().firstValue("Cache-Control").orElse("");
    }

    private static HttpResponse<byte[]> bytes(String path) throws Exception {
        return ServerFixture.CLIENT.send(ServerFixture.request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void pages_the_site_and_dumps_may_be_kept_an_hour_and_served_stale_a_day() {
        for (String path : new String[] {"/doc/state/CN.ttl", "/doc/state/CN", "/", "/ontology", "/dumps/", "/dumps/sco-kg.ttl", "/.well-known/void", "/void", "/shapes"}) {
            HttpResponse<String> response = get(path);
            assertEquals(200, response.statusCode(), path);
            assertEquals(SHARED, cacheControl(response), path);
        }
        assertEquals(SHARED, cacheControl(get("/id/state/CN")), "the 303 too");
    }

    @Test
    void each_dump_is_also_served_at_a_path_naming_its_content_and_kept_for_good() throws Exception {
        String listing = get("/dumps/").body();
        Matcher link = Pattern.compile("href=\"(/dumps/sha256-[0-9a-f]{16}/sco-kg\\.ttl)\"").matcher(listing);
        assertTrue(link.find(), listing);
        HttpResponse<byte[]> permanent = bytes(link.group(1));
        assertEquals(200, permanent.statusCode());
        assertEquals("public, max-age=31536000, immutable", cacheControl(permanent));
        HttpResponse<byte[]> current = bytes("/dumps/sco-kg.ttl");
        assertArrayEquals(current.body(), permanent.body());
        assertTrue(get("/.well-known/void").body().contains(link.group(1).substring(1)), "the VoID links to it");
        assertEquals(404, get("/dumps/sha256-0000000000000000/sco-kg.ttl").statusCode());
        assertEquals(404, get(link.group(1).replace("sco-kg.ttl", "sco-kg.rdf")).statusCode(), "another dump's version");
        // Every link of the listing lands, the checksums' own version too (it was a 404: the file cannot list itself).
        Matcher every = Pattern.compile("href=\"(/dumps/sha256-[0-9a-f]{16}/[^\"]+)\"").matcher(listing);
        int links = 0;
        while (every.find()) {
            links++;
            assertEquals(200, bytes(every.group(1)).statusCode(), every.group(1));
        }
        assertTrue(listing.contains("/SHA256SUMS\"") && links >= 17, links + " permanent links");
        // A version not served: the 404 page a browser gets everywhere, with its search box.
        HttpResponse<String> gone = get("/dumps/sha256-0000000000000000/sco-kg.ttl", "Accept", "text/html");
        assertTrue(gone.body().contains("No such version of a dump here") && gone.body().contains("name=\"q\""), gone.body());
    }

    @Test
    void answers_of_deterministic_queries_asked_with_get_may_be_kept_and_others_not() {
        String stable = "/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o } # cache policy", StandardCharsets.UTF_8);
        assertEquals(SHARED, cacheControl(get(stable)));
        String now = "/sparql?query=" + URLEncoder.encode("SELECT (NOW() AS ?t) {}", StandardCharsets.UTF_8);
        HttpResponse<String> changing = get(now);
        assertEquals(200, changing.statusCode());
        assertFalse(cacheControl(changing).contains("max-age"), cacheControl(changing));
    }

    @Test
    void pages_link_the_site_files_at_paths_naming_their_bytes_kept_for_good() throws Exception {
        for (String page : new String[] {"/", "/query", "/doc/state/IN"}) {
            String html = get(page, "Accept", "text/html").body();
            Matcher link = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"").matcher(html);
            int links = 0;
            while (link.find()) {
                links++;
                Matcher versioned = Pattern.compile("^/assets/sha256-([0-9a-f]{16})/([^/]+)$").matcher(link.group(1));
                assertTrue(versioned.matches(), page + " links " + link.group(1));
                HttpResponse<byte[]> kept = bytes(link.group(1));
                assertEquals(200, kept.statusCode(), link.group(1));
                assertEquals("public, max-age=31536000, immutable", cacheControl(kept), link.group(1));
                assertTrue(Checksums.sha256(kept.body()).startsWith(versioned.group(1)), "the path names the bytes served: " + link.group(1));
                assertArrayEquals(bytes("/assets/" + versioned.group(2)).body(), kept.body());
            }
            assertTrue(links >= 2, page + ": " + links + " links to /assets/");
        }
    }

    @Test
    void the_plain_path_and_another_builds_serve_the_current_bytes_asked_again_before_each_use() throws Exception {
        HttpResponse<byte[]> plain = bytes("/assets/site.css");
        assertEquals(200, plain.statusCode());
        assertEquals("public, no-cache", cacheControl(plain));
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("/assets/site.css", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("public, no-cache", cacheControl(again));
        HttpResponse<byte[]> old = bytes("/assets/sha256-0123456789abcdef/site.css");
        assertEquals(200, old.statusCode(), "a page kept from another build still gets a stylesheet");
        assertEquals("public, no-cache", cacheControl(old));
        assertArrayEquals(plain.body(), old.body());
        assertEquals("text/css;charset=utf-8", old.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(java.util.Locale.ROOT));
        HttpResponse<String> missing = get("/assets/sha256-0123456789abcdef/nothing.css");
        assertEquals(404, missing.statusCode());
        assertFalse(cacheControl(missing).contains("immutable"), cacheControl(missing));
    }

    @Test
    void yasguis_bundle_is_kept_for_good_its_path_naming_its_version() throws Exception {
        for (String file : new String[] {"yasgui.min.js", "yasgui.min.css"}) {
            HttpResponse<byte[]> response = bytes("/webjars/zazuko__yasgui/4.5.0/build/" + file);
            assertEquals(200, response.statusCode(), file);
            assertEquals("public, max-age=31536000, immutable", cacheControl(response), file);
        }
        assertTrue(get("/query", "Accept", "text/html").body().contains("src=\"/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js\""));
    }
}
