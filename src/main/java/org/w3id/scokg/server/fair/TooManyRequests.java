package org.w3id.scokg.server.fair;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.w3id.scokg.server.http.Refusals;
import org.w3id.scokg.server.web.Sentence;

/**
 * The answer to a client Jetty's DoSHandler turned away: 429 with {@code Retry-After} and one
 * sentence saying whether it spent its query time, has too many queries under way, or has too many
 * answers still being sent to it. A query refused only for the answers still being sent waits first,
 * holding no thread, up to {@code longestWait}, for one of their exchanges to end ({@link
 * Account#awaitExchangeEnd}), and then goes through the DoSHandler again, once: a client that has
 * read its answers whole is let in as soon as Jetty has counted one of them ended, one that leaves
 * them unread is refused after the wait. One query of a client waits so at most; another is refused
 * at once.
 */
final class TooManyRequests implements Request.Handler {
    /** Request attribute of a query that has waited for an exchange to end: it is not made to wait again. */
    private static final String WAITED = TooManyRequests.class.getName() + ".waited";

    private final Function<Request, String> key;
    private final ClientAccounts accounts;
    private final Account.Budget budget;
    private final Duration longestWait;
    private volatile Request.Handler askedAgain;

    TooManyRequests(Function<Request, String> key, ClientAccounts accounts, Account.Budget budget, Duration longestWait) {
        this.key = key;
        this.accounts = accounts;
        this.budget = budget;
        this.longestWait = longestWait;
    }

    /** The handler that refused the query (Jetty's DoSHandler), which a query goes through again once it has waited. */
    void askAgainThrough(Request.Handler scheduler) {
        askedAgain = scheduler;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Account account = accounts.account(key.apply(request));
        if (askedAgain != null && request.getAttribute(WAITED) == null && awaitExchangeEnd(account, request, response, callback)) return true;
        Account.Refusal refusal = account.refusal();
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

    /**
     * Whether the query waits for one of its client's exchanges to end (or for {@link #longestWait}) and is
     * then asked again on a thread of the server's pool; false when it is to be refused now.
     */
    private boolean awaitExchangeEnd(Account account, Request request, Response response, Callback callback) {
        AtomicBoolean woken = new AtomicBoolean();
        AtomicReference<Scheduler.Task> timeout = new AtomicReference<>();
        Runnable wake = () -> {
            if (!woken.compareAndSet(false, true)) return;
            cancel(timeout);
            request.setAttribute(WAITED, Boolean.TRUE);
            // The account runs this where an exchange completes, perhaps a selector's thread: the query is asked again elsewhere.
            request.getContext().execute(() -> askAgain(request, response, callback));
        };
        if (!account.awaitExchangeEnd(wake)) return false;
        timeout.set(request.getComponents().getScheduler().schedule(() -> {
            account.stopWaiting(wake);
            wake.run();
        }, longestWait.toMillis(), TimeUnit.MILLISECONDS));
        // Woken before its timeout was set: the timeout is not needed.
        if (woken.get()) cancel(timeout);
        return true;
    }

    private void askAgain(Request request, Response response, Callback callback) {
        try {
            if (!askedAgain.handle(request, response, callback)) Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
        } catch (Throwable failure) {
            Response.writeError(request, response, callback, failure);
        }
    }

    private static void cancel(AtomicReference<Scheduler.Task> timeout) {
        Scheduler.Task task = timeout.getAndSet(null);
        if (task != null) task.cancel();
    }

    private static String seconds(long nanos) {
        return Long.toString(nanos / 1_000_000_000L);
    }
}
