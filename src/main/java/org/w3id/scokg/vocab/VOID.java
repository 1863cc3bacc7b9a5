package org.w3id.scokg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The VoID and SPDX terms the dataset description and the descriptions of things are written with. */
public final class VOID {
    public static final String NS = "http://rdfs.org/ns/void#";
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final Node dataDump = NodeFactory.createURI(NS + "dataDump");
    public static final Node inDataset = NodeFactory.createURI(NS + "inDataset");
    public static final Node Dataset = NodeFactory.createURI(NS + "Dataset");
    public static final Node subset = NodeFactory.createURI(NS + "subset");
    public static final Node triples = NodeFactory.createURI(NS + "triples");
    public static final Node checksum = NodeFactory.createURI(SPDX + "checksum");
    public static final Node Checksum = NodeFactory.createURI(SPDX + "Checksum");
    public static final Node algorithm = NodeFactory.createURI(SPDX + "algorithm");
    public static final Node checksumAlgorithm_sha256 = NodeFactory.createURI(SPDX + "checksumAlgorithm_sha256");
    public static final Node checksumValue = NodeFactory.createURI(SPDX + "checksumValue");

    private VOID() {}
}
