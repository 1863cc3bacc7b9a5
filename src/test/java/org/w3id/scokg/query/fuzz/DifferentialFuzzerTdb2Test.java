package org.w3id.scokg.query.fuzz;

import org.junit.jupiter.api.Test;

/**
 * {@link DifferentialFuzzerTest}'s gate on TDB2: the same seed, the same checks, sco-kg's engine
 * over a TDB2 store ({@link Subjects#scoKgOverTdb2}) against plain ARQ. A class of its own so that
 * it runs in the other fork beside the in-memory batch, not after it.
 */
class DifferentialFuzzerTdb2Test {
    @Test
    void a_thousand_queries_answer_alike_with_sco_kg_on_tdb2_and_plain_arq() {
        DifferentialFuzzerTest.run("sco-kg-tdb2", 1_000);
    }
}
