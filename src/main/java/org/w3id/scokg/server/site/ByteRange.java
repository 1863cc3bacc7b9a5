package org.w3id.scokg.server.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One HTTP byte range ({@code bytes=a-b}, {@code bytes=a-}, {@code bytes=-n}) resolved against a length. */
final class ByteRange {
    private static final Pattern SINGLE = Pattern.compile("^bytes=(\\d*)-(\\d*)$");

    private ByteRange() {}

    /** The first and last byte (inclusive), or null when the range is malformed, multiple or unsatisfiable. */
    static long[] parse(String header, long length) {
        Matcher m = SINGLE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty()) || length == 0) return null;
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0) return null;
                return new long[] {Math.max(0, length - suffix), length - 1};
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? length - 1 : Math.min(Long.parseLong(m.group(2)), length - 1);
            return first > last || first >= length ? null : new long[] {first, last};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
