package org.w3id.scokg.server.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 9110, section 14, against a representation of 100 bytes. */
class ByteRangeTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"bytes=0-9|0|9", "bytes=5-|5|99", "bytes=-10|90|99", "bytes=99-|99|99",
        // A last position past the end stands for the end; a suffix longer than the whole, for the whole.
        "bytes=0-1000|0|99", "bytes=50-99999999999999999999999|50|99", "bytes=-1000|0|99", "BYTES = 3 - 4|3|4"})
    void one_satisfiable_range_is_the_part_asked_for(String header, long first, long last) {
        assertEquals(new ByteRange.Part(first, last), ByteRange.of(header, 100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=100-", "bytes=100-200", "bytes=99999999999999999999-", "bytes=-0", "bytes=100-,-0"})
    void a_range_set_with_no_satisfiable_range_is_416(String header) {
        assertEquals(new ByteRange.Unsatisfiable(), ByteRange.of(header, 100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=0-1,5-6", "bytes=0-1,200-", "bytes=9-1", "items=0-1", "bytes=-", "bytes=a-b", "bytes", "bytes=0-1,x", "bytes=,"})
    void several_ranges_or_an_invalid_one_are_ignored_and_the_whole_is_sent(String header) {
        assertEquals(new ByteRange.Whole(), ByteRange.of(header, 100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=0-", "bytes=-5"})
    void nothing_of_an_empty_representation_is_satisfiable(String header) {
        assertEquals(new ByteRange.Unsatisfiable(), ByteRange.of(header, 0));
    }
}
