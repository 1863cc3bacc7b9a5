package org.w3id.scokg.server.fair;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.DoSHandler;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.w3id.scokg.server.http.RequestLimitsFilter;

/**
 * Fair scheduling of queries, made of Jetty's own handlers in front of the server's handler, each
 * scoped to the requests that evaluate a query ({@link QueryRoutes}); every other request (pages,
 * dumps, cached answers, ping) passes them untouched and never waits behind a query:
 *
 * <ol>
 *   <li>{@link EagerContentHandler} reads a request body in full, without holding a thread, before
 *       the query may take a slot: a body sent a byte at a time holds nothing but its connection.
 *   <li>{@link DoSHandler}, with an {@link Account} per client ({@link ClientKey}), answers 429 with
 *       {@code Retry-After} to a client over its budget of query time, with its share of queries
 *       already under way, or with its share and one more of answers still being sent to it
 *       ({@link TooManyRequests}), after waiting up to a second, holding no thread, for one of
 *       those to end.
 *   <li>{@link QueryMeter} charges each query's evaluation time to its client, counts it out of
 *       the client's share when its answer's last write begins and out of its open exchanges when
 *       the exchange completes, and sends a client with a record of short queries ({@link
 *       Account#provenLight()}) to the light lane.
 *   <li>Two {@link EvaluationQueue}s (Jetty's QoSHandler), the light clients' lane and everyone
 *       else's, each let {@code slots} queries evaluate at once; the rest wait in order of their
 *       clients' spent time, then get 503 with {@code Retry-After}. A slot cannot be taken from a
 *       query, so without the light lane a client of one short query would wait behind the long
 *       queries of many new clients; with it, it waits only behind other light clients.
 * </ol>
 *
 * <p>In front of them, two more {@link EvaluationQueue}s, neither charged to a client, each holding
 * no thread while a request waits for a slot: one for Triple Pattern Fragments ({@link
 * QueryRoutes#fragments}), with no share per client, for a TPF client asks many pages at once; and
 * outside it one for searches and suggestions ({@link QueryRoutes#searches}), short, so that
 * pipelined searches cannot take Jetty's threads, with {@link SearchShare} in front of it, which lets
 * one client have at most as many searches waiting or under way as the lane has slots.
 */
public final class Fairness {
    /** The most clients tracked at once; a client beyond it is not limited by its own budget, only by the queue. */
    private static final int MAX_CLIENTS = 100_000;
    /** Form fields read before a query is scheduled; a SPARQL form has a handful. */
    private static final int MAX_FIELDS = 1000;
    /** Bytes counted per chunk of a retained body besides its content, as Jetty's default does. */
    private static final int FRAMING_OVERHEAD = 64;
    /**
     * What a retained body may count beyond the body limit: its chunks' framing. Without it a body of
     * 1,045,000 bytes, read in some hundred chunks, counted past 1 MiB and was a 413; the content
     * itself is held to the limit by {@code RequestLimitsFilter} and {@code Doors}. In the server a
     * body reaches this reader as one chunk, copied as it arrived by the reader in front of every
     * route ({@code CoalescedContentLoaderFactory}): read here chunk by chunk, a query of 600,008
     * bytes in chunks of 64 was a 413.
     */
    private static final int FRAMING_ALLOWANCE = RequestLimitsFilter.MAX_BODY / 8;
    /** The most queries waiting at once; beyond it Jetty answers 503 at once. */
    private static final int MAX_WAITING = 10_000;
    /**
     * The longest a query refused only for its client's answers still being sent waits for one of
     * them to end ({@link TooManyRequests}): the {@code Retry-After} it would be told.
     */
    private static final Duration EXCHANGE_END_WAIT = Duration.ofSeconds(1);

    /**
     * Request attribute of a scheduled query: a {@code Runnable} that gives its evaluation slot to
     * the next query, to run once its answer is held whole and only sending it is left (run more
     * than once, or never, it frees the slot once: at the latest when its answer's last write
     * begins, which QueryMeter sees, or when the request completes).
     */
    public static final String EVALUATED = Fairness.class.getName() + ".evaluated";

    private Fairness() {}

    /** The answer caches (SPARQL answers, named queries' rows), asked whether one holds the answer to a GET (or HEAD) of this path with these parameters and Accept. */
    @FunctionalInterface
    public interface CachedAnswers {
        boolean holds(String method, String path, String urlQuery, Map<String, String[]> parameters, String accept);
    }

