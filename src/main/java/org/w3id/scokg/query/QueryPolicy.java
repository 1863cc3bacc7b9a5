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
 * stand for more steps than the optimiser can plan quickly ({@link PatternSize}).
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

    private QueryPolicy() {}

    public static Verdict check(Query query) {
        // Before the algebra is compiled: the compiler itself expands paths.
        Optional<String> paths = PatternSize.refusal(query);
        if (paths.isPresent()) return new Verdict(paths, false);
        QueryInspector inspector = new QueryInspector();
        inspector.inspect(Algebra.compile(query));
        return new Verdict(inspector.refusals().stream().findFirst(), inspector.deterministic());
    }
}
