package org.w3id.scokg.query.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts of one fuzzing run: queries generated, divergences, queries skipped because either
 * side ran out of time, queries the generator got wrong, queries both sides failed, and how many
 * queries held each {@link Feature}.
 */
public final class Tally {
    private final long started = System.nanoTime();
    private final Map<Feature, Integer> features = new EnumMap<>(Feature.class);
    private final List<Divergence> divergences = new ArrayList<>();
    private final List<String> invalid = new ArrayList<>();
    private final Map<String, Integer> known = new java.util.TreeMap<>();
    private final Map<String, List<Long>> failures = new java.util.TreeMap<>();
    private long queries;
    private long skipped;
    private long bothFailed;
    private long oracleNanos;
    private long subjectNanos;
    /** The subject's time over the oracle's, per query both answered in under the timeout. */
    private final List<Double> ratios = new ArrayList<>();

    void generated(Set<Feature> found) {
        queries++;
        found.forEach(feature -> features.merge(feature, 1, Integer::sum));
    }

    void invalid(String message) {
        queries++;
        invalid.add(message);
    }

    void timedOut() {
        skipped++;
    }

    void failedOnBothSides(long index, Outcome.Failure failure) {
        bothFailed++;
        String message = failure.message().length() > 90 ? failure.message().substring(0, 90) + "..." : failure.message();
        failures.computeIfAbsent(failure.type() + ": " + message, key -> new ArrayList<>()).add(index);
    }

    void known(KnownDivergence divergence) {
        known.merge(divergence.name(), 1, Integer::sum);
    }

    /** The time each side took to answer one query, both answers in hand. */
    void timed(long oracle, long subject) {
        oracleNanos += oracle;
        subjectNanos += subject;
        ratios.add(subject / (double) Math.max(1, oracle));
    }

    /**
     * How long the subject took against the oracle, over the queries both answered: their total
     * times' ratio (the slow queries weigh most) and the median of the per-query ratios.
     */
    public String timing() {
        if (ratios.isEmpty()) return "no query timed";
        List<Double> sorted = new ArrayList<>(ratios);
        Collections.sort(sorted);
        return String.format(java.util.Locale.ROOT, "time of the subject / the oracle: %.2f in total (%.1f s / %.1f s), median per query %.2f",
                subjectNanos / (double) Math.max(1, oracleNanos), subjectNanos / 1e9, oracleNanos / 1e9, sorted.get(sorted.size() / 2));
    }

    void diverged(Divergence divergence) {
        divergences.add(divergence);
    }

    public long queries() {
        return queries;
    }

    /** Queries skipped because either side ran out of time. */
    public long skipped() {
        return skipped;
    }

    /** Queries both sides failed (which agrees). */
    public long bothFailed() {
        return bothFailed;
    }

    public List<Divergence> divergences() {
        return Collections.unmodifiableList(divergences);
    }

    /** The parse errors of queries the generator made invalid: a bug of the generator each. */
    public List<String> invalid() {
        return Collections.unmodifiableList(invalid);
    }

    /**
     * The failures of queries both sides failed, by exception and message, with the indexes of the
     * queries that failed so (a run prints the first twenty, for {@code fuzz.sh}'s FIRST): agreement, but each one is worth a look (a crash where SPARQL wants a type error).
     */
    public Map<String, List<Long>> failures() {
        return Collections.unmodifiableMap(failures);
    }

    /** How many divergences were counted as each known one, by name. */
    public Map<String, Integer> known() {
        return Collections.unmodifiableMap(known);
    }

    /** How many queries held {@code feature}. */
    public int count(Feature feature) {
        return features.getOrDefault(feature, 0);
    }

    public double queriesPerSecond() {
        return queries / Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    }

    /** One line of counts, then one of feature counts. */
    public String progress() {
        StringBuilder text = new StringBuilder(String.format("%d queries, %d divergences, %d known divergences %s, %d skipped (timeouts), %d failed on both sides, %d invalid; %.1f queries/s",
                queries, divergences.size(), known.values().stream().mapToInt(Integer::intValue).sum(), known, skipped, bothFailed, invalid.size(), queriesPerSecond()));
        text.append("\n  ").append(timing()).append("\n  ");
        for (Feature feature : Feature.values()) text.append(feature.name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(count(feature)).append(' ');
        return text.toString().strip();
    }
}
