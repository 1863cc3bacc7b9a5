package org.w3id.scokg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.ee10.servlet.HttpOutput;

/**
 * A body handed to Jetty as one asynchronous write ({@code HttpOutput.sendContent} with a callback)
 * that completes its request when the client has taken it: the machinery under the sends of {@link
 * Responses} that hold no thread while a client does not read.
 */
final class ThreadlessWrite {
    private ThreadlessWrite() {}

    /**
     * Hands {@code body} to Jetty as one write that completes the request when done; false, with
     * nothing written, where it is written as before, on this thread: an empty body, a HEAD's (its
     * stream discards what it is given), an error's (filters may still look at it when the chain
     * returns, as for {@link AsyncBody}), or a route without asynchronous support.
     */
    static boolean handOff(HttpServletRequest request, HttpServletResponse response, ByteBuffer body) throws IOException {
        if (!body.hasRemaining() || response.getStatus() >= HttpServletResponse.SC_MULTIPLE_CHOICES || !request.isAsyncSupported()) return false;
        if (!(response.getOutputStream() instanceof HttpOutput jetty)) return false;
        jakarta.servlet.AsyncContext async = request.startAsync();
        async.setTimeout(0);
        jetty.sendContent(body, org.eclipse.jetty.util.Callback.from(() -> complete(async), failure -> {
            closeConnection(request);
            complete(async);
        }));
        return true;
    }

    /**
     * Closes the connection of a request whose answer could not be written: its client has gone. Jetty
     * takes the exchange completed for one sent, and would run the next request the client had
     * pipelined on it, one after another, each answer's write failing in turn (24 connections of
     * pipelined searches closed kept the cores busy for more than 40 s after).
     */
    private static void closeConnection(HttpServletRequest request) {
        org.eclipse.jetty.ee10.servlet.ServletContextRequest jetty = org.eclipse.jetty.ee10.servlet.ServletContextRequest.getServletContextRequest(request);
        if (jetty != null) jetty.getConnectionMetaData().getConnection().getEndPoint().close();
    }

    private static void complete(jakarta.servlet.AsyncContext async) {
        try {
            async.complete();
        } catch (IllegalStateException alreadyCompleted) {
            // The connection failed and Jetty ended the exchange itself.
        }
    }
}
