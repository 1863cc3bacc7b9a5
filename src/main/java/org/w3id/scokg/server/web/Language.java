package org.w3id.scokg.server.web;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * The languages of the site: English, Russian and Chinese, the SCO's working languages. A page's
 * language is {@code ?lang=} when it names one of them, else the one the reader last chose with the
 * switcher (the {@value #COOKIE} cookie, see {@link LanguageFilter}), else the first of them the
 * client's {@code Accept-Language} asks for (q-values and ranges as RFC 4647 lookup reads them),
 * else English.
 * Labels from the data are chosen in the same language where the graph has one.
 */
public enum Language {
    EN("en", "English", "EN"),
    RU("ru", "Русский", "RU"),
    ZH("zh", "中文", "中文");

    /** The BCP 47 tag, as the graph's language-tagged literals carry it. */
    public final String tag;
    /** The language's name in itself, for the switcher. */
    public final String autonym;
    /**
     * The switcher's word for the language on a phone, where the three names took a row of the
     * header to themselves: its code, and Chinese by its own name, which is as short.
     */
    public final String shortName;

    /**
     * The language's order of words (ICU's collation: Chinese by pinyin, as a Chinese reader looks a
     * name up, where the order of code points is the order of the Unicode tables); frozen, so it is
     * safe to share between threads.
     */
    private final Collator collator;

    Language(String tag, String autonym, String shortName) {
        this.tag = tag;
        this.autonym = autonym;
        this.shortName = shortName;
        this.collator = Collator.getInstance(ULocale.forLanguageTag(tag)).freeze();
    }

    /** Labels in the order a reader of the language looks them up. */
    public Comparator<String> order() {
        return collator::compare;
    }

    /** The cookie that keeps the reader's choice. */
    public static final String COOKIE = "lang";

    private static final List<String> TAGS = List.of("en", "ru", "zh");

    /** The language a request asks for. */
    public static Language of(HttpServletRequest request) {
        String explicit = request.getQueryString() == null ? null : request.getParameter("lang");
        return of(explicit, chosen(request), request.getHeader("Accept-Language"));
    }

    /**
     * The language a request asks for, read where the servlet API cannot read it (Jetty's own
     * handlers, before any route): a query string or a cookie Jetty cannot decode names none.
     */
    public static Language of(Request request) {
        String explicit = null;
        String chosen = null;
        try {
            explicit = Request.extractQueryParameters(request).getValue("lang");
        } catch (RuntimeException unreadable) {
            // Not well encoded: the cookie and Accept-Language may still name one.
        }
        try {
            for (HttpCookie cookie : Request.getCookies(request)) {
                if (chosen == null && cookie.getName().equals(COOKIE)) chosen = cookie.getValue();
            }
        } catch (RuntimeException unreadable) {
            // A cookie header Jetty cannot read chose nothing.
        }
        return of(explicit, chosen, request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
    }

    /** {@code ?lang=}, else the switcher's cookie, else Accept-Language, else English. */
    public static Language of(String explicit, String chosen, String acceptLanguage) {
        return byTag(explicit).or(() -> byTag(chosen)).orElseGet(() -> fromAcceptLanguage(acceptLanguage));
    }

    /**
     * Whether a query string is empty or names nothing but a page's language ({@code lang=ru}): the
     * endpoint, asked nothing, answers a browser with the editor in that language.
     */
    public static boolean namesNothingElse(String queryString) {
        if (queryString == null) return true;
        for (String pair : queryString.split("&")) {
            if (!pair.isEmpty() && !pair.split("=", 2)[0].equals(COOKIE)) return false;
        }
        return true;
    }

    /**
     * The query string that makes a page's URL give the page in this language, for a page's {@code
     * Content-Location} (RFC 9110 8.7: a URL whose GET gives this representation): {@code ?lang=} and
     * the tag, or none for English where the request's cookie and Accept-Language choose English too.
     * A Russian page (asked {@code ?lang=ru}) must not name {@code /doc/state/IN.html}, whose GET
     * gives English.
     */
    public String pinnedBy(HttpServletRequest request) {
        boolean unsaid = this == EN && of(null, chosen(request), request.getHeader("Accept-Language")) == EN;
        return unsaid ? "" : "?lang=" + tag;
    }

    /** The switcher's cookie's value, if the request carries it. */
    public static String chosen(HttpServletRequest request) {
        if (request.getCookies() == null) return null;
        for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(COOKIE)) return cookie.getValue();
        }
        return null;
    }

    /** The language named by a tag such as {@code ru} or {@code zh-Hans}; empty for any other. */
    public static Optional<Language> byTag(String tag) {
        if (tag == null || tag.isBlank()) return Optional.empty();
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        for (Language language : values()) {
            if (language.tag.equals(primary)) return Optional.of(language);
        }
        return Optional.empty();
    }

    /** The first of the site's languages an {@code Accept-Language} header asks for; English when none. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) return EN;
        try {
            // Ranges such as zh-CN must match the plain tag zh: lookup truncates a range until it matches.
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(shortened(header)), TAGS);
            return byTag(tag).orElse(EN);
        } catch (IllegalArgumentException malformed) {
            return EN;
        }
    }

    /** The longest language range read whole: RFC 5646 (section 4.4.1) asks that tags of 35 characters be supported. */
    private static final int MAX_RANGE = 35;

    /** The most language ranges read of one header. */
    private static final int MAX_RANGES = 32;

    /**
     * The header with each longer range cut at its last subtag within {@link #MAX_RANGE} characters
     * (dropped if its first subtag is longer), its weight kept: what the JDK's lookup would come to
     * as it truncates the range a subtag at a time, which it does once per subtag, each time parsing
     * the whole range again (a range of 2,000 subtags took 2.5 s of a core per page).
     */
    private static String shortened(String header) {
        StringJoiner kept = new StringJoiner(",");
        int ranges = 0;
        for (String entry : header.split(",")) {
            // The first MAX_RANGES ranges only: the JDK's parse and lookup are quadratic in their number
            // (30,000 ranges took 20 s of CPU a page); a browser sends a few.
            if (++ranges > MAX_RANGES) break;
            int weight = entry.indexOf(';');
            String range = (weight < 0 ? entry : entry.substring(0, weight)).strip();
            if (range.length() > MAX_RANGE) {
                int cut = range.lastIndexOf('-', MAX_RANGE);
                if (cut <= 0) continue;
                range = range.substring(0, cut);
            }
            kept.add(weight < 0 ? range : range + entry.substring(weight));
        }
        return kept.toString();
    }

    /** The {@link Locale} of the interface's words. */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }
}
