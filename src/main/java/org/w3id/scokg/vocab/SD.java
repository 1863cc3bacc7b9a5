package org.w3id.scokg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The SPARQL 1.1 Service Description terms the quad pattern controls use. */
public final class SD {
    public static final String NS = "http://www.w3.org/ns/sparql-service-description#";
    /** The property a Quad Pattern Fragments mapping binds the graph to. */
    public static final Node graph = NodeFactory.createURI(NS + "graph");
    public static final Node defaultGraph = NodeFactory.createURI(NS + "defaultGraph");

    private SD() {}
}
