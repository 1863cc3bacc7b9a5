package org.w3id.scokg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A UN symbol's key, one however the symbol is written, as reconciliation and search compare symbols. */
class UnSymbolsTest {
    @Test
    void a_un_symbol_is_one_key_however_it_is_written() {
        for (String written : new String[] {"A/66/359", "A-66-359", "a/66/359", "A 66 359", " A/66/359/ "}) {
            assertEquals("A/66/359", UnSymbols.key(written), written);
        }
        assertEquals("A/RES/53/70", UnSymbols.key("a_res_53_70"));
    }

    @Test
    void a_un_symbol_with_a_trailing_full_stop_or_cyrillic_letters_is_the_same_symbol() {
        // A review of 3 December 2026: both found nothing, the full stop kept and «А» (U+0410) not A.
        String[][] cases = {{"A/66/359.", "A/66/359"}, {"A/66/359.)", "A/66/359"}, {"\u0410/66/359", "A/66/359"}, {"\u0430/66/359.", "A/66/359"},
            {"\u0410/RE\u0405/53/70", "A/RES/53/70"}, {"\u0410/\u0421.1/73/L.27", "A/C.1/73/L.27"}, {"A/C.1/73/L.27.", "A/C.1/73/L.27"}};
        for (String[] symbol : cases) assertEquals(symbol[1], UnSymbols.key(symbol[0]), symbol[0]);
    }

    /**
     * A review of 5 December 2026: "Ａ／６６／３５９", as a Chinese input method in full-width mode
     * types it, found nothing as a query or a suggest prefix (it was read as a property value).
     */
    @Test
    void a_un_symbol_in_full_width_forms_is_the_same_symbol() {
        assertEquals("A/66/359", UnSymbols.key("Ａ／６６／３５９"));
        assertEquals("A/C.1/73/L.27", UnSymbols.key("Ａ／Ｃ．１／７３／Ｌ．２７"));
        assertEquals("A/66/359", UnSymbols.key("A/66/3\u00ad59"), "a soft hyphen inside a number");
    }

    /**
     * A review of 5 December 2026: "A.66.359", a symbol written with dots for its slashes, was not
     * read as the symbol, though "A-66-359" was. Dots are read as slashes only where nothing else
     * separates the parts and they are a series' letters, RES or DEC, and numbers: a dot within a
     * part ("C.1", "L.27") cannot be told from one between parts, so "A.C.1.73.L.27" is read as written.
     */
    @Test
    void a_un_symbol_written_with_dots_is_the_symbol_where_no_dot_can_be_within_a_part() {
        String[][] cases = {{"A.66.359", "A/66/359"}, {"a.66.359", "A/66/359"}, {"A.66.359.", "A/66/359"}, {"\u0410.66.359", "A/66/359"},
            {"Ａ．６６．３５９", "A/66/359"}, {"A.RES.73.27", "A/RES/73/27"}, {"a.res.53.70", "A/RES/53/70"}, {"A.66", "A/66"}, {"A.RES", "A/RES"}};
        for (String[] symbol : cases) assertEquals(symbol[1], UnSymbols.key(symbol[0]), symbol[0]);
        // A symbol with a dot within a part is itself, as written with slashes or dashes.
        assertEquals("A/C.1/73/L.27", UnSymbols.key("A/C.1/73/L.27"));
        assertEquals("A/C.1/73/L.27.REV.1", UnSymbols.key("A/C.1/73/L.27.Rev.1"));
        assertEquals("A/C.1/73/L.27", UnSymbols.key("A-C.1-73-L.27"));
        // Dots that may be within a part, or beside another separator, are left as they are.
        assertEquals("A.C.1.73.L.27", UnSymbols.key("A.C.1.73.L.27"));
        assertEquals("A/66.359", UnSymbols.key("A/66.359"));
        assertEquals("U.N", UnSymbols.key("U.N."));
        assertEquals("1.5", UnSymbols.key("1.5"));
        // A review on 5 December 2026: Java matched the repeated ".number" by recursion, and 3,900 of
        // them, a suggestion's prefix of 7.8 KB, ran it out of stack (a 500 with a stack trace).
        assertEquals("A" + "/1".repeat(100_000), UnSymbols.key("A" + ".1".repeat(100_000)));
    }

    /** Slashes and dots are trimmed from both ends only (by a scan since 3 December 2026: the pattern it replaced was quadratic in a run of dots). */
    @Test
    void a_symbol_is_trimmed_of_slashes_and_dots_at_its_ends_only() {
        assertEquals("A" + ".".repeat(4_000) + "A", UnSymbols.key("a" + ".".repeat(4_000) + "a"));
        assertEquals("A/66/359", UnSymbols.key("./" + "./".repeat(3_000) + "A/66/359" + "/.".repeat(3_000)));
        assertEquals("", UnSymbols.key(".".repeat(4_000)));
    }

