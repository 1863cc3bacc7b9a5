package org.w3id.scokg.query.engine;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.vocabulary.XSD;

/**
 * Calls by name whose cost grows with one argument and that nothing can interrupt, refused before
 * they run past the {@link QueryBudget} (a review of 2 December 2026 found each): {@code
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

    static boolean bounds(String iri) {
        return iri.equals(SPRINTF) || ROUND.contains(iri) || NUMBER_CASTS.contains(iri);
    }

    BoundedCall(String iri, ExprList args) {
        super(iri, args);
    }

    @Override
    public NodeValue evalSpecial(Binding binding, FunctionEnv env) {
        String iri = getFunctionIRI();
        try {
            if (iri.equals(SPRINTF) && numArgs() >= 1) {
                NodeValue format = getArg(1).eval(binding, env);
                if (format.isString()) QueryBudget.willBuild(env, widths(format.getString()));
            } else if (ROUND.contains(iri) && numArgs() == 2) {
                NodeValue precision = getArg(2).eval(binding, env);
                if (precision.isInteger()) QueryBudget.checkPrecision(precision.getInteger());
            } else if (NUMBER_CASTS.contains(iri) && numArgs() == 1) {
                NodeValue text = getArg(1).eval(binding, env);
                if (text.isLiteral()) QueryBudget.checkNumberText(text.asNode().getLiteralLexicalForm().length());
            }
        } catch (ExprEvalException notThere) {
            // An argument in error: the function reports it as Jena does.
        }
        return super.evalSpecial(binding, env);
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
