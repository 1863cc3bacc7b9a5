package org.w3id.scokg.server.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteRangeTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"bytes=0-9|0|9", "bytes=5-|5|99", "bytes=-10|90|99", "bytes=0-1000|0|99"})
    void byte_ranges_resolve_against_the_length(String header, long first, long last) {
        long[] span = ByteRange.parse(header, 100);
        assertEquals(first, span[0]);
        assertEquals(last, span[1]);
    }

    @ParameterizedTest
    @CsvSource({"bytes=100-", "bytes=9-1", "'bytes=0-1,5-6'", "items=0-1", "bytes=-0", "bytes=-"})
    void bad_or_unsatisfiable_ranges_are_refused(String header) {
        assertEquals(null, ByteRange.parse(header, 100));
    }
}
