package org.w3id.scokg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a page's search box says of the words it holds. */
class PageTest {
    private static final Pattern INPUT = Pattern.compile("<input [^>]*>");

    /**
     * The box holding words whose script tells another language than the page's says it ({@code
     * lang} on the input, by {@link Scripts#languageOf}), and says nothing where they are in the
     * page's language or have no letters: until 6 December 2026 "India" in the box of a Russian
     * search page was read as Russian.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ru|India|en",
        "zh|India|en",
        "en|India|''",
        "en|Индия|ru",
        "zh|Индия|ru",
        "ru|Индия|''",
        "en|印度|zh",
        "ru|印度|zh",
        "zh|印度|''",
        "ru|''|''",
        "ru|2017|''",
    })
    void the_search_box_says_the_language_of_its_words_where_it_is_not_the_pages(String page, String words, String lang) {
        String form = Page.at("/search", Language.byTag(page).orElseThrow()).searchForm("search-q", words);
        Matcher input = INPUT.matcher(form);
        assertTrue(input.find(), form);
        Matcher said = Pattern.compile(" lang=\"([^\"]*)\"").matcher(input.group());
        assertEquals(lang, said.find() ? said.group(1) : "", input.group());
    }

    /**
     * A page titled by a label in another language than its own says so on its {@code title}
     * element, which can carry a {@code lang} but no markup: Shanghai, named in English only, on its
     * Russian page. A title in the page's language, or of no language, says nothing.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ru|Shanghai|en|<title lang=\"en\">Shanghai · sco-kg</title>",
        "ru|Шанхай|ru|<title>Шанхай · sco-kg</title>",
        "zh|上海|zh-Hant|<title lang=\"zh-Hant\">上海 · sco-kg</title>",
        "en|Shanghai|en|<title>Shanghai · sco-kg</title>",
        "en|XX|''|<title>XX · sco-kg</title>",
    })
    void a_title_in_another_language_than_the_pages_says_it(String page, String text, String lang, String title) {
        String html = Page.at("/doc/place/x", Language.byTag(page).orElseThrow()).title(new Labels.Label(text, lang)).body("").render();
        assertTrue(html.contains(title), html);
    }
}
