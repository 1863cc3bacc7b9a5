package org.w3id.scokg.server.fragments;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request's query string as the query of the IRI a fragment's page is named by: the same URL (RFC
 * 3986, 6.2.2.1), its percent-encodings in capitals and every character an IRI's query cannot hold
 * (RFC 3987: a quotation mark, a space, {@code < > \ ^ ` { | }}, a control, a noncharacter such as
 * the U+FFFD Jetty reads bytes that are not UTF-8 as) percent-encoded in UTF-8; a {@code %} that
 * begins no percent-encoding too, though Jetty refuses such a URL first (a 400). Named by the query
 * string as sent, {@code object="India"@en} typed into a terminal gave a page whose IRI held
 * quotation marks, written {@code \u0022} in Turtle and refused by strict readers, and
 * {@code %3a} one that jena-iri3986 warns of. A client that sends a URL as RFC 3986 writes it (every
 * TPF client, Comunica's included) finds its page under the URL it asked for.
 */
final class IriQuery {
    private IriQuery() {}

    /**
     * The query of the IRI that names the page {@code query} asks for ({@code ?} and it, or "" for
     * none): the query string without the parameters that choose the page's representation and not
     * the page ({@link #choosesRepresentation}), the rest as sent, in the order sent, written by
     * {@link #of}. So {@code ?predicate=...&lang=ru} and {@code ?predicate=...&format=nt} name the
     * page {@code ?predicate=...} names, which its {@code hydra:first} and {@code hydra:next} link to;
     * a client that asks for the URL the search template makes (Comunica) finds its page under it.
     */
    static String named(String query) {
        if (query == null) return "";
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&", -1)) {
            String name = pair.split("=", 2)[0];
            try {
                name = URLDecoder.decode(name, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException undecodable) {
                // Named as sent: it is no name of the pattern's, and the request is refused for it.
            }
            if (!choosesRepresentation(name)) kept.add(pair);
        }
        String written = of(String.join("&", kept));
        return written.isEmpty() ? "" : "?" + written;
    }

    /**
     * Whether a parameter chooses how a page is written and not which page it is: {@code format}
     * (its syntax), {@code lang} (the words of the page for people; the RDF is the same), and the
     * campaign tags a shared link picks up ({@code utm_source}, ...), which the named queries take too.
     */
    static boolean choosesRepresentation(String name) {
        return name.equals("format") || name.equals("lang") || name.startsWith("utm_");
    }

    static String of(String query) {
        StringBuilder iri = new StringBuilder(query.length());
        for (int i = 0; i < query.length(); ) {
            int c = query.codePointAt(i);
            if (c == '%' && i + 2 < query.length() && hex(query.charAt(i + 1)) && hex(query.charAt(i + 2))) {
                iri.append('%').append(Character.toUpperCase(query.charAt(i + 1))).append(Character.toUpperCase(query.charAt(i + 2)));
                i += 3;
                continue;
            }
            if (allowed(c)) {
                iri.appendCodePoint(c);
            } else {
                // A lone surrogate, which UTF-8 cannot write, is the replacement character, as a decoder reads it.
                String character = Character.getType(c) == Character.SURROGATE ? "\uFFFD" : new String(Character.toChars(c));
                for (byte b : character.getBytes(StandardCharsets.UTF_8)) iri.append('%').append(String.format("%02X", b & 0xFF));
            }
            i += Character.charCount(c);
        }
        return iri.toString();
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * Whether an IRI's query holds {@code c} as it is (RFC 3987's {@code iquery}): unreserved,
     * sub-delims, {@code : @ / ?}, or past ASCII a {@code ucschar} or an {@code iprivate}; the
     * noncharacters (U+FDD0 to U+FDEF, U+FFF0 to U+FFFF and the last two of every plane, the
     * replacement character U+FFFD among them), controls and surrogates are not.
     */
    private static boolean allowed(int c) {
        if (c < 0x80) return Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
        if (c < 0xA0 || Character.getType(c) == Character.SURROGATE) return false;
        if (c <= 0xD7FF || (c >= 0xE000 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFEF)) return true;
        return c >= 0x10000 && (c & 0xFFFF) <= 0xFFFD;
    }
}
