package org.w3id.scokg.server.http;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import org.w3id.scokg.server.web.Language;

/**
 * The {@code Vary} header of an answer: the request headers it was chosen by, so that a cache keeps
 * apart what differs with them (a page and a sentence, one language and another). Each is added to
 * what the field holds already, never in its place.
 */
public final class Vary {
    private Vary() {}

    /**
     * Says the answer varies with {@code Accept}, keeping what is already in {@code Vary}: Jetty's
     * gzip handler has put {@code Accept-Encoding} there, and a cache that lost it would hand a
     * gzipped body to a client that cannot read it.
     */
    public static void onAccept(HttpServletResponse response) {
        on(response, "Accept");
    }

    /** Says the answer varies with the reader's language: {@code Accept-Language} and the switcher's cookie. */
    public static void onLanguage(HttpServletResponse response) {
        on(response, "Accept-Language", "Cookie");
    }

    /**
     * Adds to {@code Vary} each of {@code headers} it does not name yet (in any case), after what it
     * holds, its fields joined into one; set once. Every page answered with this, so it reads the
     * names without splitting them into strings: splitting and streaming the field for each name took
     * an eighth of the Java time of a cached entity page (docs/performance.md).
     */
    public static void on(HttpServletResponse response, String... headers) {
        Collection<String> values = response.getHeaders("Vary");
        StringBuilder vary = null;
        for (String header : headers) {
            if (names(values, header) || vary != null && lists(vary, header)) continue;
            if (vary == null) vary = new StringBuilder(String.join(", ", values));
            if (!vary.isEmpty()) vary.append(", ");
            vary.append(header);
        }
        if (vary != null) response.setHeader("Vary", vary.toString());
    }

    private static boolean names(Collection<String> values, String name) {
        for (String value : values) {
            if (lists(value, name)) return true;
        }
        return false;
    }

    /** Whether the comma-separated {@code list} has {@code name} among its items, ignoring case and the blanks around them. */
    static boolean lists(CharSequence list, String name) {
        String text = list.toString();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(',', start);
            if (end < 0) end = text.length();
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) from++;
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
            if (to - from == name.length() && text.regionMatches(true, from, name, 0, name.length())) return true;
            start = end + 1;
        }
        return false;
    }
}
