package org.w3id.scokg.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.server.web.Labels;

/**
 * A snippet of a title made of parts marks each part's language as the title's HTML does, and its
 * found words; the title's parts, for a suggestion, are its runs of one language.
 */
class PartedSnippetsTest {
    private static final Labels.Label POSITION = new Labels.Label("Китай — поддерживает: cyber sovereignty (International code of conduct)", "ru",
            "Китай — поддерживает: <span lang=\"en\">cyber sovereignty</span> (<span lang=\"en\">International code of conduct</span>)");

    @Test
    void a_word_found_in_the_pages_language_leaves_the_english_parts_marked_english() {
        assertEquals(Optional.of("Китай — <mark>поддерживает</mark>: <span lang=\"en\">cyber sovereignty</span> (<span lang=\"en\">International code of conduct</span>)"),
                PartedSnippets.html("Китай — ↦поддерживает↤: cyber sovereignty (International code of conduct)", POSITION));
    }

    @Test
    void words_found_inside_an_english_part_are_marked_inside_its_span() {
        assertEquals(Optional.of("Китай — поддерживает: <span lang=\"en\">cyber sovereignty</span> (<span lang=\"en\">International <mark>code</mark> of <mark>conduct</mark></span>)"),
                PartedSnippets.html("Китай — поддерживает: cyber sovereignty (International ↦code↤ of ↦conduct↤)", POSITION));
    }

    @Test
    void a_mark_across_two_parts_ends_at_the_first_and_starts_again_in_the_next() {
        assertEquals(Optional.of("Китай — поддерживает<mark>: </mark><span lang=\"en\"><mark>cyber</mark> sovereignty</span> (<span lang=\"en\">International code of conduct</span>)"),
                PartedSnippets.html("Китай — поддерживает↦: cyber↤ sovereignty (International code of conduct)", POSITION));
    }

    @Test
    void a_fragment_of_the_title_marks_the_parts_it_holds() {
        assertEquals(Optional.of("<span lang=\"en\">sovereignty</span> (<span lang=\"en\">International <mark>code</mark></span>"),
                PartedSnippets.html("sovereignty (International ↦code↤", POSITION));
    }

    @Test
    void escaped_characters_and_a_part_inside_a_part_keep_their_places_and_languages() {
        Labels.Label title = new Labels.Label("支持：Rock & Roll “印度”", "zh", "支持：<span lang=\"en\">Rock &amp; Roll “<span lang=\"zh\">印度</span>”</span>");
        assertEquals(Optional.of("<mark>支持</mark>：<span lang=\"en\">Rock &amp; Roll “</span>印度<span lang=\"en\">”</span>"),
                PartedSnippets.html("↦支持↤：Rock & Roll “印度”", title));
    }

    @Test
    void a_titles_parts_are_its_runs_of_one_language_a_part_inside_a_part_its_own() {
        assertEquals(Optional.of(List.of(new PartedSnippets.Part("Китай — поддерживает: ", "ru"), new PartedSnippets.Part("cyber sovereignty", "en"),
                new PartedSnippets.Part(" (", "ru"), new PartedSnippets.Part("International code of conduct", "en"), new PartedSnippets.Part(")", "ru"))),
                PartedSnippets.parts(POSITION));
        Labels.Label nested = new Labels.Label("支持：Rock & Roll “印度”", "zh", "支持：<span lang=\"en\">Rock &amp; Roll “<span lang=\"zh\">印度</span>”</span>");
        assertEquals(Optional.of(List.of(new PartedSnippets.Part("支持：", "zh"), new PartedSnippets.Part("Rock & Roll “", "en"), new PartedSnippets.Part("印度", "zh"),
                new PartedSnippets.Part("”", "en"))), PartedSnippets.parts(nested));
    }

    @Test
    void a_title_in_one_language_or_of_other_tags_has_no_parts() {
        assertEquals(Optional.empty(), PartedSnippets.parts(new Labels.Label("India", "en")));
        assertEquals(Optional.empty(), PartedSnippets.parts(new Labels.Label("Китай — поддерживает: суверенитет", "ru", "Китай — поддерживает: <span>суверенитет</span>")));
        assertEquals(Optional.empty(), PartedSnippets.parts(new Labels.Label("a b", "ru", "a <b>b</b>")));
    }

    @Test
    void a_title_of_one_piece_a_snippet_from_elsewhere_or_other_tags_are_left_to_the_caller() {
        assertEquals(Optional.empty(), PartedSnippets.html("↦India↤", new Labels.Label("India", "en")));
        assertEquals(Optional.empty(), PartedSnippets.html("↦Индия↤", POSITION));
        assertEquals(Optional.empty(), PartedSnippets.html("↦a↤ b", new Labels.Label("a b", "ru", "a <b>b</b>")));
    }
}
