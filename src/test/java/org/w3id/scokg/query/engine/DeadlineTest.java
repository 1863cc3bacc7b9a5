package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;

/**
 * A query that evaluates while ARQ builds its plan stops at its deadline: ARQ skips a slice's
 * OFFSET when it makes the slice, inside the lock its own timeout's alarm waits for.
 */
class DeadlineTest {
    @Test
    void an_offset_skipped_while_the_plan_is_built_stops_at_the_deadline() {
        DatasetGraph scoKg = DeadlineReviewTest.data();
        // 27 million distinct rows, all read before the first is answered.
        String text = "SELECT DISTINCT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } LIMIT 1 OFFSET 26999999";
        long start = System.nanoTime();
        try (QueryExec exec = SparqlEngine.exec(scoKg, QueryFactory.create(text), 500).build()) {
            SparqlEngine.Deadline deadline = SparqlEngine.deadline(exec, 500);
            try {
                assertThrows(QueryCancelledException.class, () -> exec.select().hasNext());
            } finally {
                deadline.cancel();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // Without the deadline it reads and spills every row first (minutes); a generous bound for a shared machine.
        assertTrue(seconds < 20, seconds + " s");
    }
}
