package org.w3id.scokg.query.fuzz;

/**
 * Counts the places where a query could be made smaller, in a fixed order, and says yes at the
 * one to change: walking a copy of the query with {@code Sites(k)} makes its {@code k}th edit.
 */
final class Sites {
    private final int target;
    private int seen;
    private boolean applied;

    Sites(int target) {
        this.target = target;
    }

    /** Whether to make the edit at this place: true once, at the target. */
    boolean here() {
        if (applied) return false;
        if (seen++ == target) {
            applied = true;
            return true;
        }
        return false;
    }

    /** Whether the edit has been made (false after the walk: there were fewer places). */
    boolean applied() {
        return applied;
    }
}
