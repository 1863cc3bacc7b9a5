package org.w3id.scokg.query.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnsynchronizedBufferedWriterTest {
    @Test
    void writes_what_it_is_given_in_order_whatever_the_sizes_and_offsets() throws IOException {
        Random random = new Random(7);
        String text = "Шанхайская организация сотрудничества 上海合作组织 \uD83C\uDF10 \"quoted\"\n\u2028 SCO";
        StringBuilder expected = new StringBuilder();
        StringWriter sink = new StringWriter();
        UnsynchronizedBufferedWriter writer = new UnsynchronizedBufferedWriter(sink, 16);
        for (int i = 0; i < 2000; i++) {
            int offset = random.nextInt(text.length());
            int length = random.nextInt(text.length() - offset + 1);
            switch (random.nextInt(3)) {
                case 0 -> writer.write(text, offset, length);
                case 1 -> writer.write(text.toCharArray(), offset, length);
                default -> {
                    writer.write(text.charAt(offset));
                    length = 1;
                }
            }
            expected.append(text, offset, offset + length);
        }
        writer.write(text.repeat(5), 3, 100); // longer than the buffer: passed straight on
        expected.append(text.repeat(5), 3, 103);
        writer.flush();
        assertEquals(expected.toString(), sink.toString());
    }

    @Test
    void refuses_a_range_outside_the_text() {
        UnsynchronizedBufferedWriter writer = new UnsynchronizedBufferedWriter(new StringWriter(), 16);
        assertThrows(IndexOutOfBoundsException.class, () -> writer.write("abc", 2, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> writer.write(new char[3], -1, 1));
    }
}
