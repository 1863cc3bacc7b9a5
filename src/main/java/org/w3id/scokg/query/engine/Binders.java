package org.w3id.scokg.query.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDatasetNames;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProcedure;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuad;
import org.apache.jena.sparql.algebra.op.OpQuadBlock;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.op.OpUnfold;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.pfunction.PropFuncArg;

/**
 * How many times each variable of an algebra expression stands where it is bound: a pattern's
 * subject, predicate, object or graph, a path's ends, BIND and LET, VALUES, GRAPH, a group's keys and
 * aggregates, a property function's or procedure's arguments, UNFOLD, inside a triple term; inside
 * EXISTS too, an ORDER BY's among them. Where a variable is only read (a FILTER, a projection, a sort
 * key) it is not counted.
 */
final class Binders extends OpVisitorBase {
    private final Map<Var, Integer> counts = new HashMap<>();

    private Binders() {}

    static Map<Var, Integer> count(Op op) {
        Binders binders = new Binders();
        binders.walk(op);
        return binders.counts;
    }

    private void walk(Op op) {
        // Walker walks the expressions of each operator and the pattern of an EXISTS in them, but not
        // the conditions of an ORDER BY (visit(OpOrder) below).
        Walker.walk(op, this, new ExprVisitorBase());
    }

    private void node(Node node) {
        if (node instanceof Var var) counts.merge(var, 1, Integer::sum);
        else if (node.isTripleTerm()) triple(node.getTriple());
    }

    private void triple(Triple triple) {
        node(triple.getSubject());
        node(triple.getPredicate());
        node(triple.getObject());
    }

    private void quad(Quad quad) {
        node(quad.getGraph());
        triple(quad.asTriple());
    }

    @Override public void visit(OpBGP op) { op.getPattern().forEach(this::triple); }
    @Override public void visit(OpTriple op) { triple(op.getTriple()); }
    @Override public void visit(OpQuad op) { quad(op.getQuad()); }
    @Override public void visit(OpQuadPattern op) { op.getPattern().forEach(this::quad); }
    @Override public void visit(OpQuadBlock op) { op.getPattern().forEach(this::quad); }
    @Override public void visit(OpPath op) { node(op.getTriplePath().getSubject()); node(op.getTriplePath().getObject()); }
    @Override public void visit(OpExtend op) { op.getVarExprList().getVars().forEach(this::node); }
    @Override public void visit(OpAssign op) { op.getVarExprList().getVars().forEach(this::node); }
    @Override public void visit(OpTable op) { op.getTable().getVars().forEach(this::node); }
    @Override public void visit(OpGraph op) { node(op.getNode()); }
    @Override public void visit(OpUnfold op) {
        node(op.getVar1());
        if (op.getVar2() != null) node(op.getVar2());
    }
    @Override public void visit(OpOrder op) {
        op.getConditions().forEach(condition -> Walker.walk(condition.getExpression(), this, new ExprVisitorBase()));
    }
    @Override public void visit(OpDatasetNames op) { node(op.getGraphNode()); }
    @Override public void visit(OpGroup op) {
        op.getGroupVars().getVars().forEach(this::node);
        op.getAggregators().forEach(aggregator -> node(aggregator.getVar()));
    }
    @Override public void visit(OpPropFunc op) {
        for (PropFuncArg arg : List.of(op.getSubjectArgs(), op.getObjectArgs())) {
            if (arg.isList()) arg.getArgList().forEach(this::node);
            else node(arg.getArg());
        }
    }
    @Override public void visit(OpProcedure op) { op.getArgs().getVarsMentioned().forEach(this::node); }
}
