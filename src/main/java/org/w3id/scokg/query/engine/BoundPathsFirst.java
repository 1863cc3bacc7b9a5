package org.w3id.scokg.query.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;

/**
 * A property path is not walked with both its ends open while a basic graph pattern later in the
 * same sequence would bind one of them. ARQ evaluates a sequence in the order of the query: {@code
 * ?t skos:broader* ?top . ?top skos:topConceptOf ?s} walks {@code broader*} from every node of the
 * graph (a path of length zero matches each of them) and joins afterwards, where starting from the
 * few top concepts walks from those alone. This moves such a basic graph pattern before the path.
 *
 * <p>Why the answer stays the same. In a sequence each element is evaluated with the rows of those
 * before it substituted. A basic graph pattern answers the same rows whatever was substituted
 * (joined with them), so moving one earlier changes nothing for it. A path with an end bound to a
 * term answers the rows of the open path with that end, <em>if the term is a node of the graph</em>:
 * a path of length zero from a term in no graph matches it ({@code <absent> :p* ?y} binds ?y to
 * {@code <absent>}), where the open path never does. So a pattern moves before a path only where
 * every end of the path it binds sits in the pattern as a subject or an object, which makes the term
 * a node of the same graph; paths never move, so what binds their ends otherwise (a predicate, another
 * path, VALUES) is what bound them before. And the pattern binds one end only: with both ends
 * bound, ARQ compares the far end by value ({@code Node.sameValueAs}: {@code 1} and {@code 01} alike)
 * where the open path joined by term, so the path's other end must be a variable that nothing
 * before it in the sequence binds, and that nothing anywhere else in the query binds (a row that an
 * OPTIONAL, an EXISTS or a GRAPH passes in could bind it). Only sequences made of basic graph patterns and paths are
 * rewritten, each perhaps under a FILTER that reads nothing but its own variables and no EXISTS
 * (an EXISTS reads every variable of the row it is given). The differential fuzzer compares this with
 * plain ARQ; {@code BoundPathsFirstTest} holds the cases an earlier, unsound version got wrong.
 */
final class BoundPathsFirst extends TransformCopy {
    /** How many times each variable of the query is in a place that binds it. */
    private final Map<Var, Integer> bindings;

    private BoundPathsFirst(Map<Var, Integer> bindings) {
        this.bindings = bindings;
    }

    /** {@code op} with its sequences reordered. */
    static Op rewrite(Op op) {
        return Transformer.transform(new BoundPathsFirst(Binders.count(op)), op);
    }

    @Override
    public Op transform(OpSequence sequence, List<Op> elements) {
        if (elements.size() < 2 || !elements.stream().allMatch(BoundPathsFirst::movable)) return super.transform(sequence, elements);
        Map<Var, Integer> inside = new HashMap<>();
        elements.forEach(element -> Binders.count(element).forEach((var, n) -> inside.merge(var, n, Integer::sum)));
        List<Op> remaining = new ArrayList<>(elements);
        List<Op> ordered = new ArrayList<>();
        Set<Var> bound = new HashSet<>();
        while (!remaining.isEmpty()) {
            Op next = remaining.get(0);
            if (path(next) instanceof OpPath open && isOpen(open, bound)) {
                Op binder = binderFor(open, remaining, bound, inside);
                if (binder != null) next = binder;
            }
            remaining.remove(next);
            ordered.add(next);
            bound.addAll(OpVars.visibleVars(next));
        }
        if (ordered.equals(elements)) return super.transform(sequence, elements);
        OpSequence reordered = OpSequence.create();
        ordered.forEach(reordered::add);
        return reordered;
    }

    /**
     * The first basic graph pattern of {@code remaining} that binds one end of {@code open}, not the
     * other, and mentions no end of any other path ahead of it (it would bind that end early); or
     * null.
     */
    private Op binderFor(OpPath open, List<Op> remaining, Set<Var> bound, Map<Var, Integer> inside) {
        List<OpPath> ahead = new ArrayList<>();
        for (Op element : remaining) {
            if (path(element) instanceof OpPath path) {
                ahead.add(path);
                continue;
            }
            OpBGP pattern = pattern(element);
            List<Var> ends = ends(open, bound);
            // Over any other path it would bind an end of, it may not move at all.
            boolean passes = ahead.stream().filter(path -> path != open).allMatch(path -> ends(path, Set.of()).stream().noneMatch(end -> mentions(pattern, end)));
            for (int i = 0; i < 2; i++) {
                Var near = ends.get(i);
                Var far = ends.get(1 - i);
                boolean bindsOne = nodeOf(pattern, near) && !far.equals(near) && !mentions(pattern, far);
                boolean farOnlyHere = bindings.getOrDefault(far, 0).equals(inside.getOrDefault(far, 0));
                if (bindsOne && farOnlyHere && passes) return element;
            }
        }
        return null;
    }

    /** A basic graph pattern or a path, alone or under a FILTER that reads only its variables and no EXISTS. */
    private static boolean movable(Op op) {
        if (op instanceof OpFilter filter) {
            return (filter.getSubOp() instanceof OpBGP || filter.getSubOp() instanceof OpPath) && !GraphNamesFirst.hasExists(filter.getExprs())
                    && OpVars.visibleVars(filter.getSubOp()).containsAll(filter.getExprs().getVarsMentioned());
        }
        return op instanceof OpBGP || op instanceof OpPath;
    }

    private static Op unfiltered(Op op) {
        return op instanceof OpFilter filter ? filter.getSubOp() : op;
    }

    private static Op path(Op op) {
        return unfiltered(op) instanceof OpPath path ? path : null;
    }

    private static OpBGP pattern(Op op) {
        return (OpBGP) unfiltered(op);
    }

    private static boolean isOpen(OpPath path, Set<Var> bound) {
        return ends(path, bound).size() == 2;
    }

    /** The ends of {@code path} that are variables not in {@code bound}. */
    private static List<Var> ends(OpPath path, Set<Var> bound) {
        TriplePath triple = path.getTriplePath();
        List<Var> ends = new ArrayList<>();
        for (Node end : new Node[] {triple.getSubject(), triple.getObject()}) {
            if (end instanceof Var var && !bound.contains(var)) ends.add(var);
        }
        return ends;
    }

    /** Whether {@code var} is the subject or the object of one of {@code pattern}'s triples: bound to a node of the graph. */
    private static boolean nodeOf(OpBGP pattern, Var var) {
        for (Triple triple : pattern.getPattern()) {
            if (var.equals(triple.getSubject()) || var.equals(triple.getObject())) return true;
        }
        return false;
    }

    /** Whether {@code var} is anywhere in {@code pattern}, a triple term's inside included. */
    private static boolean mentions(OpBGP pattern, Var var) {
        for (Triple triple : pattern.getPattern()) {
            if (mentions(triple, var)) return true;
        }
        return false;
    }

    private static boolean mentions(Triple triple, Var var) {
        for (Node node : new Node[] {triple.getSubject(), triple.getPredicate(), triple.getObject()}) {
            if (var.equals(node) || node.isTripleTerm() && mentions(node.getTriple(), var)) return true;
        }
        return false;
    }
}
