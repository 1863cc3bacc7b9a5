package org.w3id.scokg.server.http;

import java.util.zip.ZipException;
import org.eclipse.jetty.http.GZIPContentDecoder;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.RetainableByteBuffer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A request body sent in gzip must end where its gzip ends: its last member's compressed data
 * finished and its trailer (CRC-32 and length, RFC 1952 2.3) read. Jetty's GzipHandler, inside
 * this one, inflates a body as it is read and ends it where its bytes end, whether or not its gzip
 * has, so a body cut short was read as far as it went and run: a query cut inside its compressed
 * data was answered as the query its first part made. Here the body's
 * bytes are read, as they come, by a decoder of Jetty's own ({@link GZIPContentDecoder}), which
 * keeps none of what it inflates; if the body ends with its gzip unfinished, its last read is a
 * {@link ZipException}, which the routes answer as a body that is not the gzip it says (400, {@link
 * ErrorSentences}). The decoder inflates what Jetty's inflater will, and stops at the body limit
 * past which Jetty's reader refuses the body (413), so a body is inflated twice at most.
 */
final class WholeGzipBodies extends Handler.Wrapper {
    WholeGzipBodies(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        // Doors has refused every other coding (415), and named x-gzip gzip, as Jetty's GzipHandler reads it.
        if (!request.getHeaders().contains(HttpHeader.CONTENT_ENCODING, "gzip")) return super.handle(request, response, callback);
        Checked checked = new Checked(request);
        Request.addCompletionListener(request, failure -> checked.stop());
        return super.handle(checked, response, callback);
    }

    /** The request whose body's bytes go through a decoder as they are read. */
    private static final class Checked extends Request.Wrapper {
        private final Decoder decoder;
        /** Whether the decoder has been let go: the body ended, passed the limit or was found not to be gzip, or its exchange ended. */
        private boolean stopped;

        Checked(Request request) {
            super(request);
            decoder = new Decoder(request);
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = super.read();
            if (chunk == null || Content.Chunk.isFailure(chunk) || passes(chunk)) return chunk;
            chunk.release();
            return Content.Chunk.from(new ZipException("The gzip of the request body is cut short: the body ends before its gzip does."));
        }

        /**
         * Whether the body may go on as Jetty reads it after {@code chunk}: its gzip still being read, or
         * ended with the body, or no longer followed (past the limit, or where it is not gzip at all,
         * which Jetty's inflater says itself when it meets the same bytes).
         */
        private synchronized boolean passes(Content.Chunk chunk) {
            if (stopped) return true;
            try {
                // Only bytes: the decoder, between two members, takes any call for the start of another.
                if (chunk.hasRemaining()) decoder.inflate(chunk.getByteBuffer().asReadOnlyBuffer());
            } catch (RuntimeException e) {
                stop();
                return true;
            }
            if (decoder.pastLimit()) {
                stop();
                return true;
            }
            if (!chunk.isLast()) return true;
            boolean whole = decoder.isFinished();
            stop();
            return whole;
        }

        /** The decoder let go: once the body has ended, or its exchange has (a route need not read a body). */
        synchronized void stop() {
            if (stopped) return;
            stopped = true;
            decoder.destroy();
        }
    }

    /** Jetty's decoder, counting what it inflates and keeping none of it. */
    private static final class Decoder extends GZIPContentDecoder {
        private static final int BUFFER = 8 * 1024;
        private long inflated;

        Decoder(Request request) {
            super(request.getComponents().getByteBufferPool(), BUFFER);
        }

        @Override
        protected boolean decodedChunk(RetainableByteBuffer chunk) {
            inflated += chunk.remaining();
            // Past the limit Jetty's reader refuses the body itself; no reason to inflate it again.
            return pastLimit();
        }

        /**
         * Inflates what {@code compressed} holds, up to the limit; a RuntimeException where it is not
         * gzip. Jetty's decoder returns where a member ends, the rest of the bytes unread: they are read
         * on, as the start of the next member, or a second member cut short in the same read passes.
         */
        void inflate(java.nio.ByteBuffer compressed) {
            while (compressed.hasRemaining() && !pastLimit()) {
                int before = compressed.remaining();
                decodeChunks(compressed);
                // A call that took no byte would take none the next time either: stop rather than spin.
                if (compressed.remaining() == before) return;
            }
        }

        boolean pastLimit() {
            return inflated > RequestLimitsFilter.MAX_BODY;
        }
    }
}
