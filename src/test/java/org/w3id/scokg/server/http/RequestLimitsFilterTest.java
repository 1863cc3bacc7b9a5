package org.w3id.scokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Texts;

/** The filter's 413 and 414 sentences: a long query goes in a POST body only where a route reads one. */
class RequestLimitsFilterTest {
    @Test
    void a_program_gets_the_english_it_got_before() {
        assertEquals("The request body is larger than 1048576 bytes.", RequestLimitsFilter.bodyTooLarge().english());
        assertEquals(RequestLimitsFilter.URI_TOO_LONG + "send a long query in a POST body.", RequestLimitsFilter.uriTooLong("/sparql").english());
        assertEquals(RequestLimitsFilter.URI_TOO_LONG + "send a shorter address (only /sparql and /reconcile take a long query in a POST body).",
                RequestLimitsFilter.uriTooLong("/doc/state/CN").english());
    }

    @Test
    void a_page_says_it_in_the_reader_s_language() {
        assertEquals("请求体超过 1048576 字节。", RequestLimitsFilter.bodyTooLarge().in(Texts.of(Language.ZH)));
    }
}
