package org.w3id.scokg.server.linkeddata;

import java.util.List;

/** Where an entity page's list of values folds, and which values have their sources said once after them. */
final class ValueFold {
    private ValueFold() {}

    /**
     * Where a list folds: after {@link EntityPage#UNFOLDED} values, unless that splits a run of values
     * that share their sources and note, which would say them twice, once above the fold and once in
     * it (split, the 13 participants of the Samarkand summit of 2022, all from one press release, read
     * "Sources common to the 8 above" and, folded, "… to the 5 above"). The fold then comes before the
     * run, or after it where the run begins the list; a list of no more values than that does not
     * fold.
     */
    static int at(List<EntityReader.Value> values) {
        if (values.size() <= EntityPage.UNFOLDED || !alike(values.get(EntityPage.UNFOLDED - 1), values.get(EntityPage.UNFOLDED))) return Math.min(EntityPage.UNFOLDED, values.size());
        int first = EntityPage.UNFOLDED - 1;
        while (first > 0 && alike(values.get(first - 1), values.get(first))) first--;
        if (first > 0) return first;
        int after = EntityPage.UNFOLDED + 1;
        while (after < values.size() && alike(values.get(after - 1), values.get(after))) after++;
        return after;
    }

    /** Whether two values have the same sources and note, some of either. */
    static boolean alike(EntityReader.Value one, EntityReader.Value other) {
        return (!one.sources().isEmpty() || one.note() != null) && one.sources().equals(other.sources()) && java.util.Objects.equals(one.note(), other.note());
    }
}
