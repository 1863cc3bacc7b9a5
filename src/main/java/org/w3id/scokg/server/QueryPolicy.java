package org.w3id.scokg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * What a public query may not do, checked on its algebra before it runs: call another host
 * (SERVICE, in any form and at any depth, EXISTS included), call code ({@code java:} function
 * IRIs, script functions), or page past the ceilings of LIMIT and OFFSET.
 */
public final class QueryPolicy {
    public static final long MAX_LIMIT = 100_000;
    public static final long MAX_OFFSET = 100_000;
    private static final List<String> CODE_PREFIXES = List.of("java:", "http://jena.apache.org/ARQ/jsFunction#");

    private QueryPolicy() {}

    /** Why the query is refused, in one sentence; empty when it may run. */
    public static Optional<String> check(Query query) {
        List<String> problems = new ArrayList<>();
        walk(Algebra.compile(query), problems);
        return problems.stream().findFirst();
    }

    private static void walk(Op op, List<String> problems) {
        ExprVisitorBase exprs = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN func) {
                if (func instanceof E_Function call && CODE_PREFIXES.stream().anyMatch(call.getFunctionIRI()::startsWith)) {
                    problems.add("Function <" + call.getFunctionIRI() + "> is not allowed: this endpoint runs no code named in a query.");
                }
            }

            @Override
            public void visit(ExprFunctionOp exists) {
                walk(exists.getGraphPattern(), problems);
            }
        };
        OpVisitorBase ops = new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                problems.add("SERVICE is not allowed: this endpoint makes no requests to other hosts.");
            }

            @Override
            public void visit(OpOrder order) {
                // The walker does not visit sort keys; check them as any other expression.
                order.getConditions().forEach(c -> Walker.walk(c.getExpression(), exprs));
            }

            @Override
            public void visit(OpSlice slice) {
                if (slice.getLength() > MAX_LIMIT) {
                    problems.add("LIMIT " + slice.getLength() + " is above this endpoint's ceiling of " + MAX_LIMIT + ".");
                }
                if (slice.getStart() > MAX_OFFSET) {
                    problems.add("OFFSET " + slice.getStart() + " is above this endpoint's ceiling of " + MAX_OFFSET + ".");
                }
            }
        };
        Walker.walk(op, ops, exprs);
    }
}
