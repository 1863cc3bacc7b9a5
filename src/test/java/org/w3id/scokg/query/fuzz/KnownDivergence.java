package org.w3id.scokg.query.fuzz;

import java.util.List;
import java.util.Set;
import org.apache.jena.query.QueryFactory;

/**
 * A divergence an engine is known to have, documented, so that a run against that engine counts
 * it (and names it in its progress lines) instead of failing on it. A divergence it recognises is
 * counted as this one and not minimised; every other divergence is reported in full. Only engines
 * the project does not gate on should need one.
 */
public record KnownDivergence(String name, String explanation, Recogniser recogniser) {

    /** Whether a divergence of {@code query}, with these features and these answers, is this one. */
    @FunctionalInterface
    public interface Recogniser {
        boolean recognises(String query, Set<Feature> features, Outcome oracle, Outcome subject);
    }

    /** The divergences of queries holding {@code trigger}. */
    public static KnownDivergence byFeature(String name, Feature trigger, String explanation) {
        return new KnownDivergence(name, explanation, (query, features, oracle, subject) -> features.contains(trigger));
    }

    /** The divergences where the subject failed with a message holding {@code fragment}. */
    public static KnownDivergence bySubjectFailure(String name, String fragment, String explanation) {
        return new KnownDivergence(name, explanation, (query, features, oracle, subject) -> subject instanceof Outcome.Failure failure && failure.message().contains(fragment));
    }

    /**
     * TDB2 (Jena 5.6.0) evaluates a group inside {@code GRAPH ?g { ... }} that reads no triple
     * pattern of its own (only BIND, VALUES, FILTER, an empty group) as if outside the GRAPH: ?g
     * stays unbound, where ARQ in memory gives one solution per named graph; for a graph the
     * dataset does not hold it gives the group's solutions, where ARQ in memory gives none.
     * Downstream this shows as other rows, or as the failures ARQ has on such rows (a
     * NullPointerException in MultiHashProbeTable.clear, Node$NotLiteral from TZ()). For plain TDB2;
     * sco-kg repairs it ({@code GraphNamesFirst}).
     */
    public static final KnownDivergence TDB2_GRAPH_OVER_NO_TRIPLES = byFeature("tdb2-graph-over-no-triples", Feature.GRAPH_OVER_NO_TRIPLES,
            "TDB2 evaluates a group with no triple pattern inside GRAPH as if outside it: ?g unbound, an absent graph not empty");

    /**
     * ARQ (Jena 5.6.0) throws a NullPointerException from {@code MultiHashProbeTable.clear()} when
     * it closes a hash join whose table was never built (its other side was empty). In memory:
     * {@code SELECT * { ?a ex:next 0.25 . ?b s:dbl 0.75e0 OPTIONAL { VALUES ?b { 6.25 } VALUES (?b
     * ?a) { (UNDEF s:e152) } } }} fails so; over TDB2, which joins differently, other queries do.
     */
    public static final KnownDivergence HASH_JOIN_CLOSED_UNBUILT = new KnownDivergence("hash-join-closed-unbuilt",
            "ARQ fails with a NullPointerException from MultiHashProbeTable.clear() closing a hash join it never built",
            (query, features, oracle, subject) -> subject instanceof Outcome.Failure failure && failure.type().equals(NullPointerException.class.getName())
                    && (failure.message().contains("MultiHashProbeTable.clear()") || failure.message().equals("null")));

    /**
     * The same failure of ARQ as {@link #HASH_JOIN_CLOSED_UNBUILT}, in the oracle: sco-kg's executor
     * builds a hash join's table when it makes the join ({@code SparqlExecutor}), so it answers
     * where plain ARQ fails. Once the JIT has compiled the throwing code, the JVM may drop the
     * exception's message (it is then "null"): {@code bench/fuzz.sh} runs with
     * {@code -XX:-OmitStackTraceInFastThrow}, but a test's JVM may not.
     */
    public static final KnownDivergence ORACLE_HASH_JOIN_CLOSED_UNBUILT = new KnownDivergence("oracle-hash-join-closed-unbuilt",
            "plain ARQ fails with a NullPointerException from MultiHashProbeTable.clear() where sco-kg answers",
            (query, features, oracle, subject) -> oracle instanceof Outcome.Failure failure && failure.type().equals(NullPointerException.class.getName())
                    && (failure.message().contains("MultiHashProbeTable.clear()") || failure.message().equals("null")) && !(subject instanceof Outcome.Failure));

