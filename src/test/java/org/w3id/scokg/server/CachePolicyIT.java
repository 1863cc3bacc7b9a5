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

/** What a CDN may keep: stable answers for an hour and a day stale, each dump's version for good. */
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
        for (String path : new String[] {"/doc/state/CN.ttl", "/doc/state/CN", "/", "/ontology", "/dumps/", "/dumps/sco-kg.ttl", "/.well-known/void"}) {
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
}
