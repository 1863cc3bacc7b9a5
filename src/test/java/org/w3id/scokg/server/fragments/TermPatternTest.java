package org.w3id.scokg.server.fragments;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TermPatternTest {
    /**
     * A review of 5 December 2026: a term that is none repeated the whole value in its 400, 7,060
     * bytes for a subject of 7,000 letters, where every other error of the server repeats a value of
     * more than 100 characters by its beginning and its length.
     */
    @Test
    void a_long_bad_term_is_repeated_by_its_beginning_and_its_length() {
        String[] values = {"a".repeat(7_000), "\"x\"@" + "a-".repeat(3_000) + "_", "\"x\"^^" + "b".repeat(7_000)};
        for (String value : values) {
            TermPattern.BadTerm bad = assertThrows(TermPattern.BadTerm.class, () -> TermPattern.parse(value, "subject"));
            String message = bad.getMessage();
            assertTrue(message.length() < 400 && message.contains(" characters)"), message.length() + " characters: " + message.substring(0, 120));
            assertTrue(bad.value.length() < 200, bad.value.length() + " characters kept for the page");
        }
    }
}
