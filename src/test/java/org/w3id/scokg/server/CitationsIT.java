package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.scokg.server.ServerFixture.get;

import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.scokg.publish.W3idRules;
import org.w3id.scokg.vocab.SCO;

/**
 * "How to cite" names the page's own persistent address, one the w3id.org rules the build writes
 * forward to it: until a review on 6 December 2026 every page but a thing's cited the site's root
 * ({@code /queries/members-on-date?date=2017-06-09}, {@code /dumps/}, {@code /doc/state/},
 * {@code /search?q=India}). Each address is applied to the rules, followed to the server, and must
 * land on a page that cites the same address.
 */
class CitationsIT {
    private static final Pattern CITED = Pattern.compile("<strong>(?:How to cite:|Как ссылаться:|引用格式：)</strong>.*?(https://w3id\\.org/sco-kg/[^ ,，<（]*)");
    private static final HttpClient FOLLOWING = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();

    @ParameterizedTest
    @CsvSource({
        "/queries/members-on-date?date=2017-06-09, https://w3id.org/sco-kg/queries/members-on-date?date=2017-06-09",
        "/queries/members-on-date?date=2017-06-09&lang=ru, https://w3id.org/sco-kg/queries/members-on-date?date=2017-06-09",
        // The campaign tags a shared link picks up, which the servlets ignore, are not cited.
        "/queries/members-on-date?utm_source=newsletter&date=2017-06-09&utm_medium=email, https://w3id.org/sco-kg/queries/members-on-date?date=2017-06-09",
        "/queries/members-on-date?date=2017-06-09&format=html, https://w3id.org/sco-kg/queries/members-on-date?date=2017-06-09",
        "/queries/, https://w3id.org/sco-kg/queries/",
        "/dumps/?lang=zh, https://w3id.org/sco-kg/dumps/",
        "/doc/state/, https://w3id.org/sco-kg/id/state/",
        "/doc/assertion/, https://w3id.org/sco-kg/id/assertion/",
        "/search?q=India, https://w3id.org/sco-kg/search?q=India",
        "/search?utm_campaign=x&q=India&utm_source=y, https://w3id.org/sco-kg/search?q=India",
        "/search?q=%22India%22+%3Cb%3E, https://w3id.org/sco-kg/search?q=%22India%22%20%3Cb%3E",
        "/search?q=%E4%B8%8A%E6%B5%B7, https://w3id.org/sco-kg/search?q=上海",
        "/query, https://w3id.org/sco-kg/query",
        "/doc/state/CN, https://w3id.org/sco-kg/id/state/CN",
        // The dataset's description, which cited the root until a review on 6 December 2026.
        "/void, https://w3id.org/sco-kg/void",
        "/void?lang=ru, https://w3id.org/sco-kg/void",
        "/.well-known/void, https://w3id.org/sco-kg/void",
        "/, https://w3id.org/sco-kg/",
    })
    void a_page_cites_its_own_address_and_the_rules_take_it_there(String path, String expected) throws Exception {
        // As a browser asks: the dataset's description is Turtle to a client that takes anything.
        HttpResponse<String> page = get(path, "Accept", "text/html");
        assertEquals(200, page.statusCode(), path);
        String iri = cited(path, page.body());
        assertEquals(expected, iri, path);
        landsOnAPageThatCites(iri);
    }

    /** A query string sent as typed, {@code "} and {@code <} not encoded (a client that sends it so): cited encoded. */
    @Test
    void raw_quote_and_angle_bracket_are_cited_percent_encoded() throws Exception {
        URI base = URI.create(ServerFixture.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write("GET /search?q=\"India<b HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            String iri = cited("/search?q=\"India<b", answer);
            assertEquals("https://w3id.org/sco-kg/search?q=%22India%3Cb", iri);
            landsOnAPageThatCites(iri);
        }
    }

    /**
     * A key the page moves ({@code state/in}, India's {@code state/IN}) is cited as the query read it,
     * the address {@code Content-Location} names: until a second review on 6 December 2026 it was cited
     * as typed.
     */
    @Test
    void a_moved_key_is_cited_as_content_location_names_it() throws Exception {
        HttpResponse<String> page = get("/queries/membership-history?state=state/in&utm_source=x");
        assertEquals(200, page.statusCode());
        String iri = cited("moved key", page.body());
        assertEquals("https://w3id.org/sco-kg/queries/membership-history?state=state/IN", iri);
        String location = page.headers().firstValue("Content-Location").orElseThrow();
        assertEquals(URLDecoder.decode(location.substring(location.indexOf('?') + 1), StandardCharsets.UTF_8),
                URLDecoder.decode(iri.substring(iri.indexOf('?') + 1), StandardCharsets.UTF_8), location);
        landsOnAPageThatCites(iri);
    }

    /**
     * A refused address cites nothing: until a second review on 6 December 2026 the 400 page of a
     * named query given a parameter it has not cited the address it refused.
     */
    @ParameterizedTest
    @CsvSource({
        "/queries/membership-history?state=state/IN&x=1",
        "/queries/membership-history?state=state/zz",
        "/queries/members-on-date?date=yesterday&utm_source=x",
    })
    void a_refused_address_is_not_cited(String path) {
        HttpResponse<String> page = get(path);
        assertEquals(400, page.statusCode(), path);
        assertTrue(page.body().contains("role=\"alert\""), path + ": the form with what is wrong: " + page.body());
        assertFalse(page.body().contains("How to cite"), path + ": " + page.body());
        assertFalse(CITED.matcher(page.body()).find(), path);
    }

    private static String cited(String path, String body) {
        Matcher cited = CITED.matcher(body);
        assertTrue(cited.find(), path + ": " + body);
        return cited.group(1).replace("&amp;", "&");
    }

    /** Applies the w3id.org rules to {@code iri}, follows where they send it, and asserts that page cites {@code iri}. */
    private static void landsOnAPageThatCites(String iri) throws Exception {
        RewriteRules rules = new RewriteRules(new String(W3idRules.render(ServerFixture.base()), StandardCharsets.UTF_8));
        String rest = iri.substring(SCO.BASE.length());
        String[] parts = rest.split("\\?", 2);
        RewriteRules.Redirect redirect = rules.apply(parts[0], parts.length > 1 ? parts[1] : null, "text/html");
        assertNotNull(redirect, iri + ": no rule forwards it");
        // As a browser sends an IRI: its characters outside ASCII as UTF-8 percent-encoded (RFC 3987 3.1).
        HttpResponse<String> landed = FOLLOWING.send(HttpRequest.newBuilder(URI.create(new URI(redirect.location()).toASCIIString())).header("Accept", "text/html")
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, landed.statusCode(), iri + " -> " + redirect.location());
        assertEquals(iri, cited(redirect.location(), landed.body()), iri + " lands on a page that cites it: " + redirect.location());
    }
}
