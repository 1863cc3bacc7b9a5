package org.w3id.scokg.server.http;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.fuseki.Fuseki;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.w3id.scokg.server.web.Language;

/**
 * A body sent with the Servlet API's non-blocking output: while a client reads it slowly, or not at
 * all, its request holds the body's bytes and its connection, never a thread. Written with blocking
 * output, each such client held one of Jetty's threads until the idle timeout cut its write (30 s
 * without progress), and Fuseki's pool has 20: thirty connections that asked a cached answer of
 * some megabytes and read nothing kept {@code /$/ping} waiting 22 s.
 *
 * <p>The bytes of the bodies being sent at once are bounded ({@link #BUDGET}): past it, a body is
 * refused with 503 and {@code Retry-After}, so clients that leave answers unread cannot fill the
 * heap; a file counts its piece's {@value #PIECE} bytes.
 *
 * <p>A body goes out {@value #PIECE} bytes at a time, and a client must take each piece within
 * {@link #PIECE_TIME} (30 s, some 2 KB/s), or its connection is closed: Jetty's idle timeout ends a
 * write that makes no progress, but not one that a client takes a few bytes a second, which would
 * hold the body's bytes for hours.
 */
public final class AsyncBody {
    /** Bytes of bodies being sent at once: 256 MiB, or an eighth of the heap if less. */
    static final long BUDGET = HeapShare.of(256L << 20, 8);
    /** A file is read and sent this many bytes at a time. */
    static final int PIECE = 64 * 1024;
    /** Context attribute: the {@link Duration} a client has to take each piece, when not {@link #PIECE_TIME}. */
    public static final String PIECE_TIME_ATTRIBUTE = AsyncBody.class.getName() + ".pieceTime";
    /** The time a client has to take each piece of a body. */
    public static final Duration PIECE_TIME = Duration.ofSeconds(30);
    private static final int RETRY_SECONDS = 5;
    private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();
    private static final SendingBudget SENDING = new SendingBudget(BUDGET);
    /**
     * Headers that describe the body a refusal replaces (RFC 9110's representation metadata, a
     * download's file name, and the caps {@code AnswerCap} reports), dropped from the 503.
     */
    private static final String[] BODY_HEADERS = {"Content-Encoding", "Content-Language", "Content-Location", "Content-Range", "ETag", "Last-Modified",
        "Content-Disposition", "X-Result-Row-Cap", "X-Result-Byte-Cap"};

    private AsyncBody() {}

    /** The next piece of a body to write, or null once it has all been written. */
    @FunctionalInterface
    private interface Pieces {
        ByteBuffer next() throws IOException;
    }

    /**
     * Sends {@code body} as the response's whole body, with its length. The response must not be
     * committed; its status and headers are those set before, unless the budget is spent. An
     * error's body is written at once, on this thread: it is short, and filters outside may still
     * look at an error's response when the chain returns. So is a HEAD's, which Jetty drops.
     */
    public static void send(HttpServletRequest request, HttpServletResponse response, byte[] body) throws IOException {
        response.setContentLength(body.length);
        if (body.length == 0) return;
        if (head(request) || response.getStatus() >= HttpServletResponse.SC_MULTIPLE_CHOICES) {
            // Jetty drops a HEAD's body, after compression has set the headers the GET gets (RFC 9110 9.3.2).
            response.getOutputStream().write(body);
            return;
        }
        int[] sent = {0};
        send(request, response, body, body.length, () -> {
            if (sent[0] == body.length) return null;
            int length = Math.min(PIECE, body.length - sent[0]);
            ByteBuffer piece = ByteBuffer.wrap(body, sent[0], length);
            sent[0] += length;
            return piece;
        });
    }

    /**
     * Sends {@code length} bytes of {@code file} from {@code position}, by positional reads (requests
     * may share the channel); the response's length must be set. For HEAD none is read, and the
     * headers are committed with the GET's length: Jetty's compression decides on the first write,
     * and an empty last one is never compressed, so a HEAD that wrote nothing got the uncompressed
     * length and ETag where its GET was compressed (RFC 9110 9.3.2).
     */
    public static void send(HttpServletRequest request, HttpServletResponse response, FileChannel file, long position, long length) throws IOException {
        if (length > 0 && head(request)) response.flushBuffer();
        if (length == 0 || head(request)) return;
        ByteBuffer piece = ByteBuffer.allocate((int) Math.min(PIECE, length));
        long[] sent = {0};
        send(request, response, piece, piece.capacity(), () -> {
            if (sent[0] == length) return null;
            piece.clear().limit((int) Math.min(piece.capacity(), length - sent[0]));
            while (piece.hasRemaining()) {
                if (file.read(piece, position + sent[0] + piece.position()) < 0) throw new IOException("the file ended " + (length - sent[0] - piece.position()) + " bytes early");
            }
            sent[0] += piece.flip().remaining();
            return piece;
        });
    }

    /** Sends the pieces of {@code body}, whose bytes held in the heap are {@code bytes}. */
    private static void send(HttpServletRequest request, HttpServletResponse response, Object body, long bytes, Pieces pieces) throws IOException {
        if (!SENDING.reserve(body, bytes)) {
            // One line in Fuseki's log of requests, rate-limited with the clients' lines.
            Fuseki.actionLog.warn("{} {}: 503, {} bytes of bodies are being sent to clients that read slowly", request.getMethod(), request.getRequestURI(), SENDING.reserved());
            refuse(response);
            return;
        }
        Runnable release = releaseOnce(body);
        AsyncContext async;
        try {
            async = request.startAsync();
        } catch (IllegalStateException notAsync) {
            // A route without asynchronous support (HttpFront gives every route it; one added later would
            // lack it): the body written as it comes, on this thread, as before AsyncBody.
            writeHere(response, pieces, release);
            return;
        }
        // The pieces' deadlines and the connection's idle timeout, not the request's, end a slow write.
        async.setTimeout(0);
        PieceDeadline deadline = deadline(request);
        async.addListener(new Released(() -> {
            deadline.cancel();
            release.run();
        }));
        ServletOutputStream out = response.getOutputStream();
        out.setWriteListener(new PieceWriter(out, async, pieces, deadline, release));
    }

