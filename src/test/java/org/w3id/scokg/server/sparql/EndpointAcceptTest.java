package org.w3id.scokg.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Accept header Fuseki is given: as it came unless it refuses a type, else the winners of a negotiation that reads q=0 as a refusal. */
class EndpointAcceptTest {
    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "application/sparql-results+json|application/sparql-results+json",
        // Refusing nothing, the header goes as it came, byte for byte (the answer cache keys by it).
        "application/sparql-results+json,*/*;q=0.9|application/sparql-results+json,*/*;q=0.9",
        // A refusal beside a wildcard: the wildcard no longer brings the refused type back (a review on 2 December 2026).
        "application/sparql-results+json;q=0, */*|application/sparql-results+xml, text/turtle",
        "text/*;q=0.5, text/csv;q=0|text/tab-separated-values, text/turtle",
        "*/*;q=0.1, application/sparql-results+json;q=0|application/sparql-results+xml, text/turtle",
        "application/sparql-results+json;Q=0, text/csv|text/csv",
        "text/turtle;q=0, */*|application/sparql-results+json, application/n-triples",
        "application/sparql-results+json;q=0|NONE",
        "text/html;q=0.5, application/sparql-results+json;q=0|NONE"})
    void fuseki_gets_only_what_the_client_takes(String accept, String expected) {
        assertEquals(expected, EndpointAccept.forFuseki(accept).orElse("NONE"));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|true",
        "text/turtle|false",
        // JSON is JSON-LD to the service description, as to the things' descriptions (a review on 2 December 2026).
        "application/json, text/html;q=0.9|false"})
    void a_browser_asking_the_endpoint_nothing_gets_the_editor(String accept, boolean html) {
        assertEquals(html, SparqlEndpointFilter.prefersHtml(accept));
    }

    /** A header of types no answer is written in, without a wildcard, is a 406; any type Jena knows, a page, a wildcard or a header it cannot read is not. */
    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "image/png|true",
        "application/pdf, image/*;q=0|true",
        "image/png, */*;q=0.1|false",
        "image/*|false",
        "text/html|false",
        "application/sparql-results+json|false",
        "application/json|false",
        "application/xml|false",
        "text/n3|false",
        "application/rdf+thrift|false",
        "text/turtle;q=0, application/pdf|true",
        ";;;|false"})
    void a_header_that_names_nothing_written_is_refused(String accept, boolean refused) {
        assertEquals(refused, EndpointAccept.namesNothingWritten(accept));
    }
}
