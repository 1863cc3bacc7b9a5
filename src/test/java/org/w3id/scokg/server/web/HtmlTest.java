package org.w3id.scokg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTest {
    @Test
    void escape_leaves_no_markup() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;", Html.escape("<script>alert(\"x\" & 'y')</script>"));
    }

    @Test
    void escape_replaces_what_html_does_not_allow_in_a_document_with_the_replacement_character() {
        // Controls but tab, line feed, form feed and carriage return; C1 controls; noncharacters; lone surrogates.
        assertEquals("a\uFFFDb\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDc", Html.escape("a\u0000b\u000B\u0001\u007F\u0085\uFDD0\uFFFE\uD800c"));
        assertEquals("\uFFFD\uFFFD", Html.escape(new String(Character.toChars(0x1FFFF)) + "\uDC00"));
        // Whitespace HTML allows, the letters of any script and characters past the BMP stay as they are.
        assertEquals("a\tb\nc\fd\re \u00A0\u0416\u4E2D\uD83D\uDE00\uFFFD\uFDF0", Html.escape("a\tb\nc\fd\re \u00A0\u0416\u4E2D\uD83D\uDE00\uFFFD\uFDF0"));
    }

    @Test
    void a_cell_carries_its_columns_word_escaped_and_its_content_as_given() {
        assertEquals("<td data-label=\"&quot;Size&quot; &amp; &lt;date&gt;\"><time>2001-06-15</time></td>", Html.cell("\"Size\" & <date>", Html.date("2001-06-15")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "India: member state from 2017-06-09|India: member state from <time>2017-06-09</time>",
        "斯里兰卡：对话伙伴（上海合作组织，2009-06-16至2025-09-01）|斯里兰卡：对话伙伴（上海合作组织，<time>2009-06-16</time>至<time>2025-09-01</time>）",
        "a month 2023-07 and a year 2023|a month <time>2023-07</time> and a year 2023",
        "<span lang=\"en\" title=\"2017-06-09\">from 2017-06-09</span>|<span lang=\"en\" title=\"2017-06-09\">from <time>2017-06-09</time></span>",
        "no date at all|no date at all"})
    void keep_whole_puts_each_date_of_the_text_in_a_time_element(String html, String expected) {
        assertEquals(expected, Html.keepWhole(html));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Letter (A/66/359).|Letter (<span class=\"identifier\">A/66/359</span>).",
        "A/RES/73/27 and A/C.1/73/L.27|<span class=\"identifier\">A/RES/73/27</span> and <span class=\"identifier\">A/C.1/73/L.27</span>",
        "the key SCO-IN-MemberState-2017-06-09, not a date|the key <span class=\"identifier\">SCO-IN-MemberState-2017-06-09</span>, not a date",
        "<a href=\"/doc/x/A-1\">A-1</a>|<a href=\"/doc/x/A-1\"><span class=\"identifier\">A-1</span></a>",
        "государство-член, co-operation, 73/27 and 2017-06-09|государство-член, co-operation, 73/27 and <time>2017-06-09</time>",
        "https://w3id.org/sco-kg/id/document/A-66-359|https://w3id.org/sco-kg/id/document/A-66-359"})
    void keep_whole_puts_each_identifier_but_no_word_date_or_iri_in_a_span(String html, String expected) {
        assertEquals(expected, Html.keepWhole(html));
    }

    /**
     * A review of 5 December 2026: an English note that quotes a Chinese or Russian name ("“印度共和国”: The
     * state's official name …") was English throughout, so a screen reader read the name with English
     * sounds. Each run of another script is marked with its language, on a page of any language.
     */
    @ParameterizedTest(name = "{0} on an {1} page")
    @CsvSource(delimiter = '|', value = {
        "“印度共和国”: The official name.|en|“<span lang=\"zh\">印度共和国</span>”: The official name.",
        "“印度共和国”: The official name.|ru|<span lang=\"en\">“<span lang=\"zh\">印度共和国</span>”: The official name.</span>",
        "As ONT writes it: “4 июля Республика Беларусь стала членом.”|en|As ONT writes it: “4 <span lang=\"ru\">июля Республика Беларусь стала членом</span>.”",
        "“上合組織”, “ШОС”: short names.|zh|<span lang=\"en\">“<span lang=\"zh\">上合組織</span>”, “<span lang=\"ru\">ШОС</span>”: short names.</span>",
        "An English note & nothing else.|en|An English note &amp; nothing else."})
    void a_run_of_another_script_in_a_text_is_marked_with_its_language(String text, String page, String expected) {
        Node note = NodeFactory.createLiteralLang(text, "en");
        Texts texts = Texts.of(Language.valueOf(page.toUpperCase(java.util.Locale.ROOT)));
        assertEquals(expected, Html.name(note, GraphFactory.createDefaultGraph(), texts).html(texts.language()));
    }

    @Test
    void a_russian_text_marks_its_chinese_but_not_its_latin_letters() {
        Node note = NodeFactory.createLiteralLang("Название ШОС (SCO) по-китайски: 上海合作组织.", "ru");
        Texts texts = Texts.of(Language.RU);
        assertEquals("Название ШОС (SCO) по-китайски: <span lang=\"zh\">上海合作组织</span>.", Html.name(note, GraphFactory.createDefaultGraph(), texts).html(texts.language()));
    }

    /**
     * Another graph's page by its name: DBpedia names its pages in English words, which a Russian or
     * Chinese page marks so (a review of 6 December 2026 found "DBpedia India" read as Russian); a
     * Wikidata item or a GeoNames feature by its number, no words of a language.
     */
    @ParameterizedTest(name = "{0} on an {1} page")
    @CsvSource(delimiter = '|', value = {"http://dbpedia.org/resource/India|ru|<span lang=\"en\">DBpedia India</span>",
        "http://dbpedia.org/resource/Shanghai_Cooperation_Organisation|zh|<span lang=\"en\">DBpedia Shanghai Cooperation Organisation</span>",
        "http://dbpedia.org/resource/India|en|DBpedia India", "http://www.wikidata.org/entity/Q668|ru|Wikidata Q668",
        "http://sws.geonames.org/1269750/|zh|GeoNames 1269750"})
    void another_graphs_page_is_named_in_the_language_of_its_words(String iri, String page, String expected) {
        Texts texts = Texts.of(Language.valueOf(page.toUpperCase(java.util.Locale.ROOT)));
        assertEquals(expected, Html.name(NodeFactory.createURI(iri), GraphFactory.createDefaultGraph(), texts).html(texts.language()));
    }

    /**
     * An IRI outside the web is shown, not linked: a query may answer any IRI, and a link to
     * {@code javascript:} or {@code data:} runs in the site's origin when followed (a review of 6
     * December 2026 found the plain query page linking {@code javascript:alert(1)}).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "urn:isbn:0451450523"})
    void an_iri_outside_the_web_is_no_link(String iri) {
        Node node = NodeFactory.createURI(iri);
        assertEquals(null, Html.href(node));
        String shown = Html.value(node, GraphFactory.createDefaultGraph(), Texts.of(Language.EN));
        assertEquals(-1, shown.indexOf("<a"), shown);
        assertEquals(-1, shown.indexOf("<script"), shown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"http://www.wikidata.org/entity/Q148|http://www.wikidata.org/entity/Q148", "HTTPS://example.org/x|HTTPS://example.org/x",
        "https://w3id.org/sco-kg/id/state/IN|/doc/state/IN"})
    void an_iri_of_the_web_is_a_link(String iri, String href) {
        Node node = NodeFactory.createURI(iri);
        assertEquals(href, Html.href(node));
        assertEquals(true, Html.value(node, GraphFactory.createDefaultGraph(), Texts.of(Language.EN)).startsWith("<a href=\"" + Html.escape(href) + "\">"));
    }
}
