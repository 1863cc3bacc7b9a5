package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person's view: headless Chromium opens the home page, an entity page and the query page on the
 * real server, with no console errors, and keeps a screenshot of each under target/screenshots.
 */
class BrowserIT {
    private static HeadlessChromium browser;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(HeadlessChromium.BINARY),
                "the browser test needs Debian's chromium at /usr/bin/chromium (mvn verify installs it when run as root; or apt-get install chromium)");
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"home, /, Things", "entity, /doc/state/IN, India", "query, /query, Members on a date", "ontology, /ontology, MembershipRole"})
    void page_renders_without_console_errors(String name, String path, String text) throws Exception {
        List<String> errors = browser.open(ServerFixture.base() + path);
        browser.screenshot(Path.of("target/screenshots/" + name + ".png"));
        assertEquals(List.of(), errors);
        assertTrue(browser.bodyText().contains(text), "the page shows " + text);
    }
}
