package org.w3id.scokg.server.web;

import com.ibm.icu.text.Transliterator;
import java.util.regex.Pattern;

/**
 * Chinese in either script: a name with its traditional characters written simplified (ICU4J's
 * {@code Hant-Hans} transform; the build carries ICU4J for CLDR's names), so that 俄羅斯 is read as
 * 俄罗斯 and 中國 as 中国, as a reader in Hong Kong, Macau or Taiwan writes them. Reconciliation
 * compares names so, or traditional forms find nothing; search folds both scripts so in its Lucene
 * analyzers instead ({@code search.SimplifiedChinese}).
 */
public final class Scripts {
    /** An ICU transliterator is not to be shared between threads: one per thread. */
    private static final ThreadLocal<Transliterator> SIMPLIFIED = ThreadLocal.withInitial(() -> Transliterator.getInstance("Hant-Hans"));
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private Scripts() {}

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

    /**
     * The language of a text the graph gives without a tag, by its script, as far as this graph's
     * texts go: Chinese where it has Han characters, Russian where it has Cyrillic letters, English
     * where it has Latin letters (the quotes of the English sources, the publishers' names); "" where
     * it has no letters. Pages mark such a text with it, so a reader's browser and screen reader do not
     * take an English quote on a Russian page for Russian, nor a Russian one for English.
     */
    public static String languageOf(String text) {
        if (HAN.matcher(text).find()) return "zh";
        if (CYRILLIC.matcher(text).find()) return "ru";
        return LATIN.matcher(text).find() ? "en" : "";
    }

    /** A run of Chinese: Han characters, with the ideographic punctuation between them. */
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}(?:[\\p{IsHan}\\u3000-\\u303F\\uFF01-\\uFF5E·]*\\p{IsHan})?");
    /** A run of Russian: Cyrillic words, with the spaces, digits and punctuation between them. */
    private static final Pattern CYRILLIC_RUN = Pattern.compile("\\p{IsCyrillic}(?:[\\p{IsCyrillic}\\s\\d,.;:!?«»()\\-–—]*\\p{IsCyrillic})?");

    /**
     * {@code text}, a text in {@code lang}, as HTML with each run of Chinese (unless it is Chinese) and
     * of Russian (unless it is Russian) in a span that says so, as an English note quoting a name
     * ("“印度共和国”: The state's official name …"); null when it holds no such run. Latin letters in a
     * Russian or Chinese text are left as they are: most are codes and abbreviations (ICT, A/66/359).
     */
    public static String markOtherScripts(String text, String lang) {
        boolean chinese = lang.equals("zh") || lang.startsWith("zh-");
        boolean russian = lang.equals("ru") || lang.startsWith("ru-");
        java.util.List<int[]> runs = new java.util.ArrayList<>();
        if (!chinese) HAN_RUN.matcher(text).results().forEach(m -> runs.add(new int[] {m.start(), m.end(), 0}));
        if (!russian) CYRILLIC_RUN.matcher(text).results().forEach(m -> runs.add(new int[] {m.start(), m.end(), 1}));
        if (runs.isEmpty()) return null;
        runs.sort(java.util.Comparator.comparingInt(r -> r[0]));
        StringBuilder html = new StringBuilder();
        int at = 0;
        for (int[] run : runs) {
            if (run[0] < at) continue;
            html.append(Html.escape(text.substring(at, run[0]))).append("<span lang=\"").append(run[2] == 0 ? "zh" : "ru").append("\">")
                    .append(Html.escape(text.substring(run[0], run[1]))).append("</span>");
            at = run[1];
        }
        return html.append(Html.escape(text.substring(at))).toString();
    }

    /** {@code text} with traditional Chinese characters simplified; text without Han characters as it is. */
    public static String simplified(String text) {
        return HAN.matcher(text).find() ? SIMPLIFIED.get().transliterate(text) : text;
    }
}