    /** Gives {@code body}'s bytes back to the budget, the first time it runs only. */
    private static Runnable releaseOnce(Object body) {
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) SENDING.release(body);
        };
    }

    /** Writes every piece on this thread, with blocking output, then runs {@code release}. */
    private static void writeHere(HttpServletResponse response, Pieces pieces, Runnable release) throws IOException {
        try {
            ServletOutputStream out = response.getOutputStream();
            for (ByteBuffer piece = pieces.next(); piece != null; piece = pieces.next()) out.write(piece.array(), piece.arrayOffset() + piece.position(), piece.remaining());
        } finally {
            release.run();
        }
    }

    /** The deadline of each piece of the answer to {@code request}, on its connection. */
    private static PieceDeadline deadline(HttpServletRequest request) {
        Duration pieceTime = request.getServletContext().getAttribute(PIECE_TIME_ATTRIBUTE) instanceof Duration given ? given : PIECE_TIME;
        EndPoint connection = ServletContextRequest.getServletContextRequest(request).getConnectionMetaData().getConnection().getEndPoint();
        return new PieceDeadline(connection, request.getAttribute(WriteClock.WRITES) instanceof WriteClock.Writes writes ? writes : null, pieceTime);
    }

    /**
     * Writes the pieces as fast as the client takes them, each under its deadline, and completes the
     * request after the last; a failed write ends it.
     */
    private record PieceWriter(ServletOutputStream out, AsyncContext async, Pieces pieces, PieceDeadline deadline, Runnable release)
            implements WriteListener {
        @Override
        public void onWritePossible() throws IOException {
            // isReady is true once the last piece has been taken whole, so a piece's buffer may be used again.
            while (out.isReady()) {
                deadline.cancel();
                ByteBuffer piece = pieces.next();
                if (piece == null) {
                    async.complete();
                    return;
                }
                out.write(piece.array(), piece.arrayOffset() + piece.position(), piece.remaining());
                if (!out.isReady()) deadline.arm();
            }
        }

        @Override
        public void onError(Throwable failure) {
            deadline.cancel();
            // The client went, or read nothing for the idle timeout: nothing more to send. A body cut
            // short before its last write completes its request without telling the listener.
            release.run();
            async.complete();
        }
    }

    /**
     * The time a client has to take a piece, set when its write could not be taken at once. When
     * it passes, the connection is closed unless the client has kept up: unless the connection has
     * taken one of Jetty's writes since (Jetty writes a piece 32 KiB at a time), or has taken every
     * write begun and the next piece waits for a thread of the server's. So a busy thread pool
     * delays a body and does not cut it (twenty downloads must not be cut while every thread is
     * busy), and the floor is about 32 KiB per piece's time (1 KB/s).
     */
    private static final class PieceDeadline implements Runnable {
        private final EndPoint connection;
        private final WriteClock.Writes writes;
        private final Duration time;
        private ScheduledFuture<?> future;
        private long takenWhenSet;

        PieceDeadline(EndPoint connection, WriteClock.Writes writes, Duration time) {
            this.connection = connection;
            this.writes = writes;
            this.time = time;
        }

        synchronized void arm() {
            if (future != null) future.cancel(false);
            takenWhenSet = writes == null ? 0 : writes.taken();
            future = DEADLINES.schedule(this, time.toMillis(), TimeUnit.MILLISECONDS);
        }

        synchronized void cancel() {
            if (future != null) future.cancel(false);
            future = null;
        }

        @Override
        public synchronized void run() {
            if (future == null) return;
            if (writes != null && (writes.taken() > takenWhenSet || !writes.waiting())) {
                arm();
                return;
            }
            future = null;
            connection.close(new TimeoutException("a piece of the body was not taken within " + time));
        }
    }

    /**
     * Whether the client asked with HEAD: a filter may hand a HEAD on as its GET, to compute the
     * GET's headers, and a HEAD of a SPARQL query must not be counted, or refused, for a body never sent.
     */
    private static boolean head(HttpServletRequest request) {
        ServletRequest asked = request;
        while (asked instanceof ServletRequestWrapper wrapper) asked = wrapper.getRequest();
        return ((HttpServletRequest) asked).getMethod().equals("HEAD");
    }

    /** One thread that closes the connections of clients too slow to take a piece; a cancelled deadline is dropped at once. */
    private static ScheduledThreadPoolExecutor deadlines() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "sco-kg-piece-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** The bytes of bodies being sent now. */
    public static long sending() {
        return SENDING.reserved();
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", Integer.toString(RETRY_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        for (String header : BODY_HEADERS) response.setHeader(header, null);
        Responses.text(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is sending as many bytes as it holds at once to clients that read slowly ("
                + BUDGET / (1024 * 1024) + " MiB); ask again in " + RETRY_SECONDS + " s.");
    }

    /** Gives the body's bytes back to the budget however the request ends. */
    private record Released(Runnable release) implements AsyncListener {
        @Override
        public void onComplete(AsyncEvent event) {
            release.run();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            release.run();
        }

        @Override
        public void onError(AsyncEvent event) {
            release.run();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {}
    }
}
