package org.w3id.scokg.query.functions;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A string as Java's regular expressions read it, one character at a time, that stops the read
 * once the query is cancelled (its timeout, or its client gone). A pattern that backtracks without
 * bound reads characters without bound, so it stops too, at the query's own deadline: Java's
 * engine keeps every flag and feature XPath regular expressions have, and the match is no longer
 * beyond the timeout.
 */
final class DeadlineChars implements CharSequence {
    /** Characters read between two looks at the cancel signal: a look costs a volatile read. */
    private static final int CHECK_EVERY = 1 << 12;

    private final String text;
    private final AtomicBoolean cancelled;
    private int untilCheck = CHECK_EVERY;

    DeadlineChars(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (--untilCheck == 0) {
            untilCheck = CHECK_EVERY;
            QueryBudget.checkCancelled(cancelled);
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
