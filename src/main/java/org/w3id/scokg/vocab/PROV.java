package org.w3id.scokg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The PROV-O terms the program itself reads or writes. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final Node wasDerivedFrom = NodeFactory.createURI(NS + "wasDerivedFrom");

    private PROV() {}
}
