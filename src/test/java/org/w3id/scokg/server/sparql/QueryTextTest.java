package org.w3id.scokg.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QueryTextTest {
    /** Reproducers of issue 16: chains of 3,000 to 20,000 steps ended in a StackOverflowError and a 500. */
    static Stream<IntFunction<String>> chains() {
        return Stream.of(
                n -> "SELECT * { ?s <p>" + "/<p>".repeat(n) + " ?o }",
                n -> "SELECT * { ?s <p>" + "|<p>".repeat(n) + " ?o }",
                n -> "SELECT * { {?s <p> ?o}" + " UNION {?s <p> ?o}".repeat(n) + " }",
                n -> "SELECT * { ?s <p> ?o " + " OPTIONAL {?s <p> ?o}".repeat(n) + " }",
                n -> "SELECT * { ?s <p> ?o " + " FILTER(?o)".repeat(n) + " }",
                n -> "SELECT * { ?s <p> ?o " + " minus {?s <p> ?o}".repeat(n) + " }",
                n -> "ASK { FILTER(false" + " || false".repeat(n) + ") }",
                n -> "ASK { FILTER(true" + " && true".repeat(n) + ") }",
                // A review of 3 December 2026: arithmetic, negation and projections were not counted.
                n -> "SELECT (1" + "+1".repeat(n) + " AS ?x) {}",
                n -> "SELECT (1" + "-1".repeat(n) + " AS ?x) {}",
                n -> "SELECT (?a" + " * ?a".repeat(n) + " AS ?x) {}",
                n -> "ASK { FILTER(" + "!".repeat(n) + "true) }",
                n -> "SELECT " + java.util.stream.IntStream.range(0, n).mapToObj(i -> "(1 AS ?v" + i + ")").collect(java.util.stream.Collectors.joining(" ")) + " {}",
                // A review of 5 December 2026: groups side by side, GRAPH, VALUES, LATERAL and HAVING
                // conditions were not counted, and 2,000 to 10,000 of them ran ARQ out of stack (a 500).
                n -> "SELECT * { " + "{} ".repeat(n + 1) + "}",
                n -> "SELECT * { " + "GRAPH <g> {} ".repeat(n) + "}",
                n -> "SELECT * { " + "VALUES ?x {1} ".repeat(n) + "}",
                n -> "SELECT * { " + "{} LATERAL ".repeat(n) + "{} }",
                n -> "SELECT ?x {} GROUP BY ?x HAVING " + "(true) ".repeat(n),
                n -> "SELECT ?x {} GROUP BY ?x HAVING " + "BOUND(?x) ".repeat(n));
    }

    @ParameterizedTest
    @MethodSource("chains")
    void long_chains_are_refused_naming_the_limit_and_short_ones_pass(IntFunction<String> chain) {
        String refusal = QueryText.refusal(chain.apply(3_000)).orElse("");
        assertTrue(refusal.contains("chains") && refusal.contains("allows " + QueryText.MAX_CHAIN), refusal);
        // 20,000 steps are also more text than the parser is given.
        assertTrue(QueryText.refusal(chain.apply(20_000)).orElse("").contains("this endpoint"));
        assertTrue(QueryText.refusal(chain.apply(QueryText.MAX_CHAIN - 1)).isEmpty());
    }

    @Test
    void operators_in_strings_iris_and_comments_do_not_count() {
        String query = "SELECT ?s { ?s <http://a/b/c?d=e/f> \"a/b|c || d && UNION\" } # / / / OPTIONAL\n";
        assertEquals(0, QueryText.chainOperators(query));
        assertEquals(5, QueryText.chainOperators("SELECT * { ?s <p>/<q>|<r> ?o FILTER(?a < 3 || ?b) }"), "*, /, |, FILTER and ||");
        assertEquals(0, QueryText.chainOperators("SELECT ?unionized ?optionally { ?s ex:filterX ?o }"), "words that only start like keywords");
        assertEquals(1, QueryText.chainOperators("SELECT ?as { ?s dbo:birth-place ?o ; as:name ?n . FILTER(?o != 2) }"),
                "FILTER only: a minus in a prefixed name, a variable and a prefix named as, and != are no operators");
        assertEquals(5, QueryText.chainOperators("SELECT (?a-?b AS ?c) { ?s ?p 1-2 FILTER(!?x) }"), "minus twice, AS, FILTER and !");
        assertEquals(1, QueryText.chainOperators("SELECT ?graph ?values { ?s ex:lateral ?graph ; graph:values ?values . VALUES (?a ?b) { (1 2) (3 4) } }"),
                "VALUES once: not words that name no keyword, nor the rows of its block");
        assertEquals(4, QueryText.chainOperators("CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } { ?s ?p ?o } GRAPH ?g {} } GROUP BY ?s HAVING (?s) BOUND(?s) ORDER BY (?s) (?p)"),
                "a group beside a group, GRAPH, and two HAVING conditions; not the template, nor sort keys");
    }

    @Test
    void a_long_list_inside_one_pair_of_brackets_is_refused_before_parsing() {
        // A review of 3 December 2026: 30,000 members of a collection took the parser 71 s.
        String collection = "ASK { ?s <urn:p> (" + " 1".repeat(30_000) + ") }";
        assertEquals(30_000, QueryText.longestList(collection));
        String refusal = QueryText.refusal(collection).orElse("");
        assertTrue(refusal.contains("lists 30000 items") && refusal.contains("allows " + QueryText.MAX_LIST), refusal);
        assertEquals(3_000, QueryText.longestList("SELECT (fn:concat(" + "?a, ".repeat(2_999) + "?a) AS ?x) {}"));
        assertEquals(4, QueryText.longestList("SELECT * { ?s ?p ?o FILTER(?o IN (\"a b, c\", <http://x/y,z>, ex:c (1 2))) } # ( 1 2 3 4 5 6\n"));
        assertTrue(QueryText.refusal("ASK { ?s <urn:p> (" + " 1".repeat(QueryText.MAX_LIST) + ") }").isEmpty());
        // A later review that day: items written with nothing between them counted once.
        for (String glued : new String[] {"<http://x/a>", "\"a\"", "?a", "[]", "()"}) {
            assertEquals(2_500, QueryText.longestList("ASK { ?s <urn:p> (" + glued.repeat(2_500) + ") }"), glued);
        }
        // A VALUES block inside braces inside a FILTER's brackets is no list of those brackets.
        String values = "SELECT * { ?s ?p ?o FILTER(NOT EXISTS { VALUES ?x {" + " <http://x/a>".repeat(2_500) + " } ?s ?p ?x }) }";
        assertTrue(QueryText.refusal(values).isEmpty(), QueryText.refusal(values).orElse(""));
    }

    /** A review of 3 December 2026: a number of 120,000 digits written in the query was parsed before the deadline, for up to 2.4 s, and answered. */
    @Test
    void a_number_of_more_digits_than_one_number_may_have_is_refused_before_parsing() {
        String refusal = QueryText.refusal("SELECT (" + "9".repeat(120_000) + " + 1 AS ?x) {}").orElse("");
        assertTrue(refusal.contains("120000 digits in a row") && refusal.contains("20000"), refusal);
        assertTrue(QueryText.refusal("SELECT (" + "9".repeat(20_000) + " + 1 AS ?x) {}").isEmpty());
        assertEquals(51, QueryText.longestNumber("SELECT * { ?s ?p 123 . ?s ?p \"" + "1".repeat(50) + "\" . ?s ?p <http://x/" + "2".repeat(51) + "> } # " + "3".repeat(50) + "\n"));
    }

    /** A later review of 3 December 2026: a typed literal's text of 120,000 digits was read as a number by the parser, for up to 2.3 s. */
    @Test
    void a_literal_of_more_digits_than_one_number_may_have_is_refused_before_parsing() {
        for (String literal : new String[] {"\"" + "9".repeat(120_000) + "\"^^xsd:integer", "'" + "9".repeat(30_000) + "'^^<http://www.w3.org/2001/XMLSchema#decimal>"}) {
            String refusal = QueryText.refusal("PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ASK { ?s ?p " + literal + " }").orElse("");
            assertTrue(refusal.contains("digits in a row") && refusal.contains("20000"), refusal);
        }
        assertTrue(QueryText.refusal("ASK { ?s ?p \"" + "9".repeat(20_000) + "\" }").isEmpty());
    }

    /** A later review of 3 December 2026: minus signs that are letters or signs were counted as operators. */
    @Test
    void a_minus_in_a_language_tag_a_prefix_or_an_exponent_is_no_operator() {
        assertEquals(0, QueryText.chainOperators("SELECT ?s { ?s geo-pos:lat \"x\"@zh-Hant ; ex:p 1e-5 , 2.5E-3 }"));
        String many = "SELECT ?s { VALUES ?o {" + " \"x\"@zh-Hant 1e-5 geo-pos:lat".repeat(600) + " } }";
        assertTrue(QueryText.refusal(many).isEmpty(), QueryText.refusal(many).orElse(""));
        assertEquals(3, QueryText.chainOperators("SELECT (1-2-3 AS ?x) {}"), "subtraction twice, and AS");
    }

    @Test
    void a_query_text_past_its_limit_is_refused_before_parsing() {
        String refusal = QueryText.refusal("#" + "x".repeat(QueryText.MAX_CHARS) + "\nASK {}").orElse("");
        assertTrue(refusal.contains("parses at most " + QueryText.MAX_CHARS), refusal);
    }

    @Test
    void deep_nesting_is_refused() {
        assertTrue(QueryText.refusal("SELECT * " + "{".repeat(500) + "}".repeat(500)).orElse("").contains("nests"));
    }

    /**
     * A review of 5 December 2026: reified triples ({@code << s p o >>}, RDF 1.2) nested 3,000 deep
     * in a triple pattern ran Jena's parser out of stack, answered 400 "StackOverflowError"; their
     * {@code <<} was not counted as nesting.
     */
    @Test
    void reified_triples_nested_deep_are_refused_before_parsing() {
        String refusal = QueryText.refusal("SELECT * { ?s ?p " + "<< <a> <b> ".repeat(3_000) + "<c>" + " >>".repeat(3_000) + " }").orElse("");
        assertTrue(refusal.contains("nests groups or expressions 3001 deep"), refusal);
        String pattern = "?s ?p <<<a> <b> <<( <a> <b> <c> )>>>>";
        assertEquals(4, QueryText.nesting("SELECT * { " + pattern + " }"), "{, <<, and <<( as << and (");
        assertEquals(4, QueryText.nesting("SELECT * { " + pattern + " . " + pattern + " }"), ">> and )>> close what they open");
    }

    @Test
    void reified_triples_side_by_side_and_comparisons_do_not_nest() {
        assertEquals(2, QueryText.nesting("SELECT * {" + " << <a> <b> ?c >> <p> ?o .".repeat(200) + " }"));
        assertEquals(2, QueryText.nesting("SELECT * { ?s ?p ?o FILTER(?o < <urn:x> || ?o > <urn:y> || ?o >= 1 || <urn:z>> ?o) }"));
    }

    /** 4,500 triple patterns separated by periods ran Jena's parser out of stack (a parse error with no message). */
    @Test
    void a_long_run_of_triple_patterns_is_refused_before_parsing() {
        String refusal = QueryText.refusal("SELECT * { ?s <p> ?o" + " . ?s <p> ?o".repeat(4_500) + " }").orElse("");
        assertTrue(refusal.contains("separates") && refusal.contains("allows " + QueryText.MAX_PERIODS), refusal);
        assertTrue(QueryText.refusal("SELECT * { ?s <p> ?o" + " . ?s <p> ?o".repeat(QueryText.MAX_PERIODS - 1) + " . }").isEmpty());
    }

    @Test
    void periods_of_numbers_names_strings_iris_and_comments_do_not_count() {
        assertEquals(0, QueryText.periods("SELECT * { ?s ex:a.b 1.5, .5, 1.e3, \"a . b\", <http://a.b/c.> } # . . .\n"));
        assertEquals(3, QueryText.periods("SELECT * { ?s ex:a ?o . ?o ex:b.c ?x.?x ex:d 2.0 . }"));
    }

    /** A review's ways to hide the rest of a query from the limits: a long string with a quote in it, and a {@code <} that is no IRI. */
    @Test
    void long_strings_and_less_than_hide_nothing() {
        String run = " . ?s <p> ?o".repeat(QueryText.MAX_PERIODS + 1);
        assertTrue(QueryText.refusal("SELECT * { BIND(\'\'\'x\'y\'\'\' AS ?v) ?s <p> ?o" + run + " }").isPresent(), "after a long string");
        assertTrue(QueryText.refusal("SELECT * { BIND(\"\"\"x\"y\"\"\" AS ?v) ?s <p> ?o" + run + " }").isPresent(), "after a long string");
        assertTrue(QueryText.refusal("SELECT * {FILTER(1<2)?s<p>?o" + run.replace(" ", "") + "FILTER(2>1)}").isPresent(), "a < that opens no IRI");
        assertEquals(0, QueryText.periods("SELECT * { ?s <http://a.b/c.d> \'\'\'a . \' b . \'\'\' }"));
        assertEquals(2, QueryText.periods("SELECT * { ?s ?p \"a . b\" . FILTER(?x < 3) . }"));
    }
}
