package org.w3id.scokg.vocab;

/**
 * The graphs sco-kg links out to, by the namespace their IRIs start with, and the one predicate of
 * the links its linkset offers them: identity ({@code owl:sameAs}) with the Wikidata items the graph asserts;
 * DBpedia pages and GeoNames features are matches of another kind of record ({@code skos:exactMatch}).
 * An unverified match to Wikidata ({@code skos:exactMatch}) stays in the dumps and out of the linkset.
 */
public enum LinkTargets {
    WIKIDATA("wikidata", "Wikidata", "http://www.wikidata.org/entity/", "http://www.w3.org/2002/07/owl#sameAs"),
    DBPEDIA("dbpedia", "DBpedia", "http://dbpedia.org/resource/", "http://www.w3.org/2004/02/skos/core#exactMatch"),
    GEONAMES("geonames", "GeoNames", "http://sws.geonames.org/", "http://www.w3.org/2004/02/skos/core#exactMatch");

    /** The name used in file names and in the linkset's IRI ({@code void#linkset-{name}}). */
    public final String key;
    public final String label;
    public final String namespace;
    /** The IRI of the predicate of the linkset's links ({@code void:linkPredicate}). */
    public final String linkPredicate;

    LinkTargets(String key, String label, String namespace, String linkPredicate) {
        this.key = key;
        this.label = label;
        this.namespace = namespace;
        this.linkPredicate = linkPredicate;
    }
}
