package org.w3id.scokg.server.web;

import com.ibm.icu.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interface's own words in one language, from the resource bundles {@code texts.properties}
 * (English), {@code texts_ru.properties} and {@code texts_zh.properties} beside this class. Every key
 * is in every bundle ({@code TextsTest} checks), so no page mixes languages in its own words; the
 * English bundle is the fallback Java's lookup gives only while a key is being added.
 */
public final class Texts {
    private static final Map<Language, Texts> ALL = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) ALL.put(language, new Texts(language));
    }

    private final Language language;
    private final ResourceBundle bundle;
    /** The parsed pattern of each key formatted so far: no more than the bundle's keys. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Texts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(Texts.class.getPackageName() + ".texts", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Texts of(Language language) {
        return ALL.get(language);
    }

    public Language language() {
        return language;
    }

    /** The words for {@code key}; the key itself when no bundle has it (a visible mistake, never an error page). */
    public String get(String key) {
        return find(key).orElse(key);
    }

    /** The words for {@code key}, when there are any. */
    public Optional<String> find(String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /**
     * The words for {@code key} with {@code {0}}, {@code {1}}... filled in by ICU4J's {@link MessageFormat},
     * whose {@code plural} argument chooses a noun's form by CLDR's rules for the language: Russian has
     * one form for 1, 21, 101 («1 байт»), another for 2 to 4, 22 to 24 («22 байта») and a third for 5 to
     * 20, 25 and 111 («11 байт», «25 значений»), which the JDK's {@code choice} cannot say (it compares
     * numbers, not their last digits). A straight apostrophe quotes only before a brace or a {@code #}.
     */
    public String format(String key, Object... arguments) {
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(get(k), language.locale()));
        // One instance per key, parsed once: a new one looked up the language's plural rules and
        // number format again at its first plural, most of the cost of a 429's sentence. ICU4J's
        // MessageFormat is not safe for threads at once, so each formats under its own lock.
        synchronized (format) {
            return format.format(arguments);
        }
    }

    /**
     * The colon after a label a page composes with what follows it ("Search: India", "summit: …"):
     * {@code ": "} in English and Russian, the full-width {@code "："} in Chinese.
     */
    public String colon() {
        return get("punct.colon");
    }

    /**
     * The space between two sentences or before a remark in brackets: one in English and Russian, none
     * in Chinese, whose full-width 。 and （ carry their own room (not «三元组（…）。 从…» nor
     * «来源：… （引文见上）»).
     */
    public String space() {
        return get("punct.space");
    }

    /**
     * {@code html} in the brackets of a remark: {@code "(html)"} in English and Russian, the full-width
     * {@code "（html）"} in Chinese; {@link #space()} goes before it.
     */
    public String aside(String html) {
        return get("punct.aside.open") + html + get("punct.aside.close");
    }

    /** Every key of this language's bundle. */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
