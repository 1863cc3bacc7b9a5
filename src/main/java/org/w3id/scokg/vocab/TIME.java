package org.w3id.scokg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The OWL-Time terms the program itself reads: an interval's ends and the dates they are written with. */
public final class TIME {
    public static final String NS = "http://www.w3.org/2006/time#";
    public static final Node hasBeginning = NodeFactory.createURI(NS + "hasBeginning");
    public static final Node hasEnd = NodeFactory.createURI(NS + "hasEnd");
    public static final Node inXSDDate = NodeFactory.createURI(NS + "inXSDDate");
    public static final Node inXSDgYearMonth = NodeFactory.createURI(NS + "inXSDgYearMonth");
    public static final Node inXSDgYear = NodeFactory.createURI(NS + "inXSDgYear");

    private TIME() {}
}
