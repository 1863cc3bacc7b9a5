package org.w3id.scokg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
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
        // The dataset's description, which the rules forward from void (the root until 6 December 2026).
        "/void|lang=zh|https://w3id.org/sco-kg/void",
        "/.well-known/void|''|https://w3id.org/sco-kg/void",
        // No rule forwards these as they are: the root.
        "/|''|https://w3id.org/sco-kg/",
        "/labels|''|https://w3id.org/sco-kg/",
        "/searchx|''|https://w3id.org/sco-kg/",
        "/doc/state/IN|''|https://w3id.org/sco-kg/",
        "NULL|NULL|https://w3id.org/sco-kg/",
        // What the page reads, not what was typed: no lang, no campaign tags, no empty pair.
        "/search|utm_source=a&q=India&lang=ru&utm_medium=b&&|https://w3id.org/sco-kg/search?q=India",
        "/queries/members-on-date|lang=zh|https://w3id.org/sco-kg/queries/members-on-date",
        "/search|q|https://w3id.org/sco-kg/search?q=",
        // Characters an IRI's query may not hold raw are percent-encoded, as are & = + within a value.
        "/search|q=\"India\"<b>|https://w3id.org/sco-kg/search?q=%22India%22%3Cb%3E",
        "/search|q=a+b%20c|https://w3id.org/sco-kg/search?q=a%20b%20c",
        "/search|q=%26%3D%2B%23%25|https://w3id.org/sco-kg/search?q=%26%3D%2B%23%25",
        "/search|q={x}\\^`[y]|https://w3id.org/sco-kg/search?q=%7Bx%7D%5C%5E%60%5By%5D",
        // A key's slash and a date's colon stand as they are; a comma, which ends the address in the citation, does not.
        "/queries/membership-history|state=state%2FIN|https://w3id.org/sco-kg/queries/membership-history?state=state/IN",
        "/search|q=a,b:c@d?e|https://w3id.org/sco-kg/search?q=a%2Cb:c@d?e",
        // Letters beyond ASCII stand as they are (RFC 3987 ucschar), but the directional marks and private use.
        "/search|q=%E4%B8%8A%E6%B5%B7|https://w3id.org/sco-kg/search?q=上海",
        "/search|q=%D0%A0%D0%A4|https://w3id.org/sco-kg/search?q=РФ",
        "/search|q=a%E2%80%8Fb%EE%80%81|https://w3id.org/sco-kg/search?q=a%E2%80%8Fb%EE%80%81",
        "/search|q=%01%7F%C2%85|https://w3id.org/sco-kg/search?q=%01%7F%C2%85",
        // A query string that cannot be read is left out.
        "/search|q=%ZZ|https://w3id.org/sco-kg/search",
    })
    void a_page_cites_the_address_the_rules_forward_to_it(String path, String query, String expected) {
        assertEquals(expected, PersistentAddress.of(path, query));
    }

    @Test
    void parameters_as_read_are_cited_in_their_order_without_lang_and_tags() {
        var read = new LinkedHashMap<String, String>();
        read.put("state", "state/IN");
        read.put("utm_source", "x");
        read.put("lang", "ru");
        read.put("from", "2001-06-15");
        assertEquals("https://w3id.org/sco-kg/queries/membership-history?state=state/IN&from=2001-06-15",
                PersistentAddress.of("/queries/membership-history", read));
    }
}
