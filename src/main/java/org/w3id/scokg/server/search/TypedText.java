package org.w3id.scokg.server.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.w3id.scokg.server.web.Scripts;
import org.w3id.scokg.server.web.Spelling;

/**
 * What a reader typed into a search: cut to the length read, split into words (those to find and
 * those excluded), and compared with the names found, whole or begun.
 */
final class TypedText {
    private TypedText() {}

    /**
     * What separates the words of a search: any white space, the no-break space and the ideographic
     * space of a Chinese keyboard (U+3000) too, which are not part of a word.
     */
    static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("(?U)\\s+");

    /** The most characters of a search read; the rest is dropped ({@link #cut}). */
    static final int MOST_READ = 200;

    /**
     * {@code text} cut to at most {@value #MOST_READ} characters (UTF-16 units) after its last whole
     * word that fits, so that no word is read as a shorter one: a cut where it falls would make
     * "-Pakistan" at the end of a long search exclude "Pakis". A text
     * without a space before the limit (Chinese) is cut at it, never inside a character.
     */
    static String cut(String text) {
        if (text.length() <= MOST_READ) return text;
        int end = Character.isLowSurrogate(text.charAt(MOST_READ)) ? MOST_READ - 1 : MOST_READ;
        String kept = text.substring(0, end);
        if (Character.isWhitespace(text.charAt(end)) || Character.isSpaceChar(text.charAt(end))) return kept.strip();
        java.util.regex.Matcher space = SPACES.matcher(kept);
        int lastSpace = -1;
        while (space.find()) lastSpace = space.start();
        return (lastSpace > 0 ? kept.substring(0, lastSpace) : kept).strip();
    }

    /** The words of {@code text}: split at {@link #SPACES}, none empty. */
    static List<String> words(String text) {
        return Arrays.stream(SPACES.split(text.strip())).filter(word -> !word.isEmpty()).toList();
    }

    /**
     * A search's words: those to find, and those its results must not hold, written with a leading
     * minus ({@code India -Pakistan}), as most search engines read it; a minus before no letter or
     * digit ("-", "--") is a word like others. Every excluded word counts, as in Google's and
     * Wikidata's search (issue 15), not the first four alone: the index is asked once for all of them
     * ({@link Exclusion}).
     */
    record Words(String wanted, List<String> excluded) {
        static Words of(String text) {
            List<String> wanted = new ArrayList<>();
            List<String> excluded = new ArrayList<>();
            for (String word : words(text)) {
                boolean minus = word.startsWith("-") && word.codePoints().skip(1).anyMatch(Character::isLetterOrDigit);
                if (minus) excluded.add(word.substring(1));
                else wanted.add(word);
            }
            return new Words(String.join(" ", wanted), List.copyOf(excluded));
        }
    }

    /**
     * Whether {@code name} (a snippet, its marks aside) is {@code words} whole: the same letters and
     * digits, case, compatibility forms and the Chinese script aside (上合組織 is 上合组织).
     */
    static boolean sameWords(String name, String words) {
        String folded = folded(words);
        return !folded.isEmpty() && folded(name.replace("↦", "").replace("↤", "")).equals(folded);
    }

    /**
     * How a search's words meet a name that matched them: whether they name it ({@code names}), and
     * how much of it they are, from 0 to 1 ({@link NameCover}), where they were compared whole.
     */
    record Naming(java.util.function.Predicate<String> names, NameCover cover) {
        boolean names(String name) {
            return names.test(name);
        }

        /** Whether {@link #covers} measures anything: a suggestion ranks by the name's length instead, and needs no whole names for it. */
        boolean measures() {
            return cover != null;
        }

        /** How much of {@code name}, a text in {@code lang}, the words are; 0 for a suggestion. */
        float covers(String name, String lang) {
            return cover == null ? 0 : cover.of(name, lang);
        }

        /** For a search: the words are the name whole ({@link #sameWords}), and cover it. */
        static Naming whole(String words) {
            return new Naming(name -> sameWords(name, words), new NameCover(words));
        }

        /** For a suggestion: the letters typed begin the name ({@link #begins}). */
        static Naming begun(String typed) {
            return new Naming(name -> begins(name, typed), null);
        }
    }

    private static String folded(String text) {
        String plain = Scripts.simplified(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT));
        StringBuilder kept = new StringBuilder();
        plain.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * Whether {@code name} (a snippet, its marks aside) begins with {@code typed}, as {@link #sameWords}
     * compares them, and in one English spelling, as the index reads both ({@link Spelling}); a last
     * word begun as an American spelling may end also begins its British one ("Organiz" begins
     * "Organisation", as the suggestions find it, so such a name is ranked as one the letters begin).
     */
    static boolean begins(String name, String typed) {
        String plain = folded(Spelling.british(name.replace("↦", "").replace("↤", "")));
        String british = Spelling.british(typed);
        int lastWord = british.lastIndexOf(' ') + 1;
        String britishEnd = Spelling.britishBeginning(british.substring(lastWord));
        for (String form : britishEnd == null ? List.of(british) : List.of(british, british.substring(0, lastWord) + britishEnd)) {
            String folded = folded(form);
            if (!folded.isEmpty() && plain.startsWith(folded)) return true;
        }
        return false;
    }

    /**
     * Whether {@code typed} is enough to suggest from: two characters, or one of a script written
     * without spaces between words or with a syllable to a character (Han, Hiragana, Katakana,
     * Hangul), where one is a word or most of one: 印 alone suggests; a Latin or Cyrillic letter
     * alone would suggest half the names.
     */
    static boolean enoughToSuggest(String typed) {
        String text = typed.strip();
        return text.codePointCount(0, text.length()) >= 2 || text.codePoints().anyMatch(c -> DENSE_SCRIPTS.contains(Character.UnicodeScript.of(c)));
    }

    private static final Set<Character.UnicodeScript> DENSE_SCRIPTS = EnumSet.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL);
}
