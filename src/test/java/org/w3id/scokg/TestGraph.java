package org.w3id.scokg;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.scokg.graph.GraphBuilder;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.query.engine.SparqlEngine;

/** The graph built from the real project, once per test run. */
public final class TestGraph {
    private static KnowledgeGraph graph;

    private TestGraph() {}

    private static DatasetGraph queryable;

    /** The real graph as the endpoint queries it ({@link SparqlEngine#copyForQueries}), copied once. */
    public static synchronized DatasetGraph queryable() {
        if (queryable == null) queryable = SparqlEngine.copyForQueries(real());
        return queryable;
    }

    public static synchronized KnowledgeGraph real() {
        if (graph == null) graph = GraphBuilder.build(ProjectCopy.ROOT);
        return graph;
    }

    /**
     * The real graph as its SPARQL dataset shows it (the named graphs, their union as the default
     * graph), copied into a plain in-memory dataset that Jena queries with its own executor.
     */
    public static DatasetGraph plainCopy() {
        KnowledgeGraph graph = real();
        return graph.read(() -> {
            DatasetGraph copy = DatasetGraphFactory.create(GraphFactory.createGraphMem());
            graph.union().find().forEachRemaining(copy.getDefaultGraph()::add);
            graph.dataset().listGraphNodes().forEachRemaining(name -> graph.dataset().getGraph(name).find()
                    .forEachRemaining(t -> copy.add(name, t.getSubject(), t.getPredicate(), t.getObject())));
            return copy;
        });
    }
}
