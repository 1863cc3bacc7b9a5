package org.w3id.scokg.server.web;

import java.util.regex.Pattern;

/**
 * English words spelt as British English spells them: -ization and -ize as -isation and -ise
 * ("Organization", "organizations", "recognized", "organizational"), -yze as -yse ("analyze"). Most
 * of the graph's names are British (the SCO's own English name, "Shanghai Cooperation
 * Organisation"); the SCO Secretariat and the UN write "Organization". Only words with at least
 * three letters before -ize or -yze: "size", "prize", "seize" and "Kyrgyz" are left as they are.
 * Search reads its texts so ({@code search.BritishSpelling}, in its Lucene analyzers) and
 * reconciliation its names ({@code reconcile.NameSimilarity}): one rule for both, for two rules drift
 * apart ("organizational" was one word in search and two in reconciliation).
 */
public final class Spelling {
    /** A word ending as American English spells it: the stem before the z and the ending after it. */
    public static final Pattern AMERICAN = Pattern.compile("(?i)\\b([a-z]{3,}[iy])z(e|es|ed|ing|er|ers|ation|ations|ational)\\b");
    /** The British spelling: an s for the z. */
    public static final String BRITISH = "$1s$2";

    private Spelling() {}

    /** {@code text} with its American spellings British. */
    public static String british(String text) {
        return AMERICAN.matcher(text).replaceAll(BRITISH);
    }

    /**
     * The beginning of a word as an American spelling may end while it is typed: the z, then the
     * beginning of one of {@link #AMERICAN}'s endings, or none ("Organiz", "Organizat", "recogniz").
     */
    private static final Pattern AMERICAN_BEGUN = Pattern.compile("(?i)^([a-z]{3,}[iy])z(|e|es|ed|er|ers|i|in|ing|a|at|ati|atio|ation|ations|ationa|ational)$");

    /**
     * {@code begun}, the beginning of a word, as British English may spell the word it begins
     * ("Organis" for "Organiz"), or null where it ends as no American spelling may. A word that ends
     * in its own z ("Kyrgyz") reads so too: the beginning is one of two.
     */
    public static String britishBeginning(String begun) {
        java.util.regex.Matcher american = AMERICAN_BEGUN.matcher(begun);
        return american.matches() ? american.replaceFirst(BRITISH) : null;
    }
}
