package org.w3id.scokg.query.engine;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpExt;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProcedure;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuad;
import org.apache.jena.sparql.algebra.op.OpQuadBlock;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarAlloc;
import org.apache.jena.sparql.engine.Rename;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_SameTerm;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_ZeroOrOne;

/**
 * GRAPH as SPARQL means it, on TDB2 too: P's solutions in each named graph, joined with the graph's
 * name. TDB2 (Jena 5.6.0) turns GRAPH into quad patterns before it evaluates a query ({@code
 * AlgebraQuad}), which is right for patterns but not for a part with no pattern or one that gathers
 * rows across graphs: {@code GRAPH ?g { VALUES ?x { 1 } }} answered one row without ?g (SPARQL: one
 * per named graph), a graph the dataset does not hold was not empty, an OPTIONAL or MINUS over such a
 * part lost the graph, and {@code GRAPH ?g { SELECT (COUNT(*) AS ?n) { ... } }} counted across all
 * graphs, once. So, after ARQ's optimiser, every GRAPH but one over patterns:
 *
 * <ul>
 *   <li>over a part that reads no graph (only VALUES, BIND, FILTER without EXISTS, an empty group,
 *       or GRAPH of its own): the names of graphs, then the part, once for each;
 *   <li>otherwise graph by graph: the names of graphs, then the GRAPH read with the name bound;
 *   <li>where the pattern inside names the GRAPH's variable, binding it first would change what the
 *       pattern reads: the variable is renamed inside, and of the rows those kept whose renamed
 *       variable is unbound or the same term as the graph's name.
 * </ul>
 *
 * And {@code GRAPH} of one of Jena's own names for the union or the default graph is empty: they name
 * no graph of the dataset ({@link OwnGraphs}), but TDB2 reads them in its solver as the union.
 *
 * <p>In memory ARQ evaluates GRAPH itself, and the rewrite is written to answer as that does (the rows
 * a GRAPH is given reach its pattern; a LIMIT inside applies in each graph); the differential fuzzer
 * compares both engines with plain ARQ in memory.
 */
final class GraphNamesFirst extends TransformCopy {

    /**
     * The rewrite's own variables (a renamed graph variable, a mark of a match): "-" is in no SPARQL
     * variable's name, so none can be the query's own. Not ARQ's "." of its allocated variables,
     * which DISTINCT and REDUCED drop: {@code GRAPH ?g { { SELECT DISTINCT * { VALUES ?g { <x> } } } }}
     * would answer every graph (the fuzzer's seed 67).
     */
    private final VarAlloc renamed = new VarAlloc("-graph");

    @Override
    public Op transform(OpGraph graph, Op sub) {
        Node name = graph.getNode();
        // Jena's names for the union and the default graph name no graph here (OwnGraphs); TDB2 would
        // read them in its own solver, past any executor, as the union.
        if (OwnGraphs.isJenasName(name)) return OpTable.empty();
        if (!Var.isVar(name) || isPattern(sub) || !mentions(sub, name)) return rewrite(name, sub, null);
        // The variable named inside: the pattern read with it renamed (bound to the name only where a
        // row given to the GRAPH brings one, as ARQ substitutes such a row into the pattern), and of
        // its rows those whose renamed variable is unbound or the graph's name (SPARQL joins the
        // pattern's rows with it). Projected away after; ARQ keeps the variables of a row given as
        // input through a projection.
        Var outer = Var.alloc(name);
        Var inner = renamed.allocVar();
        Op pattern = Rename.renameVar(sub, outer, inner);
        Expr agrees = new E_LogicalOr(new E_LogicalNot(new E_Bound(new ExprVar(inner))), new E_SameTerm(new ExprVar(inner), new ExprVar(outer)));
        List<Var> vars = new ArrayList<>(OpVars.visibleVars(pattern));
        vars.remove(inner);
        if (!vars.contains(outer)) vars.add(outer);
        return new OpProject(OpFilter.filterBy(new ExprList(agrees), rewrite(name, pattern, inner)), vars);
    }

