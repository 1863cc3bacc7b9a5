package org.w3id.scokg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The service's one set of properties: one id each, every id it ever had kept, every one of some use. */
class PropertiesTest {
    @Test
    void every_id_a_query_or_an_extension_took_before_2_december_2026_is_kept() {
        // OpenRefine projects store these ids in their reconciliation and extension operations.
        for (String id : List.of("iso3166", "unSymbol", "date", "wikidata", "status", "memberSince", "iso3166Alpha2", "iso3166Alpha3")) {
            assertTrue(Properties.get(id).isPresent(), id);
        }
    }

    @Test
    void ids_are_unique_and_each_property_is_matched_or_fetched() {
        List<String> ids = Properties.ALL.stream().map(Properties.Property::id).toList();
        assertEquals(ids.stream().distinct().toList(), ids);
        for (Properties.Property p : Properties.ALL) {
            assertTrue(p.matchable() || p.fetchable(), p.id());
            assertFalse(p.name().isBlank() || p.description().isBlank(), p.id());
        }
    }

    @Test
    void the_iso_codes_one_by_one_and_member_since_are_matched_and_status_only_fetched() {
        for (String id : List.of("iso3166Alpha2", "iso3166Alpha3", "memberSince")) {
            assertTrue(Properties.get(id).orElseThrow().matchable(), id);
        }
        assertFalse(Properties.get("status").orElseThrow().matchable());
        assertTrue(Properties.get("status").orElseThrow().fetchable());
        assertEquals(Properties.ALL, Properties.fetchable(), "every property can be fetched");
    }
}
