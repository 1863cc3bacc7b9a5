package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A named query's IRI parameters read a thing's key as its pages do (a review on 6 December 2026):
 * a key in other letters' case and a key the graph replaced are the thing's own key, said in {@code
 * Content-Location} and shown in the form, where {@code /doc/} moves them 301.
 */
class NamedQueryKeysIT {
    private static final String CSV = "text/csv";

    private static HttpResponse<String> get(String path, String accept) {
        return ServerFixture.get(path, "Accept", accept);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void a_key_in_the_other_case_is_the_things_key_as_its_page_moves_it() {
        HttpResponse<String> page = get("/doc/state/in", "text/html");
        assertEquals(301, page.statusCode(), "the page moves it: " + page.headers().map());
        assertTrue(page.headers().firstValue("Location").orElse("").endsWith("/doc/state/IN"), page.headers().map().toString());
        HttpResponse<String> canonical = get("/queries/membership-history?state=state/IN&format=csv", CSV);
        assertEquals(200, canonical.statusCode(), canonical.body());
        assertTrue(canonical.body().lines().count() > 1, canonical.body());
        assertFalse(canonical.headers().firstValue("Content-Location").isPresent(), "a key as written says nothing: " + canonical.headers().map());
        for (String given : new String[] {"state/in", "https://w3id.org/sco-kg/id/state/in"}) {
            HttpResponse<String> read = get("/queries/membership-history?state=" + encoded(given) + "&format=csv", CSV);
            assertEquals(200, read.statusCode(), given + ": " + read.body());
            assertEquals(canonical.body(), read.body(), given);
            // The key it was read as, in the form it was given: a key as a key, an IRI as an IRI.
            String resolved = given.startsWith("https:") ? "https://w3id.org/sco-kg/id/state/IN" : "state/IN";
            assertTrue(read.headers().firstValue("Content-Location").orElse("").endsWith("/queries/membership-history?state=" + encoded(resolved) + "&format=csv"),
                    given + ": " + read.headers().map());
        }
        HttpResponse<String> form = get("/queries/membership-history?state=state/in", "text/html");
        assertEquals(200, form.statusCode(), form.body());
        assertTrue(form.body().contains("<option value=\"https://w3id.org/sco-kg/id/state/IN\" selected"), "the form shows the thing's own key");
        assertTrue(form.body().contains("href=\"?state=state%2FIN&amp;"), "its links to the downloads carry the thing's own key");
    }

    @Test
    void a_replaced_key_is_its_replacement_as_its_page_moves_it() {
        String old = "membership/shanghai-five-CN-MemberState-1996-04-26";
        HttpResponse<String> page = get("/doc/" + old, "text/html");
        assertEquals(301, page.statusCode(), "the page moves it: " + page.headers().map());
        assertTrue(page.headers().firstValue("Location").orElse("").endsWith("/doc/membership/shanghai-five-CN-MemberState"), page.headers().map().toString());
        HttpResponse<String> canonical = get("/queries/statement-sources?entity=membership/shanghai-five-CN-MemberState&format=csv", CSV);
        assertTrue(canonical.body().lines().count() > 1, canonical.body());
        HttpResponse<String> read = get("/queries/statement-sources?entity=" + encoded(old) + "&format=csv", CSV);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(canonical.body(), read.body(), "the query runs on the thing the key now names, not on the retired IRI");
        assertTrue(read.headers().firstValue("Content-Location").orElse("").endsWith("?entity=" + encoded("membership/shanghai-five-CN-MemberState") + "&format=csv"),
                read.headers().map().toString());
        // A replaced key in the other case, to its replacement at once, as the page moves it.
        assertEquals(canonical.body(), get("/queries/statement-sources?entity=" + encoded(old.toLowerCase(java.util.Locale.ROOT)) + "&format=csv", CSV).body());
    }

    @Test
    void a_named_construct_reads_the_key_so_too_and_what_names_nothing_stays_a_400() {
        HttpResponse<String> redirect = get("/queries/entity-graph?entity=state/in&format=ttl", "*/*");
        assertEquals(303, redirect.statusCode(), redirect.body());
        String location = java.net.URLDecoder.decode(redirect.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(location.contains("<https://w3id.org/sco-kg/id/state/IN>") && !location.contains("state/in>"), location);
        HttpResponse<String> nothing = get("/queries/membership-history?state=state/zz&format=csv", CSV);
        assertEquals(400, nothing.statusCode(), nothing.body());
        assertEquals("parameter 'state': 'state/zz' names nothing in this graph", nothing.body().strip());
        // Another kind's key in the other case is not the state's, as on the pages.
        assertEquals(400, get("/queries/membership-history?state=organization/in&format=csv", CSV).statusCode());
    }
}