    /**
     * How queries are shared: {@code slots} evaluating at once, at most {@code queriesPerClient} of
     * one client waiting or running, each client {@code budget} of query time per {@code window}, a
     * query waiting {@code maxWait} at most, and the proxies whose {@code X-Forwarded-For} is believed.
     */
    public record Settings(int slots, int queriesPerClient, Duration budget, Duration window, Duration maxWait, List<String> trustedProxies) {
        public Settings {
            if (slots < 1 || queriesPerClient < 1) throw new IllegalArgumentException("slots and queries per client must be at least 1");
            if (budget.isNegative() || budget.isZero() || window.isNegative() || window.isZero()) throw new IllegalArgumentException("budget and window must be positive");
            if (maxWait.isNegative() || maxWait.isZero()) throw new IllegalArgumentException("the longest wait must be positive");
            trustedProxies = List.copyOf(trustedProxies);
            trustedProxies.forEach(ClientKey::checkProxy);
        }

        /**
         * As many slots as cores; half of them for one client, so no client takes them all; 60 s of
         * query time per minute (Wikidata's rule); 10 s of waiting at most; no proxy.
         */
        public static Settings defaults() {
            int cores = Runtime.getRuntime().availableProcessors();
            return new Settings(cores, Math.max(1, cores / 2), Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(10), List.of());
        }
    }

    /** Puts the chain in front of {@code server}'s handler; {@code cache} tells which GETs the answer cache answers. */
    public static void install(Server server, Settings settings, CachedAnswers cache) {
        QueryRoutes routes = new QueryRoutes(cache);
        Function<Request, String> key = new ClientKey(settings.trustedProxies());
        Account.Budget budget = new Account.Budget(settings.budget().toNanos(), settings.window().toNanos(), settings.queriesPerClient());
        ClientAccounts accounts = new ClientAccounts(budget);

        EvaluationQueue queue = new EvaluationQueue(settings.slots(), settings.maxWait(), MAX_WAITING, key, accounts);
        EvaluationQueue lightLane = new EvaluationQueue(settings.slots(), settings.maxWait(), MAX_WAITING, key, accounts);
        QueryMeter meter = new QueryMeter(key, accounts);
        TooManyRequests tooMany = new TooManyRequests(key, accounts, budget, EXCHANGE_END_WAIT);
        DoSHandler dos = new DoSHandler(null, key, accounts, tooMany, MAX_CLIENTS, false);
        tooMany.askAgainThrough(dos);
        EagerContentHandler eager = new EagerContentHandler(new EagerContentHandler.FormContentLoaderFactory(MAX_FIELDS, RequestLimitsFilter.MAX_BODY),
                new EagerContentHandler.RetainedContentLoaderFactory(RequestLimitsFilter.MAX_BODY + FRAMING_ALLOWANCE, FRAMING_OVERHEAD, true));
        List.of(eager, dos, meter).forEach(handler -> handler.include(routes));
        Predicate<Request> light = request -> Boolean.TRUE.equals(request.getAttribute(QueryMeter.LIGHT));
        lightLane.include(routes.and(light));
        queue.include(routes.and(light.negate()));

        // Searches and suggestions wait in a lane of their own, holding no thread while they wait, and are
        // not charged: they never wait behind queries, nor a query behind them (QueryRoutes.searches).
        EvaluationQueue searchLane = new EvaluationQueue(settings.slots(), settings.maxWait(), MAX_WAITING, key, accounts, true);
        searchLane.include(QueryRoutes::searches);

        Handler inner = server.getHandler();
        queue.setHandler(inner);
        lightLane.setHandler(queue);
        meter.setHandler(lightLane);
        dos.setHandler(meter);
        eager.setHandler(dos);
        // Fragments wait in a lane of their own too: a pattern whose matches are not kept is gathered
        // and ordered, seconds of a core on a large graph (QueryRoutes.fragments).
        EvaluationQueue fragmentsLane = new EvaluationQueue(settings.slots(), settings.maxWait(), MAX_WAITING, key, accounts, true);
        fragmentsLane.include(QueryRoutes::fragments);
        fragmentsLane.setHandler(eager);
        searchLane.setHandler(fragmentsLane);
        // One client's searches, waiting or under way, at most as many as the lane has slots (two at
        // least): past them a 429, so one client cannot fill the lane's queue (SearchShare).
        SearchShare searchShare = new SearchShare(key, Math.max(2, settings.slots()));
        searchShare.setHandler(searchLane);
        server.setHandler(searchShare);
    }
}
