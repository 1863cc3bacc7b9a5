package org.w3id.scokg.server.sparql;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Runs an action when the client of a request goes away before its answer is sent: Jetty reports a
 * connection closed or failed under a request to the request's failure listeners. The endpoint
 * cancels the query then, so that a client cannot start queries and leave them running.
 */
final class ClientGone {
    private ClientGone() {}

    static void onDisconnect(HttpServletRequest request, Runnable action) {
        ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
        if (jetty != null) jetty.addFailureListener(failure -> action.run());
    }
}
