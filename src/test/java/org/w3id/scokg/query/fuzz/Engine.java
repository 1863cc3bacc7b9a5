package org.w3id.scokg.query.fuzz;

/**
 * Something that answers SPARQL over one dataset: the oracle, a subject under test, or a third
 * opinion. An engine never throws for a query it cannot answer: a failure, including a parse
 * error, is an {@link Outcome.Failure}, and running out of time is {@link Outcome.TimedOut}.
 * The fuzzer calls one engine from one thread.
 */
public interface Engine {
    /** A short name for reports, such as {@code arq-memory}. */
    String name();

    /** The answer to {@code queryText}, materialised so that it outlives any transaction. */
    Outcome evaluate(String queryText);
}
