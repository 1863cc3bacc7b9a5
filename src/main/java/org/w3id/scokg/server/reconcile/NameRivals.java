package org.w3id.scokg.server.reconcile;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a name that is exactly one thing's is also, in common use, another's: a candidate of the
 * same kind one of whose names (as the graph gives them, not the keys composed to match on) holds every word asked ({@link NameSimilarity#holds}), which includes one that
 * begins with them (a name in Chinese, written without spaces, is one word: only the same name is
 * its rival, as before).
 * "Bishkek Declaration" is the title of the declaration of 1999 and, in common use, of the SCO's
 * "Bishkek Declaration of the Council of Heads of State of the SCO" of 2019: neither is certain, as
 * OpenRefine takes a certain match without asking. Of the same kind means that one's most specific
 * type is among the other's types (two declarations, or a declaration and a thing typed instrument
 * only): the summit "chaired by Russia" is no rival of Russia, nor a body of the UN ("United Nations
 * General Assembly") of the UN. Were only a candidate of exactly the same name to stand against
 * certainty, the 1999 declaration would be a certain match at 100 with the 2019 one at 90 (issue 13).
 */
final class NameRivals {
    private NameRivals() {}

    /** Whether a candidate of {@code others} but {@code exact} is of its kind and answers to {@code name} (normalised). */
    static boolean rivalled(EntityIndex.Entity exact, String name, Collection<EntityIndex.Entity> others) {
        if (name == null || name.isEmpty()) return false;
        return others.stream().anyMatch(other -> !other.id().equals(exact.id()) && sameKind(exact, other) && answersTo(other, name));
    }

    private static boolean answersTo(EntityIndex.Entity other, String name) {
        // Its names, not the keys composed to match on: "UN General Assembly OEWG", a key of the
        // Assembly's working groups, holds the Assembly's name, and no one calls a group so.
        return other.names().stream().anyMatch(n -> NameSimilarity.holds(NameNormaliser.normalise(n), name));
    }

    private static boolean sameKind(EntityIndex.Entity a, EntityIndex.Entity b) {
        return within(a, b) || within(b, a);
    }

    /** Whether a most specific type of {@code a} is a type of {@code b}. */
    private static boolean within(EntityIndex.Entity a, EntityIndex.Entity b) {
        Set<String> types = b.types().stream().map(EntityIndex.Type::id).collect(Collectors.toSet());
        return a.specificTypes().stream().anyMatch(t -> types.contains(t.id()));
    }
}
