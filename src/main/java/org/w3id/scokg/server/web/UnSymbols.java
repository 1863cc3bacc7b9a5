package org.w3id.scokg.server.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * UN document symbols as they are compared: one key however a symbol is written ({@link #key}).
 * Reconciliation matches symbols by it ({@code reconcile.Reconciler}, {@code reconcile.Suggestions}):
 * one rule in one place, as {@link Spelling} is for spellings.
 */
public final class UnSymbols {
    private UnSymbols() {}

    /**
     * A UN document symbol as it is compared: "A/66/359", "A-66-359", "a 66 359", "A/66/359." (the
     * full stop of a sentence) and "А/66/359" (with Cyrillic «А», which looks the same) are one. A
     * full stop within a symbol stays ("A/C.1/73/L.27"); dots written for slashes ("A.66.359") are
     * read as slashes where they cannot be within a part ({@link #DOTS_FOR_SLASHES}).
     */
    public static String key(String symbol) {
        // Full-width forms ("Ａ／６６／３５９", as a Chinese input method types it) read as the ASCII
        // ones, as a property value's are (NFKC), and invisible characters dropped: a query or a
        // prefix so written found nothing until a review on 5 December 2026.
        String compatible = Normalizer.normalize(FORMAT.matcher(symbol).replaceAll(""), Normalizer.Form.NFKC);
        StringBuilder latin = new StringBuilder(compatible.length());
        for (char c : compatible.toUpperCase(Locale.ROOT).toCharArray()) {
            int lookalike = CYRILLIC_LOOKALIKES.indexOf(c);
            latin.append(lookalike < 0 ? c : LATIN.charAt(lookalike));
        }
        String key = latin.toString().replaceAll("[^\\p{L}\\p{N}.]+", "/");
        // Slashes and dots trimmed from both ends by a scan: the pattern ^[/.]+|[/.]+$ tried its second
        // branch at every dot of "a....a", quadratic (a review on 3 December 2026).
        int start = 0;
        int end = key.length();
        while (start < end && (key.charAt(start) == '/' || key.charAt(start) == '.')) start++;
        while (end > start && (key.charAt(end - 1) == '/' || key.charAt(end - 1) == '.')) end--;
        String trimmed = key.substring(start, end);
        return DOTS_FOR_SLASHES.matcher(trimmed).matches() ? trimmed.replace('.', '/') : trimmed;
    }

    /**
     * Invisible format characters (Unicode's Cf: a soft hyphen, a zero-width space), which text
     * copied from a web page or a PDF may hold inside a symbol.
     */
    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}+");

    /**
     * A symbol written with dots for its slashes, nothing else between its parts: a series' letters,
     * RES or DEC, and numbers ("A.66.359", "A.RES.73.27", or the beginning of one, "A.66"). Its
     * dots can only stand between parts, so they are read as slashes (until a review on 5 December
     * 2026 "A.66.359" was no symbol). A part of letters followed by a number may be one part with
     * its own dot ("C.1", "L.27", "PV.45"), so "A.C.1.73.L.27" is left as written, and so is a
     * symbol with a slash ("A/C.1/73/L.27").
     */
    private static final Pattern DOTS_FOR_SLASHES = Pattern.compile("[A-Z]{1,5}(?:\\.(?:RES|DEC))?(?:\\.[0-9]+)*");

    /**
     * The capital Cyrillic letters that look like Latin ones, read in a symbol as the Latin letter
     * below them: until a review on 3 December 2026 «А/66/359», with Cyrillic «А», found nothing.
     */
    private static final String CYRILLIC_LOOKALIKES = "АВСЕНІЈКМОРЅТХУ";
    private static final String LATIN = "ABCEHIJKMOPSTXY";
}
