package org.w3id.scokg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The suggest services on a few things of the graph ({@code names.ttl}). */
class SuggestionsTest {
    private static final Suggestions SUGGESTIONS = new Suggestions(TestIndex.NAMES);

    @Test
    void the_us_spelling_suggests_the_organisation_type_as_typed_so_far() {
        // A review of 3 December 2026: "organization" found no type ("organisation" did).
        for (String typed : List.of("organization", "Organiz", "organiza", "organisation", "org")) {
            assertEquals(List.of("organisation"), SUGGESTIONS.types(typed).stream().map(EntityIndex.Type::name).toList(), typed);
        }
    }

    @Test
    void the_us_spelling_suggests_the_thing_as_typed_so_far() {
        for (String typed : List.of("Shanghai Cooperation Organiz", "Shanghai Cooperation Organization", "shanghai cooperation organis")) {
            assertEquals("organization/SCO", SUGGESTIONS.entities(typed, null, 0, 10).get(0).id(), typed);
        }
    }
}
