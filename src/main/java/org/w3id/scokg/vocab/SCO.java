package org.w3id.scokg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The sco-kg vocabulary and IRI scheme: the namespace, the base of things, the named graphs. */
public final class SCO {
    /** The base under which every IRI of the graph lives. */
    public static final String BASE = "https://w3id.org/sco-kg/";
    /** The ontology namespace. */
    public static final String NS = BASE + "ontology#";
    /** The ontology document. */
    public static final String ONTOLOGY = BASE + "ontology";
    /** Things: {@code id/{kind}/{key}}. */
    public static final String ID = BASE + "id/";
    /** Descriptions of things: {@code doc/{kind}/{key}}. */
    public static final String DOC = BASE + "doc/";
    /** The SHACL shapes' document, which the server serves at {@code /shapes}. */
    public static final String SHAPES = BASE + "shapes";
    /** The shapes' namespace: {@code shapes#State}, {@code shapes#State-iso3166Alpha2}. */
    public static final String SHAPES_NS = SHAPES + "#";
    /**
     * The reconciliation service's properties that are no terms of the ontology (computed, as the
     * SCO status on a date): their document, which the server serves at {@code /reconcile/properties}.
     */
    public static final String RECONCILE_PROPERTIES = BASE + "reconcile/properties";
    /** The namespace of those properties: {@code reconcile/properties#memberSince}. */
    public static final String RECONCILE_NS = RECONCILE_PROPERTIES + "#";

    /** The source record of what sco-kg itself states: notes, derived labels, replaced keys. */
    public static final Node OWN_SOURCE = NodeFactory.createURI(ID + "source/sco-kg");

    public static final Node confidence = NodeFactory.createURI(NS + "confidence");
    public static final Node ConfidenceLevel = NodeFactory.createURI(NS + "ConfidenceLevel");
    /** The level of a statement read in its named source. */
    public static final Node Verified = term("Verified");
    public static final Node Source = term("Source");

    public static final Node GRAPH_ONTOLOGY = graph("ontology");
    public static final Node GRAPH_DATA = graph("data");
    public static final Node GRAPH_PROVENANCE = graph("provenance");
    public static final Node GRAPH_INFERRED = graph("inferred");

    public static final Node MemberState = term("MemberState");
    public static final Node ObserverState = term("ObserverState");
    public static final Node DialoguePartner = term("DialoguePartner");
    public static final Node SCOPartner = term("SCOPartner");

    public static final Node iso3166Alpha2 = term("iso3166Alpha2");
    public static final Node iso3166Alpha3 = term("iso3166Alpha3");
    public static final Node unDocumentSymbol = term("unDocumentSymbol");
    /** When an act took place. */
    public static final Node date = term("date");
    public static final Node actor = term("actor");

    private SCO() {}

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    private static Node graph(String name) {
        return NodeFactory.createURI(BASE + "graph/" + name);
    }
}
