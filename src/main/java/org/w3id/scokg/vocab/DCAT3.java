package org.w3id.scokg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The DCAT 3 terms the dataset description uses that Jena's {@code DCAT} (DCAT 2) lacks. */
public final class DCAT3 {
    public static final String NS = "http://www.w3.org/ns/dcat#";
    /** A resource's version indicator, a literal (DCAT 3, 2024). */
    public static final Node version = NodeFactory.createURI(NS + "version");

    private DCAT3() {}
}
