package org.w3id.scokg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The places a refusal names: JSON Pointers (RFC 6901) into a parameter's JSON, and parameters alone. */
class RequestPlaceTest {
    @Test
    void a_member_and_an_index_make_a_json_pointer_escaped_as_rfc_6901_asks() {
        RequestPlace batch = RequestPlace.document("queries");
        assertEquals("", batch.pointer(), "the whole document");
        assertEquals("/q0/properties/1/pid", batch.at("q0", "query 'q0'").at("properties", "x").at(1, "x").at("pid", "x").pointer());
        assertEquals("/a~1b~0c", batch.at("a/b~c", "x").pointer(), "/ is ~1 and ~ is ~0");
        assertEquals("queries", batch.at("q0", "x").parameter());
    }

    @Test
    void a_member_name_longer_than_the_sentence_shows_leaves_the_pointer_out() {
        RequestPlace batch = RequestPlace.document("queries");
        assertEquals("/" + "k".repeat(40), batch.at("k".repeat(40), "x").pointer());
        assertNull(batch.at("k".repeat(41), "x").pointer());
        assertNull(batch.at("k".repeat(41), "x").at("limit", "x").pointer(), "nor a part of it");
    }

    @Test
    void a_parameter_that_is_not_json_has_no_pointer() {
        RequestPlace type = RequestPlace.parameter("type", "type");
        assertEquals("type", type.parameter());
        assertNull(type.pointer());
        assertNull(type.at("x", "x").pointer());
    }
}
