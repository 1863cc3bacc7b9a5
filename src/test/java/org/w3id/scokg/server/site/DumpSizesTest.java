package org.w3id.scokg.server.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Texts;

/**
 * The sizes {@code /dumps/} gives, counted in units of 1,024 and named so in each language: until a
 * review on 4 December 2026 369,109 bytes were "360.5 KB", a kibibyte called a kilobyte.
 */
class DumpSizesTest {
    @ParameterizedTest(name = "{0} bytes in {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "1023|EN|1,023 bytes",
        "1024|EN|1.0 KiB",
        "369109|EN|360.5 KiB",
        "3145728|EN|3.0 MiB",
        "369109|RU|360,5 КиБ",
        "3145728|RU|3,0 МиБ",
        "369109|ZH|360.5 KiB",
        "3145728|ZH|3.0 MiB"})
    void sizes_are_in_units_of_1024_named_for_them(long bytes, Language language, String shown) {
        assertEquals(shown, DumpServlet.size(bytes, Texts.of(language)).replace('\u00a0', ' '));
    }

    /** A number and its unit stay on one line: at 390 px the Russian page had "382,1" over "КиБ" until a review on 5 December 2026. */
    @ParameterizedTest(name = "{0} bytes in {1}")
    @CsvSource(delimiter = '|', value = {"1023|EN", "369109|EN", "3145728|EN", "1023|RU", "369109|RU", "3145728|RU", "1023|ZH", "369109|ZH", "3145728|ZH"})
    void a_size_keeps_its_number_and_unit_together(long bytes, Language language) {
        String size = DumpServlet.size(bytes, Texts.of(language));
        assertFalse(size.chars().anyMatch(Character::isWhitespace), "a break between the number and the unit in \"" + size + "\"");
    }
}
