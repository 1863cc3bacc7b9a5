package org.w3id.scokg.query.fuzz;

/**
 * What a generated query holds, as {@link FeatureScan} finds it in the parsed query: counted per
 * run, and required of a batch so that a test fails when the generator stops making something.
 */
public enum Feature {
    SELECT, ASK, CONSTRUCT, DESCRIBE,
    OPTIONAL, NESTED_OPTIONAL, OPTIONAL_FILTER_READS_OUTER, OPTIONAL_ZERO_LENGTH_PATH,
    UNION, MINUS, FILTER, EXISTS, NOT_EXISTS, EXISTS_READS_OUTER,
    PATH_INVERSE, PATH_SEQUENCE, PATH_ALTERNATIVE, PATH_ZERO_OR_MORE, PATH_ONE_OR_MORE, PATH_ZERO_OR_ONE,
    PATH_NEGATED, PATH_NEGATED_INVERSE, PATH_NESTED,
    VALUES, VALUES_TRAILING, VALUES_UNDEF, VALUES_ABSENT_TERM, VALUES_MANY_ROWS,
    BIND, BIND_OF_OPTIONAL, SUBQUERY, SUBQUERY_WINDOW,
    GROUP_BY, IMPLICIT_GROUP, COUNT, COUNT_STAR, COUNT_DISTINCT, SUM, AVG, MIN, MAX, SAMPLE,
    GROUP_CONCAT, GROUP_CONCAT_SEPARATOR, HAVING,
    DISTINCT, REDUCED, ORDER_BY, LIMIT, OFFSET,
    GRAPH_VARIABLE, GRAPH_CONSTANT, GRAPH_ABSENT, FROM, FROM_NAMED,
    /** A group inside a GRAPH (its own, an OPTIONAL's, a UNION branch...) with no triple pattern of its own. */
    GRAPH_OVER_NO_TRIPLES,
    /** FROM or FROM NAMED of a graph the dataset does not hold. */
    FROM_ABSENT,
    /** A query whose only aggregates are COUNTs of the solutions of one triple pattern, under FILTERs and at most one GRAPH. */
    COUNT_OF_ONE_TRIPLE,
    /** Such a count with a FILTER {@code ?p != <iri>} of the pattern's predicate variable (either way round). */
    COUNT_PREDICATE_LEFT_OUT
}
