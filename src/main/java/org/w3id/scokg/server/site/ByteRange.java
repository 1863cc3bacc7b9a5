package org.w3id.scokg.server.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code Range} header asks of a representation of a given length, as RFC 9110 (section 14)
 * reads it. One range is served as asked: {@code bytes=a-b}, {@code bytes=a-} and {@code bytes=-n},
 * a last position past the end or a suffix longer than the whole standing for the end or the whole.
 * A range set none of whose ranges is satisfiable (its first position at or past the end, a suffix
 * of 0) is {@link Unsatisfiable} (416). Anything else is ignored, as the RFC allows, and the whole
 * representation sent (200): a header that does not parse, another unit, a range whose last
 * position is before its first, and a set of several ranges.
 */
sealed interface ByteRange {
    /** Send the whole representation, 200. */
    record Whole() implements ByteRange {}

    /** Send bytes {@code first} to {@code last}, both included, 206. */
    record Part(long first, long last) implements ByteRange {}

    /** 416, with {@code Content-Range: bytes *}{@code /length}. */
    record Unsatisfiable() implements ByteRange {}

    Pattern RANGE = Pattern.compile("(\\d*)\\s*-\\s*(\\d*)");

    static ByteRange of(String header, long length) {
        if (header == null) return new Whole();
        String value = header.strip();
        int equals = value.indexOf('=');
        if (equals < 0 || !value.substring(0, equals).strip().equalsIgnoreCase("bytes")) return new Whole();
        String[] ranges = value.substring(equals + 1).split(",", -1);
        boolean anySatisfiable = false;
        for (String range : ranges) {
            Matcher m = RANGE.matcher(range.strip());
            if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) return new Whole();
            if (!m.group(1).isEmpty() && !m.group(2).isEmpty() && compare(m.group(2), m.group(1)) < 0) return new Whole();
            anySatisfiable |= m.group(1).isEmpty() ? compare(m.group(2), "0") > 0 && length > 0 : compare(m.group(1), Long.toString(length)) < 0;
        }
        if (!anySatisfiable) return new Unsatisfiable();
        if (ranges.length > 1) return new Whole();
        Matcher m = RANGE.matcher(ranges[0].strip());
        m.matches();
        if (m.group(1).isEmpty()) {
            long suffix = compare(m.group(2), Long.toString(length)) >= 0 ? length : Long.parseLong(m.group(2));
            return new Part(length - suffix, length - 1);
        }
        long first = Long.parseLong(m.group(1));
        long last = m.group(2).isEmpty() || compare(m.group(2), Long.toString(length - 1)) > 0 ? length - 1 : Long.parseLong(m.group(2));
        return new Part(first, last);
    }

    /** Compares two decimal numbers of any length, without overflow. */
    private static int compare(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }
}
