package org.w3id.scokg.query.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/** The generator's only source of chance: one seed gives the same throws, in the same order. */
final class Dice {
    private final SplittableRandom random;

    Dice(long seed) {
        random = new SplittableRandom(seed);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** The index of one of {@code weights}, each as likely as its weight. */
    int weighted(int... weights) {
        int total = 0;
        for (int weight : weights) total += weight;
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) return i;
        }
        throw new IllegalStateException("unreachable");
    }
}
