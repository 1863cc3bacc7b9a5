package org.w3id.scokg.server.reconcile;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.w3id.scokg.vocab.SCO;

/**
 * The service's one set of properties, which queries and data extension share (API 0.2: a
 * property's id is unique among all properties). Each has one id, a name, a description, and says
 * whether a query can match on it ({@link Property#matchable()}: {@code identifiers.rq} has its
 * values) and whether data extension can fetch it ({@link Property#fetchable()}: {@code
 * extension.rq} has them); the types it applies to are those some thing of which has a value of it.
 * The property suggest service offers them all, {@code propose_properties} the fetchable ones.
 * Until a review on 2 December 2026 queries and extension had a set each, and the suggest service
 * offered only the queries', so OpenRefine's "Add property" box could not find {@code status},
 * {@code memberSince} or the ISO codes one by one, and no query could use them.
 */
final class Properties {
    /** One property: its id (kept as it is: OpenRefine projects store it), name and uses. */
    record Property(String id, String name, String description, boolean matchable, boolean fetchable) {}

    /**
     * Every property, by id. {@code status} is fetched, never matched: its value is the status on
     * the day of the {@code date} setting, which a query has no way to give, and it is one of four
     * statuses, each held by many states at once, so it could neither identify a thing nor tell two
     * apart.
     */
    static final List<Property> ALL = List.of(
            both("iso3166", "ISO 3166-1 code (alpha-2 or alpha-3)", "either code: RU or RUS"),
            both("iso3166Alpha2", "ISO 3166-1 alpha-2 code", "two letters: RU"),
            both("iso3166Alpha3", "ISO 3166-1 alpha-3 code", "three letters: RUS"),
            both("unSymbol", "UN document symbol", "A/66/359, written any common way"),
            both("date", "date (YYYY, YYYY-MM or YYYY-MM-DD)", "issued, in force, founded, started, ended, or of an act on it"),
            both("wikidata", "Wikidata item", "a QID (Q159) or its Wikidata IRI"),
            both("memberSince", "SCO member state since", "the day SCO membership began (YYYY, YYYY-MM or YYYY-MM-DD)"),
            new Property("status", "SCO status on a date", "fetched only: the status on the day of the date setting, today when empty",
                    false, true));

    private static final Map<String, Property> BY_ID = ALL.stream().collect(Collectors.toUnmodifiableMap(Property::id, p -> p));

    private final EntityIndex index;
    private final DataExtension extension;
    /** By type, the ids of the properties some thing of it has a value of, worked out once (the graph does not change). */
    private final Map<String, Set<String>> byType = new ConcurrentHashMap<>();

    Properties(EntityIndex index, DataExtension extension) {
        this.index = index;
        this.extension = extension;
    }

    private static Property both(String id, String name, String description) {
        return new Property(id, name, description, true, true);
    }

    /**
     * The property {@code id} names: its id, or its id after the manifest's {@code schemaSpace} (the
     * ontology's namespace), against which API 0.2 reads an id; a hand-written client may send either
     * (until a review on 5 December 2026 the whole IRI was an unknown property).
     */
    static Optional<Property> get(String id) {
        return Optional.ofNullable(BY_ID.get(id.startsWith(SCO.NS) ? id.substring(SCO.NS.length()) : id));
    }

    static List<Property> matchable() {
        return ALL.stream().filter(Property::matchable).toList();
    }

    static List<Property> fetchable() {
        return ALL.stream().filter(Property::fetchable).toList();
    }

    /** Whether {@code property} applies to {@code type}: some thing of that type has a value of it. */
    boolean appliesTo(Property property, String type) {
        return byType.computeIfAbsent(type, this::ofType).contains(property.id());
    }

    private Set<String> ofType(String type) {
        List<EntityIndex.Entity> things = index.all().stream().filter(e -> e.types().stream().anyMatch(t -> t.id().equals(type))).toList();
        List<String> ids = things.stream().map(EntityIndex.Entity::id).toList();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return ALL.stream()
                .filter(p -> p.fetchable() ? extension.values(ids, p.id(), today, BatchDeadline.NONE).values().stream().anyMatch(v -> !v.isEmpty())
                        : things.stream().anyMatch(e -> !e.identifiers(p.id()).isEmpty()))
                .map(Property::id).collect(Collectors.toUnmodifiableSet());
    }
}
