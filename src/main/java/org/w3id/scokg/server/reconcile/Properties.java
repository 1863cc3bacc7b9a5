package org.w3id.scokg.server.reconcile;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.scokg.vocab.SCO;

/**
 * The service's one set of properties, which queries and data extension share (API 0.2: a
 * property's id is unique among all properties). Each has one id, a name, a description, and says
 * whether a query can match on it ({@link Property#matchable()}: {@code identifiers.rq} has its
 * values) and whether data extension can fetch it ({@link Property#fetchable()}: {@code
 * extension.rq} has them); the types it applies to are those some thing of which has a value of it.
 * The property suggest service offers them all, {@code propose_properties} the fetchable ones.
 *
 * <p>An id is a term of the ontology where the property is one, written as its local name, which
 * API 0.2 reads against the manifest's {@code schemaSpace} ({@code unDocumentSymbol} is {@code
 * sco:unDocumentSymbol}); a property the service computes (either ISO code, any date of a thing,
 * the Wikidata item, the day SCO membership began, the status on a date), no term of the ontology,
 * has an IRI of its own under {@link SCO#RECONCILE_NS}, which {@code /reconcile/properties}
 * describes ({@link #described()}). Ids are not short words: read against the schema space, five
 * of them ({@code iso3166}, {@code unSymbol}, {@code wikidata}, {@code memberSince}, {@code status})
 * would name no term of the ontology (issue 13). Each short id ({@link Property#key()}) is taken
 * too, as OpenRefine projects may store it.
 */
final class Properties {
    /**
     * One property: its id, its short id ({@code key}, taken too, and the word {@code extension.rq}
     * and {@code identifiers.rq} bind {@code ?property} to, which the service reads by), name and uses.
     */
    record Property(String id, String key, String name, String description, boolean matchable, boolean fetchable) {
        /** Whether it is a term of the ontology, its id a local name there. */
        boolean inOntology() {
            return !id.startsWith(SCO.RECONCILE_NS);
        }

        /** Its IRI: its id, read against the schema space where it is a term of the ontology. */
        String iri() {
            return inOntology() ? SCO.NS + id : id;
        }
    }

    /**
     * Every property. {@code status} is fetched, never matched: its value is the status on the day
     * of the {@code date} setting, which a query has no way to give, and it is one of four statuses,
     * each held by many states at once, so it could neither identify a thing nor tell two apart.
     */
    static final List<Property> ALL = List.of(
            computed("iso3166", "ISO 3166-1 code (alpha-2 or alpha-3)", "either code: RU or RUS", true),
            term(SCO.iso3166Alpha2, "iso3166Alpha2", "ISO 3166-1 alpha-2 code", "two letters: RU"),
            term(SCO.iso3166Alpha3, "iso3166Alpha3", "ISO 3166-1 alpha-3 code", "three letters: RUS"),
            term(SCO.unDocumentSymbol, "unSymbol", "UN document symbol", "A/66/359, written any common way"),
            computed("date", "date (YYYY, YYYY-MM or YYYY-MM-DD)", "issued, in force, founded, started, ended, or of an act on it", true),
            computed("wikidata", "Wikidata item", "a QID (Q159) or its Wikidata IRI", true),
            computed("memberSince", "SCO member state since", "the day SCO membership began (YYYY, YYYY-MM or YYYY-MM-DD)", true),
            computed("status", "SCO status on a date", "fetched only: the status on the day of the date setting, today when empty", false));

    private final EntityIndex index;
    private final DataExtension extension;
    /** By type, the keys of the properties some thing of it has a value of, worked out once (the graph does not change). */
    private final Map<String, Set<String>> byType = new ConcurrentHashMap<>();

    Properties(EntityIndex index, DataExtension extension) {
        this.index = index;
        this.extension = extension;
    }

    /** A property that is {@code term} of the ontology, matched and fetched. */
    private static Property term(Node term, String key, String name, String description) {
        return new Property(term.getURI().substring(SCO.NS.length()), key, name, description, true, true);
    }

