package org.w3id.scokg.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** RFC 3986 2.3 and 6.2.2.2: percent-encoded unreserved characters are the characters themselves; nothing else is decoded. */
class UnreservedDecodingTest {
    @Test
    void only_unreserved_characters_are_decoded() {
        assertEquals("/id/state/RU", LinkedDataServlet.unreservedDecoded("/id/state/%52U"));
        assertEquals("/id/state/RU", LinkedDataServlet.unreservedDecoded("/id/state/%52%55"));
        assertEquals("/doc/x~y-z._a", LinkedDataServlet.unreservedDecoded("/doc/x%7ey%2Dz%2E%5Fa"));
        // Reserved and other characters stay encoded, as do broken escapes.
        assertEquals("/id/state/%2F%25%20", LinkedDataServlet.unreservedDecoded("/id/state/%2F%25%20"));
        assertEquals("/id/state/R%5", LinkedDataServlet.unreservedDecoded("/id/state/R%5"));
        assertEquals("/id/state/R%", LinkedDataServlet.unreservedDecoded("/id/state/R%"));
        assertEquals("/id/state/%G1", LinkedDataServlet.unreservedDecoded("/id/state/%G1"));
        assertEquals("/id/state/RU", LinkedDataServlet.unreservedDecoded("/id/state/RU"));
    }
}
