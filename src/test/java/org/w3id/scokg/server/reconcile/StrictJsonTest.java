package org.w3id.scokg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StrictJsonTest {
    private static String refusal(String json) {
        return assertThrows(BadRequest.class, () -> StrictJson.parse(json, RequestPlace.document("queries")), json).getMessage();
    }

    /**
     * A review on 5 December 2026: the position of a text that is not JSON was Gson's, the column
     * after the character it had read for a comma, brace or quote out of place ("column 26" for the
     * stray "}" at 25 of {"q0":{"query":"Russia",}}), and the literal's first for a bare word. It is
     * now the character the reader stopped on, named with its line and column.
     */
    @Test
    void a_syntax_error_names_the_line_and_column_of_the_character_it_stopped_on() {
        assertEquals("queries= is not JSON at line 1, column 25 ('}')", refusal("{\"q0\":{\"query\":\"Russia\",}}"));
        assertEquals("queries= is not JSON at line 1, column 2 ('q')", refusal("{q0:1}"));
        assertEquals("queries= is not JSON at line 1, column 2 (''')", refusal("{'q0':1}"));
        assertEquals("queries= is not JSON at line 1, column 16 ('R')", refusal("{\"q0\":{\"query\":Russia}}"));
        assertEquals("queries= is not JSON at line 2, column 19 ('\"')", refusal("{\"q0\":\n{\"query\":\"Russia\" \"x\"}}"));
        assertEquals("queries= is not JSON at line 1, column 3 (']')", refusal("  ]"));
    }

    @Test
    void a_text_that_ends_too_soon_says_so() {
        assertEquals("queries= is not JSON: it ends at line 1, column 23, before the JSON does", refusal("{\"q0\":{\"query\":\"Russia\""));
        assertEquals("queries= is not JSON: it ends at line 1, column 18, before the JSON does", refusal("{\"q0\":{\"query\":\"Ru"));
        assertEquals("queries= is not JSON: it ends at line 2, column 1, before the JSON does", refusal("{\"q0\":{}\n "));
        assertEquals("queries= is not JSON: it is empty", refusal(""));
    }

    /**
     * JSON nested deeper than the reader reads (255 arrays or objects within one another) is refused
     * for its depth, at the bracket past it: it was said to be "not JSON" until a review on 6 December
     * 2026, though it is.
     */
    @Test
    void json_nested_too_deep_is_refused_for_its_depth_not_said_to_be_no_json() {
        assertEquals(255, StrictJson.NESTING);
        assertEquals("queries= nests arrays and objects more than 255 deep at line 1, column 256 ('['); this service reads them 255 deep at most",
                refusal("[".repeat(5_000) + "]".repeat(5_000)));
        assertEquals("queries= nests arrays and objects more than 255 deep at line 1, column 1276 ('{'); this service reads them 255 deep at most",
                refusal("{\"q\":".repeat(300) + "1" + "}".repeat(300)));
        // As deep as it reads, a text is read whole.
        assertEquals("[]".length() * 255, StrictJson.parse("[".repeat(255) + "]".repeat(255), RequestPlace.document("queries")).toString().length());
    }
}
