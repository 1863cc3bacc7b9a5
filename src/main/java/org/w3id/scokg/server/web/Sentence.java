package org.w3id.scokg.server.web;

import java.util.Arrays;

/**
 * One sentence of the server's about a request it refuses, kept as the key of its words in the
 * bundles ({@link Texts}) and the values that fill them: in English for a program (the plain text,
 * the problem document, Jetty's answers), word for word as it was sent before it had a key, and in
 * the reader's language on a page ({@code ErrorPage}), so a Russian or Chinese error page does not
 * show the English sentence under "what is wrong (in English)". A sentence the
 * bundles do not hold (a parser's, a library's) stays a string and is shown in English, marked so.
 */
public final class Sentence {
    private final String key;
    private final Object[] values;

    private Sentence(String key, Object[] values) {
        this.key = key;
        this.values = values.clone();
    }

    /**
     * The words of {@code key} with {@code values}. A value a program reads as it was (a size, a
     * count of seconds) goes in as a string, which {@link Texts#format} leaves as it is; a number is
     * given where a language chooses a noun's form by it.
     */
    public static Sentence of(String key, Object... values) {
        return new Sentence(key, values);
    }

    /** The sentence as a program gets it. */
    public String english() {
        return in(Texts.of(Language.EN));
    }

    /** The sentence in {@code texts}' language. */
    public String in(Texts texts) {
        return texts.format(key, values);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(values);
    }
}