    /**
     * A review of 5 December 2026: a General Assembly resolution cited as researchers, Wikipedia and
     * the UN's own Russian and Chinese texts cite it found nothing, as a name, as the unSymbol property
     * or in search; only its symbol as the UN writes it did ("resolution 73/27" was a name of the graph's).
     */
    @Test
    void a_resolution_cited_as_people_write_it_is_its_symbol() {
        List<String> citations = List.of("GA res 73/27", "GA Res. 73/27", "UNGA Res 73/27", "G.A. Res. 73/27", "U.N.G.A. Res. 73/27", "res 73/27",
                "Res. 73/27.", "resolution 73/27", "Resolution No. 73/27", "General Assembly resolution 73/27", "UN General Assembly resolution 73/27",
                "United Nations General Assembly Resolution 73/27", "UNGA resolution 73/27", "GA res 73/27 (2018)", "UNGA Res 73/27 (5 December 2018)",
                "resolution A/RES/73/27", "res A/RES/73/27", "ＧＡ ｒｅｓ ７３／２７",
                "резолюция 73/27", "Резолюция 73/27", "резолюции 73/27", "резолюция № 73/27", "резолюция ГА ООН 73/27",
                "резолюция Генеральной Ассамблеи ООН 73/27", "резолюция 73/27 Генеральной Ассамблеи ООН", "резолюция 73/27 ГА ООН",
                "第73/27号决议", "大会第73/27号决议", "联大第73/27号决议", "联合国大会第73/27号决议", "第73/27號決議", "第７３／２７号决议");
        for (String cited : citations) {
            assertEquals("A/RES/73/27", UnSymbols.resolution(cited), cited);
            assertEquals("A/RES/73/27", UnSymbols.key(cited), cited);
        }
    }

    /** Only a citation of a General Assembly resolution is read so: what cites another thing, or nothing, is not. */
    @Test
    void what_is_no_citation_of_a_resolution_is_not_read_as_one() {
        for (String text : List.of("73/27", "A/RES/73/27", "A/66/359", "resolution", "res 73", "res 73/27 and 73/266", "Security Council resolution 2341",
                "HRC res 20/8", "decision 75/564", "resolution 73/27/1", "резолюция", "第73/27号", "the resolution 73/27 of the Council")) {
            assertNull(UnSymbols.resolution(text), text);
        }
        assertEquals("73/27", UnSymbols.key("73/27"), "a bare number is no symbol by itself");
    }

    /**
     * A General Assembly symbol's session and number alone ("73/27", "66/359") are the one symbol of
     * the graph that ends in them, if it is the Assembly's ("A/"): a report A/73/27 or a decision
     * A/DEC/73/27 beside the resolution A/RES/73/27 leaves it in doubt, and no symbol is made up.
     * Until a review of 6 December 2026 only a resolution's number was read so: "66/359" was nothing.
     */
    @Test
    void a_session_and_number_alone_are_the_one_general_assembly_symbol_that_ends_in_them() {
        List<String> graph = List.of("A/RES/73/27", "A/RES/73/266", "A/C.1/73/L.27", "A/65/201", "A/66/359", "A/69/723", "S/2017/123");
        assertEquals("A/RES/73/27", UnSymbols.byNumber("73/27", graph));
        assertEquals("A/RES/73/27", UnSymbols.byNumber(" ７３／２７. ", graph));
        assertEquals("A/RES/73/266", UnSymbols.byNumber("73/266", graph));
        assertEquals("A/65/201", UnSymbols.byNumber("65/201", graph), "a report");
        assertEquals("A/66/359", UnSymbols.byNumber("66/359", graph));
        assertEquals("A/69/723", UnSymbols.byNumber("69/723", graph));
        assertNull(UnSymbols.byNumber("73/28", graph), "no symbol is made up");
        assertNull(UnSymbols.byNumber("6/359", graph), "a part of a session is no session");
        assertNull(UnSymbols.byNumber("2017/123", graph), "a year is no session, and S/ is not the Assembly's");
        assertNull(UnSymbols.byNumber("17/123", List.of("S/2017/123")), "the Security Council's symbol is not the Assembly's");
        assertNull(UnSymbols.byNumber("73/27", List.of("A/RES/73/27", "A/73/27")), "a report carries it too");
        assertNull(UnSymbols.byNumber("73/27", List.of("A/RES/73/27", "A/DEC/73/27")), "a decision carries it too");
        assertNull(UnSymbols.byNumber("A/66/359", graph), "a whole symbol is read by key");
        assertNull(UnSymbols.byNumber("GA res 73/27", graph), "a citation is read by key");
        assertNull(UnSymbols.byNumber("66/359 code", graph), "a number among words");
    }

