package org.w3id.scokg.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.scokg.query.QueryPolicy;

/** The endpoint's own refusals ({@link QueryPolicy}) placed in the query's text where it shows one place for the refused thing. */
class QueryErrorPlaceTest {
    private static String refusal(String query) {
        return QueryPolicy.check(QueryFactory.create(query, Syntax.syntaxARQ)).refusal().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }|1|12",
        "SELECT * {\\n  ?s ?p ?o\\n  # SERVICE in a comment\\n  FILTER(?o != 'SERVICE')\\n  service silent <http://example.org/sparql> { ?s ?p ?o } }|5|3",
        "SELECT (<java:org.apache.jena.sparql.function.library.sqrt>(4) AS ?x) {}|1|9",
        "PREFIX afn: <http://jena.apache.org/ARQ/function#>\\nSELECT (afn:wait(10) AS ?x) {}|2|9",
        "PREFIX afn: <http://jena.apache.org/ARQ/function#>\\nSELECT ('afn:wait(1)' AS ?a) (\"<http://jena.apache.org/ARQ/function#wait>\" AS ?b) (afn:wait(10) AS ?x) {}|2|84",
        "PREFIX f: <java:org.apache.jena.sparql.function.library.>\\nSELECT * { BIND(f:sqrt(4) AS ?x) }|2|17",
        "SELECT (CALL(<http://jena.apache.org/ARQ/function#wait>, 1500) AS ?x) {}|1|14",
        "PREFIX pf: <java:org.apache.jena.sparql.pfunction.library.>\\nSELECT * { ?s ?p ?o . ?o pf:splitIRI (?a ?b) }|2|26",
        "SELECT (STRLANG('x', 'a b') AS ?x) (STRLANGDIR('y', 'en', 'rtl') AS ?y) {}|1|9",
        "SELECT (STRLANG('x', 'en') AS ?x) (strlangdir('y', 'en', 'up') AS ?y) {}|1|36",
        "PREFIX list: <http://jena.apache.org/ARQ/list#>\\nSELECT ?x { ?l list:length 'x' }|2|16",
        "SELECT ?x { ?l <http://jena.apache.org/ARQ/list#length> 'x' }|1|16",
        "SELECT * { ?s <urn:p>{100000} ?o } LIMIT 1|1|22",
        "SELECT * { VALUES ?o { 100000 } ?s <urn:p>{2,100000} ?o }|1|43",
        "SELECT * { ?s (<urn:p>/<urn:q>){0100000} ?o }|1|32"})
    void a_refusal_is_placed_where_the_text_shows_one_place(String query, int line, int column) {
        String text = query.replace("\\n", "\n");
        String sentence = refusal(text);
        assertEquals(Optional.of(sentence.replaceFirst("\\.$", "") + ", at line " + line + ", column " + column + "."), QueryErrorPlace.placed(text, sentence));
    }

    /**
     * Jena's parser says a surrogate escape has no partner ({@code "\\uD800"}, {@code <urn:\\uDC00>})
     * without a place: until a review on 6 December 2026 the 400 said only "Parse error: Bad surrogate
     * pair (end of string)". It is placed at the escape where the text writes one without its partner;
     * a pair written as two escapes is no such place.
     */
    @ParameterizedTest
    @MethodSource("unpairedSurrogates")
    void a_surrogate_escape_without_its_partner_is_placed_at_it(String text, int line, int column) {
        String message = assertThrows(QueryParseException.class, () -> QueryFactory.create(text, Syntax.syntaxARQ))
                .getMessage();
        String sentence = "Parse error: " + message;
        assertTrue(message.startsWith("Bad surrogate pair") && !message.contains(" line "), message);
        assertEquals(Optional.of(sentence.replaceFirst("\\.$", "") + ", at line " + line + ", column " + column + "."), QueryErrorPlace.placed(text, sentence));
    }

    /** The limits read before parsing that one place passes: a bracket past the nesting allowed, the one longest list, the one longest number. */
    @ParameterizedTest
    @MethodSource("oneTextPlace")
    void a_limit_of_the_text_is_placed_where_one_place_passes_it(String query, int line, int column) {
        String sentence = QueryText.refusal(query).orElseThrow();
        assertEquals(Optional.of(sentence.replaceFirst("\\.$", "") + ", at line " + line + ", column " + column + "."), QueryErrorPlace.placed(query, sentence));
    }

    /**
     * A sentence of Jena's that names one variable and has no shape of its own here (the same variable
     * twice in one VALUES) made the placing fail: it read the variable after its matcher had looked
     * for a second one and found none, and the endpoint answered 500 with a stack trace in the log,
     * until a review on 6 December 2026. The variable stands twice in the text, so the sentence is kept.
     */
    @ParameterizedTest
    @ValueSource(strings = {"SELECT * { VALUES (?a ?a) { (1 2) } }", "SELECT * { ?s ?p ?o } VALUES (?s ?p ?s) { (1 2 3) }"})
    void a_sentence_naming_a_variable_the_text_writes_twice_keeps_its_sentence(String query) {
        String sentence = "Parse error: " + assertThrows(QueryParseException.class, () -> QueryFactory.create(query, Syntax.syntaxARQ)).getMessage();
        assertTrue(sentence.contains("Duplicate variable: ?"), sentence);
        assertEquals(Optional.empty(), QueryErrorPlace.placed(query, sentence));
    }

    static Stream<Arguments> unpairedSurrogates() {
        return Stream.of(
                Arguments.of("SELECT ?x { VALUES ?x { \"\\uD800\" } }", 1, 26),
                // A pair written as two escapes is none; the low half of the IRI on the third line is.
                Arguments.of("SELECT ?x {\n  VALUES ?x { \"\\uD83D\\uDE00\" }\n  BIND(<urn:a\\udc00> AS ?y) }", 3, 14),
                Arguments.of("SELECT ?x { BIND(\"\\U0000D83Dx\" AS ?x) }", 1, 19));
    }

    static Stream<Arguments> oneTextPlace() {
        return Stream.of(
                // The 101st level of brackets opens at column 112 (ASK's brace and FILTER's bracket are the first two).
                Arguments.of("ASK { FILTER(" + "(".repeat(100) + "1" + ")".repeat(100) + ") }", 1, 112),
                // Brackets in a comment and a string are none.
                Arguments.of("ASK {\n  # ((((\n  FILTER(" + "(".repeat(100) + "'(((' = 1" + ")".repeat(100) + ") }", 3, 108),
                Arguments.of("# 1234\nASK { FILTER(" + "9".repeat(20_001) + " = 1) }", 2, 14),
                Arguments.of("SELECT (CONCAT(" + "'a', ".repeat(2_000) + "'a') AS ?x) { }", 1, 15));
    }

    /** Two SERVICEs, a function called twice, one IRI in full and as a prefixed name, two equal repetitions, a relative IRI: no one place. */
    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { SERVICE <http://example.org/a> { ?s ?p ?o } SERVICE <http://example.org/b> { ?s ?p ?o } }",
        "SELECT (<java:org.apache.jena.sparql.function.library.sqrt>(4) AS ?x) (<java:org.apache.jena.sparql.function.library.sqrt>(9) AS ?y) {}",
        "PREFIX afn: <http://jena.apache.org/ARQ/function#> SELECT (afn:wait(1) AS ?x) (<http://jena.apache.org/ARQ/function#wait>(2) AS ?y) {}",
        "SELECT * { ?s <urn:p>{100000} ?o . ?o <urn:q>{100000} ?s }",
        "SELECT (STRLANG('x', 'a b') AS ?x) (STRLANG('y', 'en') AS ?y) {}",
        "BASE <java:org.apache.jena.sparql.function.library.> SELECT (<sqrt>(4) AS ?x) {}"})
    void a_refusal_whose_place_the_text_leaves_open_keeps_its_sentence(String query) {
        assertEquals(Optional.empty(), QueryErrorPlace.placed(query, refusal(query)));
    }

    /** Two lists as long, two numbers as long: the text's refusal keeps its sentence. */
    @ParameterizedTest
    @ValueSource(strings = {"SELECT (CONCAT(%1$s) AS ?x) (CONCAT(%1$s) AS ?y) { }", "ASK { FILTER(%2$s = %2$s) }"})
    void a_limit_of_the_text_passed_in_two_places_keeps_its_sentence(String shape) {
        String query = String.format(shape, "'a', ".repeat(2_000) + "'a'", "9".repeat(20_001));
        assertEquals(Optional.empty(), QueryErrorPlace.placed(query, QueryText.refusal(query).orElseThrow()));
    }
}
