package org.w3id.scokg.server.fair;

import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.w3id.scokg.server.http.Refusals;
import org.w3id.scokg.server.web.Sentence;

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
        // In the bundles' words (org.w3id.scokg.server.web.texts), so that the page a browser gets says it in the reader's language.
        Sentence message = switch (refusal.reason()) {
            case BUDGET -> Sentence.of("said.budget", seconds(budget.nanos()), seconds(budget.windowNanos()), Long.toString(refusal.retryAfterSeconds()));
            case SHARE -> Sentence.of("said.share", budget.queriesPerClient());
            case UNREAD -> Sentence.of("said.unread", Integer.toString(budget.openExchanges()));
        };
        response.getHeaders().put(HttpHeader.RETRY_AFTER, refusal.retryAfterSeconds());
        // The editor's plain form and a named query's page are pages: a browser gets the site's error page.
        return Refusals.refuse(request, response, callback, HttpStatus.TOO_MANY_REQUESTS_429, message);
    }

    private static String seconds(long nanos) {
        return Long.toString(nanos / 1_000_000_000L);
    }
}
