package org.w3id.scokg.server.sparql;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.scokg.query.QueryPolicy;

/**
 * The line and column of a query's error that Jena gives none for. Jena's parser places the errors
 * of its grammar ({@code Encountered "}" at line 1, column 18}), but the checks it runs on the parsed
 * query (a variable that is not grouped, projected twice or bound twice) and its reading of a LIMIT
 * too large for a {@code long} throw without a place, which would make 400s that say what but not
 * where. The place is found in the query's text, outside strings, IRIs and comments ({@link
 * QueryScanner#masked}), and only where the text shows one place for it: a sentence whose place the
 * text leaves open is answered as Jena wrote it (it names its clause).
 */
public final class QueryErrorPlace {
    private static final String VAR = "([?$][\\p{L}\\p{N}_\\u00B7\\u0300-\\u036F\\u203F\\u2040]+)";
    private static final Pattern NOT_GROUPED = Pattern.compile("Non-group key variable in SELECT: " + VAR);
    private static final Pattern PROJECTED_TWICE = Pattern.compile("Duplicate variable in result projection '" + VAR + "'");
    private static final Pattern BOUND_TWICE = Pattern.compile("Variable used when already in-scope: " + VAR + " in (BIND\\(.*\\))");
    /**
     * A SELECT expression ({@code (COUNT(*) AS ?c)}) naming a variable the pattern binds: Jena writes
     * the expression as its algebra ({@code ((AGG ?.0 count(*)) AS ?c)}), which the query's writer
     * never wrote, so the sentence names the variable and its {@code AS} instead.
     */
    private static final Pattern SELECTED_TWICE = Pattern.compile("Variable used when already in-scope: " + VAR + " in \\(.* AS " + VAR + "\\)$");
    private static final Pattern TOO_LONG = Pattern.compile("Number '([0-9]+)' is a valid number but can't not be stored in a long");
    private static final Pattern CEILING = Pattern.compile("^(LIMIT|OFFSET) ([0-9]+) is above this endpoint's ceiling");
    private static final Pattern NAMED_VAR = Pattern.compile(VAR);
    /** The endpoint's own refusals ({@link QueryPolicy}) of a thing the text writes once: SERVICE, a call by an IRI, a repetition. */
    private static final Pattern SERVICE = Pattern.compile("^SERVICE is not allowed: ");
    private static final Pattern CALL = Pattern.compile("^(?:Function|Property function|Aggregate|Procedure) <([^<>\\s]*)> is not allowed: ");
    private static final Pattern REPEATS = Pattern.compile("^A property path repeats ([0-9]+) times; ");
    /** A constant refused as the argument of STRLANG or STRLANGDIR, or as list:length's object: placed at the call, where it is one. */
    private static final Pattern STRLANG = Pattern.compile("^(STRLANG|STRLANGDIR): '");
    private static final Pattern LIST_LENGTH = Pattern.compile("^list:length: its object is the count");
    /** The limits read from the text before parsing ({@link QueryText}) that one place passes. */
    private static final Pattern NESTS = Pattern.compile("^The query nests groups or expressions [0-9]+ deep; ");
    private static final Pattern LISTS = Pattern.compile("^The query lists [0-9]+ items inside one pair of brackets ");
    private static final Pattern DIGITS = Pattern.compile("^The query writes ([0-9]+) digits in a row ");
    /** Jena's parser on a surrogate written as an escape without its partner; it names no place. */
    private static final Pattern SURROGATE = Pattern.compile("Bad surrogate pair");
    /** A code point escape, a backslash and u with four hex digits or U with eight, after an even run of backslashes (an escaped backslash is none). */
    private static final Pattern ESCAPE = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))");
    private static final String NAME_CHAR = "\\p{L}\\p{N}_\\-\\u00B7\\u0300-\\u036F\\u203F\\u2040";

    private QueryErrorPlace() {}

    /**
     * {@code sentence}, the error of {@code query}, with the line and column of the place it names
     * when Jena gave none and the text shows one; empty when it has a place already or none is found.
     */
    public static Optional<String> placed(String query, String sentence) {
        if (sentence.contains(" line ")) return Optional.empty();
        String code = QueryScanner.masked(query);
        Matcher m = TOO_LONG.matcher(sentence);
        if (m.find()) return slice(query, code, null, m.group(1));
        if (NESTS.matcher(sentence).find()) return placedAt(sentence, query, QueryText.nestingPast(query));
        if (LISTS.matcher(sentence).find()) return placedAt(sentence, query, QueryText.longestListAt(query));
        if ((m = DIGITS.matcher(sentence)).find()) return placedAt(sentence, query, only(digits(query, Integer.parseInt(m.group(1)))));
        if (SURROGATE.matcher(sentence).find()) return placedAt(sentence, query, only(unpairedSurrogates(query)));
        if ((m = STRLANG.matcher(sentence)).find()) return placedAt(sentence, query, only(keyword(code, m.group(1))));
        if (LIST_LENGTH.matcher(sentence).find()) return placedAt(sentence, query, only(named(query, code, "http://jena.apache.org/ARQ/list#length")));
        if (SERVICE.matcher(sentence).find()) return placedAt(sentence, query, only(keyword(code, "SERVICE")));
        if ((m = CALL.matcher(sentence)).find()) return placedAt(sentence, query, only(named(query, code, m.group(1))));
        if ((m = REPEATS.matcher(sentence)).find()) return placedAt(sentence, query, only(repetitions(query, code, new BigInteger(m.group(1)))));
        m = CEILING.matcher(sentence);
        if (m.find()) return slice(query, code, m.group(1), m.group(2));
        int at = -1;
        if ((m = NOT_GROUPED.matcher(sentence)).find()) at = only(projected(code, m.group(1)));
        else if ((m = PROJECTED_TWICE.matcher(sentence)).find()) at = second(code, m.group(1));
        else if ((m = BOUND_TWICE.matcher(sentence)).find()) at = bind(query, code, m.group(1), m.group(2));
        else if ((m = SELECTED_TWICE.matcher(sentence.strip())).find() && m.group(1).equals(m.group(2))) {
            at = only(selectedAs(code, m.group(1)));
            if (at >= 0) return Optional.of(at("Variable used when already in-scope: " + m.group(1) + " is bound by the pattern, and again by AS "
                    + m.group(1) + " in SELECT", query, at));
        }
        else if ((m = NAMED_VAR.matcher(sentence)).find()) {
            // The variable read before looking for a second: a matcher that finds none has no group to give.
            String var = m.group(1);
            if (!m.find()) at = only(occurrences(code, var, 0, code.length()));
        }
        return at < 0 ? Optional.empty() : Optional.of(at(sentence, query, at));
    }

    /**
     * The ceiling's sentence for a LIMIT or OFFSET of {@code digits} ({@code keyword} null: either), at
     * the keyword: Jena refuses a number past a {@code long} before the endpoint's ceiling is read.
     */
    private static Optional<String> slice(String query, String code, String keyword, String digits) {
        Matcher m = Pattern.compile("(?i)\\b(LIMIT|OFFSET)\\s+" + digits + "(?![0-9])").matcher(code);
        List<Integer> found = new ArrayList<>();
        String word = null;
        while (m.find()) {
            if (keyword != null && !m.group(1).equalsIgnoreCase(keyword)) continue;
            found.add(m.start());
            word = m.group(1).toUpperCase(Locale.ROOT);
        }
        if (found.size() != 1) return Optional.empty();
        long ceiling = word.equals("LIMIT") ? QueryPolicy.MAX_LIMIT : QueryPolicy.MAX_OFFSET;
        return Optional.of(at(word + " " + digits + " is above this endpoint's ceiling of " + ceiling + ".", query, found.get(0)));
    }

    private static Optional<String> placedAt(String sentence, String query, int at) {
        return at < 0 ? Optional.empty() : Optional.of(at(sentence, query, at));
    }

    /**
     * The places of the escapes that write a surrogate without its partner: a high one not written
     * just before an escape of a low one, and a low one not just after a high one. Comments are not
     * told apart: an escape in one is a place too, and {@link #only} then finds two.
     */
    private static List<Integer> unpairedSurrogates(String query) {
        List<Integer> places = new ArrayList<>();
        Matcher m = ESCAPE.matcher(query);
        int highAt = -1;
        int highEnd = -1;
        while (m.find()) {
            int at = m.end() - (m.group(1) != null ? 6 : 10);
            long code = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2), 16);
            boolean low = code >= 0xDC00 && code <= 0xDFFF;
            if (highAt >= 0 && !(low && at == highEnd)) places.add(highAt);
            if (low && !(highAt >= 0 && at == highEnd)) places.add(at);
            boolean high = code >= 0xD800 && code <= 0xDBFF;
            highAt = high ? at : -1;
            highEnd = high ? m.end() : -1;
        }
        if (highAt >= 0) places.add(highAt);
        return places;
    }

    /** The places of each run of {@code count} digits, anywhere in the text (as {@link QueryText#longestNumber} counts them). */
    private static List<Integer> digits(String query, int count) {
        Matcher m = Pattern.compile("(?<![0-9])[0-9]{" + count + "}(?![0-9])").matcher(query);
        List<Integer> found = new ArrayList<>();
        while (m.find()) found.add(m.start());
        return found;
    }

    /** The places of {@code word}, a keyword, in {@code code}. */
    private static List<Integer> keyword(String code, String word) {
        Matcher m = Pattern.compile("(?i)(?<![" + NAME_CHAR + ":?$])" + word + "(?![" + NAME_CHAR + ":])").matcher(code);
        List<Integer> found = new ArrayList<>();
        while (m.find()) found.add(m.start());
        return found;
    }

    /**
     * The places where the query writes {@code iri}: in full, {@code <iri>}, at the start of an IRI
     * ({@link QueryScanner#iriStarts}, as the masked text shows an IRI as spaces, as it does a string),
     * or as a prefixed name of a prefix the query declares, in the masked text. An IRI written
     * relative to a BASE, or a prefixed name with escapes, is not found, and the refusal keeps no place.
     */
    private static List<Integer> named(String query, String code, String iri) {
        List<Integer> found = new ArrayList<>();
        String full = "<" + iri + ">";
        for (int start : QueryScanner.iriStarts(query)) if (query.startsWith(full, start)) found.add(start);
        Map<String, String> prefixes = new HashMap<>();
        List<Integer> declared = new ArrayList<>();
        Matcher d = Pattern.compile("(?i)(?<![" + NAME_CHAR + ":?$])PREFIX\\s+([^\\s:]*:)").matcher(code);
        while (d.find()) {
            Matcher ns = Pattern.compile("\\s*<([^<>]*)>").matcher(query).region(d.end(), query.length());
            if (!ns.lookingAt()) continue;
            prefixes.put(d.group(1), ns.group(1));
            declared.add(d.start(1));
        }
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            if (!iri.startsWith(prefix.getValue())) continue;
            String name = prefix.getKey() + iri.substring(prefix.getValue().length());
            Matcher m = Pattern.compile("(?<![" + NAME_CHAR + ".:?$])" + Pattern.quote(name) + "(?![" + NAME_CHAR + ":]|\\.[" + NAME_CHAR + ":])").matcher(code);
            while (m.find()) if (!declared.contains(m.start())) found.add(m.start());
        }
        return found;
    }

    /**
     * The places of a path's repetition ({@code {n}}, {@code {n,m}}, {@code {n,}}, {@code {,m}}) that
     * counts to {@code count}: a brace of one number after a variable is a VALUES block, not one.
     */
    private static List<Integer> repetitions(String query, String code, BigInteger count) {
        Matcher m = Pattern.compile("\\{\\s*([0-9]*)\\s*(?:,\\s*([0-9]*)\\s*)?\\}").matcher(code);
        List<Integer> found = new ArrayList<>();
        while (m.find()) {
            boolean counts = !m.group(1).isEmpty() && new BigInteger(m.group(1)).equals(count)
                    || m.group(2) != null && !m.group(2).isEmpty() && new BigInteger(m.group(2)).equals(count);
            if (counts && !afterVariable(query, code, m.start())) found.add(m.start());
        }
        return found;
    }

    /** Whether the word before {@code at} is a variable (white space read in the query: the masked text shows an IRI as spaces). */
    private static boolean afterVariable(String query, String code, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(query.charAt(i))) i--;
        while (i >= 0 && String.valueOf(code.charAt(i)).matches("[" + NAME_CHAR + "]")) i--;
        return i >= 0 && (code.charAt(i) == '?' || code.charAt(i) == '$');
    }

    /** The places of {@code var} in the projections of the query's SELECTs. */
    private static List<Integer> projected(String code, String var) {
        List<Integer> found = new ArrayList<>();
        for (int[] projection : projections(code)) found.addAll(occurrences(code, var, projection[0], projection[1]));
        return found;
    }

    /** The places of {@code AS var} in the projections of the query's SELECTs. */
    private static List<Integer> selectedAs(String code, String var) {
        List<Integer> found = new ArrayList<>();
        Matcher m = Pattern.compile("(?i)\\bAS\\s*[?$]" + Pattern.quote(var.substring(1)) + "(?![\\p{L}\\p{N}_\\u00B7\\u0300-\\u036F\\u203F\\u2040])").matcher(code);
        for (int[] projection : projections(code)) {
            m.region(projection[0], projection[1]);
            while (m.find()) found.add(m.start());
        }
        return found;
    }

    /** The place of the second mention of {@code var} in the one SELECT that mentions it more than once. */
    private static int second(String code, String var) {
        int at = -1;
        for (int[] projection : projections(code)) {
            List<Integer> found = occurrences(code, var, projection[0], projection[1]);
            if (found.size() < 2) continue;
            if (at >= 0) return -1;
            at = found.get(1);
        }
        return at;
    }

    /**
     * The place of the BIND that binds {@code var} again: the one BIND to it, or of several the one
     * whose text is Jena's {@code written} but for spaces.
     */
    private static int bind(String query, String code, String var, String written) {
        List<Integer> binds = new ArrayList<>();
        List<Integer> same = new ArrayList<>();
        Pattern bindsTo = Pattern.compile("(?i)\\bAS\\s*[?$]" + Pattern.quote(var.substring(1)) + "\\s*$");
        Matcher m = Pattern.compile("(?i)\\bBIND\\s*\\(").matcher(code);
        while (m.find()) {
            int end = closing(code, m.end() - 1);
            if (end < 0 || !bindsTo.matcher(code.substring(m.end(), end)).find()) continue;
            binds.add(m.start());
            if (spaceless(query.substring(m.start(), end + 1)).equalsIgnoreCase(spaceless(written))) same.add(m.start());
        }
        return binds.size() == 1 ? binds.get(0) : only(same);
    }

    private static String spaceless(String text) {
        return text.replaceAll("\\s+", "").replace('$', '?');
    }

    /** Where each SELECT's projection lies: from after SELECT (and DISTINCT or REDUCED) to its first brace, WHERE or FROM. */
    private static List<int[]> projections(String code) {
        List<int[]> found = new ArrayList<>();
        Matcher m = Pattern.compile("(?i)\\bSELECT\\b(\\s+(DISTINCT|REDUCED)\\b)?").matcher(code);
        Pattern end = Pattern.compile("(?i)\\{|\\bWHERE\\b|\\bFROM\\b");
        while (m.find()) {
            Matcher e = end.matcher(code);
            found.add(new int[] {m.end(), e.find(m.end()) ? e.start() : code.length()});
        }
        return found;
    }

    /** The places of {@code var} (as {@code ?name} or {@code $name}) in {@code code} between {@code from} and {@code to}. */
    private static List<Integer> occurrences(String code, String var, int from, int to) {
        Matcher m = Pattern.compile("[?$]" + Pattern.quote(var.substring(1)) + "(?![\\p{L}\\p{N}_\\u00B7\\u0300-\\u036F\\u203F\\u2040])").matcher(code);
        m.region(from, to);
        List<Integer> found = new ArrayList<>();
        while (m.find()) found.add(m.start());
        return found;
    }

    /** The index of the bracket that closes the one at {@code open}; -1 if none does. */
    private static int closing(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }

    private static int only(List<Integer> places) {
        return places.size() == 1 ? places.get(0) : -1;
    }

    /** {@code sentence} with the line and column of {@code index} in {@code query}, as Jena's parser writes them. */
    private static String at(String sentence, String query, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index; i++) {
            char c = query.charAt(i);
            if (c == '\n' || c == '\r' && !(i + 1 < query.length() && query.charAt(i + 1) == '\n')) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        return sentence.strip().replaceFirst("\\.$", "") + ", at line " + line + ", column " + column + ".";
    }
}
