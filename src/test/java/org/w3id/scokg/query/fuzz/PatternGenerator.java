package org.w3id.scokg.query.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * Group graph patterns, weighted toward what breaks engines: nested OPTIONALs whose filters read
 * the left side's variables, UNION, MINUS, FILTER (NOT) EXISTS over outer variables, BIND of what
 * an OPTIONAL binds, VALUES, GRAPH, sub-queries, and OPTIONAL zero-length paths from variables
 * that may hold terms in no graph. Every triple pattern joins what came before or holds a
 * constant, so that no query is a large cartesian product.
 */
final class PatternGenerator {
    /** Groups nested in groups, at most. */
    static final int DEPTH = 3;

    /** Where sub-queries come from: the SELECT generator, which itself asks for patterns. */
    interface SubQueries {
        /** A sub-query over {@code outer}, the variables around it. */
        Query subQuery(Scope outer, int depth);
    }

    private final TermPool terms;
    private final Dice dice;
    private final ExpressionGenerator expressions;
    private final TriplePatterns triples;
    private final ValuesGenerator values;
    private final SubQueries subQueries;
    /** Elements left for the query being generated. */
    private int budget;
    /**
     * Set once the query has a VALUES block of thousands of rows: what follows it is evaluated once
     * per row, so it is kept to joined triples, OPTIONALs of them, FILTER and BIND.
     */
    private boolean heavy;

    PatternGenerator(TermPool terms, Dice dice, ExpressionGenerator expressions, ValuesGenerator values, SubQueries subQueries) {
        this.terms = terms;
        this.dice = dice;
        this.expressions = expressions;
        this.triples = new TriplePatterns(terms, dice);
        this.values = values;
        this.subQueries = subQueries;
    }

    /** Starts a query: it will have about {@code elements} elements in all its groups. */
    void start(int elements) {
        budget = elements;
        heavy = false;
    }

    /**
     * A group that may join on or read {@code outer}'s variables (the left side of its OPTIONAL, the
     * pattern around its EXISTS); adds what it binds to {@code bound}.
     */
    ElementGroup group(Scope outer, Scope bound, int depth) {
        ElementGroup group = new ElementGroup();
        int size = Math.max(1, Math.min(budget, depth == 0 ? dice.between(1, 5) : dice.between(1, 3)));
        for (int i = 0; i < size; i++) group.addElement(element(outer, bound, depth, i == 0));
        return group;
    }

    private Element element(Scope outer, Scope bound, int depth, boolean first) {
        boolean nest = depth < DEPTH && --budget > 0;
        Scope visible = outer.with(bound);
        Scope here = visible;
        // A zero-length probe starts from what this group binds for certain: from a variable of
        // the patterns around, ARQ may evaluate it on its own, from every term of the graph.
        boolean probes = bound.hasCertain();
        // The first element of the query may be a VALUES block of thousands of rows.
        if (depth == 0 && first && dice.chance(0.03)) return values(here, bound, true);
        boolean full = nest && !heavy;
        return switch (dice.weighted(30, nest ? (first ? 2 : 18) : 0, full ? 7 : 0, full && !first ? 5 : 0, first ? 1 : 10, full ? 8 : 0, 6, heavy ? 0 : 8,
                full ? 6 : 0, full ? 4 : 0, nest && probes ? (heavy ? 30 : 8) : 0)) {
            case 0 -> triples.block(here, bound);
            case 1 -> new ElementOptional(nested(visible, bound, depth, false));
            case 2 -> union(visible, bound, depth);
            case 3 -> new ElementMinus(group(visible.asMaybe(), bound.empty(), depth + 1));
            case 4 -> new ElementFilter(expressions.condition(here));
            case 5 -> new ElementFilter(exists(visible, depth));
            case 6 -> bind(here, bound, depth);
            case 7 -> values(here, bound, false);
            case 8 -> graph(visible, bound, depth);
            case 9 -> subQuery(visible.asMaybe(), bound, depth);
            default -> zeroLengthProbe(bound);
        };
    }

    /** A nested group whose variables join {@code bound}: for certain inside GRAPH, maybe inside OPTIONAL or UNION. */
    private ElementGroup nested(Scope visible, Scope bound, int depth, boolean certain) {
        Scope inner = bound.empty();
        ElementGroup group = group(visible, inner, depth + 1);
        // A BIND of what the nested group (an OPTIONAL's, say) may leave unbound.
        if (!inner.isEmpty() && dice.chance(0.15)) group.addElement(bind(visible.with(inner), inner, depth));
        if (certain) bound.addAll(inner);
        else bound.addAllMaybe(inner);
        return group;
    }

    /**
     * Two or three branches that mostly share a variable each binds for certain (as in {@code { ?x
     * :p ?a } UNION { ?x :q ?b }}), so that what follows the UNION joins it rather than making a
     * product with the rows of the branches that leave it unbound.
     */
    private Element union(Scope visible, Scope bound, int depth) {
        ElementUnion union = new ElementUnion();
        Var shared = visible.hasCertain() && dice.chance(0.5) ? visible.pickJoin(dice) : bound.fresh();
        boolean everywhere = true;
        int branches = dice.weighted(6, 2) + 2;
        for (int i = 0; i < branches; i++) {
            Scope inner = bound.empty();
            ElementGroup branch = new ElementGroup();
            if (dice.chance(0.85)) branch.addElement(triples.sharedBy(shared, inner));
            group(visible, inner, depth + 1).getElements().forEach(branch::addElement);
            everywhere &= bindsForCertain(branch, shared);
            bound.addAllMaybe(inner);
            union.addElement(branch);
        }
        if (everywhere) bound.add(shared);
        return union;
    }

