package org.w3id.scokg.query.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gate on query evaluation: generated queries answer the same with sco-kg's engine (the one
 * {@code /sparql} runs: {@link Subjects#scoKg}, {@link Subjects#scoKgOverTdb2}) as with plain ARQ on
 * a plain in-memory dataset (the oracle), over the adversarial and synthetic data and the real
 * graph, with a fixed seed; and the batch really holds every feature the generator is there to
 * make, so that the test fails if it stops making one. On TDB2, Jena's two documented divergences
 * of TDB2 itself ({@link KnownDivergence#TDB2_GRAPH_OVER_NO_TRIPLES}, {@link
 * KnownDivergence#HASH_JOIN_CLOSED_UNBUILT}) are counted, not failed on. {@code bench/fuzz.sh} runs
 * the same for as long as asked. The TDB2 batch is a class of its own ({@link
 * DifferentialFuzzerTdb2Test}), so that the two forks of the unit tests can run the batches side by
 * side rather than one after the other.
 */
class DifferentialFuzzerTest {
    private static final long SEED = 20_261_130L;
    /** Each feature must occur in at least this many queries of the in-memory batch. */
    private static final int EACH_FEATURE = 5;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void two_thousand_queries_answer_alike_with_sco_kg_in_memory_and_plain_arq_and_cover_every_feature() {
        Tally tally = run("sco-kg", 2_000);
        List<Feature> rare = new ArrayList<>();
        for (Feature feature : Feature.values()) if (tally.count(feature) < EACH_FEATURE) rare.add(feature);
        assertEquals(List.of(), rare, "features in fewer than " + EACH_FEATURE + " of the queries");
    }

    /** Also run by {@link DifferentialFuzzerTdb2Test}, with the same seed and checks. */
    static Tally run(String subject, int queries) {
        ByteArrayOutputStream reports = new ByteArrayOutputStream();
        DifferentialFuzzer fuzzer = Subjects.fuzzer(subject, Subjects.data(subject), TIMEOUT)
                .reportingTo(new PrintStream(reports, true, StandardCharsets.UTF_8), System.out);
        Tally tally = fuzzer.run(SEED, 0, queries);
        System.out.println("[fuzz] " + subject + ": " + tally.progress());
        assertEquals(List.of(), tally.invalid(), "queries the generator got wrong");
        assertEquals(0, tally.divergences().size(), reports.toString(StandardCharsets.UTF_8));
        assertTrue(tally.skipped() <= queries / 100, "too many timeouts: " + tally.skipped());
        return tally;
    }
}
