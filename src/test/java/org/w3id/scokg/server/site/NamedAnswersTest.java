package org.w3id.scokg.server.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.query.QueryCatalog;

/** The named queries' kept rows: made once per query and parameters, given again whole, and bounded however many keys are asked. */
class NamedAnswersTest {
    private static final NamedQuery STATUSES = new QueryCatalog(new ProjectLayout(ProjectCopy.ROOT)).get("statuses-on-date");

    private static RowSet empty() {
        return RowSetStream.create(List.of(Var.alloc("state")), List.<Binding>of().iterator());
    }

    @Test
    void rows_are_made_once_per_parameters_and_held_for_the_scheduler_to_see() {
        NamedAnswers answers = new NamedAnswers();
        AtomicInteger made = new AtomicInteger();
        Map<String, String> day = Map.of("date", "2010-06-01");
        assertFalse(answers.holds("/queries/statuses-on-date", Map.of("date", new String[] {"2010-06-01"})));
        for (int i = 0; i < 3; i++) {
            RowSet rows = answers.select(STATUSES, day, () -> {
                made.incrementAndGet();
                return empty();
            });
            assertEquals(List.of(Var.alloc("state")), rows.getResultVars());
        }
        assertEquals(1, made.get());
        // The page's language and format are not the query's parameters; a value given twice is not held.
        assertTrue(answers.holds("/queries/statuses-on-date", Map.of("date", new String[] {"2010-06-01"}, "lang", new String[] {"ru"}, "format", new String[] {"csv"})));
        assertFalse(answers.holds("/queries/statuses-on-date", Map.of("date", new String[] {"2010-06-01", "2010-06-02"})));
        assertFalse(answers.holds("/queries/statuses-on-date", Map.of("date", new String[] {"2010-06-02"})));
        assertFalse(answers.holds("/sparql", Map.of("date", new String[] {"2010-06-01"})));
    }

    /**
     * A review on 6 December 2026: an empty answer weighed one cell, so every day of a date's query
     * (each an empty answer before 2001) could be kept, a million keys. Each entry now weighs its key
     * and itself: 200,000 days leave at most some 60,000 kept.
     */
    @Test
    void the_keys_of_empty_answers_are_bounded_too() {
        NamedAnswers answers = new NamedAnswers();
        java.time.LocalDate day = java.time.LocalDate.of(1000, 1, 1);
        for (int i = 0; i < 200_000; i++) {
            answers.select(STATUSES, Map.of("date", day.plusDays(i).toString()), NamedAnswersTest::empty);
        }
        long kept = answers.size();
        assertTrue(kept > 1_000 && kept <= 1_000_000 / 16, "kept: " + kept);
    }
}
