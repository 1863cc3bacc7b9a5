package org.w3id.scokg.server.sparql;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;

/**
 * How many SPARQL queries a running server is evaluating now (the endpoint's and the editor's plain
 * form's, {@link Evaluations}), read in-process, for HTTP tests that must wait until a query has
 * left the fair scheduler's queue and holds its slot: a query is evaluated only in a slot.
 */
public final class EvaluatingQueries {
    private EvaluatingQueries() {}

    public static int count(Server jetty) {
        Evaluations evaluations = Evaluations.of(jetty.getDescendant(ServletContextHandler.class).getServletContext());
        if (evaluations == null) throw new IllegalStateException("the server's SPARQL endpoint has not started");
        return evaluations.count();
    }
}
