package org.w3id.scokg.server.sparql;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.w3id.scokg.server.fair.Fairness;

/**
 * A response whose body is held here, up to a limit, until the filter that made it decides what to
 * send: the answer cache, to keep an answer it has seen twice ({@link SparqlAnswerCache}), and the
 * Graph Store reads, to send a read only when it is whole ({@link GraphStoreReads}). Past the limit,
 * an answer is either passed on as it comes ({@link #passingOn}: the cache does not keep it, and a
 * run of large answers holds no more memory here than the cache would) or stopped ({@link
 * #stopping}). A held answer can be stopped from another thread too ({@link #stop}): its next write
 * throws Fuseki's own error, a 503 with the sentence given, which ends the action writing it, and
 * every later write is dropped, so that the filter's answer is the one sent.
 */
final class HeldResponse extends HttpServletResponseWrapper {
    /** What {@link #stopped} holds once the answer has ended whole. */
    private static final String WHOLE = "";

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final long limit;
    /** The sentence a write past the limit stops the answer with; null to pass the answer on instead. */
    private final String pastLimit;
    private final AtomicReference<String> stopped = new AtomicReference<>();
    private OutputStream passedOn;
    private boolean thrown;
    private ServletOutputStream stream;
    private PrintWriter writer;

    private HeldResponse(HttpServletResponse response, long limit, String pastLimit) {
        super(response);
        this.limit = limit;
        this.pastLimit = pastLimit;
    }

    /** Held up to {@code limit} bytes; a longer answer is sent on as it comes, and {@link #bytes} is null. */
    static HeldResponse passingOn(HttpServletResponse response, long limit) {
        return new HeldResponse(response, limit, null);
    }

    /** Held up to {@code limit} bytes; a write past them stops the answer with {@code pastLimit}. */
    static HeldResponse stopping(HttpServletResponse response, long limit, String pastLimit) {
        return new HeldResponse(response, limit, pastLimit);
    }

    /** Stops the answer at its next write with {@code sentence}, unless it was stopped or has ended already. */
    void stop(String sentence) {
        stopped.compareAndSet(null, sentence);
    }

    /**
     * Why the answer was stopped, or null when it ended whole: from now on it cannot be stopped, so
     * a deadline that fires as the answer ends does not turn a whole answer into a 503.
     */
    String end() {
        return stopped.compareAndSet(null, WHOLE) ? null : stopped.get();
    }

    /** Ends the action with Fuseki's error if the answer was stopped: for work between writes. */
    void check() {
        String why = stopped.get();
        if (why == null || why == WHOLE) return;
        // Fuseki writes its message of the error next: that write is dropped, not thrown again.
        thrown = true;
        throw new ActionErrorException(HttpServletResponse.SC_SERVICE_UNAVAILABLE, why, null);
    }

    /**
     * Gives the evaluation slot of {@code request}, if it has one, to the next query: its answer is
     * held whole, and a client may take minutes to read it ({@link Fairness#EVALUATED}).
     */
    static void evaluated(ServletRequest request) {
        if (request.getAttribute(Fairness.EVALUATED) instanceof Runnable free) free.run();
    }

    /** The whole answer, or null when it was longer than the limit and has been passed on. */
    byte[] bytes() {
        if (writer != null) writer.flush();
        return passedOn == null ? buffer.toByteArray() : null;
    }

    private void write(byte[] b, int off, int len) throws IOException {
        if (passedOn == null && buffer.size() + (long) len > limit) {
            if (pastLimit != null) {
                stop(pastLimit);
            } else {
                passedOn = super.getOutputStream();
                buffer.writeTo(passedOn);
                buffer.reset();
            }
        }
        String why = stopped.get();
        if (why != null && why != WHOLE) {
            if (thrown) return;
            thrown = true;
            // Fuseki's way to end an action with a status: its log then names the 503 and why.
            throw new ActionErrorException(HttpServletResponse.SC_SERVICE_UNAVAILABLE, why, null);
        }
        if (passedOn != null) passedOn.write(b, off, len);
        else buffer.write(b, off, len);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    HeldResponse.this.write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    HeldResponse.this.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("not asynchronous");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
        return writer;
    }

    @Override
    public void setContentLength(int len) {
        // The filter sets the length of what it finally sends.
    }

    @Override
    public void setContentLengthLong(long len) {
        // As above.
    }

    @Override
    public void flushBuffer() {
        // A held answer goes out whole, with its length, when the filter sends it.
    }

    @Override
    public void resetBuffer() {
        if (passedOn == null) buffer.reset();
        else super.resetBuffer();
    }

    @Override
    public boolean isCommitted() {
        return passedOn != null && super.isCommitted();
    }
}
