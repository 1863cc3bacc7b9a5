package org.w3id.scokg.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeenRequestsTest {
    @Test
    void a_request_is_new_once_and_seen_after() {
        SeenRequests seen = new SeenRequests(4);
        assertFalse(seen.seenBefore("SELECT 1"));
        assertTrue(seen.seenBefore("SELECT 1"));
        assertTrue(seen.seenBefore("SELECT 1"));
        assertFalse(seen.seenBefore("SELECT 2"));
    }

    @Test
    void keys_that_differ_in_their_last_characters_keep_their_own_slots() {
        // 1000 queries that differ only in a counter at the end, in a table of 65 536 slots: a table
        // indexed by the low bits of String.hashCode would spread them no worse, but this checks that
        // the mixing does not gather them into a few slots, where they would push each other out.
        SeenRequests seen = new SeenRequests(16);
        for (int i = 0; i < 1000; i++) seen.seenBefore("SELECT * { ?s ?p ?o } LIMIT " + i);
        int remembered = 0;
        for (int i = 0; i < 1000; i++) if (seen.seenBefore("SELECT * { ?s ?p ?o } LIMIT " + i)) remembered++;
        assertTrue(remembered >= 990, remembered + " of 1000 remembered");
    }

    @Test
    void an_older_key_in_the_same_slot_is_pushed_out() {
        SeenRequests seen = new SeenRequests(1);
        int pushedOut = 0;
        for (int i = 0; i < 100; i++) {
            seen.seenBefore("a");
            seen.seenBefore("query " + i);
            if (!seen.seenBefore("a")) pushedOut++;
        }
        assertTrue(pushedOut > 0, "two slots cannot hold a and 100 others");
    }

    @Test
    void a_key_hashing_to_zero_is_remembered() {
        assertEquals(0, "".hashCode());
        SeenRequests seen = new SeenRequests(8);
        assertFalse(seen.seenBefore(""), "an empty slot is not a key hashing to 0");
        assertTrue(seen.seenBefore(""));
    }

    @Test
    void the_table_size_is_checked() {
        assertThrows(IllegalArgumentException.class, () -> new SeenRequests(0));
        assertThrows(IllegalArgumentException.class, () -> new SeenRequests(31));
    }
}
