package org.w3id.scokg.query.functions;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * What one query may build while it runs, beyond its time: no value it computes may be a string of
 * more than {@value #MAX_STRING} characters or an integer of more than {@value #MAX_INTEGER_BITS}
 * bits (or a decimal of as many bits of digits, and a scale of at most {@value #MAX_DIGITS}), and all
 * the strings of {@value #COUNTED_STRING} characters or more that it builds may add up to {@value
 * #MAX_BUILT} characters. A query that would go past stops with {@link Exceeded}, which
 * names the limit: three queries doubling a string 27 times exhausted a 6 GiB heap before.
 *
 * <p>The count lives in the query's own context (each execution has a copy), so it is per query.
 */
public final class QueryBudget {
    public static final int MAX_STRING = 1 << 20;
    public static final long MAX_BUILT = 16L << 20;
    public static final int COUNTED_STRING = 1024;
    public static final long MAX_INTEGER_BITS = 1 << 16;
    /** The most decimal digits of a number (an integer of {@link #MAX_INTEGER_BITS} bits has 19,729), its scale, or a rounding's precision. */
    public static final int MAX_DIGITS = 20_000;
    private static final Symbol BUILT = Symbol.create("https://w3id.org/sco-kg/ontology#builtCharacters");

    /** A query went past one of the limits above; the message names it. */
    public static final class Exceeded extends QueryExecException {
        public Exceeded(String message) {
            super(message);
        }
    }

    private QueryBudget() {}

    /** Counts {@code value} against the query's budget, throwing {@link Exceeded} when it goes past. */
    static NodeValue check(NodeValue value, FunctionEnv env) {
        checkNumber(value);
        if (value.isString() || value.isLangString()) {
            int length = value.getString().length();
            if (length > MAX_STRING) throw tooLongString(length);
            if (length >= COUNTED_STRING) built(env, length);
        }
        return value;
    }

    /** Throws {@link Exceeded} when {@code value} is an integer or a decimal past the limits; counts nothing. */
    static void checkNumber(NodeValue value) {
        if (value.isInteger() && value.getInteger().bitLength() > MAX_INTEGER_BITS) throw tooLargeInteger(value.getInteger().bitLength());
        // A decimal's digits, and its scale: 1.1 squared 20 times over took minutes.
        if (value.isDecimal() && !value.isInteger()) {
            BigDecimal decimal = value.getDecimal();
            if (decimal.unscaledValue().bitLength() > MAX_INTEGER_BITS) throw tooLargeInteger(decimal.unscaledValue().bitLength());
            if (Math.abs((long) decimal.scale()) > MAX_DIGITS) throw new Exceeded("The query computed a decimal of " + Math.abs((long) decimal.scale())
                    + " digits after or before its point; this endpoint allows " + MAX_DIGITS + ".");
        }
    }

    /** Counts a string about to be built, before it is. */
    static void willBuild(FunctionEnv env, long length) {
        if (length > MAX_STRING) throw tooLongString(length);
        if (length >= COUNTED_STRING) built(env, length);
    }

    /** Refuses a string about to grow past {@link #MAX_STRING}, without counting it against the total. */
    static void checkLength(long length) {
        if (length > MAX_STRING) throw tooLongString(length);
    }

    /** Refuses a number written with more characters than an integer of {@link #MAX_INTEGER_BITS} bits needs, before it is read. */
    static void checkNumberText(long length) {
        if (length > MAX_DIGITS) throw new Exceeded("The query read a number written with " + length + " characters; this endpoint allows " + MAX_DIGITS + ".");
    }

    /** Refuses a rounding to more than {@link #MAX_DIGITS} digits either side of the point. */
    static void checkPrecision(BigInteger precision) {
        if (precision.abs().compareTo(BigInteger.valueOf(MAX_DIGITS)) > 0) {
            throw new Exceeded("The query rounds to " + precision + " digits; this endpoint allows " + MAX_DIGITS + ".");
        }
    }

    static Exceeded tooLargeInteger(long bits) {
        return new Exceeded("The query computed an integer of " + bits + " bits; this endpoint allows " + MAX_INTEGER_BITS + ".");
    }

    private static Exceeded tooLongString(long length) {
        return new Exceeded("The query built a string of " + length + " characters; this endpoint allows " + MAX_STRING + ".");
    }

    private static void built(FunctionEnv env, long length) {
        Context context = env == null ? null : env.getContext();
        if (context == null) return;
        AtomicLong total = context.computeIfAbsent(BUILT, symbol -> new AtomicLong());
        if (total.addAndGet(length) > MAX_BUILT) {
            throw new Exceeded("The query built more than " + MAX_BUILT + " characters of long strings; this endpoint allows " + MAX_BUILT + ".");
        }
    }

    /** The query's cancel signal, set by its timeout or by a client gone; null outside a query. */
    static AtomicBoolean cancelSignal(FunctionEnv env) {
        return env == null ? null : Context.getCancelSignal(env.getContext());
    }

    /** Throws {@link QueryCancelledException} once the query has been cancelled. */
    static void checkCancelled(AtomicBoolean signal) {
        if (signal != null && signal.get()) throw new QueryCancelledException();
    }

    /** Refuses the factorial of {@code n} before it is computed, when it would pass the integer limit (at 5,902!, some 65,500 bits). */
    static void checkFactorial(BigInteger n) {
        // The loop ends at 5,902 whatever n is.
        int last = n.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
        double bits = 0;
        for (int k = 2; k <= last; k++) {
            bits += Math.log(k) / Math.log(2);
            if (bits > MAX_INTEGER_BITS) {
                throw new Exceeded("The factorial of an integer past 5,902 has more than " + MAX_INTEGER_BITS + " bits; this endpoint allows " + MAX_INTEGER_BITS + ".");
            }
        }
    }

    /** Refuses {@code base} to the power {@code exponent} before it is computed, when its result would pass the integer limit. */
    static void checkPower(BigInteger base, int exponent) {
        if (base.abs().compareTo(BigInteger.ONE) <= 0 || exponent <= 0) return;
        long bits = (long) (base.abs().bitLength() - 1) * exponent;
        if (bits > MAX_INTEGER_BITS) throw tooLargeInteger(bits);
    }
}
