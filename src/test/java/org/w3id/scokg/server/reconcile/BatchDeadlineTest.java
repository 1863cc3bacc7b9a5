package org.w3id.scokg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A batch and a data extension stop at their deadline, or once their client has gone. */
class BatchDeadlineTest {
    private static final Reconciler RECONCILER = new Reconciler(TestIndex.NAMES);
    private static final Reconciler.Query RUSSIA = new Reconciler.Query("Russia", List.of(), Reconciler.TypeStrict.ANY, Reconciler.DEFAULT_LIMIT, List.of());

    @Test
    void a_query_is_answered_before_its_deadline() {
        assertEquals("state/RU", RECONCILER.reconcile(RUSSIA, BatchDeadline.in(60_000)).get(0).entity().id());
    }

    @Test
    void a_query_whose_client_has_gone_is_stopped() {
        BatchDeadline deadline = BatchDeadline.in(60_000);
        deadline.clientLeft();
        assertThrows(BatchDeadline.ClientLeft.class, () -> RECONCILER.reconcile(RUSSIA, deadline));
    }

    @Test
    void a_query_past_its_deadline_is_stopped() throws InterruptedException {
        BatchDeadline deadline = BatchDeadline.in(0);
        Thread.sleep(2);
        assertThrows(BatchDeadline.PastDeadline.class, () -> RECONCILER.reconcile(RUSSIA, deadline));
    }

    @Test
    void a_data_extension_whose_client_has_gone_is_stopped() {
        DataExtension extension = new DataExtension(TestIndex.GRAPH);
        assertFalse(extension.values(List.of("state/RU"), "iso3166", LocalDate.of(2026, 12, 5), BatchDeadline.in(60_000)).get("state/RU").isEmpty());
        BatchDeadline deadline = BatchDeadline.in(60_000);
        deadline.clientLeft();
        assertThrows(BatchDeadline.ClientLeft.class, () -> extension.values(List.of("state/RU"), "iso3166", LocalDate.of(2026, 12, 5), deadline));
    }
}
