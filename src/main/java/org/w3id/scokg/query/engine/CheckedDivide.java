package org.w3id.scokg.query.engine;

import org.apache.jena.sparql.expr.E_Divide;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * Division, with a decimal zero divisor an error as SPARQL makes it (XPath's op:numeric-divide,
 * FOAR0001). Jena 5.6.0 tests the divisor with {@code BigDecimal.equals(ZERO)}, which is false for
 * {@code 0.0} (another scale), so {@code 1 / 0.0} reached {@code BigDecimal.divide} and its
 * ArithmeticException failed the whole query: a 500 from the endpoint where SPARQL leaves the
 * variable unbound or the FILTER false (the differential fuzzer found it, seed 18 #26792). Float and
 * double division by zero is INF or NaN and is left to Jena, as is everything else.
 */
final class CheckedDivide extends E_Divide {
    CheckedDivide(Expr left, Expr right) {
        super(left, right);
    }

    @Override
    public NodeValue eval(NodeValue x, NodeValue y) {
        if (exact(x) && exact(y) && y.getDecimal().signum() == 0) throw new ExprEvalException("Divide by zero in decimal divide");
        return super.eval(x, y);
    }

    /** An xsd:integer or xsd:decimal (or a type derived from one), which Jena divides as decimals. */
    private static boolean exact(NodeValue value) {
        return value.isInteger() || value.isDecimal();
    }

    @Override
    public Expr copy(Expr left, Expr right) {
        return new CheckedDivide(left, right);
    }
}
