package org.w3id.scokg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The Hydra Core terms the Triple Pattern Fragments controls are written with. */
public final class HYDRA {
    public static final String NS = "http://www.w3.org/ns/hydra/core#";
    public static final Node Collection = term("Collection");
    public static final Node PartialCollectionView = term("PartialCollectionView");
    public static final Node IriTemplate = term("IriTemplate");
    public static final Node IriTemplateMapping = term("IriTemplateMapping");
    public static final Node ExplicitRepresentation = term("ExplicitRepresentation");
    public static final Node search = term("search");
    public static final Node template = term("template");
    public static final Node variableRepresentation = term("variableRepresentation");
    public static final Node mapping = term("mapping");
    public static final Node variable = term("variable");
    public static final Node property = term("property");
    public static final Node totalItems = term("totalItems");
    public static final Node itemsPerPage = term("itemsPerPage");
    public static final Node first = term("first");
    public static final Node next = term("next");
    public static final Node previous = term("previous");

    private HYDRA() {}

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
