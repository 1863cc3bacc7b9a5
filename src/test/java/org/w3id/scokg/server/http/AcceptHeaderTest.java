package org.w3id.scokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Accept headers as a table, read by RFC 9110 12.5.1's grammar: each range with its weight, or NONE where the header is read as none. */
class AcceptHeaderTest {
    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL|NONE",
        "''|NONE",
        "'  '|NONE",
        // RFC 9110 5.6.1: empty members are skipped, so a header of them alone says nothing.
        "','|NONE",
        "', ,'|NONE",
        "text/html|text/html 1.0",
        "TEXT/Turtle|text/turtle 1.0",
        "*/*|*/* 1.0",
        "text/*;q=0.5|text/* 0.5",
        "text/html;Q=0|text/html 0.0",
        "text/html ; q=0.123|text/html 0.123",
        "text/html;q=1.000|text/html 1.0",
        "text/html;level=1;q=0.4|text/html 0.4",
        "text/html;charset=\"utf-8, really\";q=0.2, text/turtle|text/html 0.2, text/turtle 1.0",
        // RFC 9110 5.6.6: a parameter may be empty.
        "text/html;;q=0.5|text/html 0.5",
        "text/html;|text/html 1.0",
        "', text/turtle,,'|text/turtle 1.0",
        "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8|text/html 1.0, application/xhtml+xml 1.0, application/xml 0.9, image/avif 1.0, image/webp 1.0, */* 0.8",
        // Not a range: no subtype, no type, a space inside, a parameter without a value.
        "garbage|NONE",
        "';;;'|NONE",
        "*/|NONE",
        "/html|NONE",
        "text /html|NONE",
        "text/html;q|NONE",
        "text/html;level|NONE",
        "text/html;charset=\"utf|NONE",
        // Not a weight: RFC 9110 12.4.2's qvalue is 0 to 1 with up to three decimals, bare, once.
        "text/html;q=abc|NONE",
        "text/html;q=2|NONE",
        "text/html;q=-1|NONE",
        "text/html;q=0.5.5|NONE",
        "text/html;q=0.1234|NONE",
        "text/html;q=1.5|NONE",
        "text/html;q=\"0.5\"|NONE",
        "text/html;q=0.5;q=0.4|NONE",
        // One bad member makes the header unreadable: it is read as none, whole.
        "text/turtle, garbage|NONE",
        // The default of Java's HttpURLConnection until JDK 19 (JDK-8163921): '*' is no range, '.2' no qvalue.
        "'text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2'|NONE"})
    void a_header_is_read_by_the_grammar_or_as_none(String accept, String expected) {
        String read = AcceptHeader.ranges(accept).map(ranges -> ranges.stream().map(range -> range.name() + " " + range.q()).collect(Collectors.joining(", ")))
                .orElse("NONE");
        assertEquals(expected, read);
        assertEquals(accept != null && expected.equals("NONE"), AcceptHeader.unreadable(accept));
    }
}
