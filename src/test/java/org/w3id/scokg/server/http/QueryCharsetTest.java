package org.w3id.scokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a form's bytes stop being UTF-8, as an offset in the form as it was sent. */
class QueryCharsetTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "query=caf%C3%A9|none", // é in UTF-8, escaped
        "query=caf%E9|9", // é in Latin-1: at its %
        "%E9=x|0", // in a name too
        "a=%C3&b=%A9|2", // a character cut by & is cut: each name and value is decoded apart
        "a=%C3%28|2", // a lead byte without its continuation
        "a=b+c%20d|none", // + and %20 are spaces
        "a=%ZZ%E9|none", // not well encoded: Jetty's form reader says so itself
        "a=%C|none"})
    void a_forms_first_byte_that_is_not_utf8_is_at_its_offset(String form, Integer offset) {
        OptionalInt bad = QueryCharset.firstBadFormByte(form.getBytes(StandardCharsets.US_ASCII));
        assertEquals(offset == null ? OptionalInt.empty() : OptionalInt.of(offset), bad, form);
    }

    @ParameterizedTest
    @CsvSource({"3", "0"})
    void a_raw_byte_that_is_not_utf8_counts_where_it_stands(int at) {
        byte[] form = "a=bcd".getBytes(StandardCharsets.US_ASCII);
        form[at] = (byte) 0xFF;
        assertEquals(OptionalInt.of(at), QueryCharset.firstBadFormByte(form));
    }
}
