package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.scokg.server.ServerFixture.get;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every IRI release 0.1.0 published still resolves: 303 to its description, or, where its key held
 * a date and changed, 301 to the IRI that replaced it, which resolves.
 */
class PublishedIrisIT {
    private static final String BASE = "https://w3id.org/sco-kg";

    @Test
    void every_iri_of_the_previous_release_still_resolves() throws IOException {
        List<String> iris = Files.readAllLines(Path.of("src/test/resources/published-iris-0.1.0.txt")).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        assertEquals(351, iris.size(), "the IRIs of release 0.1.0");
        List<String> broken = new ArrayList<>();
        int moved = 0;
        for (String iri : iris) {
            String path = iri.substring(BASE.length());
            HttpResponse<String> response = get(path, "Accept", "text/turtle");
            if (response.statusCode() == 301) {
                moved++;
                path = URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
                response = get(path, "Accept", "text/turtle");
            }
            if (response.statusCode() != 303) {
                broken.add(iri + " -> " + response.statusCode());
                continue;
            }
            String doc = URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
            int status = get(doc).statusCode();
            if (status != 200) broken.add(iri + " -> " + doc + " " + status);
        }
        assertEquals(List.of(), broken);
        // Every membership, keyed by date in 0.1.0, moved to its date-free key; and since a review on 4 December 2026 the
        // position the Beijing meeting of 2018 was read as taking (non-interference), which its sentence does not state,
        // moved to the statement of what the sentence says (statement/secretaries-2018-aims).
        assertEquals(54, moved, "53 memberships and one withdrawn position");
    }

    @Test
    void a_source_record_merged_into_another_moves_to_it() {
        // Two records of one page each were merged on 4 December 2026; the retired keys resolve to the records kept.
        for (String[] merged : new String[][] {{"cnhubei-ufa", "cnhubei-ufa-2015"}, {"sina-yekaterinburg-summit", "sina-yekaterinburg-2009"}}) {
            HttpResponse<String> response = get("/id/source/" + merged[0], "Accept", "text/turtle");
            assertEquals(301, response.statusCode(), merged[0]);
            assertEquals(ServerFixture.base() + "/id/source/" + merged[1], response.headers().firstValue("Location").orElse(""));
            assertEquals(303, get("/id/source/" + merged[1], "Accept", "text/turtle").statusCode(), merged[1]);
        }
    }

    @Test
    void a_replaced_description_moves_to_the_new_one_in_the_same_format() {
        HttpResponse<String> response = get("/doc/membership/SCO-MN-ObserverState-2004.ttl");
        assertEquals(301, response.statusCode());
        assertEquals(ServerFixture.base() + "/doc/membership/SCO-MN-ObserverState.ttl", response.headers().firstValue("Location").orElse(""));
        HttpResponse<String> description = get("/doc/membership/SCO-MN-ObserverState.ttl");
        assertEquals(200, description.statusCode());
        assertTrue(description.body().contains("SCO-MN-ObserverState-2004"), "the new description names the key it replaces");
        assertEquals(ServerFixture.base() + "/doc/membership/SCO-MN-ObserverState?lang=ru",
                get("/doc/membership/SCO-MN-ObserverState-2004?lang=ru").headers().firstValue("Location").orElse(""), "the page's language goes along");
    }
}
