package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;

/**
 * Which sequences are reordered, and which are left alone: among them the three an earlier version
 * reordered wrongly (its review's counterexamples; their answers are compared with plain ARQ in
 * {@code FuzzRegressionsTest}).
 */
class BoundPathsFirstTest {
    private static final String PREFIXES = "PREFIX : <http://example.org/> ";

    private static Op rewritten(String query) {
        return BoundPathsFirst.rewrite(Algebra.optimize(Algebra.compile(QueryFactory.create(PREFIXES + query))));
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
        assertEquals(reads, BoundPathsFirst.rewrite(reads));
    }

    @Test
    void a_path_does_not_wait_for_another_path() {
        // :zz :q* ?x binds ?x to :zz even where :zz is in no graph; walked from there, ?x :p* ?y
        // would match (:zz, :zz), which the open path never does.
        String query = "SELECT * { ?x :p* ?y . :zz :q* ?x }";
        assertEquals(Algebra.optimize(Algebra.compile(QueryFactory.create(PREFIXES + query))), rewritten(query));
    }

    @Test
    void a_pattern_binding_a_path_end_only_as_a_predicate_does_not_move() {
        // A predicate need not be a subject or an object anywhere: not a node the open path starts from.
        String query = "SELECT * { ?x :p* ?y . ?a ?x ?b }";
        assertEquals(Algebra.optimize(Algebra.compile(QueryFactory.create(PREFIXES + query))), rewritten(query));
        assertEquals(sse("(sequence (bgp (?a ?x ?b) (?x :label ?l)) (path ?x (path* :p) ?y))"), rewritten("SELECT * { ?x :p* ?y . ?a ?x ?b . ?x :label ?l }"));
    }

    @Test
    void a_sequence_with_a_filter_that_reads_exists_is_left_as_it_is() {
        // The EXISTS reads every variable of the row it is given: a pattern moved before it would bind more of them.
        Op exists = sse("(sequence (filter (notexists (bgp (?x :q ?z))) (path ?x (path* :p) ?y)) (bgp (?z :r ?x)))");
        assertEquals(exists, BoundPathsFirst.rewrite(exists));
    }

    @Test
    void a_pattern_does_not_move_over_another_path_whose_end_it_binds_nor_bind_an_end_inside_a_triple_term() {
        // The second review: moved first, ex:value binds ?c, and ?b :next* ?c then has both ends bound.
        String skips = "SELECT * { ?a :link* ?b . ?b :next* ?c . :one :value ?a , ?c }";
        assertEquals(Algebra.optimize(Algebra.compile(QueryFactory.create(PREFIXES + skips))), rewritten(skips));
        String tripleTerm = "SELECT * { ?a :link* ?b . :one :value ?a . ?r :says <<( :s :p ?b )>> }";
        assertEquals(Algebra.optimize(Algebra.compile(QueryFactory.create(PREFIXES + tripleTerm))), rewritten(tripleTerm));
    }
}
