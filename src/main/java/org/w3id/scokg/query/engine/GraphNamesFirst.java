package org.w3id.scokg.query.engine;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpExt;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProcedure;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuad;
import org.apache.jena.sparql.algebra.op.OpQuadBlock;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * {@code GRAPH ?g { P }} where P reads no graph (only VALUES, BIND, FILTER without EXISTS, an empty
 * group, or GRAPH of its own) is rewritten to {@code GRAPH ?g {} . P}, its meaning in SPARQL: P's
 * solutions once for every named graph. A UNION inside a GRAPH is the union of a GRAPH over each
 * branch, and a join's operand that reads no graph (or a sequence's first) is joined outside it, so
 * that the rule reaches the rest too.
 *
 * <p>TDB2 (Jena 5.6.0) turns GRAPH into quad patterns before it evaluates a query
 * ({@code AlgebraQuad}), and a part with no pattern keeps no trace of the graph: {@code SELECT * {
 * GRAPH ?g { VALUES ?x { 1 } } }} answered one row without ?g, where SPARQL gives one per named
 * graph, and a graph the dataset does not hold was not empty. {@code GRAPH ?g {}} alone TDB2 answers
 * right (it lists the names, {@link Tdb2Executor}), and in memory the rewrite changes nothing
 * (ARQ evaluates GRAPH itself). An OPTIONAL whose left side reads no graph is the left side in
 * every graph, with what the OPTIONAL finds in that graph, when nothing in it names the graph's
 * variable. Still wrong on TDB2, and left alone here: such a part on the left of a MINUS, under a
 * FILTER with EXISTS, or in an OPTIONAL that names the graph's variable.
 */
final class GraphNamesFirst extends TransformCopy {

    @Override
    public Op transform(OpGraph graph, Op sub) {
        return rewrite(graph.getNode(), sub);
    }

    private static Op rewrite(Node name, Op sub) {
        if (isEmptyGroup(sub)) return new OpGraph(name, sub);
        if (readsNoGraph(sub)) return OpJoin.create(names(name), sub);
        if (sub instanceof OpUnion union) return OpUnion.create(rewrite(name, union.getLeft()), rewrite(name, union.getRight()));
        if (sub instanceof OpJoin join && readsNoGraph(join.getLeft())) return OpJoin.create(join.getLeft(), rewrite(name, join.getRight()));
        if (sub instanceof OpJoin join && readsNoGraph(join.getRight())) return OpJoin.create(rewrite(name, join.getLeft()), join.getRight());
        if (sub instanceof OpLeftJoin optional && readsNoGraph(optional.getLeft()) && !mentions(optional, name)) {
            // Each row of the left side, in every graph, with what the OPTIONAL finds in that graph.
            return OpLeftJoin.create(OpJoin.create(names(name), optional.getLeft()), new OpGraph(name, optional.getRight()), optional.getExprs());
        }
        if (sub instanceof OpConditional optional && readsNoGraph(optional.getLeft()) && !mentions(optional, name)) {
            return new OpConditional(OpJoin.create(names(name), optional.getLeft()), new OpGraph(name, optional.getRight()));
        }
        if (sub instanceof OpSequence sequence && readsNoGraph(sequence.get(0))) {
            // Only the first: a later element may read what those before it bound (a filter placed there).
            OpSequence rest = OpSequence.create();
            sequence.getElements().stream().skip(1).forEach(rest::add);
            OpSequence joined = OpSequence.create();
            joined.add(sequence.get(0));
            joined.add(rewrite(name, rest.size() == 1 ? rest.get(0) : rest));
            return joined;
        }
        return new OpGraph(name, sub);
    }

    /** Whether the graph's name is a variable that {@code op} or its expressions mention. */
    private static boolean mentions(Op op, Node name) {
        return Var.isVar(name) && OpVars.mentionedVars(op).contains(Var.alloc(name))
                || op instanceof OpLeftJoin optional && optional.getExprs() != null && optional.getExprs().getVarsMentioned().contains(Var.alloc(name));
    }

    /** {@code GRAPH ?g {}}: the names of the dataset's graphs. */
    private static Op names(Node name) {
        return new OpGraph(name, OpTable.unit());
    }

    private static boolean isEmptyGroup(Op op) {
        return op instanceof OpTable table && table.isJoinIdentity() || op instanceof OpBGP bgp && bgp.getPattern().isEmpty();
    }

    /**
     * Whether {@code op} reads no triple of the active graph: no pattern, path or property function,
     * no EXISTS (whose pattern would), nothing opaque (an extension, a SERVICE). A GRAPH inside reads
     * its own graph, not the active one.
     */
    static boolean readsNoGraph(Op op) {
        boolean[] reads = {false};
        OpVisitorBase patterns = new OpVisitorBase() {
            @Override public void visit(OpBGP bgp) { if (!bgp.getPattern().isEmpty()) reads[0] = true; }
            @Override public void visit(OpTriple triple) { reads[0] = true; }
            @Override public void visit(OpQuad quad) { reads[0] = true; }
            @Override public void visit(OpQuadPattern quads) { reads[0] = true; }
            @Override public void visit(OpQuadBlock quads) { reads[0] = true; }
            @Override public void visit(OpPath path) { reads[0] = true; }
            @Override public void visit(OpPropFunc function) { reads[0] = true; }
            @Override public void visit(OpProcedure procedure) { reads[0] = true; }
            @Override public void visit(OpService service) { reads[0] = true; }
            @Override public void visit(OpExt ext) { reads[0] = true; }
        };
        ExprVisitorBase exists = new ExprVisitorBase() {
            @Override public void visit(ExprFunctionOp function) { reads[0] = true; }
        };
        // Patterns inside a GRAPH of the part read that graph, not the active one.
        Walker.walk(withoutGraphs(op), patterns, exists);
        return !reads[0];
    }

    /** {@code op} with each GRAPH inside it replaced by the names of graphs (what it reads of the active graph: nothing). */
    private static Op withoutGraphs(Op op) {
        return Transformer.transform(new TransformCopy() {
            @Override
            public Op transform(OpGraph graph, Op sub) {
                return OpTable.unit();
            }
        }, op);
    }
}
