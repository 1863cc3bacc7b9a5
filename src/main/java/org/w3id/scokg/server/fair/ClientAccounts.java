package org.w3id.scokg.server.fair;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.eclipse.jetty.server.handler.DoSHandler;

/**
 * The accounts of the clients Jetty's {@link DoSHandler} tracks, one per client key. DoSHandler
 * keeps each account while it matters (see {@link Account#getExpireNanoTime()}), at most its limit
 * of them; this table holds them weakly, so the handlers around the queue find the same account
 * for the same key for as long as DoSHandler or a request under way holds it, and an account
 * nobody holds is collected.
 */
final class ClientAccounts implements DoSHandler.Tracker.Factory {
    private final Account.Budget budget;
    private final Cache<String, Account> accounts = Caffeine.newBuilder().weakValues().build();

    ClientAccounts(Account.Budget budget) {
        this.budget = budget;
    }

    @Override
    public Account newTracker(String key) {
        return account(key);
    }

    /** The account of the client with this key, opened empty when it has none. */
    Account account(String key) {
        return accounts.get(key, k -> new Account(budget));
    }
}
