package org.w3id.scokg.server.http;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.Trailers;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;

/**
 * Reads a request body that is not a form for {@link EagerContentHandler}, without holding a
 * thread, by copying each chunk into one array as it arrives and releasing it at once; the route
 * then reads the array as one chunk. Past {@code maxBytes} of content the request is a 413.
 *
 * <p>Jetty's {@code RetainedContentLoaderFactory} keeps every chunk, and counts a number of bytes for
 * each besides its content. A kept chunk costs some 128 bytes of heap (its chunk, its buffer's view
 * and its place in the queue; measured as the heap freed once the route had read
 * the body: 2,052 KiB for the 16,521 chunks Jetty made of 1 MiB sent in chunks of 64 bytes, 2,500
 * KiB for 20,000 chunks of one byte), besides the read buffers its content and framing pin. Counted at 0, as this reader in
 * front of every route did, that heap went uncounted; counted at 64, as the scheduler's reader
 * behind it counts ({@code Fairness}), a query of 600,008 bytes sent in chunks of 64 was a 413
 * saying the body was larger than 1 MiB. Copied, a body holds its content's bytes
 * and nothing for its chunks (1,024 KiB for the first body, 32 KiB for the second, measured so), only
 * its content is counted, and the scheduler's reader is handed one chunk. The number of chunks is
 * bounded by the connection's parser, which bounds a chunked body's framing ({@link
 * LineBoundParser#CHUNK_LINES}: five bytes at least a chunk, so some 26,000 chunks).
 */
public final class CoalescedContentLoaderFactory implements EagerContentHandler.ContentLoaderFactory {
    /** The array a body of unknown length starts in, grown by doubling. */
    private static final int FIRST_CAPACITY = 8192;

    private final int maxBytes;

    public CoalescedContentLoaderFactory(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public String getApplicableMimeType() {
        return null;
    }

    @Override
    public EagerContentHandler.ContentLoader newContentLoader(String contentType, String mimeType, Handler handler, Request request, Response response, Callback callback) {
        return new Loader(handler, request, response, callback);
    }

    /** One request's body, read into {@link #bytes} until its last chunk, or a failure, is read. */
    private final class Loader extends EagerContentHandler.ContentLoader implements Invocable.Task {
        /** The most the array grows to: the declared length, or the limit. */
        private final int capacity;
        private byte[] bytes;
        private int size;

        Loader(Handler handler, Request request, Response response, Callback callback) {
            super(handler, request, response, callback);
            long length = request.getLength();
            capacity = (int) (length > 0 ? Math.min(length, maxBytes) : maxBytes);
            // Grown as bytes arrive, not set to the declared length: a head that declares 1 MiB and sends nothing holds 8 KiB.
            bytes = new byte[Math.min(FIRST_CAPACITY, capacity)];
        }

        @Override
        protected void load() {
            read(false);
        }

        /** Reads what has arrived; from a demand callback ({@code dispatch}) the route is run on another thread, as it may block. */
        private void read(boolean dispatch) {
            while (true) {
                Content.Chunk chunk = getRequest().read();
                if (chunk == null) {
                    getRequest().demand(this);
                    return;
                }
                // A failure (the body's deadline, framing Jetty cannot read) goes on to the route, which reads it and answers.
                Content.Chunk tail = Content.Chunk.isFailure(chunk) ? chunk : copy(chunk);
                if (tail == null) {
                    Response.writeError(getRequest(), getResponse(), getCallback(), HttpStatus.PAYLOAD_TOO_LARGE_413);
                    return;
                }
                if (!tail.isLast() && !Content.Chunk.isFailure(tail)) continue;
                Request copied = new CopiedBody(getRequest(), ByteBuffer.wrap(bytes, 0, size), tail);
                bytes = null;
                if (dispatch) getRequest().getContext().execute(() -> handle(copied, getResponse(), getCallback()));
                else handle(copied, getResponse(), getCallback());
                return;
            }
        }

        /**
         * Copies {@code chunk}'s content and releases it: what is left to hand on after it (the end of
         * the body, or its trailers), an empty chunk when more is to come, or null past {@code maxBytes}.
         */
        private Content.Chunk copy(Content.Chunk chunk) {
            try {
                int remaining = chunk.remaining();
                if (remaining > maxBytes - size) return null;
                if (remaining > bytes.length - size) bytes = Arrays.copyOf(bytes, (int) Math.max(size + remaining, Math.min(capacity, (long) bytes.length * 2)));
                chunk.get(bytes, size, remaining);
                size += remaining;
                // Trailers hold no content and no buffer: handed on as they are.
                if (chunk instanceof Trailers) return chunk;
                return chunk.isLast() ? Content.Chunk.EOF : Content.Chunk.EMPTY;
            } finally {
                chunk.release();
            }
        }

        @Override
        public InvocationType getInvocationType() {
            return InvocationType.NON_BLOCKING;
        }

        @Override
        public void run() {
            read(true);
        }
    }

    /** The request as its route reads it: the copied content as one chunk, then what ended the body. */
    private static final class CopiedBody extends Request.Wrapper {
        private Content.Chunk content;
        private Content.Chunk tail;

        CopiedBody(Request request, ByteBuffer content, Content.Chunk tail) {
            super(request);
            this.content = content.hasRemaining() ? Content.Chunk.from(content, false) : null;
            this.tail = tail;
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk next = content != null ? content : tail;
            if (next == null) return super.read();
            if (content != null) content = null;
            else tail = null;
            return next;
        }
    }
}
