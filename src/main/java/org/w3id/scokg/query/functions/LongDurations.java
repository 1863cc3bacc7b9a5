package org.w3id.scokg.query.functions;

import java.math.BigDecimal;
import java.math.BigInteger;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.Duration;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * A duration added to or taken from a date, a time or a date-time is refused past {@value #YEARS}
 * years, an error as any other: the JDK's {@code XMLGregorianCalendar.add}, which Jena calls, walks
 * a duration month by month, so {@code xsd:dateTime(...) + "PT99999999999999999999999999999S"} ran
 * for hours with no look at the query's timeout ({@code P1000000000D} took 3.5 s). xsd:dateTime
 * reaches years 0001 to 9999 in practice; a span twice that is kept, and costs milliseconds.
 */
final class LongDurations {
    /** The longest span, in years, that is added to a point in time. */
    static final int YEARS = 20_000;
    private static final BigInteger MONTHS = BigInteger.valueOf(12L * YEARS);
    private static final BigDecimal SECONDS = BigDecimal.valueOf(366L * 86_400 * YEARS);

    private LongDurations() {}

    /** Refuses the operation when one side is a point in time and the other a duration longer than {@value #YEARS} years. */
    static void check(NodeValue x, NodeValue y) {
        if (x.isDuration() && pointInTime(y)) check(x.getDuration());
        if (y.isDuration() && pointInTime(x)) check(y.getDuration());
    }

    private static boolean pointInTime(NodeValue v) {
        return v.isDateTime() || v.isDate() || v.isTime() || v.isGYear() || v.isGYearMonth() || v.isGMonth() || v.isGMonthDay() || v.isGDay();
    }

    private static void check(Duration d) {
        BigInteger months = integer(d, DatatypeConstants.YEARS).multiply(BigInteger.valueOf(12)).add(integer(d, DatatypeConstants.MONTHS));
        BigDecimal seconds = new BigDecimal(integer(d, DatatypeConstants.DAYS)).multiply(BigDecimal.valueOf(86_400))
                .add(new BigDecimal(integer(d, DatatypeConstants.HOURS)).multiply(BigDecimal.valueOf(3_600)))
                .add(new BigDecimal(integer(d, DatatypeConstants.MINUTES)).multiply(BigDecimal.valueOf(60)))
                .add(decimal(d, DatatypeConstants.SECONDS));
        if (months.compareTo(MONTHS) > 0 || seconds.compareTo(SECONDS) > 0) {
            throw new ExprEvalException("A duration of more than " + YEARS + " years is not added to a date or time here");
        }
    }

    private static BigInteger integer(Duration d, DatatypeConstants.Field field) {
        Number n = d.getField(field);
        return n == null ? BigInteger.ZERO : n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    }

    private static BigDecimal decimal(Duration d, DatatypeConstants.Field field) {
        Number n = d.getField(field);
        return n == null ? BigDecimal.ZERO : n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
    }
}
