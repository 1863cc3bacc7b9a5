package org.w3id.scokg.server.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.scokg.graph.ImportedVocabularies;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.server.web.Assets;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Texts;

class EditorWordsTest {
    private static final Graph VOCABULARIES = ImportedVocabularies.read(new ProjectLayout(Path.of(".")));
    private static final Pattern PLACE = Pattern.compile("\\{\\d}");
    private static final List<String> ALL = Stream.concat(EditorPage.YASGUI_WORDS.stream(), EditorPage.OWN_WORDS.stream()).toList();

    private static String resource(String path) throws IOException {
        try (InputStream in = EditorWordsTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void every_word_is_written_where_the_page_finds_it() throws IOException {
        // A word YASGUI no longer writes (after an upgrade) would stay English on the page: this says which.
        String yasgui = resource("/META-INF/resources" + Assets.YASGUI + "yasgui.min.js");
        String editor = resource("/org/w3id/scokg/server/web/assets/editor.js");
        for (String english : EditorPage.YASGUI_WORDS) {
            // A sentence YASGUI composes is found by its pattern in editor.js, which names the sentence.
            assertTrue(PLACE.matcher(english).find() ? editor.contains("\"" + english + "\"") : yasgui.contains(english), english);
        }
        for (String english : EditorPage.OWN_WORDS) assertTrue(editor.contains("\"" + english + "\""), english);
        for (String english : ALL) assertEquals(english, Texts.of(Language.EN).get(EditorPage.key(english)), "the English bundle has it as written");
    }

    @Test
    void the_settings_methods_and_formats_are_where_yasgui_writes_them() throws IOException {
        // editor.js finds a method by its button's text and a format by its option's value: an upgrade that renames them leaves them English.
        String yasgui = resource("/META-INF/resources" + Assets.YASGUI + "yasgui.min.js");
        for (String method : EditorPage.METHODS) assertTrue(yasgui.contains("innerText=\"" + method + "\""), method);
        for (String type : EditorPage.FORMATS) assertTrue(yasgui.contains("value:\"" + type + "\""), type);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"RU", "ZH"})
    void the_settings_methods_and_formats_have_words(Language language) {
        // Until 2 December 2026 "GET", "POST" and "CSV" were alone, without a word of the page's language.
        JsonObject words = JSON.parse(EditorPage.words(Texts.of(language)));
        JsonObject english = JSON.parse(EditorPage.words(Texts.of(Language.EN)));
        List<String> keys = Stream.concat(EditorPage.METHODS.stream().map(m -> "method:" + m), EditorPage.FORMATS.stream().map(t -> "accept:" + t)).toList();
        for (String key : keys) {
            assertTrue(words.hasKey(key), key + " has words in " + language);
            assertNotEquals(english.get(key).getAsString().value(), words.get(key).getAsString().value(), key);
        }
        // The method's and the format's own name stays, the protocol's.
        assertTrue(words.get("method:GET").getAsString().value().startsWith("GET") && words.get("accept:text/csv").getAsString().value().startsWith("CSV"));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"RU", "ZH"})
    void every_word_is_translated_with_its_places_kept(Language language) {
        JsonObject words = JSON.parse(EditorPage.words(Texts.of(language)));
        for (String english : ALL) {
            assertTrue(words.hasKey(english), english + " has words in " + language);
            String translated = words.get(english).getAsString().value();
            assertNotEquals(english, translated);
            Matcher places = PLACE.matcher(english);
            while (places.find()) assertTrue(translated.contains(places.group()), english + " -> " + translated);
        }
    }

    @Test
    void the_vocabularys_terms_are_named_by_iri_in_the_pages_words() {
        JsonObject russian = JSON.parse(EditorPage.terms(Texts.of(Language.RU), VOCABULARIES));
        JsonObject member = russian.getObj("https://w3id.org/sco-kg/ontology#MemberState");
        assertEquals("государство-член", member.getString("text"));
        assertEquals("ru", member.getString("lang"));
        assertEquals(Texts.of(Language.ZH).get("term.org.Membership"),
                JSON.parse(EditorPage.terms(Texts.of(Language.ZH), VOCABULARIES)).getObj("http://www.w3.org/ns/org#Membership").getString("text"));
        assertTrue(russian.keys().stream().allMatch(iri -> iri.startsWith("http")), "only terms with a known prefix, as IRIs: " + russian.keys());
    }