    /**
     * Plain ARQ (Jena 5.6.0) fails HOURS, MINUTES, SECONDS, TIMEZONE or TZ given an IRI or a blank
     * node ({@code Node$NotLiteral}), where SPARQL makes the call a type error; sco-kg's engine makes
     * it one ({@code LiteralArgument}) and answers. Inside a FILTER plain ARQ swallows the failure
     * (the filter reads as false); {@link SwallowedFailures} shows it as the failure it was.
     */
    public static final KnownDivergence ORACLE_TIME_OF_NON_LITERAL = new KnownDivergence("oracle-time-of-non-literal",
            "plain ARQ fails HOURS, MINUTES, SECONDS, TIMEZONE or TZ of an IRI where sco-kg makes it a type error",
            (query, features, oracle, subject) -> !(subject instanceof Outcome.Failure) && oracle instanceof Outcome.Failure failure
                    && failure.type().endsWith("Node$NotLiteral"));

    /**
     * Plain ARQ (Jena 5.6.0) fails a division by a decimal zero of a scale other than 0
     * ({@code 1 / 0.0}) with BigDecimal's ArithmeticException, where SPARQL makes it an error;
     * sco-kg's engine makes it one ({@code CheckedDivide}) and answers. Inside a FILTER plain ARQ
     * swallows the failure (the filter reads as false).
     */
    public static final KnownDivergence ORACLE_DECIMAL_DIVIDE_BY_ZERO = new KnownDivergence("oracle-decimal-divide-by-zero",
            "plain ARQ fails a division by a decimal zero such as 0.0 where sco-kg makes it an error",
            (query, features, oracle, subject) -> !(subject instanceof Outcome.Failure) && oracle instanceof Outcome.Failure failure
                    && failure.type().equals(ArithmeticException.class.getName()) && failure.message().contains("divide by zero"));

    /**
     * Plain ARQ (Jena 5.6.0) fails a duration divided by a number that its decimal seconds cannot be
     * divided by exactly ({@code ("2999-12-31"^^xsd:date - "2999-12-31"^^xsd:date) / -3}, PT0S
     * divided by -3) with BigDecimal's ArithmeticException "Non-terminating decimal expansion";
     * sco-kg's engine makes it an error ({@code CheckedDivide}) and answers (seed 43, #15364).
     */
    public static final KnownDivergence ORACLE_DURATION_DIVIDE_INEXACT = new KnownDivergence("oracle-duration-divide-inexact",
            "plain ARQ fails a duration divided by a number its seconds cannot be divided by exactly, where sco-kg makes it an error",
            (query, features, oracle, subject) -> !(subject instanceof Outcome.Failure) && oracle instanceof Outcome.Failure failure
                    && failure.type().equals(ArithmeticException.class.getName()) && failure.message().contains("Non-terminating decimal expansion"));

    /**
     * sco-kg's endpoint refuses a query that builds a string of more than {@value
     * org.w3id.scokg.query.functions.QueryBudget#MAX_STRING} characters, or more than its total of built
     * strings ({@code QueryBudget}, a bound of the public endpoint, as its timeout is), where plain
     * ARQ builds it: a GROUP_CONCAT of 3,000 rows whose groups a HAVING then drops (seed 24, #140835)
     * answered 0 rows in ARQ. Recognised only by the subject's failure with {@code QueryBudget}'s
     * own exception; its message names the size and the limit.
     */
    public static final KnownDivergence SUBJECT_STRING_BUDGET = new KnownDivergence("subject-string-budget",
            "sco-kg refuses a query that builds a string past its budget, where plain ARQ builds it",
            (query, features, oracle, subject) -> !(oracle instanceof Outcome.Failure) && subject instanceof Outcome.Failure failure
                    && failure.type().equals(org.w3id.scokg.query.functions.QueryBudget.Exceeded.class.getName()));

    /**
     * Plain ARQ (Jena 5.6.0) fails a basic graph pattern whose predicate a literal was substituted
     * into ("Unidentified predicate", from its pattern reordering); an engine that plans it otherwise
     * (TDB2) answers: no match, as SPARQL says.
     */
    public static final KnownDivergence ORACLE_LITERAL_PREDICATE = new KnownDivergence("oracle-literal-predicate",
            "plain ARQ fails a literal substituted as a predicate where the subject answers",
            (query, features, oracle, subject) -> oracle instanceof Outcome.Failure failure && failure.message().contains("Unidentified predicate")
                    && !(subject instanceof Outcome.Failure));

    /**
     * Plain ARQ (Jena 5.6.0) fails a query that substitutes a row into an EXISTS whose pattern its
     * optimiser planned as top-N (ORDER BY with LIMIT): ARQNotImplemented "OpTopN", from writing the
     * pattern back as syntax. sco-kg substitutes the row into the EXISTS's algebra only
     * ({@code ExistsOverAlgebra}) and answers.
     */
    public static final KnownDivergence ORACLE_TOP_N_IN_EXISTS = new KnownDivergence("oracle-top-n-in-exists",
            "plain ARQ fails substituting into an EXISTS planned as top-N (ARQNotImplemented: OpTopN) where sco-kg answers",
            (query, features, oracle, subject) -> oracle instanceof Outcome.Failure failure && failure.message().contains("OpTopN")
                    && !(subject instanceof Outcome.Failure));

