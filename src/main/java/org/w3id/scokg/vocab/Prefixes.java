package org.w3id.scokg.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.w3id.scokg.vocab.SCO;

/** The prefixes every dump and page is written with. */
public final class Prefixes {
    public static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefix("sco", SCO.NS)
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("dc", "http://purl.org/dc/elements/1.1/")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("time", "http://www.w3.org/2006/time#")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("oa", "http://www.w3.org/ns/oa#")
            .setNsPrefix("schema", "http://schema.org/")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("vann", "http://purl.org/vocab/vann/")
            .setNsPrefix("void", "http://rdfs.org/ns/void#")
            .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
            .setNsPrefix("spdx", "http://spdx.org/rdf/terms#")
            .setNsPrefix("wd", "http://www.wikidata.org/entity/")
            .setNsPrefix("dbr", "http://dbpedia.org/resource/")
            .lock();

    private Prefixes() {}
}
