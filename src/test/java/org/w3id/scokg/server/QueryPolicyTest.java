package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryPolicyTest {
    private static Optional<String> check(String query) {
        return QueryPolicy.check(QueryFactory.create(query));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * { SERVICE ?endpoint { ?s ?p ?o } }",
        "SELECT * { { SELECT * { SERVICE <http://example.org/> { ?s ?p ?o } } } }",
        "SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE <http://example.org/> { ?s ?p ?o } } }",
        "SELECT (EXISTS { SERVICE <http://example.org/> { ?s ?p ?o } } AS ?x) { }",
        "SELECT * { OPTIONAL { GRAPH ?g { SERVICE <http://example.org/> { ?s ?p ?o } } } }"})
    void service_in_any_form_is_refused(String query) {
        assertTrue(check(query).orElse("").startsWith("SERVICE is not allowed"), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { BIND(<java:org.example.Evil>(1) AS ?x) }",
        "SELECT * { ?s ?p ?o FILTER(<java:org.example.Evil>(?o)) }",
        "SELECT (<java:org.example.Evil>(1) AS ?x) { }",
        "SELECT * { ?s ?p ?o } ORDER BY <java:org.example.Evil>(?o)",
        "PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> SELECT * { BIND(js:run(1) AS ?x) }",
        "SELECT * { ?s ?p ?o FILTER EXISTS { BIND(<java:org.example.Evil>(1) AS ?y) } }"})
    void code_functions_are_refused(String query) {
        assertTrue(check(query).orElse("").contains("runs no code"), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * { ?s ?p ?o } LIMIT 100001", "SELECT * { ?s ?p ?o } OFFSET 100001",
        "SELECT * { { SELECT * { ?s ?p ?o } OFFSET 999999999 } }"})
    void paging_past_the_ceilings_is_refused(String query) {
        assertTrue(check(query).orElse("").contains("ceiling"), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { ?s ?p ?o } LIMIT 100000",
        "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT * { ?s ?p ?o FILTER(xsd:date(?o) > \"2020-01-01\"^^xsd:date) }",
        "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
        "CONSTRUCT WHERE { ?s ?p ?o }",
        "ASK { ?s ?p ?o }",
        "DESCRIBE <https://w3id.org/sco-kg/id/state/CN>"})
    void ordinary_queries_may_run(String query) {
        assertEquals(Optional.empty(), check(query));
    }
}
