package org.w3id.scokg.server.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.query.QueryPolicy;

/**
 * The rows of the named queries' answers, kept by query and parameters as given: the graph does not
 * change while it is served, and a named query calls nothing that draws anew (one that did would not
 * be kept). A page asked again is made from its rows without evaluating, so the scheduler lets it
 * through as it lets a kept SPARQL answer ({@link #holds}): until a review on 6 December 2026 a
 * reader who opened two named queries at once on a two-core server, one client's share of queries
 * being one, got a 429 for the second, though its answer took 10 ms and had been made before.
 */
final class NamedAnswers {
    /** Cells (rows times columns) kept in all: the graph's nodes are shared, so some tens of MB at most. */
    private static final long MAX_CELLS = 1_000_000;

    private record Key(String name, Map<String, String> params) {}

    private record Kept(List<Var> vars, List<Binding> rows) {}

    private final Cache<Key, Kept> kept = Caffeine.newBuilder()
            .maximumWeight(MAX_CELLS)
            .<Key, Kept>weigher((key, answer) -> (int) Math.min(Integer.MAX_VALUE, 1L + (long) answer.rows().size() * Math.max(1, answer.vars().size())))
            .build();
    private final Map<String, Boolean> deterministic = new ConcurrentHashMap<>();

    /** The answer of {@code query} with {@code params} (read as the query takes them), kept or made by {@code evaluate}. */
    RowSet select(NamedQuery query, Map<String, String> params, Supplier<RowSet> evaluate) {
        if (!deterministic.computeIfAbsent(query.name(), name -> QueryPolicy.check(query.query()).deterministic())) return evaluate.get();
        Kept answer = kept.get(new Key(query.name(), new TreeMap<>(params)), key -> {
            RowSet rows = evaluate.get();
            return new Kept(List.copyOf(rows.getResultVars()), rows.stream().toList());
        });
        return RowSetStream.create(answer.vars(), answer.rows().iterator());
    }

    /**
     * Whether a GET of {@code path} with these query-string parameters would be answered from kept
     * rows: the parameters as {@link GivenParameters#read} reads them, without looking up any key
     * (a key in other letters' case is read when the query runs, and kept under the key as given).
     */
    boolean holds(String path, Map<String, String[]> parameters) {
        if (!path.startsWith("/queries/")) return false;
        Map<String, String> params = new TreeMap<>();
        for (Map.Entry<String, String[]> given : parameters.entrySet()) {
            if (GivenParameters.notOfTheQuery(given.getKey())) continue;
            if (given.getValue().length != 1) return false;
            params.put(given.getKey(), given.getValue()[0]);
        }
        return kept.asMap().containsKey(new Key(path.substring("/queries/".length()), params));
    }
}
