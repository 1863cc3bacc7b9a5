package org.w3id.scokg.server.sparql;

import jakarta.servlet.ServletContext;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.sparql.exec.QueryExec;
import org.w3id.scokg.query.engine.SparqlEngine;

/**
 * The queries one server is evaluating, from any route (the endpoint, the editor's plain form), so
 * that they can all be stopped when the server stops: each is stopped at once and answers 503, and
 * any that starts from then on is stopped as it starts. Kept in the server's servlet context, so
 * that servers in one process (the tests') stop only their own.
 */
final class Evaluations {
    private static final String ATTRIBUTE = Evaluations.class.getName();

    private final Set<QueryExec> evaluating = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    /** The server's, once {@link #install}ed in its context; null before. */
    static Evaluations of(ServletContext context) {
        return context == null ? null : (Evaluations) context.getAttribute(ATTRIBUTE);
    }

    void install(ServletContext context) {
        context.setAttribute(ATTRIBUTE, this);
    }

    /** Counts {@code exec} as evaluating until {@link #remove}; stopped at once when the server is stopping. */
    void add(QueryExec exec) {
        evaluating.add(exec);
        // Checked after the query is in the set, which stopAll reads after setting the flag: none is missed.
        if (stopping) SparqlEngine.stop(exec);
    }

    void remove(QueryExec exec) {
        evaluating.remove(exec);
    }

    /** How many queries are evaluating now. */
    int count() {
        return evaluating.size();
    }

    /** Whether the server is stopping: a query stopped now was stopped for that. */
    boolean stopping() {
        return stopping;
    }

    /** Stops every query evaluating now, and any added from now on. */
    void stopAll() {
        stopping = true;
        evaluating.forEach(SparqlEngine::stop);
    }
}
