package org.w3id.scokg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The Web Annotation terms the program itself reads: where an excerpt is and what it says. */
public final class OA {
    public static final String NS = "http://www.w3.org/ns/oa#";
    public static final Node hasSource = NodeFactory.createURI(NS + "hasSource");
    public static final Node hasSelector = NodeFactory.createURI(NS + "hasSelector");
    public static final Node exact = NodeFactory.createURI(NS + "exact");

    private OA() {}
}