    /**
     * A term the bundles do not name is named by the label its vocabulary gives it, in English where
     * it has none in the page's language (a review on 2 December 2026 found org:, time: and prov:
     * terms shown as prefixed names); a label that only repeats the local name is not used.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void a_reused_vocabularys_terms_are_named_by_their_labels(Language language) {
        JsonObject terms = JSON.parse(EditorPage.terms(Texts.of(language), VOCABULARIES));
        JsonObject change = terms.getObj("http://www.w3.org/ns/org#ChangeEvent");
        assertEquals("Change Event", change.getString("text"));
        assertEquals("en", change.getString("lang"));
        assertEquals("Date-Time description", terms.getObj("http://www.w3.org/2006/time#DateTimeDescription").getString("text"));
        assertFalse(terms.hasKey("http://www.w3.org/ns/prov#Agent"), "PROV-O's label is its local name, Agent");
        // The site's words first (followed by the prefixed name where a property is named alike, since 5 December 2026).
        String membership = terms.getObj("http://www.w3.org/ns/org#Membership").getString("text");
        assertTrue(membership.startsWith(Texts.of(language).get("term.org.Membership")), "the site's words first: " + membership);
        // The terms of what the build entails are the site's own words since a review on 4 December 2026.
        assertEquals(Texts.of(language).get("term.org.FormalOrganization"), terms.getObj("http://www.w3.org/ns/org#FormalOrganization").getString("text"));
        assertEquals(language.tag, terms.getObj("http://www.w3.org/ns/prov#Entity").getString("lang"));
    }

    /** A vocabulary's label in the page's language comes before its English one. */
    @Test
    void a_label_in_the_pages_language_comes_before_the_english_one() {
        Graph vocabulary = GraphFactory.createGraphMem();
        Node term = NodeFactory.createURI("http://example.org/v#Thing");
        vocabulary.add(term, RDFS.label.asNode(), NodeFactory.createLiteralLang("нечто", "ru"));
        vocabulary.add(term, RDFS.label.asNode(), NodeFactory.createLiteralLang("something", "en"));
        assertEquals("нечто", JSON.parse(EditorPage.terms(Texts.of(Language.RU), vocabulary)).getObj(term.getURI()).getString("text"));
        assertEquals("something", JSON.parse(EditorPage.terms(Texts.of(Language.ZH), vocabulary)).getObj(term.getURI()).getString("text"));
    }

    /**
     * No two terms are named alike: the site calls rdfs:label and skos:prefLabel both "name", and until
     * a review on 5 December 2026 a table of properties showed two of them a reader could not tell
     * apart; each is followed by its prefixed name now, as are sco:date, dcterms:date and time:inXSDDate.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void terms_named_alike_are_told_apart_by_their_prefixed_names(Language language) {
        Texts texts = Texts.of(language);
        JsonObject terms = JSON.parse(EditorPage.terms(texts, VOCABULARIES));
        java.util.Map<String, List<String>> named = new java.util.TreeMap<>();
        terms.keys().forEach(iri -> named.computeIfAbsent(terms.getObj(iri).getString("text"), text -> new java.util.ArrayList<>()).add(iri));
        named.values().removeIf(iris -> iris.size() < 2);
        assertEquals(java.util.Map.of(), named, "terms named alike");
        assertEquals(texts.format("editor.term.told", texts.get("term.rdfs.label"), "rdfs:label"), terms.getObj(RDFS.label.getURI()).getString("text"));
        assertEquals(texts.format("editor.term.told", texts.get("term.skos.prefLabel"), "skos:prefLabel"),
                terms.getObj("http://www.w3.org/2004/02/skos/core#prefLabel").getString("text"));
        assertEquals(texts.get("term.org.FormalOrganization"), terms.getObj("http://www.w3.org/ns/org#FormalOrganization").getString("text"),
                "a term named as no other keeps its words");
    }
}
