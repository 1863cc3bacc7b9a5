package org.w3id.scokg.server.reconcile;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How alike two names are, from 0 (nothing shared) to 1 (the same once normalised). Names are
 * normalised first ({@link NameNormaliser}: Unicode compatibility forms, case, accents, apostrophes and punctuation, a
 * leading "the", -ize read as -ise, -yze as -yse), then compared four ways and the best kept: the mean of
 * Jaro-Winkler similarity and of one less the Levenshtein distance over the longer length (Apache
 * Commons Text), which forgives a typo or two and swapped letters but not a different ending ("Iraq" is 0.82 of "Iran",
 * "Turkmenistan" 0.63 of "Turkey"); the Dice coefficient of character trigrams, which forgives
 * words in another order (for Chinese, written without spaces, bigrams); and, where every word of
 * the shorter name stands (give or take a typo in a word of five letters or more) in the longer,
 * {@value #CONTAINED}: "Burma" in "Myanmar (Burma)", "Iran" in "Islamic Republic of Iran", but not
 * a name of fewer than four letters ("SCO" is not held in "SCO Charter"); and, where the two names
 * have the same words a typo apart, {@value #TYPO_APART} ({@link #typoApart}). "UN" is read as "United
 * Nations"; a query in capitals may be a name's initials ({@link #byInitials}).
 */
final class NameSimilarity {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
    /** Levenshtein distance up to one edit, -1 past it: a letter added, dropped or changed. */
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    /** The similarity of a name all of whose words stand in a longer one. */
    static final double CONTAINED = 0.9;
    /**
     * The similarity of a name whose words are another's, a typo apart ({@link #typoApart}): over a
     * name held in a longer one ({@value #CONTAINED}), under a UN symbol cited among other words (0.95)
     * and the name itself (1).
     */
    static final double TYPO_APART = 0.92;
    /**
     * The similarity of a name whose initials are the query: over the {@link Reconciler#MIN_SCORE}
     * a candidate needs, under a name held in another (initials say less than words), never certain.
     */
    static final double INITIALS = 0.85;
    /** The fewest letters of a word that may be one with another a typo apart. */
    private static final int TYPO_FREE = 5;
    /** The fewest letters, all its words together, of a name that can be held in a longer one ("Iran", "Oman"). */
    private static final int HELD = 4;

    private NameSimilarity() {}

    /** The similarity of two names already normalised. */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        if (a.equals(b)) return 1;
        String x = NameNormaliser.withoutStateForm(a);
        String y = NameNormaliser.withoutStateForm(b);
        if (x.equals(a) && y.equals(b)) return Math.max(Math.max(Math.max(edits(a, b), dice(grams(a), grams(b))), contained(a, b)), typoApart(a, b));
        // A state's form of name says nothing of which state it is: "Republic of Korea" and "Republic of
        // India" are 0.84 alike whole, so the states' English long forms would make India a
        // candidate for Korea. The names are compared without it; a name
        // and its long form ("India", "Republic of India") are a candidate, never the same name
        // ("Republic of China" is not the People's Republic).
        if (x.equals(y)) return CONTAINED;
        return Math.max(Math.max(Math.max(edits(x, y), dice(grams(x), grams(y))), contained(a, b)), typoApart(a, b));
    }

    /**
     * {@value #TYPO_APART} where two names have the same words in the same order, each the same word or
     * one a typo apart ({@link #sameWord}: one letter added, dropped, changed or swapped with the next,
     * in words of five letters or more, never in Chinese), else 0: a name misspelt is
     * nearer the name than a longer name that holds the word ({@value #CONTAINED}). Without it
     * "Indai" scores 90 for India (by its long form, "Republic of India", which holds the word) and
     * 90 for "SCO summit chaired by India (2023, virtual)" alike, and its own name only 77
     * (Jaro-Winkler and Levenshtein read the swapped letters as two edits; issue 13).
     */
    static double typoApart(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length != y.length) return 0;
        for (int i = 0; i < x.length; i++) {
            if (!sameWord(x[i], y[i])) return 0;
        }
        return TYPO_APART;
    }

    private static double edits(String a, String b) {
        double levenshtein = 1 - (double) LEVENSHTEIN.apply(a, b) / Math.max(a.length(), b.length());
        return (JARO_WINKLER.apply(a, b) + levenshtein) / 2;
    }

    /** {@link #CONTAINED} when every word of the name with fewer words is a word of the other, else 0. */
    private static double contained(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        // Chinese is written without spaces: a name of two characters or more is held in a state's
        // long form, the name followed by a form of state ("印度" in "印度共和国", one word
        // each, which the comparison of words below leaves at 0). Only such forms: a name that
        // merely begins another is another name ("印度" and "印度尼西亚", India and Indonesia).
        if (x.length == 1 && y.length == 1 && han(a) && han(b)) {
            String shorter = a.length() < b.length() ? a : b;
            String longer = a.length() < b.length() ? b : a;
            return shorter.length() >= 2 && longer.startsWith(shorter) && STATE_FORMS.contains(longer.substring(shorter.length())) ? CONTAINED : 0;
        }
        if (x.length == y.length) return 0;
        String[] shorter = x.length < y.length ? x : y;
        String[] longer = x.length < y.length ? y : x;
        // Too little to be held: "SCO" is a word of "SCO Charter", which is not the SCO, and "CoE"
        // of no code of conduct ("coe" would be 90 for the codes).
        if (String.join("", shorter).length() < HELD) return 0;
        for (String word : shorter) {
            boolean found = false;
            for (String other : longer) found |= sameWord(word, other);
            if (!found) return 0;
        }
        return CONTAINED;
    }

    /**
     * A query of one word all in capitals, two letters or more ("UNGA", "ШОС", "U.N.G.A."), as
     * initials are compared (lower case, as normalised); null for any other query.
     */
    static String acronym(String query) {
        // Written with dots, or ending a sentence: "U.N.G.A." and "UNGA." are "UNGA".
        String text = NameNormaliser.invisible(query).strip().replaceAll("(?<=\\p{Lu})\\.", "");
        return text.length() >= 2 && text.codePoints().allMatch(Character::isUpperCase) ? NameNormaliser.plain(text) : null;
    }

    /**
     * {@value #INITIALS} when {@code acronym} ({@link #acronym}) is the initials of {@code name}
     * (normalised), its words of two or more without the short function words ("UNGA" of "United
     * Nations General Assembly", "SGUN" of "Secretary-General of the United Nations"), else 0.
     */
    static double byInitials(String acronym, String name) {
        if (acronym == null) return 0;
        StringBuilder initials = new StringBuilder();
        int words = 0;
        for (String word : name.split(" ")) {
            if (word.isEmpty() || FUNCTION_WORDS.contains(word) || !Character.isLetter(word.codePointAt(0))) continue;
            initials.appendCodePoint(word.codePointAt(0));
            words++;
        }
        return words >= 2 && initials.toString().equals(acronym) ? INITIALS : 0;
    }

    /** Words that initials leave out ("SGUN", not "SGOTUN"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "on", "for", "in");

    /**
     * The share of their words two names have in common, of all the words of either, a word a typo
     * apart counting as the same (as in {@link #contained}): how close a name is to one that holds
     * it. "General Assembly" is 0.5 of "United Nations General Assembly" and 0.4 of "General Assembly
     * resolution 73/27", which hold it alike.
     */
    static double sharedWords(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> x = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> y = new HashSet<>(Arrays.asList(b.split(" ")));
        int shared = 0;
        for (String word : x) {
            if (y.stream().anyMatch(other -> sameWord(word, other))) shared++;
        }
        return (double) shared / (x.size() + y.size() - shared);
    }

    /**
     * Whether every word of {@code words} is a word of {@code name} (both normalised), a typo apart
     * as in {@link #contained}: "astana declaration of the heads ..." holds "astana declaration",
     * "astana" does not.
     */
    static boolean holds(String name, String words) {
        if (words.isEmpty()) return true;
        String[] own = name.split(" ");
        for (String word : words.split(" ")) {
            if (Arrays.stream(own).noneMatch(other -> sameWord(word, other))) return false;
        }
        return true;
    }

    /**
     * Whether two words are one, a typo apart: a letter added, dropped or changed, or two letters next
     * to each other swapped ("indai", "india"), a Damerau-Levenshtein (optimal string alignment)
     * distance of one. A word shorter than {@value #TYPO_FREE} letters counts only as written, for a
     * letter changes a short word into another ("coe" and "code"); so does a word with Chinese in
     * it, which is written without spaces, so one word may be a whole name, and a character
     * changed is another name. A Jaro-Winkler similarity of 0.9 or more is not one word: it makes
     * "Indiana" India a typo apart (92), as "niger" and "nigeria", "austria" and "australia", and a
     * query for the Council's Bishkek declaration, 上海合作组织成员国元首理事会比什凯克宣言, one word,
     * would find the New Delhi, Qingdao, Samarkand and Tianjin declarations and the Council itself at 92.
     */
    private static boolean sameWord(String word, String other) {
        if (word.equals(other)) return true;
        if (Math.min(word.length(), other.length()) < TYPO_FREE || inHan(word) || inHan(other)) return false;
        return ONE_EDIT.apply(word, other) >= 0 || swapped(word, other);
    }

    /** Whether {@code b} is {@code a} with two letters next to each other swapped, and nothing else. */
    private static boolean swapped(String a, String b) {
        if (a.length() != b.length()) return false;
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) i++;
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /** Whether {@code text} has a character of the Han script in it. */
    private static boolean inHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * What follows a state's name in its long form in Chinese (simplified, as names are compared),
     * the longer forms too: without them Nepal's and Laos's forms (尼泊尔联邦民主共和国, 老挝人民民主共和国)
     * find no candidate.
     */
    private static final Set<String> STATE_FORMS = Set.of("国", "共和国", "联邦", "王国", "人民共和国", "民主共和国", "伊斯兰共和国", "社会主义共和国",
            "联合共和国", "民主社会主义共和国", "合众国", "联邦共和国", "阿拉伯共和国", "联邦民主共和国", "人民民主共和国");

    private static boolean han(String text) {
        return text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static Set<String> grams(String text) {
        int n = inHan(text) ? 2 : 3;
        String padded = " " + text + " ";
        Set<String> grams = new HashSet<>();
        int[] points = padded.codePoints().toArray();
        for (int i = 0; i + n <= points.length; i++) grams.add(new String(points, i, n));
        return grams;
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int shared = 0;
        for (String gram : a) {
            if (b.contains(gram)) shared++;
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
