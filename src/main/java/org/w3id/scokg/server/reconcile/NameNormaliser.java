package org.w3id.scokg.server.reconcile;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.w3id.scokg.server.web.Scripts;
import org.w3id.scokg.server.web.Spelling;

/**
 * A name as {@link NameSimilarity} compares it: Unicode compatibility forms, case, accents,
 * apostrophes and punctuation taken away, a leading "the" dropped, -ize read as -ise and -yze as
 * -yse, "UN" read as "United Nations", a form of state a list puts after the name put before it;
 * and the name without its form of state, which says nothing of which state it is.
 */
final class NameNormaliser {
    private NameNormaliser() {}

    /** -ize and its forms ({@link Spelling}) in the last word of what is being typed, which may stop anywhere ("organiz"). */
    private static final Pattern IZE_TYPED = Pattern.compile("(?<=\\p{L}{3})iz(?=(?:e|es|ed|ing|er|ers|i|in|a|at|ati|atio|ation|ations)?$)");

    /** A name as it is compared: "Côte d’Ivoire" and "cote divoire" are the same, as are "organization" and "organisation". */
    static String normalise(String name) {
        return withoutThe(spelling(formFirst(plain(name))));
    }

    /** A form of state and its "of" ("republic of", "islamic republic of", "republic of the union of"). */
    private static final String FORM = "(?:(?:islamic|arab|federal|democratic|socialist|peoples|united|co operative)\\s+)*"
            + "(?:republic|kingdom|state|sultanate|principality|commonwealth|federation)\\s+of";

    /** A name with its form of state after it, as a list sorted by name writes it ("iran islamic republic of"). */
    private static final Pattern FORM_AFTER = Pattern.compile("(.+?)\\s+((?:the\\s+)?" + FORM + "(?:\\s+the)?(?:\\s+union\\s+of)?)");

    /**
     * The form of state before the name where a list put it after ("Iran (Islamic Republic of)",
     * "Kazakhstan, Republic of"): no other name ends in "of". Left as it is, such a name is only 0.9
     * of the long name the graph gives, never the same name.
     */
    private static String formFirst(String text) {
        java.util.regex.Matcher inverted = FORM_AFTER.matcher(text);
        return inverted.matches() ? inverted.group(2) + " " + inverted.group(1) : text;
    }

    /**
     * The beginning of a name, typed so far, as it is compared with the beginnings of names: as
     * {@link #normalise}, the last word read as one that may not be finished ("organiz" is "organis").
     */
    static String normalisePrefix(String prefix) {
        String text = plain(prefix);
        int last = text.lastIndexOf(' ') + 1;
        return withoutThe(spelling(text.substring(0, last)) + IZE_TYPED.matcher(text.substring(last)).replaceAll("is"));
    }

    /** Letters each followed by a full stop, two or more ("U.N.", "U.N.G.A."): an abbreviation written with dots. */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{L}\\.){2,}");

    /**
     * Compatibility forms, accents, case, apostrophes and punctuation taken away, words split by one
     * space; an abbreviation written with dots is one word ("U.N." is "UN", read as "United Nations").
     */
    static String plain(String name) {
        String text = Normalizer.normalize(Scripts.simplified(invisible(name)), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        text = DOTTED.matcher(text).replaceAll(dotted -> dotted.group().replace(".", ""));
        // "ß" is "ss" in Unicode's full case folding (its capital is "SS"), and German writes either:
        // "Rußland" must find Russia as "Russland" does.
        text = Lookalikes.oneScript(text.toLowerCase(Locale.ROOT).replace("ß", "ss").replaceAll("['’‘`´]", ""));
        // Chinese has no spaces between words: a table pads a name of two characters to the width of
        // three ("中　国", "印　度"), and such a name must still be found.
        return HAN_SPACE.matcher(text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip()).replaceAll("");
    }

    /** A space between two Chinese characters, which splits no words. */
    private static final Pattern HAN_SPACE = Pattern.compile("(?<=\\p{IsHan}) (?=\\p{IsHan})");

    /**
     * {@code text} without its invisible format characters (Unicode's category Cf: a soft hyphen, a
     * zero-width space, joiner or non-joiner, a word joiner, a byte order mark), which text copied
     * from a web page or a PDF may hold inside a word: left in, they split the word they stand in,
     * so "Rus" U+00AD "sia" would be 0.91 of "Russia", not certain, and suggest nothing.
     */
    static String invisible(String text) {
        return FORMAT.matcher(text).replaceAll("");
    }

    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}+");

    /**
     * The word "UN", the one abbreviation read as what it stands for: "United Nations", which the
     * graph gives it as a name of the UN, so "UN General Assembly" is the Assembly's name.
     */
    private static final Pattern UN = Pattern.compile("(?<![\\p{L}\\p{N}])un(?![\\p{L}\\p{N}])");

    /** One spelling of a word that has two, and "UN" in full. */
    private static String spelling(String text) {
        return Spelling.british(UN.matcher(text).replaceAll("united nations"));
    }

    private static String withoutThe(String text) {
        return text.startsWith("the ") ? text.substring(4) : text;
    }
    /** A state's form of name before its name ("republic of", "kingdom of", "peoples republic of the union of") or after it ("kyrgyz republic"). */
    private static final Pattern STATE_FORM = Pattern.compile("^" + FORM + "\\s+(?:the\\s+)?(?:union\\s+of\\s+)?"
            + "|\\s+(?:(?:islamic|arab|federal|democratic|socialist|peoples)\\s+)*republic$");

    /** {@code name} without a state's form of name, or as it is where that would leave nothing. */
    static String withoutStateForm(String name) {
        String core = STATE_FORM.matcher(name).replaceAll("").strip();
        return core.isEmpty() ? name : core;
    }
}
