package org.w3id.scokg.server.fragments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class QuadSourceTest {
    private static final Node A = NodeFactory.createURI("http://example.org/graph/a");
    private static final Node B = NodeFactory.createURI("http://example.org/graph/b");
    private static final Node DEFAULT = NodeFactory.createURI("http://example.org/fragments#default-graph");
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");

    private static Node iri(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }

    /** Two graphs that share one triple, each quad added out of the order they are served in. */
    private static DatasetGraph twoGraphs() {
        DatasetGraph dataset = DatasetGraphFactory.create();
        dataset.add(B, iri("x-y"), LABEL, NodeFactory.createLiteralString("x"));
        dataset.add(B, iri("x"), LABEL, NodeFactory.createLiteralLang("Икс", "ru"));
        dataset.add(B, iri("x"), LABEL, NodeFactory.createLiteralString("x"));
        dataset.add(A, iri("x"), LABEL, NodeFactory.createLiteralString("x"));
        dataset.add(A, iri("x"), iri("knows"), iri("x-y"));
        return dataset;
    }

    @Test
    void the_named_graphs_are_ordered_by_graph_subject_predicate_and_object() {
        List<Quad> quads = new QuadSource(twoGraphs()).match(null, null, null, null, DEFAULT, 60_000);
        // An IRI before the longer one it begins (x before x-y); a simple literal before a language's.
        assertEquals(List.of(
                new Quad(A, iri("x"), iri("knows"), iri("x-y")),
                new Quad(A, iri("x"), LABEL, NodeFactory.createLiteralString("x")),
                new Quad(B, iri("x"), LABEL, NodeFactory.createLiteralString("x")),
                new Quad(B, iri("x"), LABEL, NodeFactory.createLiteralLang("Икс", "ru")),
                new Quad(B, iri("x-y"), LABEL, NodeFactory.createLiteralString("x"))), quads);
    }

    @Test
    void the_union_holds_a_triple_of_two_graphs_once() {
        List<Quad> quads = new QuadSource(twoGraphs()).match(DEFAULT, iri("x"), LABEL, null, DEFAULT, 60_000);
        assertEquals(List.of(
                new Quad(Quad.defaultGraphIRI, iri("x"), LABEL, NodeFactory.createLiteralString("x")),
                new Quad(Quad.defaultGraphIRI, iri("x"), LABEL, NodeFactory.createLiteralLang("Икс", "ru"))), quads);
    }

    @Test
    void a_named_graph_alone_and_graphs_that_are_not_there() {
        QuadSource source = new QuadSource(twoGraphs());
        assertEquals(2, source.match(A, null, null, null, DEFAULT, 60_000).size());
        assertEquals(List.of(), source.match(iri("graph/none"), null, null, null, DEFAULT, 60_000));
        assertEquals(List.of(), source.match(Quad.unionGraph, null, null, null, DEFAULT, 60_000));
    }

    @Test
    void gathering_past_the_deadline_fails_and_within_it_answers() {
        DatasetGraph dataset = DatasetGraphFactory.create();
        for (int i = 0; i < 50_000; i++) dataset.add(A, iri("s" + (i * 7919 % 50_000)), LABEL, NodeFactory.createLiteralString("v" + i));
        QuadSource source = new QuadSource(dataset);
        assertThrows(QuadSource.PastDeadline.class, () -> source.match(null, null, null, null, DEFAULT, 0));
        assertThrows(QuadSource.PastDeadline.class, () -> source.match(DEFAULT, null, null, null, DEFAULT, 0));
        // A pattern with few matches is gathered without a look at the clock.
        assertEquals(1, source.match(null, iri("s0"), null, null, DEFAULT, 0).size());
        assertEquals(50_000, source.match(null, null, null, null, DEFAULT, 60_000).size());
    }
}
