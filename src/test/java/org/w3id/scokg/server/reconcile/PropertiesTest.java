package org.w3id.scokg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.vocab.SCO;

/** The service's one set of properties: one id each, a term of the ontology or described here, every id it ever had kept, every one of some use. */
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

    /**
     * Every id is a term of the ontology read against the manifest's schema space, or an IRI of the
     * service's own that {@link Properties#described()} describes by the name and description the
     * service gives it: until a review of issue 13 on 6 December 2026 five ids read against the schema
     * space named no term of {@code ontology/sco.ttl}.
     */
    @Test
    void every_id_is_a_term_of_the_ontology_or_one_the_service_describes() {
        Graph ontology = RDFParser.source(ProjectCopy.ROOT.resolve("ontology/sco.ttl")).toGraph();
        Graph described = Properties.described();
        for (Properties.Property p : Properties.ALL) {
            Node term = NodeFactory.createURI(p.iri());
            if (p.inOntology()) {
                assertTrue(ontology.contains(term, RDF.type.asNode(), OWL.DatatypeProperty.asNode()), p.id() + " is no property of the ontology");
                assertFalse(described.contains(term, Node.ANY, Node.ANY), p.id());
            } else {
                assertTrue(p.id().startsWith(SCO.RECONCILE_NS) && !p.id().startsWith(SCO.NS), p.id());
                assertFalse(ontology.contains(NodeFactory.createURI(SCO.NS + p.key()), RDF.type.asNode(), OWL.DatatypeProperty.asNode()) && !p.key().equals("date"),
                        p.key() + " is a term of the ontology: its id should be");
                assertTrue(described.contains(term, RDF.type.asNode(), RDF.Property.asNode()), p.id());
                assertTrue(described.contains(term, RDFS.label.asNode(), NodeFactory.createLiteralLang(p.name(), "en")), p.id());
                assertTrue(described.contains(term, RDFS.comment.asNode(), NodeFactory.createLiteralLang(p.description(), "en")), p.id());
            }
        }
    }

    @Test
    void the_ontologys_iri_of_a_term_is_taken_and_one_of_no_term_is_not() {
        assertEquals("unSymbol", Properties.get(SCO.NS + "unDocumentSymbol").orElseThrow().key());
        assertEquals("unSymbol", Properties.get("unDocumentSymbol").orElseThrow().key());
        assertEquals("iso3166Alpha2", Properties.get(SCO.iso3166Alpha2.getURI()).orElseThrow().key());
        assertEquals("date", Properties.get(SCO.date.getURI()).orElseThrow().key(), "sco:date, an act's date, is among the dates of date");
        for (String none : List.of("iso3166", "unSymbol", "wikidata", "memberSince", "status")) {
            assertTrue(Properties.get(SCO.NS + none).isEmpty(), none);
            assertTrue(Properties.unknown(SCO.NS + none).endsWith(", no term of the ontology: the property's id is " + Properties.get(none).orElseThrow().id()),
                    Properties.unknown(SCO.NS + none));
        }
        assertEquals("unknown property 'planet'", Properties.unknown("planet"));
    }

    /**
     * Every property whose values a preview lists (those the index reads, all but iso3166, shown as its
     * two codes one by one, and status, fetched only) has a name in the bundles, in each language, which
     * in English is the property's name without the form its value is asked in.
     */
    @Test
    void every_property_a_preview_shows_is_named_in_each_language() {
        for (Properties.Property p : Properties.ALL) {
            if (p.key().equals("iso3166") || p.key().equals("status")) continue;
            String key = Preview.propertyKey(p.key());
            assertEquals(p.name().replaceFirst(" \\([^)]*\\)$", ""), Texts.of(Language.EN).find(key).orElse("none"), key);
            for (Language language : Language.values()) assertTrue(Texts.of(language).find(key).isPresent(), language + ": " + key);
        }
    }
}
