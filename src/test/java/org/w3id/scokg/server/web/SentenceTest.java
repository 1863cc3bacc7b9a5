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
        assertEquals("The request body is larger than 1048576 bytes.", RequestLimitsFilter.bodyTooLarge().english());
        assertEquals(RequestLimitsFilter.URI_TOO_LONG + "send a long query in a POST body.", RequestLimitsFilter.uriTooLong("/sparql").english());
        assertEquals(RequestLimitsFilter.URI_TOO_LONG + "send a shorter address (only /sparql and /reconcile take a long query in a POST body).",
                RequestLimitsFilter.uriTooLong("/doc/state/CN").english());
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
    }

    @Test
    void a_page_says_it_in_the_reader_s_language() {
        assertEquals("Параметр q задан 2 раза; задайте его один раз.", Sentence.of("said.repeated", "q", 2).in(Texts.of(Language.RU)));
        assertEquals("Параметр q задан 5 раз; задайте его один раз.", Sentence.of("said.repeated", "q", 5).in(Texts.of(Language.RU)));
        assertEquals("参数 q 给出了 2 次；请只给出一次。", Sentence.of("said.repeated", "q", 2).in(Texts.of(Language.ZH)));
        assertEquals("Запрос выполнялся дольше, чем позволяет ограничение этой точки доступа (30 с), и был остановлен.",
                Sentence.of("said.timeout", "30.0", 30.0).in(Texts.of(Language.RU)));
        assertEquals("请求体超过 1048576 字节。", RequestLimitsFilter.bodyTooLarge().in(Texts.of(Language.ZH)));
        assertEquals("Запрошенный диапазон не содержит ни одного байта файла sco-kg.ttl (2 712 345 байт): он начинается за концом файла или запрашивает последние 0 байт.",
                Sentence.of("said.rangePast", "sco-kg.ttl", 2712345L).in(Texts.of(Language.RU)).replace('\u00a0', ' '));
    }
}