    /**
     * {@code GRAPH name { sub }} where nothing in {@code sub} names the graph's variable but {@code
     * carried}, the name a given row brings in, when not null: for each name of a graph, {@code sub}
     * with the name put in (ARQ's OPTIONAL by substitution, {@code QueryIterOptionalIndex}), and only
     * the names it matched in. Substituted, not passed in as a row: ARQ evaluates the right side of a
     * join or an OPTIONAL without the rows given to it, and a sub-query's projection hides the
     * graph's variable, so on TDB2's quad patterns only the name written into them keeps each graph
     * apart; and a LIMIT inside then applies in each graph, not across them.
     */
    private Op rewrite(Node name, Op sub, Var carried) {
        if (carried == null && isEmptyGroup(sub)) return names(name);
        if (carried == null && isPattern(sub)) return new OpGraph(name, sub);
        Op graphs = names(name);
        if (carried != null) graphs = OpSequence.create(OpExtend.create(OpTable.unit(), carried, new ExprVar(Var.alloc(name))), graphs);
        // A part that reads no graph is read once per graph; anything else graph by graph, the name put in.
        Op part = readsNoGraph(sub) ? sub : new OpGraph(name, sub);
        Var matched = renamed.allocVar();
        // Projected, so that ARQ keeps the row it is given (a GROUP alone would drop it, ?g with it).
        Op projected = new OpProject(part, new ArrayList<>(OpVars.visibleVars(part)));
        Op each = new OpConditional(graphs, OpExtend.create(projected, matched, NodeValue.TRUE));
        List<Var> vars = new ArrayList<>(OpVars.visibleVars(each));
        vars.remove(matched);
        return new OpProject(OpFilter.filterBy(new ExprList(new E_Bound(new ExprVar(matched))), each), vars);
    }

    /** Patterns, alone, joined or filtered without EXISTS: TDB2's quad form reads them right. */
    private static boolean isPattern(Op op) {
        if (op instanceof OpFilter filter) return !hasExists(filter.getExprs()) && isPattern(filter.getSubOp());
        if (op instanceof OpSequence sequence) return sequence.getElements().stream().allMatch(GraphNamesFirst::isPattern);
        if (op instanceof OpJoin join) return isPattern(join.getLeft()) && isPattern(join.getRight());
        return op instanceof OpBGP || op instanceof OpTriple || op instanceof OpPath || op instanceof OpQuadPattern;
    }

    /**
     * Whether {@code op} or an expression in it (at any depth) mentions the variable {@code name}: in
     * a pattern (ARQ's {@code OpVars.mentionedVars}), read by an expression, or bound by a BIND, a
     * VALUES or a GROUP BY: with a BIND's variable uncounted, {@code GRAPH ?g { ?x a ?t OPTIONAL {
     * BIND(<n> AS ?g) } }} answered rows of every graph.
     */
    private static boolean mentions(Op op, Node name) {
        Var variable = Var.alloc(name);
        boolean[] found = {OpVars.mentionedVars(op).contains(variable)};
        ExprVisitorBase expressions = new ExprVisitorBase() {
            @Override public void visit(ExprVar var) { if (var.asVar().equals(variable)) found[0] = true; }
        };
        OpVisitorBase bindings = new OpVisitorBase() {
            @Override public void visit(OpExtend extend) { found[0] |= extend.getVarExprList().getVars().contains(variable); }
            @Override public void visit(OpAssign assign) { found[0] |= assign.getVarExprList().getVars().contains(variable); }
            @Override public void visit(OpTable table) { found[0] |= table.getTable().getVars().contains(variable); }
            @Override public void visit(OpGroup group) {
                found[0] |= group.getGroupVars().getVars().contains(variable) || group.getAggregators().stream().anyMatch(a -> a.getVar().equals(variable));
            }
        };
        Walker.walk(op, bindings, expressions);
        return found[0];
    }

    /** Whether any of {@code exprs} holds an EXISTS or NOT EXISTS. */
    static boolean hasExists(ExprList exprs) {
        boolean[] found = {false};
        ExprVisitorBase exists = new ExprVisitorBase() {
            @Override public void visit(ExprFunctionOp function) { found[0] = true; }
        };
        exprs.forEach(expr -> Walker.walk(expr, exists));
        return found[0];
    }

    /**
     * The names of the dataset's graphs, as {@code GRAPH ?g { <n> <n>? <n> }}: a path of length zero
     * from a term to itself, one solution in every graph. Not {@code GRAPH ?g {}}, which TDB2's quad
     * form turns into ARQ's OpDatasetNames, and inside an EXISTS that fails the query
     * (ARQNotImplemented: substituting a row into the EXISTS writes its pattern back as syntax, and
     * OpDatasetNames has none); a GRAPH over a path TDB2 keeps and evaluates graph by graph.
     */
    private static Op names(Node name) {
        return new OpGraph(name, new OpPath(new TriplePath(ITSELF, new P_ZeroOrOne(new P_Link(ITSELF)), ITSELF)));
    }

    private static final Node ITSELF = NodeFactory.createURI("urn:x-sco-kg:itself");

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
            // Walker does not walk a sort key's expression: an EXISTS there reads the graph too.
            @Override public void visit(OpOrder order) { if (order.getConditions().stream().anyMatch(c -> hasExists(new ExprList(c.getExpression())))) reads[0] = true; }
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
