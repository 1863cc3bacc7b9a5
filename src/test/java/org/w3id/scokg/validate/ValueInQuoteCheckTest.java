package org.w3id.scokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code queries/checks/value-not-in-quote-violation.rq} finds a date or an alternative name that
 * rests only on quoted sentences none of which states it, and only those: a value a sentence states
 * (a name whatever its case), or one that a source record without a quote also supports, is not found.
 */
class ValueInQuoteCheckTest {
    private static final String TRIG = """
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa:   <http://www.w3.org/ns/oa#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            PREFIX ex:   <http://example.org/>
            GRAPH <https://w3id.org/sco-kg/graph/data> {
              ex:agreement skos:altLabel "Yekaterinburg Agreement"@en , "the agreement"@en , "Treaty of 2009"@en ;
                           ex:date "2009-06-16"^^xsd:date , "2009-06-15"^^xsd:date .
            }
            GRAPH <https://w3id.org/sco-kg/graph/provenance> {
              ex:excerpt oa:hasSelector [ oa:exact "On 16 June 2009 the Agreement was signed." ] .
              ex:s1 rdf:subject ex:agreement ; rdf:predicate skos:altLabel ; rdf:object "Yekaterinburg Agreement"@en ; prov:wasDerivedFrom ex:excerpt .
              ex:s2 rdf:subject ex:agreement ; rdf:predicate skos:altLabel ; rdf:object "the agreement"@en ; prov:wasDerivedFrom ex:excerpt .
              ex:s3 rdf:subject ex:agreement ; rdf:predicate skos:altLabel ; rdf:object "Treaty of 2009"@en ; prov:wasDerivedFrom ex:excerpt , ex:record .
              ex:s4 rdf:subject ex:agreement ; rdf:predicate ex:date ; rdf:object "2009-06-16"^^xsd:date ; prov:wasDerivedFrom ex:excerpt .
              ex:s5 rdf:subject ex:agreement ; rdf:predicate ex:date ; rdf:object "2009-06-15"^^xsd:date ; prov:wasDerivedFrom ex:excerpt .
            }
            """;

    @Test
    void only_the_values_no_quoted_sentence_states_are_found() throws Exception {
        Set<String> found = new TreeSet<>();
        CheckRun.rows("value-not-in-quote-violation.rq", TRIG).forEach(row -> found.add(row.get("message").getLiteralLexicalForm()));
        assertEquals(Set.of("its <http://example.org/date> 2009-06-15 rests only on sentences that do not state it",
                "its <http://www.w3.org/2004/02/skos/core#altLabel> Yekaterinburg Agreement rests only on sentences that do not state it"), found);
    }
}
