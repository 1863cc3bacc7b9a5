package org.w3id.scokg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.vocab.SCO;

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
            assertEquals("organization/SCO", SUGGESTIONS.entities(typed, null, Reconciler.TypeStrict.ANY, 0, 10).get(0).id(), typed);
        }
    }

    @Test
    void a_un_symbol_typed_with_dots_suggests_its_document() {
        // A review of 5 December 2026: "A.66" and "A.66.359" suggested nothing ("A/66" and "A-66" did).
        for (String typed : List.of("A.66", "A.66.3", "a.66.359")) {
            assertEquals("document/A-66-359", SUGGESTIONS.entities(typed, null, Reconciler.TypeStrict.ANY, 0, 10).get(0).id(), typed);
        }
    }

    @Test
    void under_type_strict_should_the_type_comes_first_and_the_others_stay() {
        // A review of 5 December 2026: "should" filtered as "any" does.
        String place = "https://w3id.org/sco-kg/ontology#Place";
        List<String> should = ids(SUGGESTIONS.entities("Shanghai", place, Reconciler.TypeStrict.SHOULD, 0, 50));
        assertEquals(List.of("place/shanghai", "organization/shanghai-five", "organization/SCO"), should.subList(0, 3));
        assertEquals(ids(SUGGESTIONS.entities("Shanghai", null, Reconciler.TypeStrict.ANY, 0, 50)).size(), should.size(), should.toString());
        for (Reconciler.TypeStrict filter : List.of(Reconciler.TypeStrict.ANY, Reconciler.TypeStrict.ALL)) {
            assertEquals(List.of("place/shanghai"), ids(SUGGESTIONS.entities("Shanghai", place, filter, 0, 50)), filter.toString());
        }
    }

    private static List<String> ids(List<EntityIndex.Entity> entities) {
        return entities.stream().map(EntityIndex.Entity::id).toList();
    }

    /** A review of 5 December 2026: the type suggest service knew only the English names, so «гос» and 国家 suggested nothing. */
    @Test
    void a_type_is_suggested_by_its_word_in_english_russian_or_chinese() {
        String[][] cases = {{"sta", "state"}, {"document", "instrument"}, {"гос", "state"}, {"Государство", "state"}, {"документ", "instrument"},
            {"организ", "organisation"}, {"国家", "state"}, {"国", "state"}, {"組織", "organisation"}, {"文件", "instrument"}};
        for (String[] typed : cases) {
            assertEquals(List.of(typed[1]), SUGGESTIONS.types(typed[0]).stream().map(EntityIndex.Type::name).toList(), typed[0]);
        }
    }

    @Test
    void a_type_found_by_its_russian_or_chinese_word_keeps_its_english_name_and_shows_its_words() {
        EntityIndex.Type state = SUGGESTIONS.types("国家").get(0);
        assertEquals("https://w3id.org/sco-kg/ontology#State", state.id());
        assertEquals("state", state.name());
        assertEquals("state · государство · 国家", state.description());
    }

    /**
     * A property is suggested first by every id a query and data extension take for it: its id, its
     * IRI (for a term of the ontology, its id after the schema space), its short id of before 6
     * December 2026, and {@code sco:date} for date; an IRI typed so far suggests the properties whose
     * IRIs begin so. A review on 6 December 2026: {@code …ontology#iso3166Alpha2} suggested nothing.
     */
    @Test
    void a_property_is_suggested_first_by_its_id_or_its_iri() {
        for (Properties.Property p : Properties.ALL) {
            for (String typed : List.of(p.id(), p.iri(), p.key())) {
                List<Properties.Property> suggested = Suggestions.properties(Properties.ALL, typed);
                assertFalse(suggested.isEmpty(), typed);
                assertEquals(p.key(), suggested.get(0).key(), typed);
            }
        }
        assertEquals("date", Suggestions.properties(Properties.ALL, SCO.date.getURI()).get(0).key());
        assertEquals(List.of("iso3166Alpha2", "iso3166Alpha3"), keys(Suggestions.properties(Properties.ALL, SCO.NS + "iso3166")));
        // An IRI after the schema space that names no term of the ontology is no property's, as in a query.
        assertEquals(List.of(), keys(Suggestions.properties(Properties.ALL, SCO.NS + "memberSince")));
    }

    private static List<String> keys(List<Properties.Property> properties) {
        return properties.stream().map(Properties.Property::key).toList();
    }
}
