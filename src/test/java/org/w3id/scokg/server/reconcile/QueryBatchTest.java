package org.w3id.scokg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.server.web.WikidataItems;

class QueryBatchTest {
    private static Reconciler.PropertyValue date(String v) {
        return QueryBatch.queries("{\"q\":{\"query\":\"x\",\"properties\":[{\"pid\":\"date\",\"v\":" + v + "}]}}", Set.of()).get("q").properties().get(0);
    }

    /**
     * A JSON number is its value: 2001.0 and 2.001e3, as a client that keeps a spreadsheet's years as
     * floating-point numbers sends them, are the year 2001, as 2001 is. Until a review on 5 December
     * 2026 they were "2001.0" and "2.001e3", values that cannot be used, and cost a certain match.
     */
    @Test
    void a_whole_number_written_with_a_fraction_or_an_exponent_is_that_number() {
        for (String v : List.of("2001", "2001.0", "2001.000", "2.001e3", "2.001E+3")) {
            assertEquals(new Reconciler.PropertyValue("date", List.of("2001"), 0), date(v), v);
        }
    }

    /** A number that is not whole stays as written, and one of a billion digits is not written out. */
    @Test
    void a_fraction_or_a_huge_number_is_a_value_that_cannot_be_used() {
        assertEquals(new Reconciler.PropertyValue("date", List.of(), 1), date("2001.5"));
        assertEquals(new Reconciler.PropertyValue("date", List.of(), 1), date("1e1000000000"));
    }

    /**
     * A Wikidata item is its QID, its prefixed name (wd:Q837, since 6 December 2026, as the search
     * took it) or Wikidata's IRI or page of it, one rule for a name, a value and the search: until a
     * review on 5 December 2026 a name read any address ending in /Q837 as the item.
     */
    @Test
    void a_wikidata_item_is_a_qid_or_an_address_of_wikidatas() {
        for (String item : List.of("Q837", "q837", " Q837 ", "http://www.wikidata.org/entity/Q837", "https://www.wikidata.org/wiki/Q837",
                "https://wikidata.org/wiki/Q837", "https://m.wikidata.org/wiki/Q837", "https://www.wikidata.org/wiki/Special:EntityPage/Q837",
                "HTTPS://WWW.WIKIDATA.ORG/wiki/Q837", "wd:Q837")) {
            assertEquals("Q837", WikidataItems.qid(item), item);
        }
        for (String other : List.of("https://evil.example/x/Q837", "https://www.wikidata.org.evil.example/wiki/Q837", "wdt:Q837", "wd:P31", "Q0837",
                "Q837x", "https://www.wikidata.org/wiki/Property:P31", "Q", "Q" + "9".repeat(40))) {
            assertEquals(null, WikidataItems.qid(other), other);
        }
    }
}
