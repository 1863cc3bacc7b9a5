package org.w3id.scokg.server.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Texts;

class EditorWordsTest {
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
        String yasgui = resource("/META-INF/resources" + EditorPage.YASGUI + "yasgui.min.js");
        String editor = resource("/org/w3id/scokg/server/site/assets/editor.js");
        for (String english : EditorPage.YASGUI_WORDS) {
            // A sentence YASGUI composes is found by its pattern in editor.js, which names the sentence.
            assertTrue(PLACE.matcher(english).find() ? editor.contains("\"" + english + "\"") : yasgui.contains(english), english);
        }
        for (String english : EditorPage.OWN_WORDS) assertTrue(editor.contains("\"" + english + "\""), english);
        for (String english : ALL) assertEquals(english, Texts.of(Language.EN).get(EditorPage.key(english)), "the English bundle has it as written");
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
}
