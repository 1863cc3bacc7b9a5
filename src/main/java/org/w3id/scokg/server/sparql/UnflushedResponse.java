package org.w3id.scokg.server.sparql;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * A response whose body is never flushed before it ends. Fuseki and the results writers flush what
 * they have written, which commits the response before Jetty knows its length: every answer went
 * out in chunks, headers and body in one write and the closing chunk in another. Unflushed, an
 * answer that fits in Jetty's output buffer goes out whole, with its {@code Content-Length}; a
 * larger one is still sent as the buffer fills.
 */
final class UnflushedResponse extends HttpServletResponseWrapper {
    private ServletOutputStream stream;

    UnflushedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) stream = new Unflushed(super.getOutputStream());
        return stream;
    }

    @Override
    public void flushBuffer() {
        // Jetty sends what is left when the response ends.
    }

    private static final class Unflushed extends ServletOutputStream {
        private final ServletOutputStream out;

        Unflushed(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() {
            // As flushBuffer.
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
