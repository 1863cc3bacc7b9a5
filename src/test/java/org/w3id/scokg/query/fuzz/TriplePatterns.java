package org.w3id.scokg.query.fuzz;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementPathBlock;

/**
 * Triple patterns for {@link PatternGenerator}: each joins what is bound (when anything is) and
 * may hold constants that fit its predicate or terms in no graph. A property path or a variable
 * predicate only where an end is a constant or bound for certain; a closure ({@code *}, {@code +},
 * {@code ?}) only from a constant or from what the group binds for certain before it, so that no
 * path starts from every term of the graph.
 */
final class TriplePatterns {
    private final TermPool terms;
    private final Dice dice;
    private final PathGenerator paths;

    TriplePatterns(TermPool terms, Dice dice) {
        this.terms = terms;
        this.dice = dice;
        this.paths = new PathGenerator(terms, dice);
    }

    /** One to three triple patterns; {@code visible} are the variables to join, {@code bound} the group's own. */
    Element block(Scope visible, Scope bound) {
        ElementPathBlock block = new ElementPathBlock();
        Scope local = visible.copy();
        int count = dice.weighted(5, 3, 2) + 1;
        for (int i = 0; i < count; i++) block.addTriplePath(triple(local, bound));
        return block;
    }

    /** {@code ?shared :p ?new} or {@code ?new :p ?shared}, a constant now and then for the new end: a UNION branch's first pattern. */
    Element sharedBy(Var shared, Scope bound) {
        Node predicate = terms.predicate(dice);
        boolean subject = dice.chance(0.6);
        Node other = end(bound, !subject, predicate);
        ElementPathBlock block = new ElementPathBlock();
        block.addTriple(subject ? Triple.create(shared, predicate, other) : Triple.create(other, predicate, shared));
        bound.add(shared);
        if (other instanceof Var var) bound.add(var);
        return block;
    }

    /** A path that may take no step ({@code *} or {@code ?} on top), for a probe from a bound variable. */
    Path zeroLengthPath() {
        return paths.zeroLength(true);
    }

    private TriplePath triple(Scope local, Scope bound) {
        Node predicate = terms.predicate(dice);
        Node[] ends = ends(local, bound, predicate);
        boolean joined = fixed(ends[0], local) || fixed(ends[1], local);
        boolean anchored = fixed(ends[0], bound) || fixed(ends[1], bound);
        for (Node end : ends) {
            if (end instanceof Var var) {
                local.add(var);
                bound.add(var);
            }
        }
        if (joined && dice.chance(0.05)) {
            Var p = bound.fresh();
            bound.add(p);
            local.add(p);
            return new TriplePath(Triple.create(ends[0], p, ends[1]));
        }
        Path path = joined && dice.chance(0.4) ? paths.path(anchored) : new P_Link(predicate);
        return new TriplePath(ends[0], path, ends[1]);
    }

    /** The subject and object: one joins {@code local} when it has anything, the other may too. */
    private Node[] ends(Scope local, Scope bound, Node predicate) {
        if (local.isEmpty()) return new Node[] {end(bound, true, predicate), end(bound, false, predicate)};
        if (dice.chance(0.55)) {
            Node subject = local.pickJoin(dice);
            return new Node[] {subject, dice.chance(0.2) ? local.pickJoin(dice) : end(bound, false, predicate)};
        }
        Node object = local.pickJoin(dice);
        return new Node[] {dice.chance(0.2) ? local.pickJoin(dice) : end(bound, true, predicate), object};
    }

    /** Whether {@code end} is a constant or a variable {@code scope} binds for certain. */
    private static boolean fixed(Node end, Scope scope) {
        return !end.isVariable() || scope.isCertain((Var) end);
    }

    /** A constant that fits the predicate, a term in no graph, or a new variable. */
    private Node end(Scope bound, boolean subject, Node predicate) {
        int kind = dice.weighted(3, 1, 5);
        if (kind == 0) return subject ? terms.subjectOf(predicate, dice) : terms.objectOf(predicate, dice);
        if (kind == 1) return terms.absent(dice, dice.between(0, 9));
        return bound.fresh();
    }
}
