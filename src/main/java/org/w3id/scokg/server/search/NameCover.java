package org.w3id.scokg.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How much of a name the words searched for are, read as the index reads both: the words' tokens in
 * the analysis of the name's language (stemmed: «Шанхайской организации» is two of the three tokens of
 * «Шанхайская организация сотрудничества»; a run of Chinese characters its pairs), standing together
 * in the name and in their order, over all of the name's tokens. A name that holds the words apart,
 * or not at all as tokens, is covered by none of them: "information security" is not a name of a norm
 * on "information content as a security threat" however short its name is.
 */
final class NameCover {
    /** The analysis of the fields every language shares, for a name without a language or in one without a field of its own. */
    private static final Analyzer EVERY_SCRIPT = SearchIndex.everyScript();

    private final String words;
    /** The words' tokens in each analysis asked for: one search compares them with many names. */
    private final Map<Analyzer, List<String>> typed = new HashMap<>();

    /** For the words of one search. */
    NameCover(String words) {
        this.words = words;
    }

    /** How much of {@code name} (a snippet, its marks aside), a text in {@code lang}, {@code words} are: from 0 to 1. */
    static float of(String name, String lang, String words) {
        return new NameCover(words).of(name, lang);
    }

    /**
     * How much of {@code name}, a text in {@code lang}, the words are: read in the analysis of the
     * language's field ({@code en-GB} is English, {@code zh-Hant} Chinese), else in that of every script.
     */
    float of(String name, String lang) {
        String primary = lang.toLowerCase(Locale.ROOT).split("-", 2)[0];
        Analyzer analyzer = SearchIndex.BY_LANGUAGE.getOrDefault(primary, EVERY_SCRIPT);
        List<String> named = tokens(analyzer, name.replace("↦", "").replace("↤", ""));
        List<String> search = typed.computeIfAbsent(analyzer, a -> tokens(a, words));
        if (search.isEmpty() || named.isEmpty() || Collections.indexOfSubList(named, search) < 0) return 0;
        return (float) search.size() / named.size();
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SearchIndex.NAME, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) tokens.add(term.toString());
            stream.end();
        } catch (IOException e) {
            // An analyzer reading a string in memory reads nothing that can fail.
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
