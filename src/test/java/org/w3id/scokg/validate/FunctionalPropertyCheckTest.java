package org.w3id.scokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code queries/checks/functional-property-violation.rq} finds a subject with two values of a
 * functional property, in one graph or across two, and only that: one value stated twice, two
 * values of a property that is not functional and the ontology's own triples do not count.
 */
class FunctionalPropertyCheckTest {
    private static final String TRIG = """
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX sco: <https://w3id.org/sco-kg/ontology#>
            PREFIX ex:  <http://example.org/>
            GRAPH <https://w3id.org/sco-kg/graph/ontology> {
              sco:onInstrument a owl:ObjectProperty , owl:FunctionalProperty .
              sco:date a owl:DatatypeProperty , owl:FunctionalProperty .
              sco:actor a owl:ObjectProperty .
            }
            GRAPH <https://w3id.org/sco-kg/graph/data> {
              ex:twoDocuments sco:onInstrument ex:d1 , ex:d2 .
              ex:oneDocument sco:onInstrument ex:d1 ; sco:actor ex:a , ex:b .
              ex:acrossGraphs sco:date "2001-06-15" .
              ex:repeated sco:date "2005" .
            }
            GRAPH <https://w3id.org/sco-kg/graph/inferred> {
              ex:acrossGraphs sco:date "2001" .
              ex:repeated sco:date "2005" .
            }
            """;

    @Test
    void only_subjects_with_two_values_of_a_functional_property_are_found() throws Exception {
        Set<String> found = new TreeSet<>();
        CheckRun.rows("functional-property-violation.rq", TRIG).forEach(row -> found.add(row.get("focus").getURI() + " " + row.get("message").getLiteralLexicalForm()));
        assertEquals(Set.of("http://example.org/acrossGraphs has 2 values of <https://w3id.org/sco-kg/ontology#date>, which is functional: ",
                "http://example.org/twoDocuments has 2 values of <https://w3id.org/sco-kg/ontology#onInstrument>, which is functional: "),
                found.stream().map(m -> m.substring(0, m.indexOf("functional: ") + "functional: ".length())).collect(java.util.stream.Collectors.toSet()));
    }
}
