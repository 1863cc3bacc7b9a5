package org.w3id.scokg.server.web;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Whether a path names something, asked of the routes themselves: only a route knows whether
 * {@code /id/state/XX} names a state or {@code /queries/x} a query. The request goes on to the
 * routes as a HEAD of its path without its query string, so that no query is evaluated, and its
 * answer is kept from the client: only its status is read, and a 404 or 410 says the path names
 * nothing. {@link Doors} asks it for an OPTIONS, which reaches no route.
 *
 * <p>The probe carries the request attribute {@link #PROBE}: a route that would evaluate a query to
 * answer a HEAD of its path (a named query's page with its default parameters, the Graph Store's
 * read of the whole dataset) answers a probe from what it knows instead, and the scheduler lets it
 * pass, so an OPTIONS costs no query (until 2 December 2026 one was made, scheduled and charged).
 */
public final class PathProbe extends Response.Wrapper {
    /** Request attribute, {@code Boolean.TRUE} on a probe: say whether the path names something, evaluating nothing. */
    public static final String PROBE = PathProbe.class.getName();

    private final HttpFields.Mutable headers = HttpFields.build();
    private int status = HttpStatus.OK_200;
    private boolean committed;
    private boolean lastWritten;

    private PathProbe(Request head, Response response) {
        super(head, response);
    }

    /**
     * Asks {@code routes} whether the path of {@code request} names something, and gives the answer
     * to {@code then}, which answers the client and completes {@code callback}; when the routes
     * fail, so does {@code callback}.
     */
    static void ask(Handler routes, Request request, Response response, Callback callback, Consumer<Boolean> then) throws Exception {
        // Without the OPTIONS's body, if it has one: a route that waits for a body (the slow-body
        // deadline, the eager reader) waited for one that may never come, and the OPTIONS got no
        // answer (a review on 2 December 2026). The body stays unread; Jetty discards it.
        Request head = new Request.Wrapper(request) {
            private final HttpURI path = HttpURI.build(request.getHttpURI()).query(null).asImmutable();
            private final HttpFields headers = HttpFields.build(request.getHeaders())
                    .remove(HttpHeader.CONTENT_LENGTH).remove(HttpHeader.TRANSFER_ENCODING).remove(HttpHeader.CONTENT_ENCODING).asImmutable();

            @Override
            public HttpFields getHeaders() {
                return headers;
            }

            @Override
            public long getLength() {
                return 0;
            }

            @Override
            public Content.Chunk read() {
                return Content.Chunk.EOF;
            }

            @Override
            public void demand(Runnable demandCallback) {
                demandCallback.run();
            }

            @Override
            public String getMethod() {
                return "HEAD";
            }

            @Override
            public HttpURI getHttpURI() {
                return path;
            }
        };
        head.setAttribute(PROBE, Boolean.TRUE);
        PathProbe probe = new PathProbe(head, response);
        Callback answered = Callback.from(() -> then.accept(probe.names()), callback::failed);
        if (!routes.handle(head, probe, answered)) then.accept(false);
    }

    private boolean names() {
        return status != HttpStatus.NOT_FOUND_404 && status != HttpStatus.GONE_410;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void setStatus(int code) {
        if (!committed) status = code;
    }

    @Override
    public HttpFields.Mutable getHeaders() {
        return headers;
    }

    @Override
    public Supplier<HttpFields> getTrailersSupplier() {
        return null;
    }

    @Override
    public void setTrailersSupplier(Supplier<HttpFields> trailers) {
        // A probe sends nothing, trailers included.
    }

    @Override
    public boolean isCommitted() {
        return committed;
    }

    @Override
    public boolean hasLastWrite() {
        return lastWritten;
    }

    @Override
    public boolean isCompletedSuccessfully() {
        return lastWritten;
    }

    @Override
    public void reset() {
        if (committed) throw new IllegalStateException("committed");
        status = HttpStatus.OK_200;
        headers.clear();
    }

    @Override
    public CompletableFuture<Void> writeInterim(int code, HttpFields fields) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void write(boolean last, ByteBuffer content, Callback callback) {
        committed = true;
        lastWritten |= last;
        callback.succeeded();
    }
}