    /** The symbols written among other words, each as {@link UnSymbols#key} reads it; none inside a word. */
    @Test
    void symbols_among_words_are_read_out_of_them() {
        assertEquals(Set.of("A/66/359"), UnSymbols.within("Letter dated 12 September 2011 (A/66/359)."));
        assertEquals(Set.of("A/C.1/73/L.27", "A/RES/73/27"), UnSymbols.within("A/C.1/73/L.27, then A/RES/73/27 adopted"));
        assertEquals(Set.of("A/66/359"), UnSymbols.within("UN doc \u0410/66/359"), "with Cyrillic «А»");
        assertEquals(Set.of("XA/66/359"), UnSymbols.within("XA/66/359"), "a longer series is another symbol");
        assertEquals(Set.of(), UnSymbols.within("66/359 and 2011"));
        // Java repeats a group by recursion: 2,000 parts ran the greedy pattern out of stack.
        assertEquals(Set.of("A" + "/1".repeat(100_000)), UnSymbols.within("A" + "/1".repeat(100_000)));
    }

    /**
     * A review of 5 December 2026: a column of links to the documents found nothing. A link whose
     * address carries the symbol is the symbol, on each of the UN's sites that write it so.
     */
    @Test
    void a_link_that_carries_a_symbol_is_that_symbol() {
        String[][] cases = {{"https://undocs.org/A/66/359", "A/66/359"}, {"http://undocs.org/A/66/359", "A/66/359"},
            {"undocs.org/A/66/359", "A/66/359"}, {"https://www.undocs.org/A/66/359", "A/66/359"},
            {"https://undocs.org/en/A/RES/73/27", "A/RES/73/27"}, {"https://undocs.org/zh/A/RES/73/27", "A/RES/73/27"},
            {"https://undocs.org/A%2F66%2F359", "A/66/359"}, {" https://undocs.org/A/66/359 ", "A/66/359"},
            {"https://undocs.org/Home/Mobile?FinalSymbol=A%2F66%2F359&Language=E&DeviceType=Desktop", "A/66/359"},
            {"https://undocs.org/pdf?symbol=en/A/RES/73/27", "A/RES/73/27"}, {"https://undocs.org/pdf?symbol=en%2FA%2FRES%2F73%2F27", "A/RES/73/27"},
            {"https://documents.un.org/api/symbol/access?s=A/66/359&l=en&t=pdf", "A/66/359"},
            {"https://documents.un.org/api/symbol/access?l=en&s=A%2F66%2F359&t=pdf", "A/66/359"},
            {"https://documents.un.org/symbol-explorer?s=A/RES/73/27&i=A/RES/73/27_1234", "A/RES/73/27"},
            {"http://www.un.org/ga/search/view_doc.asp?symbol=A/69/723", "A/69/723"},
            {"https://www.un.org/en/ga/search/view_doc.asp?symbol=A/69/723&Lang=E", "A/69/723"},
            {"http://www.un.org/en/ga/search/view_doc.asp?symbol=%20A/RES/73/27", "A/RES/73/27"},
            {"http://daccess-ods.un.org/access.nsf/Get?Open&DS=A/66/359&Lang=E", "A/66/359"},
            {"HTTPS://UNDOCS.ORG/A/66/359#page=2", "A/66/359"}, {"https://undocs.org/A/C.1/73/L.27", "A/C.1/73/L.27"}};
        for (String[] link : cases) assertEquals(link[1], UnSymbols.key(link[0]), link[0]);
    }

    /**
     * Only an address that carries the symbol is read: a PDF by its job number, a record of the
     * Digital Library, another page of the UN's, or another site's address with a symbol in it, names
     * no symbol, and none is guessed from it.
     */
    @Test
    void a_link_that_carries_no_symbol_names_none() {
        for (String link : List.of("https://documents.un.org/doc/undoc/gen/n11/496/56/pdf/n1149656.pdf", "https://digitallibrary.un.org/record/710973",
                "https://www.un.org/en/ga/73/resolutions.shtml", "https://undocs.org/", "https://undocs.org/rss/gadocs.xml",
                "https://evil.example/A/66/359", "https://undocs.org.evil.example/A/66/359", "https://www.un.org/ga/search/view_doc.asp?symbol=",
                "https://search.un.org/results.php?s=A/66/359", "https://undocs.org/A%2G66")) {
            assertNull(UnDocumentLinks.symbol(link), link);
        }
    }

    /** A link among other words is cited, as a symbol among words is. */
    @Test
    void a_link_among_words_is_a_cited_symbol() {
        assertEquals(Set.of("A/66/359"), UnSymbols.within("see https://undocs.org/A/66/359 (2011)"));
    }

    /** A review of 5 December 2026: the symbol with its year in brackets was no symbol, though "res 73/27 (2018)" was. */
    @Test
    void a_resolutions_symbol_with_its_year_in_brackets_is_its_symbol() {
        for (String written : List.of("A/RES/73/27 (2018)", "A/RES/73/27(2018)", "a/res/73/27 (5 December 2018)", "A/RES/73/27 (2018).")) {
            assertEquals("A/RES/73/27", UnSymbols.key(written), written);
        }
        assertEquals("A/66/359/2011", UnSymbols.key("A/66/359 (2011)"), "not a resolution: read as written");
    }
}
