package org.w3id.scokg.server.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Auto-completion for the suggest services: things whose names, types whose names, and properties
 * whose ids or names start with what the user has typed (a word of them, once normalised), the
 * closest first.
 */
final class Suggestions {
    private final EntityIndex index;

    Suggestions(EntityIndex index) {
        this.index = index;
    }

    /** Things with a name a word of which starts with {@code prefix}, of {@code type} when given. */
    List<EntityIndex.Entity> entities(String prefix, String type, int cursor, int limit) {
        String p = NameSimilarity.normalise(prefix);
        if (nothingLeft(prefix, p)) return List.of();
        record Hit(EntityIndex.Entity entity, int rank) {}
        List<Hit> hits = new ArrayList<>();
        for (EntityIndex.Entity entity : index.all()) {
            if (type != null && entity.types().stream().noneMatch(t -> t.id().equals(type))) continue;
            int rank = entity.normalised().stream().mapToInt(name -> rank(name, p)).min().orElse(Integer.MAX_VALUE);
            // A UN symbol as typed so far ("A/66" for A/66/359), however it is written, as queries match it.
            if (rank == Integer.MAX_VALUE && symbolStarts(entity, prefix)) rank = 0;
            if (rank < Integer.MAX_VALUE) hits.add(new Hit(entity, rank));
        }
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparing(h -> h.entity().label()));
        return hits.stream().skip(cursor).limit(limit).map(Hit::entity).toList();
    }

    private static boolean symbolStarts(EntityIndex.Entity entity, String prefix) {
        String typed = NameSimilarity.symbolKey(prefix);
        return typed.length() >= 2 && entity.identifiers("unSymbol").stream().anyMatch(s -> NameSimilarity.symbolKey(s).startsWith(typed));
    }

    List<EntityIndex.Type> types(String prefix) {
        String p = NameSimilarity.normalise(prefix);
        if (nothingLeft(prefix, p)) return List.of();
        return index.types().stream().filter(t -> rank(NameSimilarity.normalise(t.name()), p) < Integer.MAX_VALUE).toList();
    }

    /** Properties of {@code properties} (id to name) whose id or name starts with {@code prefix}. */
    static List<Map.Entry<String, String>> properties(Map<String, String> properties, String prefix) {
        String p = NameSimilarity.normalise(prefix);
        if (nothingLeft(prefix, p)) return List.of();
        return properties.entrySet().stream()
                .filter(e -> rank(NameSimilarity.normalise(e.getValue()), p) < Integer.MAX_VALUE
                        || NameSimilarity.normalise(e.getKey()).startsWith(p))
                .sorted(Map.Entry.comparingByKey())
                .toList();
    }

    /**
     * Whether a prefix was typed but nothing of it is left to match ("!!!", an emoji): it suggests
     * nothing (until 2 December 2026 it matched every name, as an empty prefix does; a review found it).
     */
    private static boolean nothingLeft(String typed, String normalised) {
        return normalised.isEmpty() && !typed.isBlank();
    }

    /** 0 when the name starts with the prefix, 1 when a later word does, none otherwise. */
    private static int rank(String name, String prefix) {
        if (name.startsWith(prefix)) return 0;
        return name.contains(" " + prefix) ? 1 : Integer.MAX_VALUE;
    }
}
