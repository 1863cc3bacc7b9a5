package org.w3id.scokg.query.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.vocabulary.XSD;

/**
 * Calls by name whose cost grows with one argument and that nothing can interrupt, refused before
 * they run past the {@link QueryBudget}, since each runs away unrefused: {@code
 * afn:sprintf("%1000000000s", "a")} built a string of a gigabyte and the JVM ran out of heap; a
 * cast to xsd:integer or xsd:decimal of a string of half a million digits took 22 s (Java parses a
 * number's digits in time that grows with their square); {@code fn:round(1.5, 250000)} and {@code
 * fn:round-half-to-even} took 28 s, and a precision past a billion failed the query (a 500). A call
 * within the budget answers as Jena's does.
 */
final class BoundedCall extends E_Function {
    static final String SPRINTF = ARQConstants.ARQFunctionLibraryURI + "sprintf";
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final Set<String> ROUND = Set.of(FN + "round", FN + "round-half-to-even");
    /** The casts that read their argument's digits as one number. */
    static final Set<String> NUMBER_CASTS = Set.of(XSD.integer.getURI(), XSD.decimal.getURI(), XSD.xint.getURI(), XSD.xlong.getURI(),
            XSD.xshort.getURI(), XSD.xbyte.getURI(), XSD.nonNegativeInteger.getURI(), XSD.positiveInteger.getURI(),
            XSD.nonPositiveInteger.getURI(), XSD.negativeInteger.getURI(), XSD.unsignedLong.getURI(), XSD.unsignedInt.getURI(),
            XSD.unsignedShort.getURI(), XSD.unsignedByte.getURI());
    /** A width or precision in a format: {@code %[index$][flags][width][.precision]conversion}. */
    private static final Pattern FORMAT = Pattern.compile("%(?:\\d+\\$)?[-#+ 0,(<]*(\\d*)(?:\\.(\\d+))?[a-zA-Z%]");

    /** Calls that join their arguments' strings: the length of what they build is known before it is built. */
    private static final Set<String> JOINS = Set.of(FN + "concat", ARQConstants.ARQFunctionLibraryURI + "strjoin");

    /**
     * Calls that compute an integer from a small one: {@code math:exp10} and Leviathan's {@code pow}
     * (a power of an integer) and {@code factorial}, measured before they compute it: computed whole
     * first, {@code math:exp10(1000000)} answered 15 s after a 2 s timeout, {@code
     * lfn:factorial(200000)} 26 s after it, and {@code math:exp10(99999999)} held a core for more
     * than ten minutes.
     */
    private static final String EXP10 = "http://www.w3.org/2005/xpath-functions/math#exp10";
    private static final String LEVIATHAN = "http://www.dotnetrdf.org/leviathan#";
    private static final Set<String> POWERS = Set.of(EXP10, LEVIATHAN + "pow", LEVIATHAN + "factorial");

    static boolean bounds(String iri) {
        return iri.equals(SPRINTF) || ROUND.contains(iri) || NUMBER_CASTS.contains(iri) || JOINS.contains(iri) || POWERS.contains(iri);
    }

    BoundedCall(String iri, ExprList args) {
        super(iri, args);
    }

    /**
     * Each argument evaluated once, the call measured on those values, then Jena's function called
     * with them. Evaluated to measure and again by the function, each level of nesting would double
     * the work: thirty nested fn:concat ran 129 s past a 30 s timeout. Jena's functions here
     * (FunctionBase) evaluate every argument first too, so an argument in error fails the call as
     * it does in Jena.
     */
    @Override
    public NodeValue evalSpecial(Binding binding, FunctionEnv env) {
        List<NodeValue> values = new ArrayList<>(numArgs());
        for (Expr arg : getArgs()) values.add(arg.eval(binding, env));
        check(getFunctionIRI(), values, env);
        ExprList constants = new ExprList();
        values.forEach(constants::add);
        return new E_Function(getFunctionIRI(), constants).evalSpecial(binding, env);
    }

    private static void check(String iri, List<NodeValue> values, FunctionEnv env) {
        if (iri.equals(SPRINTF) && !values.isEmpty()) {
            NodeValue format = values.get(0);
            // Each conversion may write any argument, and "%1$s" the same one again and again.
            long longest = values.stream().skip(1).mapToLong(BoundedCall::length).max().orElse(0);
            if (format.isString()) QueryBudget.willBuild(env, widths(format.getString()) + conversions(format.getString()) * longest);
        } else if (JOINS.contains(iri)) {
            // fn:concat and afn:strjoin (its separator between every two), measured before the string
            // is built: built first, fn:concat of 3,000 strings of a million characters ended the JVM.
            long total = values.stream().mapToLong(BoundedCall::length).sum();
            if (!iri.startsWith(FN) && values.size() > 2) total += length(values.get(0)) * (values.size() - 3L);
            QueryBudget.willBuild(env, total);
        } else if (ROUND.contains(iri) && values.size() == 2) {
            if (values.get(1).isInteger()) QueryBudget.checkPrecision(values.get(1).getInteger());
        } else if (NUMBER_CASTS.contains(iri) && values.size() == 1) {
            if (values.get(0).isLiteral()) QueryBudget.checkNumberText(values.get(0).asNode().getLiteralLexicalForm().length());
        } else if (iri.equals(EXP10) && values.size() == 1) {
            // Jena takes the exponent's int value, as it reads it.
            if (values.get(0).isInteger()) QueryBudget.checkPower(java.math.BigInteger.TEN, values.get(0).getInteger().intValue());
        } else if (iri.equals(LEVIATHAN + "pow") && values.size() == 2) {
            if (values.get(0).isInteger() && values.get(1).isInteger()) QueryBudget.checkPower(values.get(0).getInteger(), values.get(1).getInteger().intValue());
        } else if (iri.equals(LEVIATHAN + "factorial") && values.size() == 1) {
            if (values.get(0).isInteger()) QueryBudget.checkFactorial(values.get(0).getInteger());
        }
    }

    /** How many conversions a format holds that write an argument ({@code %%} and {@code %n} write none). */
    static long conversions(String format) {
        long count = 0;
        Matcher m = FORMAT.matcher(format);
        while (m.find()) {
            char conversion = m.group().charAt(m.group().length() - 1);
            if (conversion != '%' && conversion != 'n') count++;
        }
        return count;
    }

    /** A value's length as text: a literal's lexical form, else what it is written as. */
    private static long length(NodeValue value) {
        return value.isLiteral() ? value.asNode().getLiteralLexicalForm().length() : value.asString().length();
    }

    /** The characters a format's widths and precisions may make, all together. */
    static long widths(String format) {
        long total = format.length();
        Matcher m = FORMAT.matcher(format);
        while (m.find()) {
            for (int group = 1; group <= 2; group++) {
                String digits = m.group(group);
                if (digits != null && !digits.isEmpty()) total += digits.length() > 10 ? Long.MAX_VALUE / 4 : Long.parseLong(digits);
            }
        }
        return total;
    }

    @Override
    public Expr copy(ExprList args) {
        return new BoundedCall(getFunctionIRI(), args);
    }
}
