package org.w3id.scokg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The address a page cites, by its path and its query string without {@code lang} (as {@link Page} keeps it). */
class PersistentAddressTest {
    @ParameterizedTest(name = "{0} ? {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "/queries/members-on-date|date=2017-06-09&|https://w3id.org/sco-kg/queries/members-on-date?date=2017-06-09",
        "/queries/|''|https://w3id.org/sco-kg/queries/",
        "/queries|''|https://w3id.org/sco-kg/queries",
        "/dumps/|''|https://w3id.org/sco-kg/dumps/",
        "/doc/state/|''|https://w3id.org/sco-kg/id/state/",
        "/doc/assertion/|''|https://w3id.org/sco-kg/id/assertion/",
        "/search|q=India&page=2&|https://w3id.org/sco-kg/search?q=India&page=2",
        "/query|''|https://w3id.org/sco-kg/query",
        "/fragments|subject=x&|https://w3id.org/sco-kg/fragments?subject=x",
        // No rule forwards these as they are: the root.
        "/|''|https://w3id.org/sco-kg/",
        "/labels|''|https://w3id.org/sco-kg/",
        "/.well-known/void|''|https://w3id.org/sco-kg/",
        "/searchx|''|https://w3id.org/sco-kg/",
        "/doc/state/IN|''|https://w3id.org/sco-kg/",
        "NULL|NULL|https://w3id.org/sco-kg/",
    })
    void a_page_cites_the_address_the_rules_forward_to_it(String path, String query, String expected) {
        assertEquals(expected, PersistentAddress.of(path, query));
    }
}
