package org.w3id.scokg.query.functions;

import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * The value of an expression that can build a long string or a large integer (CONCAT, REPLACE,
 * UCASE, ENCODE_FOR_URI, STR, multiplication, any named function), counted against the query's
 * {@link QueryBudget} as it is computed. Wraps the expression in the optimised algebra only; the
 * value is the expression's own.
 */
final class CheckedValue extends ExprFunction1 {
    CheckedValue(Expr expr) {
        super(expr, "https://w3id.org/sco-kg/ontology#checked");
    }

    /**
     * The wrapped expression's value, Java's own failure on its arguments (a format that does not fit
     * its values, a number's pattern that is none, a language tag or direction that is not one, a
     * pattern that recursed too deep) made an error of this solution, as SPARQL's errors are: the
     * variable of a BIND left unbound, a FILTER false. Unchecked, each of these is a 500 with Java's
     * words and a stack trace in the log; plain ARQ fails the whole query.
     */
    @Override
    protected NodeValue evalSpecial(Binding binding, FunctionEnv env) {
        NodeValue value;
        try {
            value = getArg().eval(binding, env);
        } catch (IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException | java.time.DateTimeException failure) {
            // Not Jena's own exceptions: ARQ's words for a query that cannot run (a function of the wrong
            // arity, found when first called), its timeout and the budget stay the endpoint's 400s and 503s.
            throw new ExprEvalException("evaluation failed: " + failure.getClass().getSimpleName());
        } catch (StackOverflowError tooDeep) {
            throw new ExprEvalException("evaluation went too deep");
        } catch (org.apache.jena.query.QueryException queryFails) {
            // ARQ's own: a solution's error (ExprEvalException), a query that cannot run, cancellation.
            throw queryFails;
        } catch (JenaException notCallable) {
            // A function called with arguments it never takes (<http://www.w3.org/ns/sparql#bnode>("x"):
            // "Expected zero arguments"), found as it is first called: the query cannot run, a 400,
            // not a 500; plain ARQ fails the query too.
            throw new org.apache.jena.query.QueryExecException(notCallable.getMessage(), notCallable);
        }
        // Measured before its term is made: the term of an integer is its digits, written out and read
        // back, in time that grows with their square and that nothing interrupts (an integer of 3.3
        // million bits took minutes).
        QueryBudget.checkNumber(value);
        try {
            // A value's term is made when first asked for, after this: made here, so that STRLANG("a",
            // ?tag) with a tag computed as "en--x" does not fail later, in a BIND's assignment,
            // with a 500.
            value.asNode();
        } catch (JenaException | IllegalArgumentException notATerm) {
            // Jena's check of a tag such as "en_US" or "a b" fails with Java's
            // IllegalFormatConversionException: an error of this solution, not a 400 for the whole
            // query.
            throw new ExprEvalException("not an RDF term");
        }
        return eval(value, env);
    }

    @Override
    public NodeValue eval(NodeValue value, FunctionEnv env) {
        return QueryBudget.check(value, env);
    }

    @Override
    public NodeValue eval(NodeValue value) {
        return QueryBudget.check(value, null);
    }

    @Override
    public Expr copy(Expr expr) {
        return new CheckedValue(expr);
    }
}
