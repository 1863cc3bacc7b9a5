package org.w3id.scokg;

import org.w3id.scokg.build.GraphBuilder;
import org.w3id.scokg.build.KnowledgeGraph;

/** The graph built from the real project, once per test run. */
public final class TestGraph {
    private static KnowledgeGraph graph;

    private TestGraph() {}

    public static synchronized KnowledgeGraph real() {
        if (graph == null) graph = GraphBuilder.build(ProjectCopy.ROOT);
        return graph;
    }
}
