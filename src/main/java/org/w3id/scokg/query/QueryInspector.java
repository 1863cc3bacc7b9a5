package org.w3id.scokg.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProcedure;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.E_Call;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Now;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunction0;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.Unstable;
import org.apache.jena.sparql.expr.aggregate.AggCustom;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_NegPropSet;
import org.apache.jena.sparql.path.P_Path0;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_ReverseLink;
import org.apache.jena.sparql.path.Path;
import org.w3id.scokg.query.functions.FunctionLibrary;

/**
 * One walk over a query's algebra for {@link QueryPolicy}: every operator, every expression in it
 * (filters, BINDs, projections, sort keys, group keys, aggregates, EXISTS patterns, which are
 * walked in turn), every predicate of a triple pattern and every IRI of a property path.
 */
final class QueryInspector extends OpVisitorBase {
    /**
     * What in a constant language tag makes Jena fail in Java rather than with a SPARQL error: a
     * character no tag has (a space, "!"), or a base direction after "--" that is neither ltr nor rtl.
     * Tags Jena reads otherwise, however odd ("", "abcdefghijk", "en-"), are left to it, as plain ARQ
     * answers them.
     */
    private static final java.util.regex.Pattern FAILING_TAG = java.util.regex.Pattern.compile("[^A-Za-z0-9-]|--(?!(?i:ltr|rtl)$)");
    private static final String LIST_LENGTH = "http://jena.apache.org/ARQ/list#length";

    private final List<String> refusals = new ArrayList<>();
    private boolean deterministic = true;
    private final Set<Op> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    List<String> refusals() {
        return refusals;
    }

    boolean deterministic() {
        return deterministic;
    }

    void inspect(Op op) {
        if (seen.add(op)) Walker.walk(op, this);
    }

    @Override
    public void visit(OpService service) {
        refusals.add("SERVICE is not allowed: this endpoint makes no requests to other hosts.");
    }

    @Override
    public void visit(OpSlice slice) {
        if (slice.getLength() > QueryPolicy.MAX_LIMIT) {
            refusals.add("LIMIT " + slice.getLength() + " is above this endpoint's ceiling of " + QueryPolicy.MAX_LIMIT + ".");
        }
        if (slice.getStart() > QueryPolicy.MAX_OFFSET) {
            refusals.add("OFFSET " + slice.getStart() + " is above this endpoint's ceiling of " + QueryPolicy.MAX_OFFSET + ".");
        }
    }

    @Override
    public void visit(OpFilter filter) {
        exprs(filter.getExprs());
    }

    @Override
    public void visit(OpLeftJoin join) {
        exprs(join.getExprs());
    }

    @Override
    public void visit(OpExtend extend) {
        exprs(extend.getVarExprList());
    }

    @Override
    public void visit(OpAssign assign) {
        exprs(assign.getVarExprList());
    }

    @Override
    public void visit(OpOrder order) {
        order.getConditions().forEach(c -> expr(c.getExpression()));
    }

    @Override
    public void visit(OpTopN top) {
        top.getConditions().forEach(c -> expr(c.getExpression()));
    }

    @Override
    public void visit(OpGroup group) {
        exprs(group.getGroupVars());
        group.getAggregators().forEach(this::expr);
    }

    @Override
    public void visit(OpBGP bgp) {
        bgp.getPattern().forEach(this::triple);
    }

    @Override
    public void visit(OpTriple triple) {
        triple(triple.getTriple());
    }

    @Override
    public void visit(OpQuadPattern quads) {
        quads.getBasicPattern().forEach(this::triple);
    }

    @Override
    public void visit(OpPath path) {
        if (path.getTriplePath().isTriple()) {
            triple(path.getTriplePath().asTriple());
            return;
        }
        path(path.getTriplePath().getPath());
    }

    @Override
    public void visit(OpPropFunc call) {
        property(call.getProperty());
    }

    @Override
    public void visit(OpProcedure call) {
        refusals.add("Procedure <" + call.getProcId() + "> is not allowed: this endpoint runs no code named in a query.");
    }

    /** Every IRI a property path names. */
    private void path(Path path) {
        if (path instanceof P_Link link) property(link.getNode());
        else if (path instanceof P_ReverseLink link) property(link.getNode());
        else if (path instanceof P_NegPropSet set) set.getNodes().forEach(n -> property(n.getNode()));
        else if (path instanceof P_Path1 one) path(one.getSubPath());
        else if (path instanceof P_Path2 two) {
            path(two.getLeft());
            path(two.getRight());
        } else if (path instanceof P_Path0 other) property(other.getNode());
    }

