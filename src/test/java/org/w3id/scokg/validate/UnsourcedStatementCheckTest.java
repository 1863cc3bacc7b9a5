package org.w3id.scokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code queries/checks/unsourced-statement-violation.rq} finds each statement of graph/data that no
 * rdf:Statement of graph/provenance derives from a source, and only those: the same triple's
 * statement in another graph, a statement of another object, or one with no source do not count.
 */
class UnsourcedStatementCheckTest {
    private static final String TRIG = """
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX ex:   <http://example.org/>
            GRAPH <https://w3id.org/sco-kg/graph/data> {
              ex:sourced ex:p "a" .
              ex:noStatement ex:p "b" .
              ex:otherObject ex:p "c" .
              ex:noSource ex:p "d" .
              ex:elsewhere ex:p "e" .
              ex:twice ex:p "f" , "g" .
            }
            GRAPH <https://w3id.org/sco-kg/graph/provenance> {
              ex:s1 rdf:subject ex:sourced ; rdf:predicate ex:p ; rdf:object "a" ; prov:wasDerivedFrom ex:record .
              ex:s3 rdf:subject ex:otherObject ; rdf:predicate ex:p ; rdf:object "not c" ; prov:wasDerivedFrom ex:record .
              ex:s4 rdf:subject ex:noSource ; rdf:predicate ex:p ; rdf:object "d" .
              ex:s6 rdf:subject ex:twice ; rdf:predicate ex:p ; rdf:object "f" ; prov:wasDerivedFrom ex:record .
            }
            GRAPH <https://w3id.org/sco-kg/graph/inferred> {
              ex:s5 rdf:subject ex:elsewhere ; rdf:predicate ex:p ; rdf:object "e" ; prov:wasDerivedFrom ex:record .
            }
            """;

    @Test
    void only_the_statements_without_a_sourced_rdf_statement_are_found() throws Exception {
        Set<String> found = new TreeSet<>();
        CheckRun.rows("unsourced-statement-violation.rq", TRIG).forEach(row -> found.add(row.get("focus").getURI() + " " + row.get("message").getLiteralLexicalForm()));
        assertEquals(Set.of(
                "http://example.org/elsewhere no source for its statement <http://example.org/p> e",
                "http://example.org/noSource no source for its statement <http://example.org/p> d",
                "http://example.org/noStatement no source for its statement <http://example.org/p> b",
                "http://example.org/otherObject no source for its statement <http://example.org/p> c",
                "http://example.org/twice no source for its statement <http://example.org/p> g"), found);
    }
}
