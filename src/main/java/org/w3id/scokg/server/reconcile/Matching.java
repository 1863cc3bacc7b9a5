package org.w3id.scokg.server.reconcile;

import java.util.Set;
import java.util.stream.Collectors;

/** The index, what matches and suggests over it, and the properties with the types they apply to. */
record Matching(EntityIndex index, Reconciler reconciler, Suggestions suggestions, Properties properties) {
    Matching(EntityIndex index, DataExtension extension) {
        this(index, new Reconciler(index), new Suggestions(index), new Properties(index, extension));
    }

    /** The ids of the types queries and suggestions may name: the default types and those under them. */
    Set<String> typeIds() {
        return index.offered().stream().map(EntityIndex.Type::id).collect(Collectors.toSet());
    }
}
