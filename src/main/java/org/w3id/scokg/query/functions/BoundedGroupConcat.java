package org.w3id.scokg.query.functions;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * GROUP_CONCAT as Jena computes it, stopped before its string passes {@link QueryBudget#MAX_STRING}:
 * each value is evaluated once more to count its length as the string grows, since Jena's own
 * accumulator does not say how long its string is until the end.
 */
final class BoundedGroupConcat extends AggGroupConcat {
    private final String separator;

    BoundedGroupConcat(Expr expr, String separator) {
        super(expr, separator);
        this.separator = effective(separator);
    }

    static String effective(String separator) {
        return separator == null ? " " : separator;
    }

    @Override
    public Aggregator copy(ExprList exprs) {
        return new BoundedGroupConcat(exprs.get(0), getSeparator());
    }

    @Override
    public Accumulator createAccumulator() {
        return bounded(super.createAccumulator(), getExpr(), separator);
    }

    /** Jena's accumulator of a GROUP_CONCAT, with its string's length counted as it grows. */
    static Accumulator bounded(Accumulator jena, Expr expr, String separator) {
        return new Accumulator() {
            private long length;

            @Override
            public void accumulate(Binding binding, FunctionEnv env) {
                try {
                    NodeValue value = expr.eval(binding, env);
                    length += value.asString().length() + separator.length();
                    QueryBudget.checkLength(length);
                } catch (ExprEvalException skipped) {
                    // Jena skips a value in error too.
                }
                jena.accumulate(binding, env);
            }

            @Override
            public NodeValue getValue() {
                return jena.getValue();
            }
        };
    }
}
