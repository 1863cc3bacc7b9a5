package org.w3id.scokg.server.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.NanoTime;
import org.junit.jupiter.api.Test;

/** One client's account, of one query under way at once and a budget it does not reach. */
class AccountTest {
    private final Account account = new Account(new Account.Budget(60_000_000_000L, 60_000_000_000L, 1));

    @Test
    void a_second_query_while_the_first_is_under_way_is_refused_for_the_share() {
        assertTrue(account.onRequest(NanoTime.now()));
        assertFalse(account.onRequest(NanoTime.now()));
        assertEquals(Account.Refusal.Reason.SHARE, account.refusal().reason());
        assertEquals(1, account.refusal().retryAfterSeconds());
    }

    @Test
    void a_query_counted_out_at_its_last_write_lets_one_more_in_before_its_exchange_ends() {
        assertTrue(account.onRequest(NanoTime.now()));
        account.finished(1_000_000);
        assertTrue(account.onRequest(NanoTime.now()), "the client has read the answer and asks again at once");
    }

    @Test
    void answers_left_unread_in_their_last_write_are_bounded_by_the_share_and_one() {
        for (int i = 0; i < 2; i++) {
            assertTrue(account.onRequest(NanoTime.now()), "query " + i);
            account.finished(1_000_000);
        }
        assertFalse(account.onRequest(NanoTime.now()), "two answers still being sent");
        assertEquals(Account.Refusal.Reason.UNREAD, account.refusal().reason());
        assertEquals(1, account.refusal().retryAfterSeconds());
        account.completed();
        assertTrue(account.onRequest(NanoTime.now()), "once one of them has ended");
    }

    @Test
    void a_query_refused_only_for_answers_being_sent_waits_for_one_to_end_one_at_a_time() {
        for (int i = 0; i < 2; i++) {
            assertTrue(account.onRequest(NanoTime.now()), "query " + i);
            account.finished(1_000_000);
        }
        assertFalse(account.onRequest(NanoTime.now()), "two answers still being sent");
        AtomicInteger woken = new AtomicInteger();
        assertTrue(account.awaitExchangeEnd(woken::incrementAndGet));
        assertFalse(account.awaitExchangeEnd(woken::incrementAndGet), "a second query of the client waiting so is refused at once");
        assertEquals(0, woken.get(), "woken before an exchange ended");
        account.completed();
        assertEquals(1, woken.get(), "woken once an exchange ended");
        assertFalse(account.waitsForAnExchange());
        assertTrue(account.onRequest(NanoTime.now()), "let in once woken");
    }

    @Test
    void a_query_refused_for_its_share_does_not_wait_and_one_no_longer_refused_is_woken_at_once() {
        assertTrue(account.onRequest(NanoTime.now()));
        AtomicInteger woken = new AtomicInteger();
        assertFalse(account.awaitExchangeEnd(woken::incrementAndGet), "a query under way is not an answer being sent");
        account.finished(1_000_000);
        assertTrue(account.awaitExchangeEnd(woken::incrementAndGet), "nothing refuses it now");
        assertEquals(1, woken.get());
        assertFalse(account.waitsForAnExchange());
    }

    @Test
    void an_account_with_an_answer_being_sent_is_kept_and_forgotten_after_it() throws InterruptedException {
        // A window of a millisecond: the account is forgotten a millisecond after its last query, unless one is open.
        Account brief = new Account(new Account.Budget(1_000_000L, 1_000_000L, 1));
        assertTrue(brief.onRequest(NanoTime.now()));
        brief.finished(0);
        Thread.sleep(20);
        assertTrue(brief.getExpireNanoTime() - NanoTime.now() > 0, "kept while its answer is being sent");
        brief.completed();
        assertTrue(brief.getExpireNanoTime() - NanoTime.now() < 0, "forgotten once it has been");
    }

    @Test
    void a_client_that_has_spent_a_little_waits_behind_one_that_has_spent_nothing() {
        Account idle = new Account(new Account.Budget(60_000_000_000L, 60_000_000_000L, 1));
        assertTrue(account.onRequest(NanoTime.now()));
        // Three seconds of a 60 s budget: until a review on 5 December 2026 the order counted spent
        // time in tenths of the budget, so a client that spent under 6 s ranked with a new one, and
        // clients of 3 s queries kept a new client's small query waiting behind all of theirs.
        account.finished(3_000_000_000L);
        assertTrue(account.priority() < idle.priority(), account.priority() + " against " + idle.priority());
        Account spentMore = new Account(new Account.Budget(60_000_000_000L, 60_000_000_000L, 1));
        assertTrue(spentMore.onRequest(NanoTime.now()));
        spentMore.finished(4_000_000_000L);
        assertTrue(spentMore.priority() < account.priority(), spentMore.priority() + " against " + account.priority());
    }

    @Test
    void a_long_query_keeps_its_client_out_of_the_light_lane_however_many_short_ones_follow() {
        Account light = new Account(new Account.Budget(60_000_000_000L, 60_000_000_000L, 1));
        for (int i = 0; i < 3; i++) {
            assertTrue(light.onRequest(NanoTime.now()));
            light.finished(1_000_000);
            light.completed();
        }
        assertTrue(light.provenLight(), "three short queries are a record");
        assertTrue(light.onRequest(NanoTime.now()));
        light.finished(4_000_000_000L);
        light.completed();
        // Until a review on 5 December 2026 eight short queries brought the mean back under a quarter of
        // a second: two addresses that sent them between 4 s queries kept the light lane's slots.
        for (int i = 0; i < 20; i++) {
            assertTrue(light.onRequest(NanoTime.now()));
            light.finished(1_000_000);
            light.completed();
        }
        assertFalse(light.provenLight(), "a query of 4 s within the window");
    }
}
