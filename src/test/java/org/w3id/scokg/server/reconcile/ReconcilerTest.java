package org.w3id.scokg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Matching and ranking on a few things of the graph, their names copied into {@code names.ttl}. */
class ReconcilerTest {
    private static final EntityIndex INDEX = EntityIndex.read(graph("names.ttl"));
    private static final Reconciler RECONCILER = new Reconciler(INDEX);

    private static Graph graph(String resource) {
        Graph graph = GraphFactory.createGraphMem();
        try (InputStream in = ReconcilerTest.class.getResourceAsStream(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    private static List<Reconciler.Candidate> reconcile(String name) {
        return RECONCILER.reconcile(new Reconciler.Query(name, List.of(), Reconciler.TypeStrict.ANY, Reconciler.DEFAULT_LIMIT, List.of()));
    }

    private static List<Reconciler.Candidate> reconcile(Reconciler.PropertyValue property) {
        return RECONCILER.reconcile(new Reconciler.Query(null, List.of(), Reconciler.TypeStrict.ANY, Reconciler.DEFAULT_LIMIT, List.of(property)));
    }

    private static List<String> ids(List<Reconciler.Candidate> candidates) {
        return candidates.stream().map(c -> c.entity().id()).toList();
    }

    @Test
    void a_un_symbol_with_a_trailing_full_stop_or_a_cyrillic_a_is_a_certain_match() {
        // A review of 3 December 2026: both found nothing, as a name or as the unSymbol property.
        for (String symbol : List.of("A/66/359.", "\u0410/66/359")) {
            Reconciler.Candidate byName = reconcile(symbol).get(0);
            assertEquals("document/A-66-359", byName.entity().id(), symbol);
            assertTrue(byName.match(), symbol);
            Reconciler.Candidate byProperty = reconcile(new Reconciler.PropertyValue("unSymbol", List.of(symbol), 0)).get(0);
            assertEquals("document/A-66-359", byProperty.entity().id(), symbol);
            assertTrue(byProperty.match(), symbol);
        }
    }
}
