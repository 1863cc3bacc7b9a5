package org.w3id.scokg.vocab;

/** The graphs sco-kg links out to, by the namespace their IRIs start with. */
public enum LinkTargets {
    WIKIDATA("wikidata", "Wikidata", "http://www.wikidata.org/entity/"),
    DBPEDIA("dbpedia", "DBpedia", "http://dbpedia.org/resource/"),
    GEONAMES("geonames", "GeoNames", "https://sws.geonames.org/");

    /** The name used in file names and in the linkset's IRI ({@code void#linkset-{name}}). */
    public final String key;
    public final String label;
    public final String namespace;

    LinkTargets(String key, String label, String namespace) {
        this.key = key;
        this.label = label;
        this.namespace = namespace;
    }
}
