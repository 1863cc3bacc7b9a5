package org.w3id.scokg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The SPARQL 1.1 Service Description terms the quad pattern controls and the dataset description use. */
public final class SD {
    public static final String NS = "http://www.w3.org/ns/sparql-service-description#";
    /** The property a Quad Pattern Fragments mapping binds the graph to. */
    public static final Node graph = NodeFactory.createURI(NS + "graph");
    public static final Node defaultGraph = NodeFactory.createURI(NS + "defaultGraph");
    /** The IRI a named graph goes by: the dataset description gives it each named graph's subset. */
    public static final Node name = NodeFactory.createURI(NS + "name");

    private SD() {}
}
