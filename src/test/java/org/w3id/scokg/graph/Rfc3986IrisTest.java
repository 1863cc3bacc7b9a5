package org.w3id.scokg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.iri3986.provider.IRIProvider3986;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.irix.SystemIRIx;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.TestGraph;

/** Jena reads IRIs with jena-iri3986 once it has started ({@link Rfc3986Iris}), and what that changes. */
class Rfc3986IrisTest {
    @Test
    void jena_reads_iris_with_jena_iri3986() {
        JenaSystem.init();
        assertInstanceOf(IRIProvider3986.class, SystemIRIx.getProvider());
    }

    /** Every IRI of the graph as built is one jena-iri3986 reads without a violation: nothing in it is read differently now. */
    @Test
    void every_iri_of_the_graph_reads_without_a_violation() {
        Set<String> iris = new TreeSet<>();
        KnowledgeGraph graph = TestGraph.real();
        graph.read(() -> {
            graph.dataset().find().forEachRemaining(quad -> {
                for (Node node : List.of(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject())) {
                    if (node.isURI()) iris.add(node.getURI());
                }
            });
            return null;
        });
        Set<String> violating = new TreeSet<>();
        for (String iri : iris) {
            if (IRIx.create(iri).hasViolations()) violating.add(iri);
        }
        assertTrue(iris.size() > 3_000, "IRIs read: " + iris.size());
        assertEquals(Set.of(), violating);
    }

    /**
     * What RFC 3986 allows and jena-iri refused is an IRI now; what it asks be normalised is warned of,
     * with Jena's own severities (a host in capitals is not), and is an error to RIOT's strict reading.
     */
    @Test
    void rfc_3986_decides_what_an_iri_is() {
        JenaSystem.init();
        for (String allowed : List.of("http:/x", "http://-example.org/", "uuid:x")) assertFalse(IRIx.create(allowed).isRelative(), allowed);
        for (String warned : List.of("HTTP://example.org/", "https://example.org:443/", "http://example.org/%4a", "http://example.org:/")) {
            assertTrue(IRIx.create(warned).hasViolations(), warned);
            assertThrows(RiotException.class, () -> RDFParser.fromString("<" + warned + "> <http://example.org/p> 1 .", Lang.TURTLE)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).toGraph(), warned);
            // A query that names one parses as it did: SPARQL's parser does not check them.
            QueryFactory.create("ASK { <" + warned + "> ?p ?o }");
        }
        assertFalse(IRIx.create("http://EXAMPLE.org/").hasViolations(), "a host in capitals: Jena's settings ignore it");
        // SPARQL's IRI() makes an IRI of what RFC 3986 allows: jena-iri's error left these unbound.
        for (String allowed : List.of("http:/x", "uuid:x", "http://", "http://1.2.3.999/")) {
            try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.create()).query("SELECT (IRI(\"" + allowed + "\") AS ?i) {}").build()) {
                assertEquals(NodeFactory.createURI(allowed), exec.select().next().get("i"), allowed);
            }
        }
        // A BASE of the endpoint's own scheme without a host is read as relative (RFC 3986 5.2.2 lets a
        // reader so), against the base the query is parsed with; jena-iri refused the query.
        try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.create())
                .query(QueryFactory.create("BASE <http:/x> SELECT (IRI(\"y\") AS ?i) {}", "http://localhost:3030/sparql")).build()) {
            assertEquals(NodeFactory.createURI("http://localhost:3030/y"), exec.select().next().get("i"));
        }
        for (String refused : List.of("http://example.org/a b", "http://example.org/%zz", "http://example.org/#a#b", "http://example.org/{x}")) {
            assertThrows(IRIException.class, () -> IRIx.create(refused), refused);
        }
    }
}
