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
 * through as it lets a kept SPARQL answer ({@link #holds}): else a reader who opens two named
 * queries at once on a two-core server, one client's share of queries being one, gets a 429 for the
 * second, though its answer takes 10 ms and was made before.
 */
final class NamedAnswers {
    /**
     * Cells (rows times columns) kept in all, a key's characters counted as cells too (16 a cell) and
     * each entry as 16 more: the graph's nodes are shared, so some tens of MB at most, however many
     * keys of empty answers (each day's of a date's query) a client asks for.
     */
    private static final long MAX_CELLS = 1_000_000;

    private static long weight(Key key, Kept answer) {
        long keyChars = key.name().length() + key.params().entrySet().stream().mapToLong(e -> e.getKey().length() + e.getValue().length()).sum();
        return 16 + keyChars / 16 + (long) answer.rows().size() * Math.max(1, answer.vars().size());
    }

    private record Key(String name, Map<String, String> params) {}

    private record Kept(List<Var> vars, List<Binding> rows) {}

    private final Cache<Key, Kept> kept = Caffeine.newBuilder()
            .maximumWeight(MAX_CELLS)
            .<Key, Kept>weigher((key, answer) -> (int) Math.min(Integer.MAX_VALUE, weight(key, answer)))
            .build();
    private final Map<String, Boolean> deterministic = new ConcurrentHashMap<>();

    /** The answer of {@code query} with {@code params} (read as the query takes them), kept or made by {@code evaluate}. */
    RowSet select(NamedQuery query, Map<String, String> params, Supplier<RowSet> evaluate) {
        if (!deterministic.computeIfAbsent(query.name(), name -> QueryPolicy.check(query.query()).deterministic())) return evaluate.get();
        Key key = new Key(query.name(), new TreeMap<>(params));
        // Evaluated outside the cache's own computing, which would hold other keys of its bin waiting
        // for a query of up to the timeout; two asking at once may both evaluate, and the second keeps it.
        Kept answer = kept.getIfPresent(key);
        if (answer == null) {
            RowSet rows = evaluate.get();
            answer = new Kept(List.copyOf(rows.getResultVars()), rows.stream().toList());
            kept.put(key, answer);
        }
        return RowSetStream.create(answer.vars(), answer.rows().iterator());
    }

    /** For tests: the answers kept now, after the cache has done its pending evictions. */
    long size() {
        kept.cleanUp();
        return kept.estimatedSize();
    }

    /**
     * Whether a GET of {@code path} with these query-string parameters would be answered from kept
     * rows: the parameters as {@link GivenParameters#read} reads them, without looking up any key
     * (a key in other letters' case is read when the query runs, and kept under the key as given).
     * Rows evicted between this and the page's asking for them are evaluated then, unscheduled: one
     * named query's evaluation, bounded by the timeout, which a client can bring about only by
     * filling the cache with answers each of which was scheduled and charged.
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
