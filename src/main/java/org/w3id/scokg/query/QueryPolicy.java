package org.w3id.scokg.query;

import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;

/**
 * What the public endpoint decides about a query before it runs, from its algebra: whether it may
 * run at all, and whether its answer may be kept and sent again.
 *
 * <p>A query may not call another host (SERVICE, in any form and at any depth); run code named in
 * it ({@code java:} IRIs, script functions, or any function, aggregate or property function that
 * Jena would load by its class name rather than find in its standard library, such as {@code
 * afn:wait} or {@code afn:print}), wherever the call stands, aggregates, sort keys, paths, EXISTS and
 * sub-queries included; page past the ceilings of LIMIT and OFFSET; or hold property paths that
 * stand for more steps than the optimiser can plan quickly ({@link PatternSize}); nor may it be of
 * ARQ's JSON form, which is none of SPARQL's four.
 *
 * <p>An answer may be kept only when the query is deterministic: it calls nothing that gives
 * another value on each run ({@code NOW}, {@code RAND}, {@code UUID}, {@code STRUUID}, {@code
 * BNODE}) and no function outside the standard library known when the server started.
 */
public final class QueryPolicy {
    public static final long MAX_LIMIT = 100_000;
    public static final long MAX_OFFSET = 100_000;

    /** The decision: why the query is refused (empty when it may run), and whether its answer may be kept. */
    public record Verdict(Optional<String> refusal, boolean deterministic) {}

    private static final String JSON_FORM = "The JSON query form is ARQ's, not SPARQL's, and this endpoint does not answer it: it answers SELECT, ASK, "
            + "CONSTRUCT and DESCRIBE, whose answers it bounds (a SELECT's in SPARQL JSON results with format=json).";

    private QueryPolicy() {}

    public static Verdict check(Query query) {
        // ARQ's JSON form is none of SPARQL's four: its answer is written past the row and byte caps
        // and the timeout's 503 that bound theirs.
        if (query.isJsonType()) return new Verdict(Optional.of(JSON_FORM), false);
        // Before the algebra is compiled: the compiler itself expands paths.
        Optional<String> paths = PatternSize.refusal(query);
        if (paths.isPresent()) return new Verdict(paths, false);
        QueryInspector inspector = new QueryInspector();
        inspector.inspect(Algebra.compile(query));
        return new Verdict(inspector.refusals().stream().findFirst(), inspector.deterministic());
    }
}
