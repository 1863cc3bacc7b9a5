package org.w3id.scokg.server.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.w3id.scokg.server.web.UnSymbols;

/**
 * Auto-completion for the suggest services: things whose names, types whose names, and properties
 * whose ids or names start with what the user has typed (a word of them, once normalised), or things
 * whose names' initials it is, the closest first.
 */
final class Suggestions {
    private final EntityIndex index;

    Suggestions(EntityIndex index) {
        this.index = index;
    }

    /**
     * Things with a name a word of which starts with {@code prefix}, of {@code type} when given; the
     * thing whose ISO 3166 code or Wikidata item {@code prefix} is, first (the API: "supplying an entity
     * identifier as prefix should return this entity").
     * Nothing for a blank prefix, as for one of which nothing is left to match, not ten things in
     * the order of their names. {@code strict} binds the type as in a query: {@link
     * Reconciler.TypeStrict#SHOULD} keeps the things of other types, after those of the type, not
     * filtering as "any" does (API 0.2 defines {@code type_strict} for queries only).
     */
    List<EntityIndex.Entity> entities(String prefix, String type, Reconciler.TypeStrict strict, int cursor, int limit) {
        String p = NameNormaliser.normalisePrefix(prefix);
        if (prefix.isBlank() || nothingLeft(prefix, p)) return List.of();
        // Of its names, the one that matches best: the rank of the match, then the name's length.
        record Hit(EntityIndex.Entity entity, boolean ofType, int rank, int length) {}
        // What was typed, read as a symbol and as an id once, not once per thing: 4,000 dots took
        // 14 s of a core with the symbol's key made again for each thing.
        String symbol = UnSymbols.key(prefix);
        String id = EntityIndex.idOf(prefix);
        // Initials typed whole ("UNGA"), as a query matches them: what a query finds at 85, the
        // suggest service finds too.
        String acronym = NameSimilarity.acronym(prefix);
        List<Hit> hits = new ArrayList<>();
        for (EntityIndex.Entity entity : index.all()) {
            boolean ofType = type == null || entity.types().stream().anyMatch(t -> t.id().equals(type));
            if (!ofType && strict != Reconciler.TypeStrict.SHOULD) continue;
            Hit best = null;
            for (String name : entity.normalised()) {
                int rank = rank(name, p);
                if (rank == Integer.MAX_VALUE && NameSimilarity.byInitials(acronym, name) > 0) rank = 2;
                if (rank < Integer.MAX_VALUE && (best == null || rank < best.rank() || rank == best.rank() && name.length() < best.length())) {
                    best = new Hit(entity, ofType, rank, name.length());
                }
            }
            // A UN symbol as typed so far ("A/66" for A/66/359), however it is written, as queries match it.
            if (best == null && symbolStarts(entity, symbol)) best = new Hit(entity, ofType, 1, prefix.length());
            // Its id as typed so far ("state/R", or the IRI), as the API expects of a suggest service.
            if (best == null && idStarts(entity, id)) best = new Hit(entity, ofType, entity.id().equals(id) ? 0 : 1, entity.id().length());
            if (CandidateScorer.namesByCode(entity, prefix)) best = new Hit(entity, ofType, 0, 0);
            if (best != null) hits.add(best);
        }
        // The things of the type first (all of them, but under "should"); then a thing named exactly
        // what was typed ("SCO" is the SCO, before every "SCO summit"), then the shortest names.
        hits.sort(Comparator.comparing((Hit h) -> !h.ofType()).thenComparingInt(Hit::rank).thenComparingInt(Hit::length).thenComparing(h -> h.entity().label()));
        return hits.stream().skip(cursor).limit(limit).map(Hit::entity).toList();
    }

    /** Whether one of the thing's UN symbols starts with {@code typed}, a {@link UnSymbols#key}. */
    private static boolean symbolStarts(EntityIndex.Entity entity, String typed) {
        return typed.length() >= 2 && entity.identifiers("unSymbol").stream().anyMatch(s -> UnSymbols.key(s).startsWith(typed));
    }

    /** Whether the thing's id starts with {@code typed}, an {@link EntityIndex#idOf}. */
    private static boolean idStarts(EntityIndex.Entity entity, String typed) {
        return typed.indexOf('/') > 0 && entity.id().startsWith(typed);
    }

    /**
     * Types a word of one of whose words, in English, Russian or Chinese, starts with {@code prefix}
     * («гос» and 国家 suggest state), or whose id does.
     */
    List<EntityIndex.Type> types(String prefix) {
        String p = NameNormaliser.normalisePrefix(prefix);
        if (nothingLeft(prefix, p)) return List.of();
        // Or its id, the class IRI as typed so far, as the API expects.
        String typed = prefix.strip();
        return index.offered().stream()
                .filter(t -> t.words().stream().anyMatch(w -> rank(NameNormaliser.normalise(w), p) < Integer.MAX_VALUE) || typed.contains(":") && t.id().startsWith(typed))
                .toList();
    }

    /**
     * Those of {@code properties} whose id, short id ({@link Properties.Property#key()}) or name
     * starts with {@code prefix} (a word of the name), or whose IRI does, by short id; the property
     * {@code prefix} names as a query names one ({@link Properties#get}), first.
     */
    static List<Properties.Property> properties(List<Properties.Property> properties, String prefix) {
        String p = NameNormaliser.normalisePrefix(prefix);
        if (nothingLeft(prefix, p)) return List.of();
        // Its IRI as typed so far, as a type's and a thing's: a term of the ontology has its local name
        // for id, so its IRI, which queries and data extension take, would otherwise suggest nothing.
        String typed = prefix.strip();
        Properties.Property named = Properties.get(typed).orElse(null);
        return properties.stream()
                .filter(e -> e.equals(named) || rank(NameNormaliser.normalise(e.name()), p) < Integer.MAX_VALUE || NameNormaliser.normalise(e.id()).startsWith(p)
                        || NameNormaliser.normalise(e.key()).startsWith(p) || typed.contains(":") && e.iri().startsWith(typed))
                .sorted(Comparator.comparing((Properties.Property e) -> !e.equals(named)).thenComparing(Properties.Property::key))
                .toList();
    }

    /**
     * Whether a prefix was typed but nothing of it is left to match ("!!!", an emoji): it suggests
     * nothing, rather than match every name as an empty prefix would.
     */
    private static boolean nothingLeft(String typed, String normalised) {
        return normalised.isEmpty() && !typed.isBlank();
    }

    /** 0 when the name is the prefix, 1 when it starts with it, 2 when a later word does, none otherwise. */
    private static int rank(String name, String prefix) {
        if (name.equals(prefix)) return 0;
        if (name.startsWith(prefix)) return 1;
        return name.contains(" " + prefix) ? 2 : Integer.MAX_VALUE;
    }
}
