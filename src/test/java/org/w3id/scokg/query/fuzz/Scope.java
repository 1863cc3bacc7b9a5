package org.w3id.scokg.query.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.core.Var;

/**
 * The variables a pattern may bind, in the order the generator first bound them, and which of them
 * it binds for certain (outside OPTIONAL, UNION, BIND, VALUES with UNDEF and sub-queries). Patterns
 * join on certain variables, mostly, so that a join does not turn into a product where the variable
 * is unbound; expressions read any. A BIND or a projected expression always takes a fresh variable
 * ({@link #fresh}), which SPARQL requires be in no scope yet.
 */
final class Scope {
    private final Set<Var> vars = new LinkedHashSet<>();
    private final Set<Var> certain = new LinkedHashSet<>();
    private final int[] counter;

    private Scope(int[] counter) {
        this.counter = counter;
    }

    /** An empty scope for a new query: fresh variables are {@code ?v0}, {@code ?v1}... */
    static Scope forQuery() {
        return new Scope(new int[1]);
    }

    /** An empty scope sharing this one's supply of fresh variables. */
    Scope empty() {
        return new Scope(counter);
    }

    /** A copy of this scope, sharing its supply of fresh variables. */
    Scope copy() {
        Scope copy = empty();
        copy.vars.addAll(vars);
        copy.certain.addAll(certain);
        return copy;
    }

    /**
     * The same variables, none of them certain: how a pattern evaluated on its own (MINUS, a
     * sub-query) sees the patterns around it. It may name their variables, to correlate, but
     * joins its own patterns on its own variables.
     */
    Scope asMaybe() {
        Scope maybe = empty();
        maybe.vars.addAll(vars);
        return maybe;
    }

    /** This scope and {@code other} together. */
    Scope with(Scope other) {
        Scope union = copy();
        union.addAll(other);
        return union;
    }

    /** A variable never used in this query. */
    Var fresh() {
        return Var.alloc("v" + counter[0]++);
    }

    /** {@code var}, bound for certain. */
    void add(Var var) {
        vars.add(var);
        certain.add(var);
    }

    /** {@code var}, bound in some solutions only. */
    void addMaybe(Var var) {
        vars.add(var);
    }

    /** {@code other}'s variables, certain where they are certain there. */
    void addAll(Scope other) {
        vars.addAll(other.vars);
        certain.addAll(other.certain);
    }

    /** {@code other}'s variables, none of them certain (they come from an OPTIONAL, say). */
    void addAllMaybe(Scope other) {
        vars.addAll(other.vars);
    }

    boolean contains(Var var) {
        return vars.contains(var);
    }

    boolean isEmpty() {
        return vars.isEmpty();
    }

    boolean isCertain(Var var) {
        return certain.contains(var);
    }

    boolean hasCertain() {
        return !certain.isEmpty();
    }

    List<Var> vars() {
        return new ArrayList<>(vars);
    }

    /** One of the variables; the scope must not be empty. */
    Var pick(Dice dice) {
        return dice.pick(vars());
    }

    /** A variable bound for certain; there must be one. */
    Var pickCertain(Dice dice) {
        return dice.pick(new ArrayList<>(certain));
    }

    /** A variable to join on: a certain one, or now and then (or when none is certain) any. */
    Var pickJoin(Dice dice) {
        return certain.isEmpty() || dice.chance(0.12) ? pick(dice) : dice.pick(new ArrayList<>(certain));
    }
}
