package org.w3id.scokg.publish;

import org.w3id.scokg.vocab.LinkTargets;

/** The dumps, by file name, in the order they are written and listed. */
public enum Dump {
    TURTLE("sco-kg.ttl", "text/turtle", "Turtle"),
    TRIG("sco-kg.trig", "application/trig", "TriG"),
    NQUADS("sco-kg.nq.gz", "application/n-quads", "N-Quads (gzip)"),
    NTRIPLES("sco-kg.nt.gz", "application/n-triples", "N-Triples (gzip)"),
    JSONLD("sco-kg.jsonld", "application/ld+json", "JSON-LD"),
    RDFXML("sco-kg.rdf", "application/rdf+xml", "RDF/XML"),
    HDT("sco-kg.hdt", "application/vnd.hdt", "HDT"),
    ONTOLOGY_TURTLE("ontology.ttl", "text/turtle", "ontology, Turtle"),
    ONTOLOGY_RDFXML("ontology.rdf", "application/rdf+xml", "ontology, RDF/XML"),
    LINKSET_WIKIDATA(LinkTargets.WIKIDATA),
    LINKSET_DBPEDIA(LinkTargets.DBPEDIA),
    LINKSET_GEONAMES(LinkTargets.GEONAMES);

    /** The type of a compressed dump's bytes, as served. */
    public static final String GZIP = "application/gzip";

    public final String file;
    /** The type of the RDF in it; a compressed dump's bytes are {@value #GZIP} ({@link #servedAs()}). */
    public final String mediaType;
    public final String title;
    /** The target of a linkset dump; null for a dump of the whole graph or the ontology. */
    public final LinkTargets linkset;

    Dump(String file, String mediaType, String title) {
        this.file = file;
        this.mediaType = mediaType;
        this.title = title;
        this.linkset = null;
    }

    /** Whether the file holds the ontology alone. */
    public boolean ontology() {
        return this == ONTOLOGY_TURTLE || this == ONTOLOGY_RDFXML;
    }

    /** Whether the file is gzip (DCAT's compressFormat): its bytes are not the RDF itself. */
    public boolean compressed() {
        return file.endsWith(".gz");
    }

    /**
     * The Content-Type of the file as served: its bytes, so a compressed dump is {@value #GZIP}
     * (as DBpedia's downloads are), and a client that reads RDF by Content-Type does not take
     * gzip for N-Triples (served as N-Triples, the dump made Jena's {@code RDFDataMgr} fail on its
     * first byte). A client that asks for the RDF's type first, as Jena does, gets the same bytes as
     * that type with {@code Content-Encoding: gzip} (the server's {@code site.DumpServlet}).
     */
    public String servedAs() {
        return compressed() ? GZIP : mediaType;
    }

    Dump(LinkTargets target) {
        this.file = "linkset-" + target.key + ".nt";
        this.mediaType = "application/n-triples";
        this.title = "links to " + target.label + ", N-Triples";
        this.linkset = target;
    }
}
