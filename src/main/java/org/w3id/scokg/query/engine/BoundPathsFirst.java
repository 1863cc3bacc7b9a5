package org.w3id.scokg.query.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;

/**
 * A property path is not evaluated with both its ends open while a pattern later in the same
 * sequence would bind one of them. ARQ evaluates a sequence in the order of the query: {@code ?t
 * skos:broader* ?top . ?top skos:topConceptOf ?s} walks {@code broader*} from every node in the
 * graph (a zero-length path matches each of them) and joins afterwards, where starting from the few
 * top concepts walks from those alone (71 times slower than RDF4J on that shape, {@code
 * bench/shapes.sh}). This moves, in a sequence made only of basic graph patterns and paths (each
 * perhaps under a FILTER that reads only its own variables), the first element that does not start
 * an open path before such a path. Such elements bind every variable they mention and do nothing
 * else, so any order of them joins to the same rows (only their order without ORDER BY changes);
 * anything else (OPTIONAL, MINUS, a FILTER that reads what another element binds) leaves the
 * sequence as it is. The differential fuzzer, which weights paths, compares it with plain ARQ.
 */
final class BoundPathsFirst extends TransformCopy {
    @Override
    public Op transform(OpSequence sequence, List<Op> elements) {
        if (elements.size() < 2 || !elements.stream().allMatch(BoundPathsFirst::closed)) return super.transform(sequence, elements);
        List<Op> remaining = new ArrayList<>(elements);
        List<Op> ordered = new ArrayList<>();
        Set<Var> bound = new HashSet<>();
        while (!remaining.isEmpty()) {
            Op next = remaining.stream().filter(op -> !openPath(op, bound)).findFirst().orElse(remaining.get(0));
            remaining.remove(next);
            ordered.add(next);
            bound.addAll(OpVars.visibleVars(next));
        }
        if (ordered.equals(elements)) return super.transform(sequence, elements);
        OpSequence reordered = OpSequence.create();
        ordered.forEach(reordered::add);
        return reordered;
    }

    /** A basic graph pattern or a path, perhaps under a FILTER that reads only variables it binds. */
    private static boolean closed(Op op) {
        if (op instanceof OpFilter filter) {
            return pattern(filter.getSubOp()) && OpVars.visibleVars(filter.getSubOp()).containsAll(filter.getExprs().getVarsMentioned());
        }
        return pattern(op);
    }

    private static boolean pattern(Op op) {
        return op instanceof OpBGP || op instanceof OpPath;
    }

    /** A path (perhaps under its FILTER) whose two ends are variables not in {@code bound}. */
    private static boolean openPath(Op op, Set<Var> bound) {
        Op pattern = op instanceof OpFilter filter ? filter.getSubOp() : op;
        if (!(pattern instanceof OpPath path)) return false;
        TriplePath triple = path.getTriplePath();
        return open(triple.getSubject(), bound) && open(triple.getObject(), bound);
    }

    private static boolean open(Node end, Set<Var> bound) {
        return end.isVariable() && !bound.contains(Var.alloc(end));
    }
}
