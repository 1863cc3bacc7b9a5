package org.w3id.scokg.server.fragments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;

class IriQueryTest {
    @Test
    void a_query_as_rfc_3986_writes_it_is_kept() {
        for (String query : List.of("predicate=http%3A%2F%2Fwww.w3.org%2F2000%2F01%2Frdf-schema%23label&page=2", "object=%22India%22%40en", "subject=?s", "object=%22%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D1%8F%22%40ru")) {
            assertEquals(query, IriQuery.of(query));
        }
    }

    @Test
    void percent_encodings_in_capitals_and_what_no_iri_holds_encoded() {
        assertEquals("predicate=http%3A%2F%2Fexample.org%2Fp", IriQuery.of("predicate=http%3a%2f%2fexample.org%2Fp"));
        assertEquals("object=%22India%22@en", IriQuery.of("object=\"India\"@en"));
        assertEquals("object=%22a%20b%22%7C%7B%7D%5C%5E%60%3C%3E", IriQuery.of("object=\"a b\"|{}\\^`<>"));
        assertEquals("object=100%25", IriQuery.of("object=100%"), "a % that begins no percent-encoding");
        assertEquals("object=%25zz", IriQuery.of("object=%zz"));
        assertEquals("object=\"Россия\"@ru".replace("\"", "%22"), IriQuery.of("object=\"Россия\"@ru"), "a letter past ASCII stays as it is in an IRI");
        assertEquals("x=%7F%C2%85", IriQuery.of("x=\u007F\u0085"), "controls");
        assertEquals("x=%EF%BF%BD%EF%B7%90%EF%BF%B0", IriQuery.of("x=\uFFFD\uFDD0\uFFF0"), "noncharacters: the replacement character Jetty reads bytes that are not UTF-8 as");
        assertEquals("x=%EF%BF%BD", IriQuery.of("x=\uD800"), "a lone surrogate is the replacement character");
        assertEquals("x=\uE000\uD83D\uDE00", IriQuery.of("x=\uE000\uD83D\uDE00"), "a private use character and one past the first plane stay");
    }

    @Test
    void every_page_name_reads_without_a_warning() {
        org.apache.jena.sys.JenaSystem.init();
        for (String query : List.of("object=\"India\"@en", "predicate=http%3a%2f%2fexample.org", "object=\"a b\"|{}", "object=100%", "object=\"\uFFFD\uFDD0\uFFF0\uD800\"@ru")) {
            assertFalse(IRIx.create("http://localhost/fragments?" + IriQuery.of(query)).hasViolations(), query);
        }
    }
    @Test
    void a_page_is_named_without_the_parameters_that_choose_its_representation() {
        String label = "predicate=http%3A%2F%2Fwww.w3.org%2F2000%2F01%2Frdf-schema%23label";
        assertEquals("?" + label, IriQuery.named(label));
        assertEquals("?" + label, IriQuery.named(label + "&lang=ru"));
        assertEquals("?" + label + "&page=2", IriQuery.named("format=nt&" + label + "&utm_source=x&page=2&%6Cang=zh"));
        assertEquals("?subject=%22a%22", IriQuery.named("subject=\"a\"&lang=ru"), "what is kept is written as an IRI");
        assertEquals("?" + label + "&foo=1", IriQuery.named(label + "&foo=1"), "another parameter stays, and the request is refused for it");
        assertEquals("", IriQuery.named("lang=ru&format=nt"));
        assertEquals("", IriQuery.named(null));
    }
}
