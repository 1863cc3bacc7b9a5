package org.w3id.scokg.query.fuzz;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The differential fuzzer: generates random valid SPARQL ({@link QueryGenerator}) over the data an
 * oracle and a subject both hold, asks both, compares their answers ({@link Answers}), and prints
 * every divergence as a minimised reproducer ({@link Minimiser}, {@link Divergence#report}). A
 * timeout on either side skips the query. A third opinion, if given, is asked only about
 * divergences and never decides anything.
 *
 * <p>{@code main(QUERIES [SEED [SUBJECT [FIRST]]])} runs the fuzzer's own data against one of the
 * subjects of {@link Subjects}, prints progress every {@value #PROGRESS_EVERY} queries to stderr and
 * divergences to stdout, and exits 1 if there was any (2 for bad arguments).
 */
public final class DifferentialFuzzer {
    /** Each evaluation's time limit. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final int PROGRESS_EVERY = 10_000;
    /** Evaluations of both sides the minimiser may spend on one divergence. */
    static final int MINIMISER_BUDGET = 300;

    private final TermPool terms;
    private final Engine oracle;
    private final Engine subject;
    private Engine thirdOpinion;
    private List<KnownDivergence> known = List.of();
    private int stopAfter = Integer.MAX_VALUE;
    private PrintStream divergences = System.out;
    private PrintStream progress = System.err;

    /** A fuzzer over the terms of {@code data}, the quads both engines hold. */
    public DifferentialFuzzer(DatasetGraph data, Engine oracle, Engine subject) {
        this.terms = TermPool.of(data);
        this.oracle = oracle;
        this.subject = subject;
    }

    /** Asks {@code engine} too about each divergence, and says which side it agrees with. */
    public DifferentialFuzzer withThirdOpinion(Engine engine) {
        this.thirdOpinion = engine;
        return this;
    }

    /** Counts divergences of queries that trigger one of {@code divergences} instead of reporting them. */
    public DifferentialFuzzer tolerating(List<KnownDivergence> divergences) {
        this.known = List.copyOf(divergences);
        return this;
    }

    /** Ends a run once it has found {@code divergences} divergences (all of them unless told). */
    public DifferentialFuzzer stoppingAfter(int divergences) {
        this.stopAfter = divergences;
        return this;
    }

    /** Where divergence reports and progress lines go (stdout and stderr unless told). */
    public DifferentialFuzzer reportingTo(PrintStream divergences, PrintStream progress) {
        this.divergences = divergences;
        this.progress = progress;
        return this;
    }

    /** Generates queries {@code 0} to {@code end - 1} from {@code seed} and evaluates those from {@code first} on. */
    public Tally run(long seed, long first, long end) {
        QueryGenerator generator = new QueryGenerator(terms, seed);
        Tally tally = new Tally();
        for (long index = 0; index < end && tally.divergences().size() < stopAfter; index++) {
            Query query;
            try {
                query = generator.next();
            } catch (QueryParseException e) {
                if (index >= first) tally.invalid(e.getMessage());
                continue;
            }
            if (index < first) continue;
            check(seed, index, query, tally);
            if ((index + 1 - first) % PROGRESS_EVERY == 0) progress.println("[fuzz] " + tally.progress());
        }
        return tally;
    }

    private void check(long seed, long index, Query query, Tally tally) {
        Set<Feature> found = FeatureScan.of(query, terms::inData);
        tally.generated(found);
        String text = query.toString();
        // Each side goes first every other query, so that neither always finds the other's work cached.
        boolean oracleFirst = index % 2 == 0;
        Engine first = oracleFirst ? oracle : subject;
        Engine second = oracleFirst ? subject : oracle;
        long start = System.nanoTime();
        Outcome firstAnswer = first.evaluate(text);
        long between = System.nanoTime();
        Outcome secondAnswer = firstAnswer instanceof Outcome.TimedOut ? firstAnswer : second.evaluate(text);
        long end = System.nanoTime();
        if (secondAnswer instanceof Outcome.TimedOut) {
            tally.timedOut();
            return;
        }
        Outcome expected = oracleFirst ? firstAnswer : secondAnswer;
        Outcome actual = oracleFirst ? secondAnswer : firstAnswer;
        tally.timed(oracleFirst ? between - start : end - between, oracleFirst ? end - between : between - start);
        if (expected instanceof Outcome.Failure && actual instanceof Outcome.Failure failure) tally.failedOnBothSides(index, failure);
        Optional<String> difference = compared(query, expected, actual);
        if (difference == null) {
            // Counted with the timeouts: neither the same nor shown to differ.
            tally.timedOut();
            progress.println("[fuzz] comparison undecided at query #" + index);
            return;
        }
        if (difference.isEmpty()) return;
        KnownDivergence recognised = KnownDivergence.recognising(known, text, found, expected, actual);
        if (recognised == null && overruled(query, actual)) recognised = KnownDivergence.ORACLE_OVERRULED;
        if (recognised != null) {
            tally.known(recognised);
            progress.println("[fuzz] known divergence " + recognised.name() + " at query #" + index);
            return;
        }
        Divergence divergence = minimised(seed, index, query, difference.get());
        tally.diverged(divergence);
        divergences.println(divergence.report());
        divergences.flush();
    }

    /**
     * Whether the third opinion gives the subject's answer where plain ARQ, the oracle, gave another:
     * ARQ is then the one in doubt (its own failures inside EXISTS show so), and the query is counted
     * by name ({@link KnownDivergence#ORACLE_OVERRULED}), not failed on.
     */
    private boolean overruled(Query query, Outcome actual) {
        if (thirdOpinion == null || actual instanceof Outcome.Failure) return false;
        Outcome third = thirdOpinion.evaluate(query.toString());
        if (third instanceof Outcome.TimedOut) return false;
        Optional<String> difference = compared(query, third, actual);
        return difference != null && difference.isEmpty();
    }

    /** The divergence on the smallest query that still diverges the same way. */
    private Divergence minimised(long seed, long index, Query query, String firstDifference) {
        String failure = subject.evaluate(query.toString()) instanceof Outcome.Failure f ? f.type() : null;
        Minimiser minimiser = new Minimiser(candidate -> diverges(candidate, failure), MINIMISER_BUDGET);
        Query smallest = minimiser.minimise(query);
        String text = smallest.toString();
        Outcome expected = oracle.evaluate(text);
        Outcome actual = subject.evaluate(text);
        String difference = expected instanceof Outcome.TimedOut || actual instanceof Outcome.TimedOut ? firstDifference
                : java.util.Objects.requireNonNullElse(compared(smallest, expected, actual), Optional.<String>empty()).orElse(firstDifference);
        return new Divergence(seed, index, oracle.name(), subject.name(), query.toString(), text, difference, expected, actual, thirdOpinion(smallest, expected, actual));
    }

    /**
     * Whether {@code query} still diverges, the subject failing again with the same exception if it
     * failed first ({@code subjectFailure}, null if it did not): a smaller query that fails otherwise
     * is another divergence.
     */
    private boolean diverges(Query query, String subjectFailure) {
        String text = query.toString();
        Outcome expected = oracle.evaluate(text);
        if (expected instanceof Outcome.TimedOut) return false;
        Outcome actual = subject.evaluate(text);
        if (actual instanceof Outcome.TimedOut) return false;
        String failure = actual instanceof Outcome.Failure f ? f.type() : null;
        if (!java.util.Objects.equals(failure, subjectFailure)) return false;
        Optional<String> difference = compared(query, expected, actual);
        return difference != null && difference.isPresent();
    }

    private String thirdOpinion(Query query, Outcome expected, Outcome actual) {
        if (thirdOpinion == null) return null;
        Outcome third = thirdOpinion.evaluate(query.toString());
        String side = third instanceof Outcome.TimedOut ? "neither (it timed out)"
                : Optional.empty().equals(compared(query, expected, third)) ? "the oracle"
                : !(actual instanceof Outcome.TimedOut) && Optional.empty().equals(compared(query, actual, third)) ? "the subject" : "neither";
        return thirdOpinion.name() + " (third opinion) agrees with " + side + ": " + OutcomeText.of(third);
    }

    /** {@link Answers#difference}, or null where the comparison of rows with blank nodes gave up ({@link RowComparison.Undecided}). */
    private static Optional<String> compared(Query query, Outcome expected, Outcome actual) {
        try {
            return Answers.difference(query, expected, actual);
        } catch (RowComparison.Undecided e) {
            return null;
        }
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 4 || !args[0].matches("\\d+") || args.length > 1 && !args[1].matches("-?\\d+")
                || args.length > 3 && !args[3].matches("\\d+")) {
            System.err.println("usage: DifferentialFuzzer QUERIES [SEED [SUBJECT [FIRST]]]   SUBJECT: " + String.join(" | ", Subjects.NAMES));
            System.exit(2);
        }
        long queries = Long.parseLong(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        String name = args.length > 2 ? args[2] : Subjects.NAMES.get(0);
        long first = args.length > 3 ? Long.parseLong(args[3]) : 0;
        if (!Subjects.NAMES.contains(name)) {
            System.err.println("unknown subject " + name + "; one of " + String.join(" | ", Subjects.NAMES));
            System.exit(2);
        }
        DifferentialFuzzer fuzzer = Subjects.fuzzer(name, Subjects.data(name), TIMEOUT);
        System.err.println("[fuzz] seed " + seed + ", queries " + first + " to " + (queries - 1) + ", " + fuzzer.subject.name() + " against " + fuzzer.oracle.name());
        Tally tally = fuzzer.run(seed, first, queries);
        System.err.println("[fuzz] done: " + tally.progress());
        tally.failures().forEach((failure, failed) -> System.err.println("[fuzz] both sides failed " + failed.size() + " queries with " + failure + ": #"
                + failed.stream().limit(20).map(String::valueOf).collect(java.util.stream.Collectors.joining(", #")) + (failed.size() > 20 ? ", …" : "")));
        tally.invalid().forEach(message -> System.err.println("[fuzz] the generator made an invalid query: " + message));
        System.exit(tally.divergences().isEmpty() && tally.invalid().isEmpty() ? 0 : 1);
    }
}
