package org.w3id.scokg.server.reconcile;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of the reconciliation service over one {@link EntityIndex}, made once the index is read:
 * the index, what matches ({@link Reconciler}) and suggests ({@link Suggestions}) over it, and the
 * properties with the types they apply to ({@link Properties}).
 */
record ServiceParts(EntityIndex index, Reconciler reconciler, Suggestions suggestions, Properties properties) {
    ServiceParts(EntityIndex index, DataExtension extension) {
        this(index, new Reconciler(index), new Suggestions(index), new Properties(index, extension));
    }

    /** The ids of the types queries and suggestions may name: the default types and those under them. */
    Set<String> typeIds() {
        return index.offered().stream().map(EntityIndex.Type::id).collect(Collectors.toSet());
    }
}
