package org.w3id.scokg.query.functions;

import org.apache.jena.sparql.expr.E_Divide;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * Division, with a decimal zero divisor an error as SPARQL makes it (XPath's op:numeric-divide,
 * FOAR0001). Jena 5.6.0 tests the divisor with {@code BigDecimal.equals(ZERO)}, which is false for
 * {@code 0.0} (another scale), so {@code 1 / 0.0} reached {@code BigDecimal.divide} and its
 * ArithmeticException failed the whole query: a 500 from the endpoint where SPARQL leaves the
 * variable unbound or the FILTER false (the differential fuzzer found it, seed 18 #26792). A
 * duration divided by zero or NaN failed alike, and so did {@code "P1D"^^xsd:dayTimeDuration / 3},
 * whose decimal seconds Jena divides without a precision: those are errors here too (the last
 * should be PT8H; an error is not that answer, but it is not a failed query). Jena's function
 * {@code sparql:divide} is rewritten to this too ({@link BoundedEvaluation}). Float and double
 * division by zero is INF or NaN and is left to Jena, as is everything else.
 */
final class CheckedDivide extends E_Divide {
    /** Jena's function for the operator, callable by name. */
    static final String SPARQL_DIVIDE = "http://www.w3.org/ns/sparql#divide";

    CheckedDivide(Expr left, Expr right) {
        super(left, right);
    }

    @Override
    public NodeValue eval(NodeValue x, NodeValue y) {
        if (exact(x) && exact(y) && y.getDecimal().signum() == 0) throw new ExprEvalException("Divide by zero in decimal divide");
        try {
            return super.eval(x, y);
        } catch (ArithmeticException | NumberFormatException e) {
            // A duration divided by zero or NaN, or by a number its decimal seconds cannot be divided by exactly.
            throw new ExprEvalException("Cannot divide " + x + " by " + y + ": " + e.getMessage());
        }
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
