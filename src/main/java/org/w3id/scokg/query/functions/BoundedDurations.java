package org.w3id.scokg.query.functions;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;
import javax.xml.datatype.XMLGregorianCalendar;
import org.apache.jena.ext.xerces.DatatypeFactoryInst;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * Jena's factory of XML durations, with durations that compare in time that does not grow with
 * them. ARQ compares two durations (=, !=, &lt;, IN, ORDER BY, MIN, MAX) with {@link
 * Duration#compare}, which Jena's xerces answers by adding each to four dates, walking the days a
 * month at a time, in one call no deadline reaches: {@code "P1D"^^xsd:duration <
 * "P2147483647D"^^xsd:duration} ran 23 s past a 2 s timeout, and every field up to 2^31 - 1 is
 * taken. Here, where either has more than {@value LongDurations#YEARS} years of days, hours,
 * minutes and seconds, two durations with no years or months compare by their seconds, exactly,
 * since a day is 86,400 s at every date (the answer xerces would give, at once), and two with
 * months are not compared, as xerces does not compare a field past 2^31 - 1 (Jena reads either as
 * "indeterminate": an error of the comparison, ORDER BY falling back on the terms). Every other
 * comparison, and everything else a duration does, is xerces's own. ARQ makes every duration
 * through {@link NodeValue#xmlDatatypeFactory}, a public field for the purpose, and gets durations
 * from their own arithmetic, so {@link #install} puts this factory there and each result of this
 * arithmetic is such a duration too.
 */
public final class BoundedDurations extends DatatypeFactory {
    /** Jena's factory, bounded. */
    static final BoundedDurations FACTORY = new BoundedDurations(DatatypeFactoryInst.newDatatypeFactory());

    private static final AtomicBoolean INSTALLED = new AtomicBoolean();
    private static final BigInteger INT = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONGEST = BigDecimal.valueOf(366L * 86_400 * LongDurations.YEARS);

    private final DatatypeFactory jena;

    private BoundedDurations(DatatypeFactory jena) {
        this.jena = jena;
    }

    /** Puts the bounded factory in ARQ's place; once per JVM. */
    public static void install() {
        if (INSTALLED.compareAndSet(false, true)) NodeValue.xmlDatatypeFactory = FACTORY;
    }

    @Override
    public Duration newDuration(String lexicalRepresentation) {
        return new Bounded(jena.newDuration(lexicalRepresentation));
    }

    @Override
    public Duration newDuration(long durationInMilliSeconds) {
        return new Bounded(jena.newDuration(durationInMilliSeconds));
    }

    @Override
    public Duration newDuration(boolean isPositive, BigInteger years, BigInteger months, BigInteger days, BigInteger hours, BigInteger minutes, BigDecimal seconds) {
        return new Bounded(jena.newDuration(isPositive, years, months, days, hours, minutes, seconds));
    }

    @Override
    public XMLGregorianCalendar newXMLGregorianCalendar() {
        return jena.newXMLGregorianCalendar();
    }

    @Override
    public XMLGregorianCalendar newXMLGregorianCalendar(String lexicalRepresentation) {
        return jena.newXMLGregorianCalendar(lexicalRepresentation);
    }

    @Override
    public XMLGregorianCalendar newXMLGregorianCalendar(GregorianCalendar cal) {
        return jena.newXMLGregorianCalendar(cal);
    }

    @Override
    public XMLGregorianCalendar newXMLGregorianCalendar(int year, int month, int day, int hour, int minute, int second, int millisecond, int timezone) {
        return jena.newXMLGregorianCalendar(year, month, day, hour, minute, second, millisecond, timezone);
    }

    @Override
    public XMLGregorianCalendar newXMLGregorianCalendar(BigInteger year, int month, int day, int hour, int minute, int second, BigDecimal fractionalSecond, int timezone) {
        return jena.newXMLGregorianCalendar(year, month, day, hour, minute, second, fractionalSecond, timezone);
    }

    /** One of Jena's durations, compared in bounded time; all else is the duration's own. */
    static final class Bounded extends Duration {
        private final Duration jena;

        private Bounded(Duration jena) {
            this.jena = jena;
        }

        @Override
        public int compare(Duration other) {
            Duration rhs = other instanceof Bounded b ? b.jena : other;
            // Past 2^31 - 1 in a field, xerces refuses at once: its refusal stands.
            if (pastAnInt(jena) || pastAnInt(rhs)) return jena.compare(rhs);
            BigDecimal left = seconds(jena);
            BigDecimal right = seconds(rhs);
            // Within the bound, xerces's answer (milliseconds), quirks and all: it loses a fraction of
            // a second that follows whole minutes ("PT1M0.5S" = "PT1M"), and the fuzzer's oracle is plain ARQ.
            if (left.abs().compareTo(LONGEST) <= 0 && right.abs().compareTo(LONGEST) <= 0) return jena.compare(rhs);
            if (!hasMonths(jena) && !hasMonths(rhs)) return Integer.signum(left.compareTo(right));
            throw new UnsupportedOperationException("A duration of months and more than " + LongDurations.YEARS + " years of days is not compared here");
        }

        private static boolean pastAnInt(Duration d) {
            for (DatatypeConstants.Field field : new DatatypeConstants.Field[] {DatatypeConstants.YEARS, DatatypeConstants.MONTHS, DatatypeConstants.DAYS,
                    DatatypeConstants.HOURS, DatatypeConstants.MINUTES}) {
                if (d.getField(field) instanceof BigInteger n && n.compareTo(INT) > 0) return true;
            }
            return d.getField(DatatypeConstants.SECONDS) instanceof BigDecimal s && s.toBigInteger().compareTo(INT) > 0;
        }

        private static boolean hasMonths(Duration d) {
            return d.getField(DatatypeConstants.YEARS) instanceof BigInteger y && y.signum() != 0
                    || d.getField(DatatypeConstants.MONTHS) instanceof BigInteger m && m.signum() != 0;
        }

        /** The days, hours, minutes and seconds, with the sign, in seconds. */
        private static BigDecimal seconds(Duration d) {
            BigDecimal s = part(d, DatatypeConstants.DAYS, 86_400).add(part(d, DatatypeConstants.HOURS, 3_600)).add(part(d, DatatypeConstants.MINUTES, 60))
                    .add(d.getField(DatatypeConstants.SECONDS) instanceof BigDecimal x ? x : BigDecimal.ZERO);
            return d.getSign() < 0 ? s.negate() : s;
        }

        private static BigDecimal part(Duration d, DatatypeConstants.Field field, long seconds) {
            return d.getField(field) instanceof BigInteger n ? new BigDecimal(n).multiply(BigDecimal.valueOf(seconds)) : BigDecimal.ZERO;
        }

        private static Duration unwrapped(Duration d) {
            return d instanceof Bounded b ? b.jena : d;
        }

        @Override
        public int getSign() {
            return jena.getSign();
        }

        @Override
        public Number getField(DatatypeConstants.Field field) {
            return jena.getField(field);
        }

        @Override
        public boolean isSet(DatatypeConstants.Field field) {
            return jena.isSet(field);
        }

        @Override
        public int getYears() {
            return jena.getYears();
        }

        @Override
        public int getMonths() {
            return jena.getMonths();
        }

        @Override
        public int getDays() {
            return jena.getDays();
        }

        @Override
        public int getHours() {
            return jena.getHours();
        }

        @Override
        public int getMinutes() {
            return jena.getMinutes();
        }

        @Override
        public int getSeconds() {
            return jena.getSeconds();
        }

        @Override
        public long getTimeInMillis(Calendar startInstant) {
            return jena.getTimeInMillis(startInstant);
        }

        @Override
        public long getTimeInMillis(Date startInstant) {
            return jena.getTimeInMillis(startInstant);
        }

        @Override
        public Duration add(Duration rhs) {
            return new Bounded(jena.add(unwrapped(rhs)));
        }

        @Override
        public Duration subtract(Duration rhs) {
            return new Bounded(jena.subtract(unwrapped(rhs)));
        }

        @Override
        public void addTo(Calendar calendar) {
            jena.addTo(calendar);
        }

        @Override
        public void addTo(Date date) {
            jena.addTo(date);
        }

        @Override
        public Duration multiply(int factor) {
            return new Bounded(jena.multiply(factor));
        }

        @Override
        public Duration multiply(BigDecimal factor) {
            return new Bounded(jena.multiply(factor));
        }

        @Override
        public Duration negate() {
            return new Bounded(jena.negate());
        }

        @Override
        public Duration normalizeWith(Calendar startTimeInstant) {
            return new Bounded(jena.normalizeWith(startTimeInstant));
        }

        @Override
        public int hashCode() {
            return jena.hashCode();
        }

        @Override
        public String toString() {
            return jena.toString();
        }
    }
}
