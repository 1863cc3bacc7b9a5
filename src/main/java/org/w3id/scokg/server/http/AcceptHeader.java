package org.w3id.scokg.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one reader of {@code Accept} headers, by the grammar of RFC 9110 12.5.1: a list of media
 * ranges ({@code type/subtype}, {@code type/*}, {@code *}{@code /*}), each with parameters and at
 * most one weight {@code q}, a qvalue from 0 to 1 with up to three decimals. A header that does not
 * follow it, in any member, says nothing this server can read, and is read as no header at all
 * (RFC 9110 12.5.1 lets a server disregard Accept): {@link Doors} takes it off the request, so every
 * route and Fuseki answer as they answer a request without one, and {@link MediaTypes} negotiates by
 * the ranges read here, not by Jena's lenient {@code AcceptList}, which takes {@code
 * text/turtle;q=abc} as Turtle and {@code garbage} as a type, and writes a warning to the log for
 * each bad weight: read so, the same header was a 406 on a description and a 200 on the endpoint.
 */
public final class AcceptHeader {
    /** A media range of a header: type and subtype in small letters, and its weight. */
    public record Range(String type, String subtype, double q) {
        /** {@code type/subtype}. */
        public String name() {
            return type + "/" + subtype;
        }
    }

    /** RFC 9110 12.4.2: {@code qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )}. */
    private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    private AcceptHeader() {}

    /**
     * The ranges of an {@code Accept} value, in the client's order; empty when it says nothing this
     * server can read: no value, a blank one, one of empty members alone ({@code ,}: RFC 9110 5.6.1
     * has a recipient skip empty members), or one that breaks the grammar anywhere.
     */
    public static Optional<List<Range>> ranges(String value) {
        if (value == null) return Optional.empty();
        Reader reader = new Reader(value);
        List<Range> ranges = new ArrayList<>();
        while (true) {
            reader.spaces();
            if (reader.atEnd()) break;
            if (reader.take(',')) continue;
            Range range = range(reader);
            if (range == null) return Optional.empty();
            ranges.add(range);
            reader.spaces();
            if (!reader.atEnd() && !reader.take(',')) return Optional.empty();
        }
        return ranges.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(ranges));
    }

    /** Whether an {@code Accept} value is sent but says nothing readable, so that it is read as none ({@link #ranges}). */
    public static boolean unreadable(String value) {
        return value != null && ranges(value).isEmpty();
    }

    /** {@code media-range [ weight ]}, the weight among the parameters; null where the grammar breaks. */
    private static Range range(Reader reader) {
        String type = reader.token();
        if (type == null || !reader.take('/')) return null;
        String subtype = reader.token();
        if (subtype == null) return null;
        double q = 1;
        boolean weighed = false;
        while (true) {
            int before = reader.position;
            reader.spaces();
            if (!reader.take(';')) {
                reader.position = before;
                break;
            }
            reader.spaces();
            // RFC 9110 5.6.6: a parameter may be empty (text/html; or text/html;;q=0.5).
            if (reader.atEnd() || reader.next() == ';' || reader.next() == ',') continue;
            String name = reader.token();
            if (name == null || !reader.take('=')) return null;
            boolean quoted = reader.next() == '"';
            String parameter = quoted ? reader.quoted() : reader.token();
            if (parameter == null) return null;
            if (name.equalsIgnoreCase("q")) {
                // One weight, a bare qvalue: q=abc, q=2, q=.2, q="0.5" and a second q are not one.
                if (weighed || quoted || !QVALUE.matcher(parameter).matches()) return null;
                q = Double.parseDouble(parameter);
                weighed = true;
            }
        }
        return new Range(type.toLowerCase(Locale.ROOT), subtype.toLowerCase(Locale.ROOT), q);
    }

    /** A cursor over a header's characters. */
    private static final class Reader {
        private final String text;
        private int position;

        Reader(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return position >= text.length();
        }

        /** The character at the cursor, or 0 at the end. */
        char next() {
            return atEnd() ? 0 : text.charAt(position);
        }

        boolean take(char c) {
            if (atEnd() || text.charAt(position) != c) return false;
            position++;
            return true;
        }

        /** OWS: spaces and tabs. */
        void spaces() {
            while (!atEnd() && (next() == ' ' || next() == '\t')) position++;
        }

        /** A token (RFC 9110 5.6.2), or null where none starts. */
        String token() {
            int start = position;
            while (!atEnd() && tchar(next())) position++;
            return position == start ? null : text.substring(start, position);
        }

        /** A quoted-string's content (RFC 9110 5.6.4), or null where it is not one. */
        String quoted() {
            StringBuilder content = new StringBuilder();
            position++;
            while (!atEnd()) {
                char c = text.charAt(position++);
                if (c == '"') return content.toString();
                if (c == '\\') {
                    if (atEnd() || !quotable(text.charAt(position))) return null;
                    content.append(text.charAt(position++));
                } else if (c == '\t' || (c >= 0x20 && c != 0x7f && c <= 0xff)) {
                    content.append(c);
                } else {
                    return null;
                }
            }
            return null;
        }

        private static boolean quotable(char c) {
            return c == '\t' || (c >= 0x20 && c != 0x7f && c <= 0xff);
        }

        private static boolean tchar(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
        }
    }
}
