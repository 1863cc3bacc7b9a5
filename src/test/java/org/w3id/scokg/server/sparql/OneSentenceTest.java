package org.w3id.scokg.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link PublicQueryService#oneSentence}: a message of any length, quoting anything, made one short sentence. */
class OneSentenceTest {
    @Test
    void a_class_name_is_taken_out_and_a_short_message_kept_whole() {
        assertEquals("Regex pattern exception: Unclosed group near index 1 (",
                PublicQueryService.oneSentence("Regex pattern exception: java.util.regex.PatternSyntaxException: Unclosed group near index 1\n(\n"));
    }

    /** A review on 4 December 2026: 20,000 dotted words ran the class-name pattern out of stack (a 500). */
    @Test
    void a_long_run_of_dotted_words_is_cut_not_a_stack_overflow() {
        String sentence = PublicQueryService.oneSentence("Unclosed group near index 40001\n" + "a.".repeat(500_000) + "(");
        assertTrue(sentence.startsWith("Unclosed group near index 40001 a.a."), sentence);
        assertTrue(sentence.endsWith("…") && sentence.length() <= 401, sentence);
    }

    @Test
    void a_pair_of_surrogates_is_never_cut_in_two() {
        for (int k = 0; k < 2; k++) {
            String sentence = PublicQueryService.oneSentence("x".repeat(k) + "\uD840\uDC00".repeat(300));
            assertTrue(Character.isLowSurrogate(sentence.charAt(sentence.length() - 2)), k + ": " + sentence);
        }
    }
}
