package org.w3id.scokg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.server.web.WikidataItems;
import org.w3id.scokg.vocab.SCO;

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
     * A date with a time of day is its day: the form OpenRefine sends a cell of its date type in
     * ("2017-06-09T00:00:00Z", its ParsingUtilities.dateToString) and RFC 3339's (a fraction of a
     * second, an offset, a space for the T, as a spreadsheet exports one). Any other text after a
     * date is a value that cannot be used, as "circa 2017" is: until a review of issue 13 on 6
     * December 2026 whatever followed a T was taken, so "2017-06-09Tnoon" was India's day of
     * membership, certain, and "2017Tx" a date that India's contradicted, which put the New Delhi
     * summit (90) above India (50).
     */
    @Test
    void a_date_with_a_time_is_its_day_and_other_text_after_a_date_cannot_be_used() {
        for (String v : List.of("2017-06-09T00:00:00Z", "2017-06-09T00:00:00.000+05:30", "2017-06-09 00:00:00", "2017-06-09T12:30", "2017-06-09t23:59:60z")) {
            assertEquals(new Reconciler.PropertyValue("date", List.of("2017-06-09"), 0), date("\"" + v + "\""), v);
        }
        for (String v : List.of("2017Tx", "2017T00:00:00Z", "2017-06T12:00:00Z", "2017-06-09Tnoon", "2017-06-09T24:00:00Z", "2017-06-09T", "2017-06-09T00:00:00Zulu",
                "2017-06-30T00:00:00+25:00", "2017-02-30T00:00:00Z")) {
            assertEquals(new Reconciler.PropertyValue("date", List.of(), 1), date("\"" + v + "\""), v);
        }
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

    /**
     * A blank type ({@code ""}, white space, or a blank member of a list of types) is no type, the
     * query the same as without {@code type}, as {@code propose_properties?type=} is for all types:
     * OpenRefine, until its pull request #6131 of November 2023, sent {@code "type":""} with {@code
     * "type_strict":"should"} for "Reconcile against type" with the box left empty, and the query
     * schema takes any string. Until a review on 6 December 2026 it was a 400 for the whole batch.
     */
    @Test
    void a_blank_type_is_none_given() {
        Set<String> known = Set.of(SCO.NS + "State");
        Reconciler.Query none = QueryBatch.queries("{\"q\":{\"query\":\"India\",\"type_strict\":\"should\"}}", known).get("q");
        for (String type : List.of("\"\"", "\" \"", "[\"\"]", "[\"\",\" \"]")) {
            assertEquals(none, QueryBatch.queries("{\"q\":{\"query\":\"India\",\"type\":" + type + ",\"type_strict\":\"should\"}}", known).get("q"), type);
        }
        assertEquals(List.of(SCO.NS + "State"), QueryBatch.queries("{\"q\":{\"query\":\"India\",\"type\":[\"\",\"State\"]}}", known).get("q").types());
    }
}
