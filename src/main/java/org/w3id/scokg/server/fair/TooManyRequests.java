package org.w3id.scokg.server.fair;

import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.w3id.scokg.server.web.Refusals;

/**
 * The answer to a client Jetty's DoSHandler turned away: 429 with {@code Retry-After} and one
 * sentence saying whether it spent its query time, has too many queries under way, or has too many
 * answers still being sent to it.
 */
final class TooManyRequests implements Request.Handler {
    private final Function<Request, String> key;
    private final ClientAccounts accounts;
    private final Account.Budget budget;

    TooManyRequests(Function<Request, String> key, ClientAccounts accounts, Account.Budget budget) {
        this.key = key;
        this.accounts = accounts;
        this.budget = budget;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Account.Refusal refusal = accounts.account(key.apply(request)).refusal();
        String message = switch (refusal.reason()) {
            case BUDGET -> "This client has used its " + seconds(budget.nanos()) + " s of query time per " + seconds(budget.windowNanos())
                    + " s; try again in " + refusal.retryAfterSeconds() + " s.";
            case SHARE -> "This client already has " + budget.queriesPerClient() + (budget.queriesPerClient() == 1 ? " query" : " queries")
                    + " waiting or running, as many as one client may; "
                    + "send the next when one has been answered.";
            case UNREAD -> "This client already has " + budget.openExchanges() + " answers still being sent to it, as many as one client may; "
                    + "read them to their end, or close their connections, before sending the next query.";
        };
        response.getHeaders().put(HttpHeader.RETRY_AFTER, refusal.retryAfterSeconds());
        // The editor's plain form and a named query's page are pages: a browser gets the site's error page.
        return Refusals.refuse(request, response, callback, HttpStatus.TOO_MANY_REQUESTS_429, message);
    }

    private static String seconds(long nanos) {
        return Long.toString(nanos / 1_000_000_000L);
    }
}
