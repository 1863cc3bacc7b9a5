package org.w3id.scokg.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.vocab.OA;
import org.w3id.scokg.vocab.PROV;
import org.w3id.scokg.vocab.SCO;

/** Each value's own source: a reified triple answers for itself; a fact without one answers with its own derivation. */
class ValueSourcesTest {
    private static final String ID = "https://w3id.org/sco-kg/id/";
    private static final Node STATE = iri("state/IN");
    private static final Node CODE = iri("ontology#iso3166Alpha2");
    private static final Node IN = NodeFactory.createLiteralString("IN");
    private static final Node GEONAMES = iri("source/geonames");
    private static final Node ARTICLE = iri("source/article");
    private static final Node EXCERPT = iri("excerpt/article-1-9");
    private static final Node QUOTE = iri("excerpt/article-1-9#quote");

    private static Node iri(String path) {
        return NodeFactory.createURI(ID + path);
    }

    private static Graph graph() {
        Graph graph = GraphFactory.createGraphMem();
        graph.add(STATE, CODE, IN);
        graph.add(EXCERPT, OA.hasSource, ARTICLE);
        graph.add(EXCERPT, OA.hasSelector, QUOTE);
        graph.add(QUOTE, OA.exact, NodeFactory.createLiteralString("India joined."));
        // Source records are typed so; anything else a node is derived from is not shown as a source.
        graph.add(ARTICLE, RDF.type.asNode(), SCO.Source);
        graph.add(GEONAMES, RDF.type.asNode(), SCO.Source);
        return graph;
    }

    /** A document a record revises: derived from it, as the union infers, but not its source (a review on 4 December 2026). */
    @Test
    void a_node_derived_from_what_is_no_source_record_has_no_source_of_it() {
        Graph graph = graph();
        Node revised = iri("document/A-66-359");
        Node revision = iri("document/A-69-723");
        graph.add(revision, PROV.wasDerivedFrom, revised);
        graph.add(revision, PROV.wasDerivedFrom, GEONAMES);
        assertEquals(List.of(new ValueSources.Source(GEONAMES, null, null, null)), new ValueSources(graph).ofNode(revision));
    }

    private static void reify(Graph graph, String id, Node s, Node p, Node o, Node source) {
        Node statement = iri("assertion/" + id);
        graph.add(statement, RDF.type.asNode(), RDF.Statement.asNode());
        graph.add(statement, RDF.subject.asNode(), s);
        graph.add(statement, RDF.predicate.asNode(), p);
        graph.add(statement, RDF.object.asNode(), o);
        graph.add(statement, PROV.wasDerivedFrom, source);
    }

    @Test
    void a_reified_triple_names_its_own_source() {
        Graph graph = graph();
        reify(graph, "a", STATE, CODE, IN, GEONAMES);
        reify(graph, "b", STATE, CODE, NodeFactory.createLiteralString("IND"), ARTICLE);
        assertEquals(List.of(new ValueSources.Source(GEONAMES, null, null, null)), new ValueSources(graph).ofTriple(STATE, CODE, IN));
    }

    @Test
    void a_source_that_is_an_excerpt_brings_its_quote() {
        Graph graph = graph();
        reify(graph, "a", STATE, CODE, IN, EXCERPT);
        assertEquals(List.of(new ValueSources.Source(ARTICLE, "India joined.", "", null)), new ValueSources(graph).ofTriple(STATE, CODE, IN));
    }

    @Test
    void a_statement_read_less_than_verified_carries_its_level_and_a_verified_one_none() {
        Graph graph = graph();
        reify(graph, "a", STATE, CODE, IN, GEONAMES);
        graph.add(iri("assertion/a"), SCO.confidence, SCO.Verified);
        reify(graph, "b", STATE, CODE, IN, ARTICLE);
        Node wellKnown = NodeFactory.createURI(SCO.NS + "WellKnown");
        graph.add(iri("assertion/b"), SCO.confidence, wellKnown);
        assertEquals(List.of(new ValueSources.Source(ARTICLE, null, null, wellKnown), new ValueSources.Source(GEONAMES, null, null, null)),
                new ValueSources(graph).ofTriple(STATE, CODE, IN));
    }

    @Test
    void a_triple_without_a_reification_has_no_source_of_its_own_and_a_fact_has_its_derivation() {
        Graph graph = graph();
        Node membership = iri("membership/SCO-IN");
        graph.add(membership, PROV.wasDerivedFrom, EXCERPT);
        graph.add(membership, PROV.wasDerivedFrom, GEONAMES);
        ValueSources sources = new ValueSources(graph);
        assertEquals(List.of(), sources.ofTriple(STATE, CODE, IN));
        assertEquals(List.of(new ValueSources.Source(ARTICLE, "India joined.", "", null), new ValueSources.Source(GEONAMES, null, null, null)), sources.ofNode(membership));
    }
}
