package org.w3id.scokg.server.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.w3id.scokg.query.engine.SparqlEngine;
import org.w3id.scokg.server.web.Responses;

/**
 * The endpoint's Graph Store Protocol reads (a GET or HEAD under {@code /sparql} that asks no query:
 * {@code ?graph=}, {@code ?default}, {@code /sparql/get}, {@code /sparql/}) bounded as a query's
 * answer is: Fuseki's own read writes the stored graph as it always has, but into a buffer, and
 * nothing is sent until it is whole; so a read that runs past the query timeout ({@link
 * SparqlEngine#deadline(Runnable, long)}, the queries' deadline), or writes more than the answer
 * byte cap, is stopped at its next write and answers 503 with one sentence, never a cut 200. A read
 * whose client goes away ({@link ClientGone}) is stopped too. A read within both bounds is sent with
 * the bytes, type and status Fuseki gave it, and its length.
 */
final class GraphStoreReads implements Filter {
    /** Request attribute: the {@link Held} response of a read under way, for {@link #check}. */
    private static final String HELD = GraphStoreReads.class.getName();
    /** Seconds a client is told to wait before it asks again for a read stopped at the timeout. */
    private static final String RETRY_SECONDS = "30";
    /** Why a read was stopped when its client went away: no one reads the answer. */
    private static final String GONE = "The client went away.";
    /** Where a client that wants more than one read may give finds it. */
    private static final String ELSEWHERE = "the dumps (/dumps/) hold the whole graph in every format, and a CONSTRUCT query asks for part of it.";

    private final long timeoutMillis;
    private final long byteCap;

    GraphStoreReads(long timeoutMillis, long byteCap) {
        this.timeoutMillis = timeoutMillis;
        this.byteCap = byteCap;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        // A query (in the query string; a form is a POST) has its own bounds: PublicQueryService.
        if (!read || request.getParameter("query") != null) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        Held held = new Held(response, byteCap);
        request.setAttribute(HELD, held);
        String timeout = "This Graph Store read ran past this endpoint's timeout of " + timeoutMillis / 1000.0 + " s and was stopped; " + ELSEWHERE;
        SparqlEngine.Deadline deadline = SparqlEngine.deadline(() -> held.stop(timeout), timeoutMillis);
        ClientGone.watch(request, () -> held.stop(GONE));
        try {
            chain.doFilter(request, held);
        } finally {
            deadline.cancel();
            ClientGone.stopWatching(request);
        }
        String stopped = held.end();
        if (stopped == null) {
            byte[] body = held.bytes();
            if (body.length > 0) {
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
            return;
        }
        if (stopped.equals(GONE)) return;
        Fuseki.actionLog.warn("{} {}: 503, {}", request.getMethod(), request.getRequestURI(), stopped.equals(timeout) ? "stopped at the timeout" : "stopped at the byte cap");
        if (stopped.equals(timeout)) response.setHeader("Retry-After", RETRY_SECONDS);
        Responses.text(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, stopped);
    }

    /**
     * What ends the read under way for {@code request} once it is stopped, to run before each
     * triple it reads ({@link GraphStoreRead}); null for a request this filter does not bound.
     */
    static Runnable check(HttpServletRequest request) {
        return request.getAttribute(HELD) instanceof Held held ? held::check : null;
    }


    /**
     * The response as Fuseki writes it, the body held here, up to {@code limit} bytes. Once stopped
     * (past the limit, or by {@link #stop} from another thread), its next write throws Fuseki's own
     * error, which ends the read, and every later write is dropped: the answer is the filter's.
     */
    private static final class Held extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final long limit;
        private final String overLimit;
        /** What {@link #stopped} holds once the read has ended whole. */
        private static final String WHOLE = "";
        private final AtomicReference<String> stopped = new AtomicReference<>();
        private boolean thrown;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Held(HttpServletResponse response, long limit) {
            super(response);
            this.limit = limit;
            this.overLimit = "This Graph Store read is larger than this endpoint's answer cap of " + limit + " bytes and was stopped; " + ELSEWHERE;
        }

        /** Stops the read at its next write with {@code sentence}, unless it was stopped already. */
        void stop(String sentence) {
            stopped.compareAndSet(null, sentence);
        }

        /**
         * Why the read was stopped, or null when it ended whole: from now on it cannot be stopped, so
         * a deadline that fires as the read ends does not turn a whole answer into a 503.
         */
        String end() {
            return stopped.compareAndSet(null, WHOLE) ? null : stopped.get();
        }

        /** Ends the read with Fuseki's error if it was stopped: before each triple it reads. */
        void check() {
            String why = stopped.get();
            if (why == null || why == WHOLE) return;
            // Fuseki writes its message of the error next: that write is dropped, not thrown again.
            thrown = true;
            throw new ActionErrorException(HttpServletResponse.SC_SERVICE_UNAVAILABLE, why, null);
        }

        byte[] bytes() {
            if (writer != null) writer.flush();
            return buffer.toByteArray();
        }

        private void write(byte[] b, int off, int len) {
            if (buffer.size() + (long) len > limit) stop(overLimit);
            String why = stopped.get();
            if (why == null || why == WHOLE) {
                buffer.write(b, off, len);
            } else if (!thrown) {
                thrown = true;
                // Fuseki's way to end an action with a status: its log then names the 503 and why.
                throw new ActionErrorException(HttpServletResponse.SC_SERVICE_UNAVAILABLE, why, null);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        Held.this.write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        Held.this.write(b, off, len);
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
            // Nothing is sent before the read is whole.
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
        }

        @Override
        public boolean isCommitted() {
            return false;
        }
    }
}
