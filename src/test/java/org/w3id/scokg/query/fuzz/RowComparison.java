package org.w3id.scokg.query.fuzz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.resultset.ResultsCompare;

/**
 * SELECT rows compared as the query fixes them ({@link QueryShape}). Without ORDER BY: the same rows
 * as often each (as sets under REDUCED; only how many under LIMIT or OFFSET). With ORDER BY: both
 * lists sorted by the sort keys, the same run of sort keys, and within each run of equal keys the
 * same rows; under a window the runs cut by its edges may hold different rows, as long as as many.
 * Blank nodes match up to a consistent renaming.
 */
final class RowComparison {
    private static final int SHOWN = 4;

    private RowComparison() {}

    static Optional<String> difference(QueryShape shape, Outcome.Rows oracle, Outcome.Rows subject) {
        if (!new HashSet<>(oracle.vars()).equals(new HashSet<>(subject.vars()))) {
            return Optional.of("variables differ: oracle " + oracle.vars() + ", subject " + subject.vars());
        }
        List<Binding> a = RowValues.normalised(shape, oracle.rows());
        List<Binding> b = RowValues.normalised(shape, subject.rows());
        if (shape.countOnly()) {
            return a.size() == b.size() ? Optional.empty()
                    : Optional.of("LIMIT/OFFSET without ORDER BY (only the count is compared): oracle " + a.size() + " rows, subject " + b.size());
        }
        if (shape.reduced()) return multiset(new ArrayList<>(new LinkedHashSet<>(a)), new ArrayList<>(new LinkedHashSet<>(b))).map(d -> "REDUCED, compared as sets: " + d);
        if (!shape.order().isEmpty()) return ordered(new SortKeys(shape.order()), shape.windowed(), oracle.rows(), subject.rows(), a, b);
        return multiset(a, b);
    }

    /**
     * Each engine's rows in the order its ORDER BY asks, checked on the rows as answered ({@code
     * answeredA}, {@code answeredB}): the comparable forms {@code a} and {@code b} do not order as the
     * values do (a sum of doubles written as "(about -1.5)" orders as text); then the runs of equal
     * sort keys compared, on the comparable forms.
     */
    private static Optional<String> ordered(SortKeys keys, boolean windowed, List<Binding> answeredA, List<Binding> answeredB, List<Binding> a, List<Binding> b) {
        int unsorted = keys.firstUnsorted(answeredB);
        if (unsorted >= 0) return Optional.of("the subject's rows are not in ORDER BY order at row " + unsorted + ": " + answeredB.get(unsorted - 1) + " before " + answeredB.get(unsorted));
        unsorted = keys.firstUnsorted(answeredA);
        if (unsorted >= 0) return Optional.of("the oracle's rows are not in ORDER BY order at row " + unsorted + ": " + answeredA.get(unsorted - 1) + " before " + answeredA.get(unsorted));
        List<List<Binding>> runsA = keys.runs(a);
        List<List<Binding>> runsB = keys.runs(b);
        int row = 0;
        for (int i = 0; i < Math.min(runsA.size(), runsB.size()); i++) {
            List<Binding> runA = runsA.get(i);
            List<Binding> runB = runsB.get(i);
            if (keys.compare(runA.get(0), runB.get(0)) != 0 || runA.size() != runB.size()) {
                return Optional.of("rows in ORDER BY order differ from row " + row + ": oracle has " + runA.size() + " like " + runA.get(0) + ", subject has "
                        + runB.size() + " like " + runB.get(0));
            }
            boolean edge = windowed && (i == 0 || i == runsA.size() - 1);
            if (!edge) {
                Optional<String> difference = multiset(runA, runB);
                if (difference.isPresent()) return Optional.of("rows " + row + "-" + (row + runA.size() - 1) + " (equal sort keys): " + difference.get());
            }
            row += runA.size();
        }
        if (runsA.size() != runsB.size()) return Optional.of("oracle " + a.size() + " rows, subject " + b.size() + " rows (in ORDER BY order, the same up to row " + row + ")");
        return Optional.empty();
    }

    /** The same rows as often each; blank nodes up to a consistent renaming. */
    static Optional<String> multiset(List<Binding> a, List<Binding> b) {
        List<Binding> blankA = a.stream().filter(RowValues::hasBlank).toList();
        List<Binding> blankB = b.stream().filter(RowValues::hasBlank).toList();
        Optional<String> plain = counts(a.stream().filter(r -> !RowValues.hasBlank(r)).toList(), b.stream().filter(r -> !RowValues.hasBlank(r)).toList());
        if (plain.isPresent() || blankA.isEmpty() && blankB.isEmpty()) return plain.map(d -> sizes(a, b) + d);
        if (blankA.size() == blankB.size() && isomorphic(blankA, blankB)) return Optional.empty();
        Optional<String> blurred = counts(RowValues.blurred(blankA), RowValues.blurred(blankB));
        return Optional.of(sizes(a, b) + blurred.orElse("rows with blank nodes differ in which blank nodes they share"));
    }

    /**
     * Jena's comparison of rows up to a renaming of blank nodes, on a thread of its own with a
     * stack of 1 GiB (reserved, not used): it recurses once per row, and an answer of some
     * thousands of rows overflowed the fuzzer's stack (seed 14, query #118,6xx).
     */
    private static boolean isomorphic(List<Binding> a, List<Binding> b) {
        FutureTask<Boolean> comparison = new FutureTask<>(() -> ResultsCompare.equalsByTerm(a, b));
        Thread thread = new Thread(null, comparison, "row-isomorphism", 1L << 30);
        thread.start();
        try {
            return comparison.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while comparing rows", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("comparing rows with blank nodes failed", e.getCause());
        }
    }

    private static String sizes(List<Binding> a, List<Binding> b) {
        return "oracle " + a.size() + " rows, subject " + b.size() + "; ";
    }

    private static Optional<String> counts(List<Binding> a, List<Binding> b) {
        Map<Binding, Integer> balance = new LinkedHashMap<>();
        a.forEach(row -> balance.merge(row, 1, Integer::sum));
        b.forEach(row -> balance.merge(row, -1, Integer::sum));
        balance.values().removeIf(n -> n == 0);
        if (balance.isEmpty()) return Optional.empty();
        StringBuilder text = new StringBuilder(balance.size() + " rows differ in count (oracle minus subject):");
        balance.entrySet().stream().limit(SHOWN).forEach(e -> text.append("\n    ").append(e.getValue() > 0 ? "+" : "").append(e.getValue()).append(" ").append(e.getKey()));
        if (balance.size() > SHOWN) text.append("\n    ...");
        return Optional.of(text.toString());
    }
}
