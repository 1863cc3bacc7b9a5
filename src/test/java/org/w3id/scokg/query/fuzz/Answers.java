package org.w3id.scokg.query.fuzz;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;

/**
 * Whether two answers to one query agree: SELECT rows as multisets, or in order where the query's
 * ORDER BY fixes it ({@link RowComparison}); ASK's boolean; CONSTRUCT's and DESCRIBE's graphs up
 * to blank node renaming. Two failures agree (whatever their messages); one failure disagrees with
 * any answer. Timeouts are the caller's: they are neither.
 */
public final class Answers {
    private Answers() {}

    /** How {@code subject}'s answer to {@code query} differs from {@code oracle}'s, or empty if it does not. */
    public static Optional<String> difference(Query query, Outcome oracle, Outcome subject) {
        if (oracle instanceof Outcome.TimedOut || subject instanceof Outcome.TimedOut) {
            throw new IllegalArgumentException("a timeout is neither agreement nor divergence");
        }
        if (oracle instanceof Outcome.Failure && subject instanceof Outcome.Failure) return Optional.empty();
        if (oracle instanceof Outcome.Failure failure) return Optional.of("the oracle failed (" + failure.type() + ": " + failure.message() + "), the subject answered");
        if (subject instanceof Outcome.Failure failure) return Optional.of("the subject failed: " + failure.type() + ": " + failure.message());
        if (oracle instanceof Outcome.Rows a && subject instanceof Outcome.Rows b) return RowComparison.difference(QueryShape.of(query), a, b);
        if (oracle instanceof Outcome.Ask a && subject instanceof Outcome.Ask b) {
            return a.value() == b.value() ? Optional.empty() : Optional.of("ASK: oracle " + a.value() + ", subject " + b.value());
        }
        if (oracle instanceof Outcome.Triples a && subject instanceof Outcome.Triples b) return graphDifference(a.graph(), b.graph());
        return Optional.of("different kinds of answer: " + oracle.getClass().getSimpleName() + " and " + subject.getClass().getSimpleName());
    }

    private static Optional<String> graphDifference(Graph oracle, Graph subject) {
        if (oracle.isIsomorphicWith(subject)) return Optional.empty();
        StringBuilder text = new StringBuilder("graphs differ (up to blank nodes): oracle " + oracle.size() + " triples, subject " + subject.size());
        oracle.find().filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank() || subject.contains(t)).forEachRemaining(t -> {
            if (text.length() < 600) text.append("\n  only the oracle has ").append(t);
        });
        subject.find().filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank() || oracle.contains(t)).forEachRemaining(t -> {
            if (text.length() < 1200) text.append("\n  only the subject has ").append(t);
        });
        return Optional.of(text.toString());
    }
}