    /**
     * TDB2 (Jena 5.6.0) fails {@code GRAPH ?g {}} (an empty group in a GRAPH: ARQ's OpDatasetNames)
     * in some places, such as inside NOT EXISTS in an OPTIONAL: ARQNotImplemented, where ARQ in
     * memory answers.
     */
    public static final KnownDivergence TDB2_DATASET_NAMES = bySubjectFailure("tdb2-dataset-names", "OpDatasetNames",
            "TDB2 fails an empty GRAPH ?g {} in some places (ARQNotImplemented: OpDatasetNames)");

    /**
     * Plain ARQ (Jena 5.6.0) fails a query that substitutes a row into an EXISTS whose pattern,
     * written back as syntax, assigns a variable the row binds: InternalErrorException "Managed to
     * turn an assigned variable" (seed 13 #2388: {@code VALUES ?v0 { 3 } OPTIONAL { FILTER EXISTS {
     * { ?v0 :p ?v2 FILTER(?v0 = :c) } } }}). sco-kg substitutes the row into the EXISTS's algebra
     * only ({@code ExistsOverAlgebra}) and answers.
     */
    public static final KnownDivergence ORACLE_ASSIGNED_VARIABLE_IN_EXISTS = new KnownDivergence("oracle-assigned-variable-in-exists",
            "plain ARQ fails substituting a row into an EXISTS that assigns one of its variables (InternalErrorException) where sco-kg answers",
            (query, features, oracle, subject) -> oracle instanceof Outcome.Failure failure && failure.message().contains("Managed to turn an assigned variable")
                    && !(subject instanceof Outcome.Failure));

    /**
     * TDB2 (Jena 5.6.0) passes a row's values through its node table's encoding between operators,
     * and an xsd:decimal or xsd:integer comes back in its canonical form: {@code SELECT ?d {
     * BIND("7"^^xsd:decimal AS ?d) ?s ?p ?o }} answers {@code 7.0} where ARQ in memory keeps {@code
     * "7"}, and {@code BIND(MONTH("2020-07-16"^^xsd:date) AS ?m)} before a triple pattern answers
     * {@code 7} where ARQ in memory keeps the date's {@code "07"} (seed 17 #29745). The same value,
     * another lexical form (SPARQL's {@code sameTerm} tells them apart, {@code =} does not). So too an
     * xsd:double or xsd:float: {@code BIND(xsd:double(0.25) AS ?v)} before a triple pattern answers
     * {@code 0.25e0} (seed 26 #13417). Recognised when the answers agree once every decimal,
     * integer, double and float is written in one form.
     */
    public static final KnownDivergence TDB2_NUMBER_LEXICAL_FORM = new KnownDivergence("tdb2-number-lexical-form",
            "TDB2 gives an xsd:decimal, xsd:integer, xsd:double or xsd:float back in its canonical lexical form (7.0 for \"7\"^^xsd:decimal, 7 for \"07\"^^xsd:integer, 0.25e0 for \"0.25\"^^xsd:double)",
            (query, features, oracle, subject) -> oracle instanceof Outcome.Rows a && subject instanceof Outcome.Rows b
                    && Answers.difference(QueryFactory.create(query), RowValues.numbersInOneForm(a), RowValues.numbersInOneForm(b)).isEmpty());

    /**
     * A dataset made by {@code DatasetGraphFactory.create()} fails, in a read transaction, a query
     * with FROM NAMED of a graph it does not hold: JenaTransactionException "In READ mode in
     * transaction" (it tries to create the graph).
     */
    public static final KnownDivergence GENERAL_DATASET_FROM_ABSENT = byFeature("general-dataset-from-absent", Feature.FROM_ABSENT,
            "DatasetGraphFactory.create() fails FROM NAMED <absent> in a read transaction (JenaTransactionException)");

    /**
     * A divergence where the third opinion (RDF4J) answers as the subject does and plain ARQ
     * otherwise: ARQ's failures where SPARQL says no failure, such as its hash join closed before it
     * was built inside NOT EXISTS, which makes the NOT EXISTS false. Recognised by the fuzzer itself
     * when it has a third opinion, after every other known divergence.
     */
    public static final KnownDivergence ORACLE_OVERRULED = new KnownDivergence("oracle-overruled-by-third-opinion",
            "RDF4J answers as sco-kg does where plain ARQ answers otherwise", (query, features, oracle, subject) -> false);

    /** The first of {@code known} that recognises this divergence, or null. */
    static KnownDivergence recognising(List<KnownDivergence> known, String query, Set<Feature> features, Outcome oracle, Outcome subject) {
        return known.stream().filter(k -> k.recogniser().recognises(query, features, oracle, subject)).findFirst().orElse(null);
    }
}
