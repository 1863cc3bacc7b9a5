package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.scokg.server.ServerFixture.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        "/queries/, https://w3id.org/sco-kg/queries/",
        "/dumps/?lang=zh, https://w3id.org/sco-kg/dumps/",
        "/doc/state/, https://w3id.org/sco-kg/id/state/",
        "/doc/assertion/, https://w3id.org/sco-kg/id/assertion/",
        "/search?q=India, https://w3id.org/sco-kg/search?q=India",
        "/query, https://w3id.org/sco-kg/query",
        "/doc/state/CN, https://w3id.org/sco-kg/id/state/CN",
        "/, https://w3id.org/sco-kg/",
    })
    void a_page_cites_its_own_address_and_the_rules_take_it_there(String path, String expected) throws Exception {
        HttpResponse<String> page = get(path);
        assertEquals(200, page.statusCode(), path);
        Matcher cited = CITED.matcher(page.body());
        assertTrue(cited.find(), path + ": " + page.body());
        String iri = cited.group(1).replace("&amp;", "&");
        assertEquals(expected, iri, path);
        RewriteRules rules = new RewriteRules(new String(W3idRules.render(ServerFixture.base()), StandardCharsets.UTF_8));
        String rest = iri.substring(SCO.BASE.length());
        String[] parts = rest.split("\\?", 2);
        RewriteRules.Redirect redirect = rules.apply(parts[0], parts.length > 1 ? parts[1] : null, "text/html");
        assertNotNull(redirect, iri + ": no rule forwards it");
        HttpResponse<String> landed = FOLLOWING.send(HttpRequest.newBuilder(URI.create(redirect.location())).header("Accept", "text/html")
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, landed.statusCode(), iri + " -> " + redirect.location());
        Matcher again = CITED.matcher(landed.body());
        assertTrue(again.find(), redirect.location());
        assertEquals(iri, again.group(1).replace("&amp;", "&"), iri + " lands on a page that cites it: " + redirect.location());
    }
}