    /** Whether every solution of {@code group} binds {@code var}: a triple pattern or a VALUES column without UNDEF of its own has it. */
    private static boolean bindsForCertain(ElementGroup group, Var var) {
        for (Element element : group.getElements()) {
            if (element instanceof ElementPathBlock block) {
                for (TriplePath path : block.getPattern()) {
                    if (var.equals(path.getSubject()) || var.equals(path.getObject()) || var.equals(path.getPredicate())) return true;
                }
            } else if (element instanceof ElementData data && data.getVars().contains(var) && data.getRows().stream().allMatch(row -> row.contains(var))) {
                return true;
            }
        }
        return false;
    }

    private Expr exists(Scope visible, int depth) {
        ElementGroup pattern = group(visible, visible.empty(), depth + 1);
        Expr test = dice.chance(0.5) ? new E_Exists(pattern) : new E_NotExists(pattern);
        return switch (dice.weighted(8, 1, 1)) {
            case 0 -> test;
            case 1 -> new E_LogicalNot(test);
            default -> new E_LogicalOr(expressions.condition(visible), test);
        };
    }

    private Element bind(Scope visible, Scope bound, int depth) {
        // Now and then a variable of an enclosing group (a GRAPH's name, say), which SPARQL lets a
        // nested group bind anew and joins after: a review of 4 December 2026 found GraphNamesFirst
        // blind to GRAPH ?g { ... OPTIONAL { BIND(<n> AS ?g) } }, which the fuzzer never wrote.
        List<Var> outer = visible.vars().stream().filter(v -> !bound.contains(v)).toList();
        Var var = !outer.isEmpty() && dice.chance(0.12) ? dice.pick(outer) : bound.fresh();
        Expr value = depth < DEPTH && !heavy && dice.chance(0.08) ? exists(visible, depth) : expressions.values().value(visible);
        bound.addMaybe(var);
        return new ElementBind(var, value);
    }

    /**
     * VALUES over a variable already bound (when there is one) and maybe others. Many rows only
     * where they join a variable this group binds for certain, or start the query, so that they
     * never multiply a pattern; thousands ({@code huge}) only at the start of the query.
     */
    private Element values(Scope visible, Scope bound, boolean huge) {
        List<Var> vars = new ArrayList<>();
        vars.add(visible.isEmpty() ? bound.fresh() : visible.pickJoin(dice));
        int width = dice.weighted(6, 3, 1);
        for (int i = 0; i < width; i++) {
            Var var = !visible.isEmpty() && dice.chance(0.3) ? visible.pick(dice) : bound.fresh();
            if (!vars.contains(var)) vars.add(var);
        }
        int rows = huge ? values.hugeRows() : values.rows();
        // A variable of the patterns around may be unbound where ARQ evaluates this group on its own.
        if (rows > ValuesGenerator.FEW && !(visible.isEmpty() || bound.isCertain(vars.get(0)))) rows = dice.between(1, ValuesGenerator.FEW);
        heavy |= rows > ValuesGenerator.MANY;
        ElementData block = values.block(vars, rows);
        for (Var var : vars) {
            if (block.getRows().stream().allMatch(row -> row.contains(var))) bound.add(var);
            else bound.addMaybe(var);
        }
        return block;
    }

    private Element graph(Scope visible, Scope bound, int depth) {
        Node name;
        if (dice.chance(0.35)) {
            name = terms.graph(dice);
        } else {
            Var var = !visible.isEmpty() && dice.chance(0.3) ? visible.pick(dice) : bound.fresh();
            bound.add(var);
            name = var;
        }
        // The graph's variable visible inside, as SPARQL has it: a pattern or a BIND there may name it.
        Scope inside = visible.copy();
        if (Var.isVar(name)) inside.addMaybe(Var.alloc(name));
        return new ElementNamedGraph(name, nested(inside, bound, depth, true));
    }

    private Element subQuery(Scope visible, Scope bound, int depth) {
        Query query = subQueries.subQuery(visible, depth + 1);
        query.getProjectVars().forEach(bound::addMaybe);
        return new ElementSubQuery(query);
    }

    /** {@code OPTIONAL { ?bound path ?new }} where the path may take no step: the zero-length case. */
    private Element zeroLengthProbe(Scope bound) {
        Var from = bound.pickCertain(dice);
        Var to = bound.fresh();
        Path path = triples.zeroLengthPath();
        ElementPathBlock block = new ElementPathBlock();
        block.addTriplePath(dice.chance(0.7) ? new TriplePath(from, path, to) : new TriplePath(to, path, from));
        ElementGroup group = new ElementGroup();
        group.addElement(block);
        if (dice.chance(0.2)) {
            // Of the probe's own variables only: one of the left side's would make ARQ evaluate
            // the path on its own, from every term of the graph.
            Scope own = bound.empty();
            own.add(from);
            own.add(to);
            group.addElement(new ElementFilter(expressions.condition(own)));
        }
        bound.addMaybe(to);
        return new ElementOptional(group);
    }
}
