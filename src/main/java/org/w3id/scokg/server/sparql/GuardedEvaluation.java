package org.w3id.scokg.server.sparql;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.apache.jena.sparql.exec.QueryExec;
import org.w3id.scokg.query.engine.SparqlEngine;
import org.w3id.scokg.server.http.ClientGone;

/**
 * The endpoint's guards for a query evaluated outside its Fuseki service (the editor's plain form at
 * {@code /query}): the limits on the text before it is parsed ({@link QueryText}), and, while it is
 * evaluated, a stop when its client goes away ({@link ClientGone}) or the heap runs short ({@link
 * HeapGuard}), and a stop when the server stops ({@link Evaluations}). With the timeout alone, a
 * query nested 3,900 deep answered 500 (the parser ran out of stack), thirty evaluations neither
 * watched nor scheduled kept an entity page waiting 27 s, and a stopping server waited for one to
 * its timeout.
 */
public final class GuardedEvaluation implements AutoCloseable {
    private final HttpServletRequest request;
    private final HeapGuard.Running running;
    private final QueryExec exec;
    private final Evaluations evaluations;

    private GuardedEvaluation(HttpServletRequest request, HeapGuard.Running running, QueryExec exec, Evaluations evaluations) {
        this.request = request;
        this.running = running;
        this.exec = exec;
        this.evaluations = evaluations;
    }

    /**
     * The sentence a query's text is refused with before it is parsed, with the place of the bracket,
     * list or number that passes the limit where the text shows one ({@link QueryErrorPlace}); empty
     * when it may be parsed.
     */
    public static Optional<String> refusal(String text) {
        return QueryText.refusal(text).map(sentence -> QueryErrorPlace.placed(text, sentence).orElse(sentence));
    }

    /** Watches {@code exec}, the query of {@code request}, until {@link #close}. */
    public static GuardedEvaluation watch(HttpServletRequest request, QueryExec exec) {
        Evaluations evaluations = Evaluations.of(request.getServletContext());
        GuardedEvaluation guarded = new GuardedEvaluation(request, HeapGuard.jvm().started(exec), exec, evaluations);
        if (evaluations != null) evaluations.add(exec);
        ClientGone.watch(request, () -> SparqlEngine.stop(exec));
        return guarded;
    }

    /** Whether the query was stopped because the heap ran short. */
    public boolean stoppedForMemory() {
        return running.stoppedForMemory();
    }

    /** Whether the query was stopped because the server is stopping. */
    public boolean stoppedForShutdown() {
        return evaluations != null && evaluations.stopping();
    }

    @Override
    public void close() {
        HeapGuard.jvm().finished(running);
        if (evaluations != null) evaluations.remove(exec);
        ClientGone.stopWatching(request);
    }
}
