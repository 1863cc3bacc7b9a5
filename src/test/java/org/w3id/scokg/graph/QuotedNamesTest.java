package org.w3id.scokg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.TestGraph;

/**
 * An alternative name rests on a sentence that writes it: every {@code skos:altLabel} of graph/data
 * that cites an excerpt stands in one of its excerpts (ignoring case and the form of the apostrophe).
 * Until a review on 5 December 2026 cyber sovereignty's "Internet sovereignty" cited a sentence
 * that says only "cybersovereignty". Preferred labels are not held to it: a concept's name (a
 * threat's, a norm's) is sco-kg's wording of the sentence that describes it.
 */
class QuotedNamesTest {
    private static final String UNQUOTED = """
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa:   <http://www.w3.org/ns/oa#>
            PREFIX sco:  <https://w3id.org/sco-kg/ontology#>
            SELECT ?s ?name (COUNT(?excerpt) AS ?excerpts) (SUM(?holds) AS ?holding) WHERE {
              GRAPH <https://w3id.org/sco-kg/graph/data> { ?s skos:altLabel ?name }
              GRAPH <https://w3id.org/sco-kg/graph/provenance> {
                ?statement rdf:subject ?s ; rdf:predicate skos:altLabel ; rdf:object ?name ; prov:wasDerivedFrom ?excerpt .
                ?excerpt a sco:Excerpt ; oa:hasSelector/oa:exact ?exact .
              }
              BIND(IF(CONTAINS(LCASE(REPLACE(?exact, "[‘’]", "'")), LCASE(REPLACE(STR(?name), "[‘’]", "'"))), 1, 0) AS ?holds)
            }
            GROUP BY ?s ?name""";

    @Test
    void every_quoted_alternative_name_stands_in_its_quote() {
        Set<String> unquoted = new TreeSet<>();
        int[] names = {0};
        QueryExec.dataset(TestGraph.queryable()).query(UNQUOTED).select().forEachRemaining(row -> {
            names[0]++;
            if (row.get("holding").getLiteralValue().toString().equals("0")) unquoted.add(row.get("s").getURI() + " " + row.get("name"));
        });
        assertTrue(names[0] >= 5, "alternative names with a quote: " + names[0]);
        assertEquals(Set.of(), unquoted, "alternative names whose quotes do not write them");
    }
}
