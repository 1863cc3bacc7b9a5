package org.w3id.scokg.query.fuzz;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_NegPropSet;
import org.apache.jena.sparql.path.P_ReverseLink;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathFactory;

/**
 * Property paths of every form ({@code ^ / | * + ? !(...) !^}), nested, over the pool's
 * predicates and now and then one in no graph. A path with a closure ({@code *} or {@code +}) is
 * only asked for where one end is a constant or a variable already bound, and so is {@code ?}; no
 * closure holds another closure, and a negated set (almost every edge) is never a part of a
 * sequence, an alternative or a closure, so that paths stay cheap.
 */
final class PathGenerator {
    private static final int DEPTH = 2;
    private final TermPool terms;
    private final Dice dice;

    PathGenerator(TermPool terms, Dice dice) {
        this.terms = terms;
        this.dice = dice;
    }

    /**
     * A path; with {@code closures} false it has no {@code *}, {@code +} or {@code ?} anywhere
     * (each of them matches every term of the graph from a free end).
     */
    Path path(boolean closures) {
        return path(closures, 0);
    }

    /** A path that may match no step at all ({@code *} or {@code ?} on top): the zero-length case. */
    Path zeroLength(boolean closures) {
        Path inner = dice.chance(0.6) ? link() : path(false, 1, false);
        return closures && dice.chance(0.6) ? PathFactory.pathZeroOrMore1(inner) : PathFactory.pathZeroOrOne(inner);
    }

    private Path path(boolean closures, int depth) {
        return path(closures, depth, true);
    }

    /** {@code negation}: whether a negated set may occur (not under a closure). */
    private Path path(boolean closures, int depth, boolean negation) {
        if (depth >= DEPTH) return negation && dice.chance(0.15) ? negated() : link();
        return switch (dice.weighted(3, 2, 2, 2, closures ? 2 : 0, closures ? 2 : 0, closures ? 2 : 0, negation ? 2 : 0)) {
            case 0 -> link();
            case 1 -> inverse(path(closures, depth + 1, negation));
            case 2 -> PathFactory.pathSeq(path(closures, depth + 1, false), path(closures, depth + 1, false));
            case 3 -> PathFactory.pathAlt(path(closures, depth + 1, false), path(closures, depth + 1, false));
            case 4 -> PathFactory.pathZeroOrMore1(path(false, depth + 1, false));
            case 5 -> PathFactory.pathOneOrMore1(path(false, depth + 1, false));
            case 6 -> PathFactory.pathZeroOrOne(path(false, depth + 1, negation));
            default -> negated();
        };
    }

    /**
     * {@code ^path}, unless {@code path} is an inverse itself: Jena 5.6.0 prints {@code ^(^p)} as
     * {@code ^^p}, which it cannot parse.
     */
    private Path inverse(Path path) {
        return path instanceof P_Inverse || path instanceof P_ReverseLink ? path : PathFactory.pathInverse(path);
    }

    /** A predicate of the data, or one in no graph. */
    Path link() {
        return PathFactory.pathLink(terms.predicate(dice));
    }

    /** {@code !p}, {@code !^p} or {@code !(p|^q|...)}. */
    private Path negated() {
        P_NegPropSet set = new P_NegPropSet();
        int size = dice.weighted(5, 3, 1) + 1;
        for (int i = 0; i < size; i++) {
            Node predicate = terms.predicate(dice);
            set.add(dice.chance(0.35) ? new P_ReverseLink(predicate) : new P_Link(predicate));
        }
        return set;
    }
}