    /** A property the service computes, fetched, and matched if {@code matchable}: its IRI is its own. */
    private static Property computed(String key, String name, String description, boolean matchable) {
        return new Property(SCO.RECONCILE_NS + key, key, name, description, matchable, true);
    }

    /**
     * The property {@code id} names: its id, its IRI (its id after the manifest's {@code
     * schemaSpace}, against which API 0.2 reads an id, where it is a term of the ontology), or its
     * short id; {@code sco:date}, the date of an act, is {@code date}, whose values hold the date of
     * every act on a thing. An IRI after the schema space names a property only where it is a term of the
     * ontology ({@code …#unDocumentSymbol}); one that is not ({@code …#memberSince}) names none, for
     * the schema space is the ontology's (issue 13).
     */
    static Optional<Property> get(String id) {
        if (id.equals(SCO.date.getURI())) return get("date");
        return ALL.stream().filter(p -> p.id().equals(id) || p.iri().equals(id) || p.key().equals(id)).findFirst();
    }

    /** Why {@code id} names no property, and, for a short id written after the schema space, what does. */
    static String unknown(String id) {
        String said = "unknown property '" + BadRequest.shortened(id) + "'";
        if (!id.startsWith(SCO.NS)) return said;
        return get(id.substring(SCO.NS.length())).map(p -> said + ", no term of the ontology: the property's id is " + p.id()).orElse(said);
    }

    /**
     * The properties that are no terms of the ontology, as RDF: each an {@code rdf:Property} with its
     * name and description, defined by {@link SCO#RECONCILE_PROPERTIES}, which is what their IRIs
     * lead to ({@code /reconcile/properties}).
     */
    static Graph described() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefix("rdf", RDF.uri).setNsPrefix("rdfs", RDFS.uri).setNsPrefix("", SCO.RECONCILE_NS);
        Node document = NodeFactory.createURI(SCO.RECONCILE_PROPERTIES);
        graph.add(document, RDFS.label.asNode(), NodeFactory.createLiteralLang("Properties of the sco-kg reconciliation service that are no terms of its ontology", "en"));
        graph.add(document, RDFS.seeAlso.asNode(), NodeFactory.createURI(SCO.ONTOLOGY));
        for (Property p : ALL) {
            if (p.inOntology()) continue;
            Node term = NodeFactory.createURI(p.id());
            graph.add(term, RDF.type.asNode(), RDF.Property.asNode());
            graph.add(term, RDFS.label.asNode(), NodeFactory.createLiteralLang(p.name(), "en"));
            graph.add(term, RDFS.comment.asNode(), NodeFactory.createLiteralLang(p.description(), "en"));
            graph.add(term, RDFS.isDefinedBy.asNode(), document);
        }
        return graph;
    }

    static List<Property> matchable() {
        return ALL.stream().filter(Property::matchable).toList();
    }

    static List<Property> fetchable() {
        return ALL.stream().filter(Property::fetchable).toList();
    }

    /** Whether {@code property} applies to {@code type}: some thing of that type has a value of it. */
    boolean appliesTo(Property property, String type) {
        return byType.computeIfAbsent(type, this::ofType).contains(property.key());
    }

    private Set<String> ofType(String type) {
        List<EntityIndex.Entity> things = index.all().stream().filter(e -> e.types().stream().anyMatch(t -> t.id().equals(type))).toList();
        List<String> ids = things.stream().map(EntityIndex.Entity::id).toList();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return ALL.stream()
                .filter(p -> p.fetchable() ? extension.values(ids, p.key(), today, BatchDeadline.NONE).values().stream().anyMatch(v -> !v.isEmpty())
                        : things.stream().anyMatch(e -> !e.identifiers(p.key()).isEmpty()))
                .map(Property::key).collect(Collectors.toUnmodifiableSet());
    }
}
