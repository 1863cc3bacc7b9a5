package org.w3id.scokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCharsetFilterTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/plain|text/plain;charset=utf-8",
        "text/turtle|text/turtle;charset=utf-8",
        "Text/Plain |Text/Plain;charset=utf-8",
        "text/csv; header=present|text/csv; header=present;charset=utf-8",
        "text/plain;charset=utf-8|text/plain;charset=utf-8",
        "text/csv; charset=UTF-8|text/csv; charset=UTF-8",
        "application/n-triples|application/n-triples",
        "application/sparql-results+json|application/sparql-results+json"})
    void a_text_type_without_a_charset_gets_utf_8_and_any_other_is_left_as_it_is(String type, String expected) {
        assertEquals(expected, TextCharsetFilter.withCharset(type));
    }
}
