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

    @Test
    void a_un_symbol_typed_with_dots_suggests_its_document() {
        // A review of 5 December 2026: "A.66" and "A.66.359" suggested nothing ("A/66" and "A-66" did).
        for (String typed : List.of("A.66", "A.66.3", "a.66.359")) {
            assertEquals("document/A-66-359", SUGGESTIONS.entities(typed, null, 0, 10).get(0).id(), typed);
        }
    }
}
