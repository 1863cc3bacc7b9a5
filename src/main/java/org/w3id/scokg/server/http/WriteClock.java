package org.w3id.scokg.server.http;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Counts each response's writes to its connection, those begun and those the connection has taken
 * whole, for {@link AsyncBody}'s piece deadlines: a deadline that finds a write taken since it was
 * set, or none waiting, knows the client has kept up and the delay was the server's own (a busy
 * thread pool), and does not close the connection.
 */
final class WriteClock extends Handler.Wrapper {
    /** Request attribute: the request's {@link Writes}. */
    static final String WRITES = WriteClock.class.getName();

    /** One response's writes. */
    static final class Writes {
        private final AtomicLong begun = new AtomicLong();
        private final AtomicLong taken = new AtomicLong();

        /** The writes the connection has taken whole, or failed. */
        long taken() {
            return taken.get();
        }

        /** Whether a write has begun that the connection has not taken yet. */
        boolean waiting() {
            return begun.get() > taken.get();
        }
    }

    WriteClock(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Writes writes = new Writes();
        request.setAttribute(WRITES, writes);
        return super.handle(request, new Response.Wrapper(request, response) {
            @Override
            public void write(boolean last, ByteBuffer content, Callback written) {
                writes.begun.incrementAndGet();
                super.write(last, content, Callback.from(() -> writes.taken.incrementAndGet(), written));
            }
        }, callback);
    }
}
