package org.w3id.scokg.server.web;

import com.ibm.icu.text.Transliterator;
import java.util.regex.Pattern;

/**
 * Chinese in either script: a name with its traditional characters written simplified (ICU4J's
 * {@code Hant-Hans} transform; the build carries ICU4J for CLDR's names), so that 俄羅斯 is read as
 * 俄罗斯 and 中國 as 中国, as a reader in Hong Kong, Macau or Taiwan writes them. Reconciliation
 * compares names so (until 2 December 2026 traditional forms found nothing: a review found it);
 * search folds both scripts so in its Lucene analyzers instead ({@code search.SimplifiedChinese}).
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

    /** {@code text} with traditional Chinese characters simplified; text without Han characters as it is. */
    public static String simplified(String text) {
        return HAN.matcher(text).find() ? SIMPLIFIED.get().transliterate(text) : text;
    }
}
