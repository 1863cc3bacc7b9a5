package org.w3id.scokg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A refusal's sentence has one source, the bundles: a program gets the English word for word as it
 * was written in the code before 6 December 2026, and a page the reader's language.
 */
class SentenceTest {
    @Test
    void a_program_gets_the_english_it_got_before() {
        assertEquals("q is given 2 times; give it once.", Sentence.of("said.repeated", "q", 2).english());
        assertEquals("POST is not allowed here; use GET, HEAD, OPTIONS.", Sentence.of("said.method", "POST", "GET, HEAD, OPTIONS").english());
        assertEquals("The query ran past this endpoint's timeout of 30.0 s and was stopped.", Sentence.of("said.timeout", "30.0", 30.0).english());
        assertEquals("This client already has 1 query waiting or running, as many as one client may; send the next when one has been answered.",
                Sentence.of("said.share", 1).english());
        assertEquals("This client already has 4 queries waiting or running, as many as one client may; send the next when one has been answered.",
                Sentence.of("said.share", 4).english());
        assertEquals("The request's line and headers are larger than 65536 bytes, the most this server reads; send fewer or shorter headers.",
                Sentence.of("said.headersTooLarge", 65536L).english());
        assertEquals("format is one of html, json, csv, tsv, xml; this one is none of them.", Sentence.of("said.formatNone", "html, json, csv, tsv, xml").english());
        assertEquals("This is not the version If-Match names; ask again without it for the current one.", Sentence.of("said.notThatVersion").english());
        assertEquals("The range asked for holds no byte of sco-kg.ttl (2712345 bytes): it starts past the end, or asks for the last 0 bytes.",
                Sentence.of("said.rangePast", "sco-kg.ttl", 2712345L).english());
        // The search's and the 404 page's, since 6 December 2026 too.
        assertEquals("page is a whole number from 1 to 10, given once: the results, 50 a page.", Sentence.of("said.searchPage", 10, 50).english());
        assertEquals("Nothing is at /kg/nowhere.", Sentence.of("said.nothingAt", "/kg/nowhere").english());
        assertEquals("No named query 'nothing'. See /queries/.", Sentence.of("said.noQuery", "nothing", "/queries/").english());
        assertEquals("No such dump. See /dumps/.", Sentence.of("said.noDump", "/dumps/").english());
        assertEquals("No such version of a dump here. See /dumps/ for the current ones.", Sentence.of("said.noDumpVersion", "/dumps/").english());
        assertEquals("No such version of the ontology: the current one is at /ontology.", Sentence.of("said.noOntologyVersion", "/ontology").english());
        assertEquals("No such graph: the graphs are ontology, data, provenance and inferred.", Sentence.of("said.noGraph").english());
        assertEquals("Nothing is known about https://w3id.org/sco-kg/id/state/XX.", Sentence.of("said.nothingKnown", "https://w3id.org/sco-kg/id/state/XX").english());
        assertEquals("No things of kind nokind.", Sentence.of("said.noKind", "nokind").english());
        assertEquals("No such resource.", Sentence.of("said.noResource").english());
        assertEquals("No such file.", Sentence.of("said.noFile").english());
    }

    @Test
    void a_page_says_it_in_the_reader_s_language() {
        assertEquals("Параметр q задан 2 раза; задайте его один раз.", Sentence.of("said.repeated", "q", 2).in(Texts.of(Language.RU)));
        assertEquals("Параметр q задан 5 раз; задайте его один раз.", Sentence.of("said.repeated", "q", 5).in(Texts.of(Language.RU)));
        assertEquals("参数 q 给出了 2 次；请只给出一次。", Sentence.of("said.repeated", "q", 2).in(Texts.of(Language.ZH)));
        assertEquals("Запрос выполнялся дольше, чем позволяет ограничение этой точки доступа (30 с), и был остановлен.",
                Sentence.of("said.timeout", "30.0", 30.0).in(Texts.of(Language.RU)));
        assertEquals("Запрошенный диапазон не содержит ни одного байта файла sco-kg.ttl (2 712 345 байт): он начинается за концом файла или запрашивает последние 0 байт.",
                Sentence.of("said.rangePast", "sco-kg.ttl", 2712345L).in(Texts.of(Language.RU)).replace('\u00a0', ' '));
        assertEquals("Параметр page принимает целое число от 1 до 10 и задаётся один раз; на странице 50 результатов.",
                Sentence.of("said.searchPage", 10, 50).in(Texts.of(Language.RU)));
        assertEquals("参数 page 取 1 到 10 之间的整数，且只能给出一次；每页 50 条结果。", Sentence.of("said.searchPage", 10, 50).in(Texts.of(Language.ZH)));
        // One sentence for a format a route has not, on every route (since a review of issue 15 on 6 December 2026).
        assertEquals("format 取以下值之一：json, html；所给的值不在其中。", Sentence.of("said.formatNone", "json, html").in(Texts.of(Language.ZH)));
        assertEquals("Параметр format принимает одно из значений json, html; заданное значение не из их числа.", Sentence.of("said.formatNone", "json, html").in(Texts.of(Language.RU)));
        assertEquals("По адресу /kg/nowhere ничего нет.", Sentence.of("said.nothingAt", "/kg/nowhere").in(Texts.of(Language.RU)));
        assertEquals("Готового запроса «nothing» нет. См. /queries/.", Sentence.of("said.noQuery", "nothing", "/queries/").in(Texts.of(Language.RU)));
        assertEquals("没有名为“nothing”的预设查询。见 /queries/。", Sentence.of("said.noQuery", "nothing", "/queries/").in(Texts.of(Language.ZH)));
    }
}
