package org.w3id.scokg.query.results;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * {@link java.io.BufferedWriter} without its lock: Gson writes a few characters per call, and the
 * lock taken on each was most of the time spent writing a large answer. The characters go on to
 * {@code out} a whole buffer at a time. For one thread; Jena's {@code BufferingWriter} would do,
 * but it fails on {@code write(String, offset, length)} with an offset other than 0 (Jena 5.6).
 */
final class UnsynchronizedBufferedWriter extends Writer {
    private final Writer out;
    private final char[] buffer;
    private int count;

    UnsynchronizedBufferedWriter(Writer out, int size) {
        this.out = out;
        this.buffer = new char[size];
    }

    @Override
    public void write(int c) throws IOException {
        if (count == buffer.length) drain();
        buffer[count++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, chars.length);
        if (length > buffer.length - count) drain();
        if (length >= buffer.length) {
            out.write(chars, offset, length);
        } else {
            System.arraycopy(chars, offset, buffer, count, length);
            count += length;
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, text.length());
        if (length > buffer.length - count) drain();
        if (length >= buffer.length) {
            out.write(text, offset, length);
        } else {
            text.getChars(offset, offset + length, buffer, count);
            count += length;
        }
    }

    private void drain() throws IOException {
        if (count > 0) out.write(buffer, 0, count);
        count = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
