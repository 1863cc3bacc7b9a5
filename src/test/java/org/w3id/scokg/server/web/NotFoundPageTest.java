package org.w3id.scokg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the 404 page's search box holds, read from the address that led nowhere. */
class NotFoundPageTest {
    /**
     * A trailing slash is no part of the address's words: {@code /doc/state/XX/} held an empty box
     * where {@code /doc/state/XX} held "XX", until a review on 5 December 2026.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/doc/state/XX|XX",
        "/doc/state/XX/|XX",
        "/doc/document/code-of-conduct.ttl|code of conduct",
        "/doc/document/code-of-conduct.ttl/|code of conduct",
        "/doc/document/A/66/359|A/66/359",
        "/doc/document/A/66/359/|A/66/359",
        "/nothing/|nothing",
        "/|''",
    })
    void the_search_box_holds_the_last_parts_words_with_or_without_a_trailing_slash(String address, String words) {
        assertEquals(words, NotFoundPage.guess(address));
    }
}