    private void triple(Triple triple) {
        property(triple.getPredicate());
        // list:length of a list the query looks for gives its count to a variable: Jena fails in Java
        // on any other object, which would be a 500 (the graph holds no lists).
        if (triple.getPredicate().isURI() && triple.getPredicate().getURI().equals(LIST_LENGTH) && triple.getObject().isConcrete()
                && (triple.getSubject().isVariable() || triple.getObject().isLiteral() && !isNumber(triple.getObject()))) {
            refusals.add("list:length: its object is the count, a variable where the list is one, not " + shortened(triple.getObject().toString()) + ".");
        }
    }

    private static boolean isNumber(Node literal) {
        try {
            return literal.getLiteralValue() instanceof Number;
        } catch (org.apache.jena.datatypes.DatatypeFormatException illFormed) {
            return false;
        }
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** A predicate may name a property function: only those of Jena's standard library may run. */
    private void property(Node predicate) {
        if (!predicate.isURI()) return;
        judge(predicate.getURI(), "Property function", FunctionLibrary.propertyFunction(predicate.getURI()));
    }

    private void exprs(ExprList list) {
        if (list != null) list.forEach(this::expr);
    }

    private void exprs(VarExprList list) {
        if (list != null) list.getExprs().values().forEach(this::expr);
    }

    private void expr(Expr expr) {
        Walker.walk(expr, new Functions());
    }

    /** A named call: refused when it is code; its answer not kept unless it is pure. */
    private void judge(String iri, String what, FunctionLibrary.Verdict verdict) {
        if (verdict == FunctionLibrary.Verdict.UNBOUNDED) {
            refusals.add(what + " <" + iri + "> is not allowed: this endpoint cannot bound its work; CONCAT, REGEX and REPLACE do the same within bounds.");
        }
        if (verdict == FunctionLibrary.Verdict.CODE) {
            refusals.add(what + " <" + iri + "> is not allowed: this endpoint runs no code named in a query.");
        }
        if (verdict != FunctionLibrary.Verdict.PURE) deterministic = false;
    }

    /** Every function call in an expression. */
    private final class Functions extends ExprVisitorBase {
        @Override
        public void visit(ExprFunction0 f) {
            call(f);
        }

        @Override
        public void visit(ExprFunction1 f) {
            call(f);
        }

        @Override
        public void visit(ExprFunction2 f) {
            call(f);
        }

        @Override
        public void visit(ExprFunction3 f) {
            call(f);
        }

        @Override
        public void visit(ExprFunctionN f) {
            call(f);
        }

        @Override
        public void visit(ExprFunctionOp exists) {
            inspect(exists.getGraphPattern());
        }

        @Override
        public void visit(ExprAggregator aggregate) {
            if (aggregate.getAggregator() instanceof AggCustom custom) {
                judge(custom.getIRI(), "Aggregate", FunctionLibrary.aggregate(custom.getIRI()));
            }
            ExprList args = aggregate.getAggregator().getExprList();
            if (args != null) args.forEach(QueryInspector.this::expr);
        }

        private void call(ExprFunction f) {
            if (f instanceof Unstable || f instanceof E_Now || f instanceof E_Call) deterministic = false;
            // A constant tag that is none, or a direction that is neither: Jena fails in Java, as it folds the
            // constant, before any evaluation, which would be a 500 with Java's words.
            if (f instanceof org.apache.jena.sparql.expr.E_StrLang || f instanceof org.apache.jena.sparql.expr.E_StrLangDir) {
                String name = f instanceof org.apache.jena.sparql.expr.E_StrLang ? "STRLANG" : "STRLANGDIR";
                Expr tag = f.getArg(2);
                if (tag.isConstant() && tag.getConstant().isString() && FAILING_TAG.matcher(tag.getConstant().getString()).find()) {
                    refusals.add(name + ": '" + shortened(tag.getConstant().getString()) + "' is not a language tag (BCP 47: en, zh-Hant, en-US).");
                }
                // An empty direction or one in capitals is an error of its solution in Jena, as plain ARQ answers; others fail in Java.
                if (f.numArgs() == 3 && f.getArg(3).isConstant() && f.getArg(3).getConstant().isString() && !f.getArg(3).getConstant().getString().isEmpty()
                        && !List.of("ltr", "rtl").contains(f.getArg(3).getConstant().getString().toLowerCase(java.util.Locale.ROOT))) {
                    refusals.add(name + ": '" + shortened(f.getArg(3).getConstant().getString()) + "' is not a base direction (ltr or rtl).");
                }
            }
            if (f instanceof E_Function function) {
                judge(function.getFunctionIRI(), "Function", FunctionLibrary.function(function.getFunctionIRI()));
            }
            String named = FunctionLibrary.calledByName(f);
            if (named != null && named.isEmpty()) {
                refusals.add("A function called by a name the query computes (CALL or fn:apply whose first argument is not an IRI) is not allowed: "
                        + "this endpoint runs no code named in a query.");
            } else if (named != null) {
                judge(named, "Function", FunctionLibrary.function(named));
            }
        }

    }
}
