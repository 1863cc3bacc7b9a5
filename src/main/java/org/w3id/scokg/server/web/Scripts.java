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

    /** {@code text} with traditional Chinese characters simplified; text without Han characters as it is. */
    public static String simplified(String text) {
        return HAN.matcher(text).find() ? SIMPLIFIED.get().transliterate(text) : text;
    }
}
