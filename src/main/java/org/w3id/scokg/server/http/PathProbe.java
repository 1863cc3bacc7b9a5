package org.w3id.scokg.server.http;

import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Components;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Attributes;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.eclipse.jetty.util.thread.ThreadPool;

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
 * pass, so an OPTIONS makes, schedules and charges no query.
 *
 * <p>A probe leaves the request as it found it, so that the request may go on to the routes after
 * it ({@link TrailingSlashes}): what the routes set on the probe (its {@link #PROBE} mark included)
 * stays on the probe, and the probe gets a servlet channel of its own, not the one Jetty keeps for
 * the connection's requests.
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
        ask(routes, request, request.getHttpURI().getPath(), response, callback, then);
    }

    /** Asks as {@link #ask(Handler, Request, Response, Callback, Consumer)} does, of {@code path} (as sent, encoded) in place of the request's own. */
    static void ask(Handler routes, Request request, String path, Response response, Callback callback, Consumer<Boolean> then) throws Exception {
        Request head = new Head(request, path);
        head.setAttribute(PROBE, Boolean.TRUE);
        PathProbe probe = new PathProbe(head, response);
        Callback answered = Callback.from(() -> then.accept(probe.names()), callback::failed);
        if (!routes.handle(head, probe, answered)) then.accept(false);
    }

    /**
     * The probe's request: a HEAD of {@code path} without a query string, with attributes and a
     * cache of its own over those of the request it probes for, so that it leaves that request as it
     * found it.
     *
     * <p>Without the OPTIONS's body, if it has one: a route that waits for a body (the slow-body
     * deadline, the eager reader) would wait for one that may never come, and the OPTIONS get no
     * answer. The body stays unread; Jetty discards it.
     */
    private static final class Head extends Request.Wrapper {
        private final HttpURI probed;
        private final Attributes attributes;
        private final Components components;
        private final HttpFields headers;

        Head(Request request, String path) {
            super(request);
            probed = HttpURI.build(request.getHttpURI()).path(path).query(null).asImmutable();
            attributes = new Attributes.Layer(request);
            components = ownCache(request.getComponents());
            headers = HttpFields.build(request.getHeaders())
                    .remove(HttpHeader.CONTENT_LENGTH).remove(HttpHeader.TRANSFER_ENCODING).remove(HttpHeader.CONTENT_ENCODING).asImmutable();
        }

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
            return probed;
        }

        @Override
        public Components getComponents() {
            return components;
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.getAttribute(name);
        }

        @Override
        public Object setAttribute(String name, Object value) {
            return attributes.setAttribute(name, value);
        }

        @Override
        public Object removeAttribute(String name) {
            return attributes.removeAttribute(name);
        }

        @Override
        public Set<String> getAttributeNameSet() {
            return attributes.getAttributeNameSet();
        }

        @Override
        public void clearAttributes() {
            attributes.clearAttributes();
        }
    }

    /**
     * The connection's components with a cache of the probe's own: Jetty's servlet context keeps the
     * servlet channel of a connection's requests in that cache and takes it up again for the next,
     * which a probe followed by the request itself must not share.
     */
    private static Components ownCache(Components connection) {
        Attributes cache = new Attributes.Mapped();
        return new Components() {
            @Override
            public ByteBufferPool getByteBufferPool() {
                return connection.getByteBufferPool();
            }

            @Override
            public Scheduler getScheduler() {
                return connection.getScheduler();
            }

            // Deprecated for getExecutor() in Jetty 12.1, and still abstract: it is given as the connection gives it.
            @Override
            @SuppressWarnings("removal")
            public ThreadPool getThreadPool() {
                return connection.getThreadPool();
            }

            @Override
            public Executor getExecutor() {
                return connection.getExecutor();
            }

            @Override
            public Attributes getCache() {
                return cache;
            }
        };
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
