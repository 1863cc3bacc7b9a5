package org.w3id.scokg.server.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The index of a few things of the graph, their names and symbols copied into {@code names.ttl}. */
final class TestIndex {
    static final Graph GRAPH = graph("names.ttl");
    static final EntityIndex NAMES = EntityIndex.read(GRAPH);

    private TestIndex() {}

    private static Graph graph(String resource) {
        Graph graph = GraphFactory.createGraphMem();
        try (InputStream in = TestIndex.class.getResourceAsStream(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }
}
