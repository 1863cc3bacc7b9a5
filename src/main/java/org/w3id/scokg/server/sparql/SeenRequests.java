package org.w3id.scokg.server.sparql;

/**
 * Which requests came recently, remembered by the hash of their key in a table of fixed size. The
 * answer cache keeps an answer only when its request comes a second time: most queries sent to a
 * public endpoint are sent once (each edit of a query is a new one), and keeping their answers
 * filled the heap with entries that every young collection then copied again, pauses of 10 ms
 * instead of 1 to 2, for nothing.
 *
 * <p>Nothing is allocated per request. Two keys with the same hash count as one, and a key can
 * push out an older one that falls in the same slot; both only decide whether an answer is kept,
 * never what it is. Threads share the table without locks: a slot is one {@code int}, read and
 * written whole, so a race only makes a request look new or seen one time more.
 */
final class SeenRequests {
    private final int[] hashes;
    private final int shift;

    /** A table of {@code 2^bits} slots. */
    SeenRequests(int bits) {
        if (bits < 1 || bits > 30) throw new IllegalArgumentException("bits must be 1 to 30, not " + bits);
        hashes = new int[1 << bits];
        shift = 32 - bits;
    }

    /** Whether {@code key} came before; it is remembered either way. */
    boolean seenBefore(String key) {
        // 0 marks an empty slot, so a key hashing to 0 is remembered as 1.
        int hash = key.hashCode() == 0 ? 1 : key.hashCode();
        // Fibonacci hashing: the high bits of the product spread keys that differ only in their last characters.
        int slot = (hash * 0x9E3779B9) >>> shift;
        if (hashes[slot] == hash) return true;
        hashes[slot] = hash;
        return false;
    }
}
