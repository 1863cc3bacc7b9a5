package org.w3id.scokg.server.reconcile;


/**
 * Words that mix Latin and Cyrillic letters, as text typed on the wrong keyboard layout or copied
 * from a scan holds them ("Рoссия" with a Latin «o», "Indiа" with a Cyrillic «а»): no word of either
 * language does, so each letter of the fewer script that has a twin of the same look in the other
 * is read as that twin. Left mixed, such a word is a near name (86.7 and 90), never the name. A
 * word of one script is left as it is, and so is a letter without a twin.
 */
final class Lookalikes {
    private Lookalikes() {}

    /**
     * Letters that look alike, small or as capitals (the text is in small letters by now: «К» and
     * "K" were one look before), Latin above and the Cyrillic it is read as below, each pair in one place.
     */
    private static final String LATIN_READ = "aeopcyxkmtbhi";
    private static final String AS_CYRILLIC = "аеорсухкмтвні";
    /** Cyrillic letters above and the Latin they are read as below. */
    private static final String CYRILLIC_READ = "аеорсухкмтвніјѕһ";
    private static final String AS_LATIN = "aeopcyxkmtbhijsh";

    /**
     * {@code text} (in small letters) with each mixed word in the script most of its letters are in;
     * a tie is left as it is. Words are runs of letters, found by one scan: a pattern for "a run with
     * a letter of each script" backtracks cubically over a long run of one script.
     */
    static String oneScript(String text) {
        StringBuilder read = null;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && Character.isLetter(text.charAt(i))) continue;
            if (i > start && mixed(text, start, i)) {
                if (read == null) read = new StringBuilder(text);
                read.replace(start, i, oneScriptWord(text.substring(start, i)));
            }
            start = i + 1;
        }
        return read == null ? text : read.toString();
    }

    private static boolean mixed(String text, int start, int end) {
        boolean latin = false;
        boolean cyrillic = false;
        for (int i = start; i < end; i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            latin |= script == Character.UnicodeScript.LATIN;
            cyrillic |= script == Character.UnicodeScript.CYRILLIC;
        }
        return latin && cyrillic;
    }

    private static String oneScriptWord(String word) {
        long cyrillic = word.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
        long latin = word.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        if (cyrillic == latin) return word;
        String from = cyrillic > latin ? LATIN_READ : CYRILLIC_READ;
        String to = cyrillic > latin ? AS_CYRILLIC : AS_LATIN;
        StringBuilder read = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            int twin = from.indexOf(c);
            read.append(twin < 0 ? c : to.charAt(twin));
        }
        return read.toString();
    }
}
