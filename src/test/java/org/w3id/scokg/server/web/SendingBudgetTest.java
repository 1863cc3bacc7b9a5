package org.w3id.scokg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SendingBudgetTest {
    @Test
    void bodies_are_let_through_up_to_the_capacity_and_again_once_given_back() {
        SendingBudget budget = new SendingBudget(100);
        assertTrue(budget.reserve(60));
        assertTrue(budget.reserve(40));
        assertFalse(budget.reserve(1), "past the capacity");
        assertEquals(100, budget.reserved(), "a refusal takes nothing");
        budget.release(40);
        assertTrue(budget.reserve(30));
        assertEquals(90, budget.reserved());
    }

    @Test
    void a_body_larger_than_the_capacity_goes_alone() {
        SendingBudget budget = new SendingBudget(100);
        assertTrue(budget.reserve(500), "nothing else is being sent");
        assertFalse(budget.reserve(1));
        budget.release(500);
        assertTrue(budget.reserve(10));
        assertFalse(budget.reserve(500), "something else is being sent");
        assertEquals(10, budget.reserved());
    }
}
