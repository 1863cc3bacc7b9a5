package org.w3id.scokg.server.web;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UN document symbols as they are compared: one key however a symbol is written ({@link #key}),
 * a General Assembly resolution's also however it is cited ({@link #resolution}), and a General
 * Assembly symbol's session and number alone where the graph's symbols leave no doubt ({@link #byNumber}).
 * Reconciliation matches symbols by it ({@code reconcile.Reconciler}, {@code reconcile.Suggestions}),
 * and search finds a cited resolution by its symbol ({@code search.SearchServlet}): one rule in one
 * place, as {@link Spelling} is for spellings.
 */
public final class UnSymbols {
    private UnSymbols() {}

    /**
     * A UN document symbol as it is compared: "A/66/359", "A-66-359", "a 66 359", "A/66/359." (the
     * full stop of a sentence) and "А/66/359" (with Cyrillic «А», which looks the same) are one. A
     * full stop within a symbol stays ("A/C.1/73/L.27"); dots written for slashes ("A.66.359") are
     * read as slashes where they cannot be within a part ({@link #DOTS_FOR_SLASHES}). A resolution
     * cited by its number ("GA res 73/27", {@link #resolution}) is its symbol, "A/RES/73/27", and so
     * is a link to a document that carries its symbol ({@link UnDocumentLinks#symbol}).
     */
    public static String key(String written) {
        // A link to the document that carries its symbol ("https://undocs.org/A/66/359") is that
        // symbol, so a column of links finds what its symbols find.
        String linked = UnDocumentLinks.symbol(written);
        String symbol = linked == null ? written : linked;
        String cited = resolution(symbol);
        if (cited != null) return cited;
        // Full-width forms ("Ａ／６６／３５９", as a Chinese input method types it) read as the ASCII
        // ones, as a property value's are (NFKC), and invisible characters dropped: a query or a
        // prefix so written otherwise finds nothing.
        String compatible = Normalizer.normalize(FORMAT.matcher(symbol).replaceAll(""), Normalizer.Form.NFKC);
        StringBuilder latin = new StringBuilder(compatible.length());
        for (char c : compatible.toUpperCase(Locale.ROOT).toCharArray()) {
            int lookalike = CYRILLIC_LOOKALIKES.indexOf(c);
            latin.append(lookalike < 0 ? c : LATIN.charAt(lookalike));
        }
        String key = latin.toString().replaceAll("[^\\p{L}\\p{N}.]+", "/");
        // Slashes and dots trimmed from both ends by a scan: the pattern ^[/.]+|[/.]+$ tried its second
        // branch at every dot of "a....a", quadratic.
        int start = 0;
        int end = key.length();
        while (start < end && (key.charAt(start) == '/' || key.charAt(start) == '.')) start++;
        while (end > start && (key.charAt(end - 1) == '/' || key.charAt(end - 1) == '.')) end--;
        String trimmed = key.substring(start, end);
        return DOTS_FOR_SLASHES.matcher(trimmed).matches() ? trimmed.replace('.', '/') : trimmed;
    }

    /**
     * The one UN symbol of {@code symbols} (the graph's, as written) whose session and number {@code
     * text} is, without the organ's letters before them ("66/359", "69/723", "73/27", as people write
     * a General Assembly symbol), as {@link #key} reads it; null where {@code text} is no such number,
     * where no symbol of the graph or more than one ends in it (a resolution A/RES/73/27 beside a
     * report A/73/27 or a decision A/DEC/73/27), or where the one that does is not the General
     * Assembly's ("A/"). The number says less than a symbol, so what it finds is a candidate, never a
     * certain match.
     */
    public static String byNumber(String text, Collection<String> symbols) {
        String key = key(text);
        if (!BARE_NUMBER.matcher(key).matches()) return null;
        List<String> carriers = symbols.stream().map(UnSymbols::key).filter(s -> s.endsWith("/" + key)).distinct().toList();
        return carriers.size() == 1 && carriers.get(0).startsWith("A/") ? carriers.get(0) : null;
    }

    /**
     * The UN symbols written in {@code text} among other words ("Letter dated 12 September 2011
     * (A/66/359)", "UN doc A/69/723"), each as {@link #key} reads it: a series' letters followed by
     * parts after slashes, at the beginning of a word. What they name is for the caller to compare
     * with the graph's symbols; a cell that cites a symbol says more than the symbol, so a thing
     * found so is a candidate, not a certain match, where without this such a cell finds nothing.
     */
    public static Set<String> within(String text) {
        Matcher written = WITHIN.matcher(Normalizer.normalize(FORMAT.matcher(text).replaceAll(""), Normalizer.Form.NFKC));
        Set<String> keys = new LinkedHashSet<>();
        while (written.find()) keys.add(key(written.group()));
        // A link among the words ("see https://undocs.org/A/66/359"): the pattern above takes no
        // symbol after a slash, so the links are read word by word.
        for (String word : text.split("\\s+")) {
            String linked = UnDocumentLinks.symbol(word);
            if (linked != null) keys.add(key(linked));
        }
        return keys;
    }

    /**
     * A symbol among words: letters, then one or more parts after a slash; not inside a word or a
     * symbol. Its parts are repeated possessively: Java repeats a group by recursion, and 2,000
     * parts ran the greedy form out of stack.
     */
    private static final Pattern WITHIN = Pattern.compile("(?<![\\p{L}\\p{N}/.])\\p{L}{1,5}(?:/[\\p{L}\\p{N}.]*[\\p{L}\\p{N}])++");

    /** A symbol's session and number, as its key reads them ("73/27", "66/359"). */
    private static final Pattern BARE_NUMBER = Pattern.compile("[0-9]{1,3}/[0-9]{1,4}");

    /**
     * The symbol of the General Assembly resolution {@code text} cites, the whole of it, as
     * researchers, Wikipedia and the UN's Russian and Chinese texts cite one ("GA res 73/27", "UNGA
     * Res 73/27 (5 December 2018)", "G.A. Res. 73/27", "res 73/27", "resolution No. 73/27",
     * «резолюция ГА ООН 73/27», «резолюция 73/27 Генеральной Ассамблеи», 大会第73/27号决议, in
     * full-width forms or traditional characters too): "A/RES/73/27"; null for any other text. The
     * symbol as written is not the only way to find the resolution. The symbol is
     * made from the citation, so it is compared only with the symbols the graph has: one it has not
     * finds nothing.
     */
    public static String resolution(String text) {
        if (text.length() > MAX_CITATION) return null;
        String plain = Scripts.simplified(Normalizer.normalize(FORMAT.matcher(text).replaceAll(""), Normalizer.Form.NFKC)).strip();
        for (Pattern citation : CITATIONS) {
            Matcher m = citation.matcher(plain);
            if (m.matches()) return "A/RES/" + m.group("session") + "/" + m.group("number");
        }
        return null;
    }

    /** The longest text read as a citation: longer is a sentence, not a citation. */
    private static final int MAX_CITATION = 120;

    /** A resolution's number, maybe as its symbol ("73/27", "A/RES/73/27"). */
    private static final String NUMBER = "(?:A/RES/)?(?<session>[0-9]{1,3})/(?<number>[0-9]{1,4})";

    /** The General Assembly in a Russian citation, after «резолюция» or after the number. */
    private static final String RU_ASSEMBLY = "(?:ГА|Генеральной\\s+Ассамблеи|Генассамблеи)(?:\\s+ООН)?";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * Citations in English (the Assembly as GA, G.A., UNGA, U.N.G.A., General Assembly or UN or
     * United Nations General Assembly, or left out; "res", "res." or "resolution"; "No." before the
     * number; a year or day in brackets after it), in Russian (the Assembly as ГА, ГА ООН,
     * Генеральной Ассамблеи, Генассамблеи, before or after the number; «№», which NFKC reads as
     * "No", before it) and in Chinese (第…号决议, after
     * 大会, 联大 or 联合国大会, or none).
     */
    private static final List<Pattern> CITATIONS = List.of(
            Pattern.compile("(?:(?:(?:U\\.?\\s?N\\.?\\s*|United\\s+Nations\\s+)?(?:G\\.?\\s?A\\.?|General\\s+Assembly)|UNGA|U\\.N\\.G\\.A\\.)\\s*)?"
                    + "(?:res\\.?|resolution)\\s*(?:No\\.?\\s*)?" + NUMBER + "(?:\\s*\\((?:[0-9]{1,2}\\s+\\p{L}+\\s+)?[0-9]{4}\\))?\\.?", FLAGS),
            Pattern.compile("резолюци[яиюей]\\s+(?:" + RU_ASSEMBLY + "\\s+)?(?:No\\.?\\s*)?" + NUMBER + "(?:\\s+" + RU_ASSEMBLY + ")?\\.?", FLAGS),
            Pattern.compile("(?:联合国大会|联大|大会)?第?" + NUMBER + "号决议[.。]?", FLAGS),
            // The symbol with its year or day of adoption in brackets, as a list of resolutions writes
            // it ("A/RES/73/27 (2018)"): the resolution, as "res 73/27 (2018)" is, not a symbol among
            // words, 95 and not certain.
            Pattern.compile("A/RES/(?<session>[0-9]{1,3})/(?<number>[0-9]{1,4})\\s*\\((?:[0-9]{1,2}\\s+\\p{L}+\\s+)?[0-9]{4}\\)\\.?", FLAGS));

    /**
     * Invisible format characters (Unicode's Cf: a soft hyphen, a zero-width space), which text
     * copied from a web page or a PDF may hold inside a symbol.
     */
    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}+");

    /**
     * A symbol written with dots for its slashes, nothing else between its parts: a series' letters,
     * RES or DEC, and numbers ("A.66.359", "A.RES.73.27", or the beginning of one, "A.66"). Its
     * dots can only stand between parts, so they are read as slashes. A part of letters followed by a number may be one part with
     * its own dot ("C.1", "L.27", "PV.45"), so "A.C.1.73.L.27" is left as written, and so is a
     * symbol with a slash ("A/C.1/73/L.27"). Its numbers are taken possessively: Java matches a
     * repeated group by recursion, and a suggestion's prefix of 3,900 of them ("A.1.1.1…", 7.8 KB)
     * would run it out of stack, a 500 with a stack trace in the log. A
     * number is followed by a dot or the end, so none can give back what it took: the symbols it
     * matches are the same.
     */
    private static final Pattern DOTS_FOR_SLASHES = Pattern.compile("[A-Z]{1,5}(?:\\.(?:RES|DEC))?(?:\\.[0-9]++)*+");

    /**
     * The capital Cyrillic letters that look like Latin ones, read in a symbol as the Latin letter
     * below them: «А/66/359», with Cyrillic «А», is A/66/359.
     */
    private static final String CYRILLIC_LOOKALIKES = "АВСЕНІЈКМОРЅТХУ";
    private static final String LATIN = "ABCEHIJKMOPSTXY";
}
