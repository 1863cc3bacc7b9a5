package org.w3id.scokg.server.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * A deadline on a request body as a whole, around Jetty's {@code EagerContentHandler}: a body not
 * read in full within {@code limit} of the request's start is answered 408 and its connection closed
 * (Jetty closes a connection whose body was not read), however slowly it trickles. The idle timeout
 * alone never fires on a body that sends a byte every few seconds, and Jetty 12 has no minimum data
 * rate for request bodies.
 *
 * <p>Two handlers share each request's {@link Reading}: this one, outside the eager reader, starts the
 * clock, and {@link #passed} inside it stops the clock when the body has been read and the request
 * goes on to its route. Whichever comes first wins: past the deadline, this one answers 408 on the
 * request's own callback, the reader's next read fails, and when the reader hands the request on, the
 * inner handler ends it without running the route; before it, the request goes on as if there were no
 * deadline. Nothing is closed under Jetty's feet, so the request ends and the server still stops
 * gracefully.
 */
public final class BodyDeadline extends Handler.Wrapper {
    private static final String READING = BodyDeadline.class.getName();

    private final Duration limit;

    /** Around {@code eagerReader}, whose handler must be {@link #passed}. */
    public BodyDeadline(Handler eagerReader, Duration limit) {
        super(eagerReader);
        if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("the body deadline must be positive");
        this.limit = limit;
    }

    /** The handler inside the eager reader: the body is read, the route may run (or the deadline passed, and it may not). */
    public static Handler passed(Handler routes) {
        return new Handler.Wrapper(routes) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                if (request.getAttribute(READING) instanceof Reading reading && !reading.pass()) {
                    callback.succeeded();
                    return true;
                }
                return super.handle(request, response, callback);
            }
        };
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!hasBody(request)) return super.handle(request, response, callback);
        Reading reading = new Reading(request, response, callback);
        request.setAttribute(READING, reading);
        reading.alarm = getServer().getScheduler().schedule(reading::expire, limit.toMillis(), TimeUnit.MILLISECONDS);
        return super.handle(reading, response, reading);
    }

    private static boolean hasBody(Request request) {
        long length = request.getLength();
        return length > 0 || length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }

    private enum State {
        READING,
        PASSED,
        EXPIRED
    }

    /** One request's body as the reader sees it, and the request's callback as the handlers inside see it. */
    private final class Reading extends Request.Wrapper implements Callback {
        private final AtomicReference<State> state = new AtomicReference<>(State.READING);
        private final AtomicReference<Runnable> waiting = new AtomicReference<>();
        private final Response response;
        private final Callback callback;
        private volatile Scheduler.Task alarm;

        Reading(Request request, Response response, Callback callback) {
            super(request);
            this.response = response;
            this.callback = callback;
        }

        @Override
        public Content.Chunk read() {
            if (state.get() == State.EXPIRED) return Content.Chunk.from(new TimeoutException("request body past its deadline"), true);
            return super.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            waiting.set(demandCallback);
            super.demand(this::wake);
        }

        private void wake() {
            Runnable next = waiting.getAndSet(null);
            if (next != null) next.run();
        }

        /**
         * Whether the request goes on (to its route, or to its end): the body was read, or the reader
         * answered it, before the deadline. The deadline no longer applies.
         */
        boolean pass() {
            Scheduler.Task task = alarm;
            if (task != null) task.cancel();
            return state.compareAndSet(State.READING, State.PASSED) || state.get() == State.PASSED;
        }

        void expire() {
            if (!state.compareAndSet(State.READING, State.EXPIRED)) return;
            Response.writeError(getWrapped(), response, callback, HttpStatus.REQUEST_TIMEOUT_408,
                    "The request body was not received within " + limit.toSeconds() + " s.");
            // The reader, if it waits for more of the body, reads the failure and hands the request on.
            getContext().execute(this::wake);
        }

        // The request's end as the handlers inside give it; past the deadline the 408 has ended it.
        @Override
        public void succeeded() {
            if (pass()) callback.succeeded();
        }

        @Override
        public void failed(Throwable failure) {
            if (pass()) callback.failed(failure);
        }

        @Override
        public InvocationType getInvocationType() {
            return callback.getInvocationType();
        }
    }
}
