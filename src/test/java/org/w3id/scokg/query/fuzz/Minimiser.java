package org.w3id.scokg.query.fuzz;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.query.Query;

/**
 * Shrinks a query while it still diverges: delta debugging on its syntax tree. Each round tries the
 * query's one-edit reductions ({@link Reductions}), shortest first, and keeps the first that still
 * diverges; it stops when none does or after a budget of tries. Only strictly shorter queries are
 * tried, so it always ends.
 */
public final class Minimiser {
    private final Predicate<Query> stillDiverges;
    private final int budget;

    /** {@code stillDiverges} is asked at most {@code budget} times per query. */
    public Minimiser(Predicate<Query> stillDiverges, int budget) {
        this.stillDiverges = stillDiverges;
        this.budget = budget;
    }

    /** The smallest query found that still diverges: {@code query} itself if none smaller does. */
    public Query minimise(Query query) {
        Query current = query;
        Set<String> tried = new HashSet<>();
        int tries = 0;
        boolean shrunk = true;
        while (shrunk && tries < budget) {
            shrunk = false;
            int length = current.toString().length();
            List<Candidate> candidates = Reductions.of(current).stream().map(Candidate::new).sorted(Comparator.comparingInt(c -> c.text.length())).toList();
            for (Candidate candidate : candidates) {
                if (candidate.text.length() >= length || !tried.add(candidate.text)) continue;
                if (++tries > budget) break;
                if (stillDiverges.test(candidate.query)) {
                    current = candidate.query;
                    shrunk = true;
                    break;
                }
            }
        }
        return current;
    }

    private record Candidate(Query query, String text) {
        Candidate(Query query) {
            this(query, query.toString());
        }
    }
}
