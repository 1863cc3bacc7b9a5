package org.w3id.scokg.server.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.publish.Checksums;

/** The site's files are linked at paths that name their bytes: other bytes, another path. */
class AssetsTest {
    private static final String CSS = "text/css;charset=utf-8";

    private static Assets serving(String css) {
        return new Assets(Assets.of("/assets/site.css", CSS, css.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_file_is_linked_at_a_path_with_the_first_16_hex_digits_of_its_sha256() {
        byte[] bytes = "body { margin: 0 }\n".getBytes(StandardCharsets.UTF_8);
        String expected = "/assets/sha256-" + Checksums.sha256(bytes).substring(0, 16) + "/site.css";
        assertEquals(expected, new Assets(Assets.of("/assets/site.css", CSS, bytes)).href("/assets/site.css"));
    }

    @Test
    void changing_one_byte_changes_the_path_and_the_same_bytes_keep_it() {
        assertNotEquals(serving("body { margin: 0 }\n").href("/assets/site.css"), serving("body { margin: 1 }\n").href("/assets/site.css"));
        assertEquals(serving("body { margin: 0 }\n").href("/assets/site.css"), serving("body { margin: 0 }\n").href("/assets/site.css"));
    }

    @Test
    void the_site_links_the_bytes_it_serves() throws IOException {
        byte[] jar;
        try (InputStream in = Assets.class.getResourceAsStream("assets/site.css")) {
            jar = in.readAllBytes();
        }
        String href = Assets.site().href("/assets/site.css");
        assertTrue(href.contains("/sha256-" + Checksums.sha256(jar).substring(0, 16) + "/"), href);
        Assets.Found found = Assets.site().find(href);
        assertTrue(found.permanent());
        assertArrayEquals(jar, found.asset().bytes());
    }

    @Test
    void another_builds_hash_names_the_file_served_now_but_not_for_good() {
        Assets assets = serving("body { margin: 0 }\n");
        String old = serving("body { margin: 1 }\n").href("/assets/site.css");
        Assets.Found found = assets.find(old);
        assertEquals("/assets/site.css", found.asset().path());
        assertFalse(found.permanent());
        assertFalse(assets.find("/assets/site.css").permanent(), "the plain path: its bytes change with a build");
    }

    @Test
    void yasguis_path_names_its_version_and_is_linked_as_it_is() {
        String yasgui = Assets.YASGUI + "yasgui.min.js";
        assertEquals(yasgui, Assets.site().href(yasgui));
        assertTrue(Assets.site().find(yasgui).permanent());
    }

    @Test
    void a_file_not_served_has_no_path() {
        assertNull(Assets.site().find("/assets/sha256-0123456789abcdef/nothing.css"));
        assertNull(Assets.site().find("/assets/nothing.css"));
        assertNull(Assets.site().find("/webjars/zazuko__yasgui/4.4.0/build/yasgui.min.js"));
        assertThrows(IllegalArgumentException.class, () -> Assets.site().href("/assets/nothing.css"));
    }
}
