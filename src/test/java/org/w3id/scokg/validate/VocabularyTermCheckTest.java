package org.w3id.scokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code queries/checks/vocabulary-term-violation.rq} finds each sco: term the graphs use that the
 * ontology does not declare or has retired, each declared term without an English label, a
 * definition or rdfs:isDefinedBy, each pair of terms whose names differ only by case and each
 * owl:inverseOf stated from one end only, and
 * only those: a retired term of such a pair, a term of another namespace and a term used in the
 * ontology alone do not count.
 */
class VocabularyTermCheckTest {
    private static final String TRIG = """
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX sco:  <https://w3id.org/sco-kg/ontology#>
            PREFIX ex:   <http://example.org/>
            GRAPH <https://w3id.org/sco-kg/graph/ontology> {
              sco:Good a owl:Class ; rdfs:label "good"@en ; rdfs:comment "A good class."@en ; rdfs:isDefinedBy <https://w3id.org/sco-kg/ontology> .
              sco:good a owl:ObjectProperty ; rdfs:label "good"@en ; skos:definition "Clashes with sco:Good."@en ; rdfs:isDefinedBy <https://w3id.org/sco-kg/ontology> .
              sco:Retired a owl:Class ; owl:deprecated true ; rdfs:label "retired"@en ; rdfs:comment "Retired."@en ; rdfs:isDefinedBy <https://w3id.org/sco-kg/ontology> .
              sco:retired a owl:ObjectProperty ; rdfs:label "retired"@en ; rdfs:comment "Its pair is retired."@en ; rdfs:isDefinedBy <https://w3id.org/sco-kg/ontology> .
              sco:Value a sco:Good ; rdfs:label "value"@ru ; rdfs:comment "Labelled in Russian only."@en ; rdfs:isDefinedBy <https://w3id.org/sco-kg/ontology> .
              sco:undefined a owl:DatatypeProperty ; rdfs:label "undefined"@en ; rdfs:isDefinedBy <https://w3id.org/sco-kg/ontology> .
              sco:orphan a owl:DatatypeProperty ; rdfs:label "orphan"@en ; rdfs:comment "No isDefinedBy."@en .
              sco:forth a owl:ObjectProperty ; owl:inverseOf sco:back ; rdfs:label "forth"@en ; rdfs:comment "One way."@en ; rdfs:isDefinedBy <https://w3id.org/sco-kg/ontology> .
              sco:back a owl:ObjectProperty ; rdfs:label "back"@en ; rdfs:comment "Says nothing back."@en ; rdfs:isDefinedBy <https://w3id.org/sco-kg/ontology> .
              sco:up a owl:ObjectProperty ; owl:inverseOf sco:down ; rdfs:label "up"@en ; rdfs:comment "Both ways."@en ; rdfs:isDefinedBy <https://w3id.org/sco-kg/ontology> .
              sco:down a owl:ObjectProperty ; owl:inverseOf sco:up ; rdfs:label "down"@en ; rdfs:comment "Both ways."@en ; rdfs:isDefinedBy <https://w3id.org/sco-kg/ontology> .
            }
            GRAPH <https://w3id.org/sco-kg/graph/data> {
              ex:a a sco:Good ; sco:good ex:b ; ex:p sco:Value ; sco:undeclared "x" ; sco:retired ex:c .
              ex:d a sco:Retired , ex:Other , sco:Missing .
            }
            GRAPH <https://w3id.org/sco-kg/graph/provenance> {
              ex:e ex:p sco:absent .
            }
            """;

    @Test
    void only_undeclared_retired_unlabelled_undefined_and_case_clashing_terms_are_found() throws Exception {
        Set<String> found = new TreeSet<>();
        CheckRun.rows("vocabulary-term-violation.rq", TRIG).forEach(row -> found.add(row.get("focus").getURI().replace("https://w3id.org/sco-kg/ontology#", "sco:") + " "
                + row.get("message").getLiteralLexicalForm().replace("https://w3id.org/sco-kg/", "")));
        assertEquals(Set.of(
                "sco:Good differs only by case from <ontology#good>",
                "sco:forth is the inverse of <ontology#back>, which does not say owl:inverseOf back",
                "sco:Missing is used as a class in <graph/data> but is not declared in the ontology",
                "sco:Retired is used as a class in <graph/data> but is retired (owl:deprecated): use what replaces it",
                "sco:Value has no English rdfs:label",
                "sco:absent is used as a value in <graph/provenance> but is not declared in the ontology",
                "sco:orphan has no rdfs:isDefinedBy <ontology>",
                "sco:undeclared is used as a predicate in <graph/data> but is not declared in the ontology",
                "sco:undefined has no definition (skos:definition or rdfs:comment)"), found);
    }
}
