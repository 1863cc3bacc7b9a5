package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;

/** Which sequences are reordered, and which are left alone. */
class BoundPathsFirstTest {
    private static final String PREFIXES = "PREFIX : <http://example.org/> ";

    private static Op rewritten(String query) {
        return Transformer.transform(new BoundPathsFirst(), Algebra.optimize(Algebra.compile(QueryFactory.create(PREFIXES + query))));
    }

    private static Op sse(String text) {
        return SSE.parseOp("(prefix ((: <http://example.org/>)) " + text + ")");
    }

    @Test
    void an_open_path_waits_for_the_pattern_that_binds_its_end() {
        assertEquals(sse("(project (?t ?top) (sequence (bgp (?top :top ?s)) (filter (!= ?top :x) (path ?t (path* :broader) ?top))))"),
                rewritten("SELECT ?t ?top { ?t :broader* ?top . ?top :top ?s FILTER(?top != :x) }"));
    }

    @Test
    void a_path_with_a_bound_end_keeps_its_place() {
        Op op = rewritten("SELECT * { :a :broader+ ?x . ?x :label ?l }");
        assertEquals(sse("(sequence (path :a (path+ :broader) ?x) (bgp (?x :label ?l)))"), op);
    }

    @Test
    void a_sequence_with_anything_but_patterns_is_left_as_it_is() {
        String query = "SELECT * { ?t :broader* ?top OPTIONAL { ?top :label ?l } ?top :top ?s }";
        assertEquals(Algebra.optimize(Algebra.compile(QueryFactory.create(PREFIXES + query))), rewritten(query));
        // A FILTER on the path that reads a variable only a later pattern binds (ARQ's filter placement
        // does not make one, but an algebra may hold one): moving that pattern first would change its value.
        Op reads = sse("(sequence (filter (!= ?t ?s) (path ?t (path* :broader) ?top)) (bgp (?top :top ?s)))");
        assertEquals(reads, Transformer.transform(new BoundPathsFirst(), reads));
    }
}
