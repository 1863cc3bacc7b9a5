package org.w3id.scokg.server.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * A search over the index: the reader's words become one Lucene query over every field, the
 * shared field of every script and the field of each language (so stemming helps where the
 * language is known); each word must match (AND), a symbol matches whole; hits of one thing are
 * one result, with its best snippet. Suggestions match the last word as a prefix.
 */
final class Search {
    /**
     * A thing found: its score, the text that matched (its snippet), the field and the text's language
     * tag; {@code named} where one of its names is the words searched for, whole ({@link TypedText#sameWords});
     * {@code cover}, how much of its name that the words matched best they are ({@link NameCover}; all
     * of a symbol), 0 where they matched only other texts or where no words were compared; {@code
     * others}, the other texts of the thing that words of a search across its texts matched ({@link
     * #findAcross}), each as a hit of its own, none for the words in one text.
     */
    record Hit(Node subject, float score, String snippet, String field, String lang, boolean named, float cover, List<Hit> others) {
        Hit(Node subject, float score, String snippet, String field, String lang) {
            this(subject, score, snippet, field, lang, false, 0);
        }

        Hit(Node subject, float score, String snippet, String field, String lang, boolean named, float cover) {
            this(subject, score, snippet, field, lang, named, cover, List.of());
        }

        /** This hit shown by {@code snippet} in {@code lang}, as it ranks. */
        Hit shownBy(String snippet, String lang) {
            return new Hit(subject, score, snippet, field, lang, named, cover, others);
        }

        /** The text shown and every other text matched, each once, each a hit without others. */
        List<Hit> matched() {
            List<Hit> all = new ArrayList<>();
            all.add(new Hit(subject, score, snippet, field, lang, named, cover));
            others.forEach(other -> all.addAll(other.matched()));
            return all;
        }
    }

    private final HitReader reader;
    private final Exclusion exclusion;

    Search(TextIndexLucene index) {
        this.reader = new HitReader(index);
        this.exclusion = new Exclusion(index);
    }

    /** The things matching {@code words}, at most {@code limit}, in the order of {@link HitOrder#RANKING}, each shown by a name in English where it matched in one. */
    List<Hit> find(String words, int limit) {
        return find(words, limit, "en");
    }

    /** As {@link #find(String, int)}, each thing shown by a matching name in {@code language} where it has one, else in English. */
    List<Hit> find(String words, int limit, String language) {
        String query = LuceneQueries.of(words, false);
        if (query.isEmpty()) return List.of();
        List<Hit> hits = reader.run(query, limit, language, HitReader.HIGHLIGHT, TypedText.Naming.whole(words));
        String symbol = LuceneQueries.fullSymbol(words);
        return symbol == null ? hits : hits.stream().filter(hit -> writes(hit, symbol)).toList();
    }

    /**
     * Whether {@code hit} matched the UN symbol {@code symbol} as written: in the symbols' field, or
     * in a text that holds it whole. A symbol's parts are words to the text fields' analyzers, which
     * drop a series' one letter ("A", "S"), so "A/73/27" and "S/73/27" would find resolution 73/27 by
     * the "73/27" of its name: the report A/73/27 is another document.
     */
    private static boolean writes(Hit hit, String symbol) {
        if (hit.field().equals(SearchIndex.SYMBOL)) return true;
        String text = hit.snippet().replace("↦", "").replace("↤", "");
        return org.w3id.scokg.server.web.UnSymbols.within(text).contains(symbol);
    }

    /** {@code hits} less the things a text of which (a name, a quote, a symbol) holds one of {@code excluded} ({@link Exclusion}). */
    List<Hit> without(List<Hit> hits, List<String> excluded) {
        if (excluded.isEmpty()) return hits;
        Set<Node> holders = exclusion.holders(hits.stream().map(Hit::subject).toList(), excluded);
        return hits.stream().filter(hit -> !holders.contains(hit.subject())).toList();
    }

    /** The most words a search that found nothing looks for a letter or two away ({@link #findClose}). */
    static final int MAX_CLOSE_WORDS = 4;
    /** The longest word looked for a letter or two away: "internationalisation" has 20 letters. */
    static final int MAX_CLOSE_LETTERS = 24;

    /**
     * The things whose names hold words a letter or two from {@code words}, for a search that found
     * nothing ("Indai", "Shangai", "Rusia"). Words
     * of four letters or more only (a letter changes a shorter word into another), one edit for
     * words under seven letters and two past that, a Chinese word one character away ({@link
     * #oneCharacterAway}), in the names of every language; every word must match.
     * At most the first {@value #MAX_CLOSE_WORDS} such words of at most {@value #MAX_CLOSE_LETTERS}
     * letters: each costs Lucene an automaton over every word of the index, and unbounded, 25 words
     * that found nothing took a second of a core, a word of 199 letters 0.43 s.
     */
    List<Hit> findClose(String words, int limit, String language) {
        List<String> terms = new ArrayList<>();
        for (String word : TypedText.words(words)) {
            int letters = word.codePointCount(0, word.length());
            // A number is looked for as written: a year a digit away is another year ("summit 2013"
            // must not show the summits of 2012 and 2014 as close).
            // A number counts among the words looked for, as the others do: numbers let past the bound
            // would let any number of words past it.
            if (word.chars().allMatch(Character::isDigit)) {
                terms.add("+\"" + word + "\"");
            } else if (letters >= 4 && letters <= MAX_CLOSE_LETTERS && word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                terms.add("+(" + oneCharacterAway(word) + ")");
            } else if (letters >= 4 && letters <= MAX_CLOSE_LETTERS && word.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                terms.add("+" + QueryParserBase.escape(word) + "~" + (word.length() < 7 ? 1 : 2));
            }
            if (terms.size() == MAX_CLOSE_WORDS) break;
        }
        if (terms.isEmpty()) return List.of();
        String all = String.join(" ", terms);
        StringBuilder query = new StringBuilder(SearchIndex.NAME).append(":(").append(all).append(")");
        for (String lang : SearchIndex.LANGUAGES) query.append(' ').append(SearchIndex.NAME).append('_').append(lang).append(":(").append(all).append(")");
        // The names whole, unmarked: Lucene's highlighter builds each word's automaton again for every
        // name it marks, and "Shangai Cooperaton Organisaton Shangai" took 11 s of a core marked; the
        // words are not in the names as written anyway.
        return reader.run(query.toString(), limit, language, null);
    }

    /**
     * A run of Chinese characters with any one of them wrong, for {@link #findClose}: the run without
     * each character in turn, the parts before and after it each a phrase, both required ({@code
     * (+"上海合" +"组织")} for the 做 of 上海合做组织), a part of one character left out, since the
     * index holds Chinese as pairs. Lucene's edit distance is no help there: a pair of characters is
     * one token, and a wrong character changes two. A homophone typed for the right character by a
     * pinyin input method (做 for 作, both zuò) is the mistake this finds.
     */
    static String oneCharacterAway(String word) {
        int[] characters = word.codePoints().toArray();
        java.util.Set<String> ways = new java.util.LinkedHashSet<>();
        for (int wrong = 0; wrong < characters.length; wrong++) {
            StringBuilder way = new StringBuilder();
            for (String part : new String[] {new String(characters, 0, wrong), new String(characters, wrong + 1, characters.length - wrong - 1)}) {
                if (part.codePointCount(0, part.length()) >= 2) way.append(way.isEmpty() ? "" : " ").append("+\"").append(QueryParserBase.escape(part)).append('"');
            }
            if (!way.isEmpty()) ways.add("(" + way + ")");
        }
        return String.join(" ", ways);
    }

    /** The most words a search looks for across a thing's fields ({@link #findAcross}). */
    static final int MAX_ACROSS_WORDS = 6;
    /** The things each word of {@link #findAcross} may find, the best scored first. */
    static final int ACROSS_PER_WORD = 200;

    /**
     * The things that each of {@code words} finds in one field or another of its own, for a search
     * whose words are in no one text: "Yekaterinburg agreement 2009" (an other name, the title, the
     * Russian title's year) and "A/66/359 code" (a symbol, a title), which as one text find nothing,
     * where each part alone finds the thing. Each word is a search of its own ({@link
     * LuceneQueries#of}), of at most {@value #ACROSS_PER_WORD} things read without highlighting, the
     * longest words first (the likeliest to be rare, so that the things in common run out early), a
     * word repeated once; a word without a letter or a digit ("-", "&") is no word here. A thing every word found
     * is a result, scored by the sum of its scores and shown by a whole text a word matched (a name
     * first, in the page's language where one did), unmarked. At most {@value #MAX_ACROSS_WORDS} words: each is a query.
     */
    List<Hit> findAcross(String words, int limit, String language) {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String word : TypedText.words(words)) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) distinct.putIfAbsent(word.toLowerCase(java.util.Locale.ROOT), word);
        }
        List<String> each = distinct.values().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (each.size() < 2 || each.size() > MAX_ACROSS_WORDS) return List.of();
        Map<Node, Hit> common = null;
        for (String word : each) {
            Map<Node, Hit> found = new LinkedHashMap<>();
            // The whole texts, unmarked: highlighting each word's hundreds of texts cost most of the time
            // ("the of and in on zq" took 0.3 s of a core marked).
            for (Hit hit : reader.run(LuceneQueries.of(word, false), ACROSS_PER_WORD, language, null)) found.put(hit.subject(), hit);
            if (common == null) {
                common = found;
            } else {
                common.keySet().retainAll(found.keySet());
                common.replaceAll((thing, hit) -> {
                    Hit other = found.get(thing);
                    Hit shown = HitOrder.BY_SHOWING.apply(language).compare(hit, other) <= 0 ? hit : other;
                    // The texts the other words matched are kept, so the result names every kind of text
                    // that matched ("Kirghizia Kyrgyzstan": a name and another name; MatchedField#all).
                    List<Hit> matched = new ArrayList<>(hit.matched());
                    other.matched().stream().filter(text -> !matched.contains(text)).forEach(matched::add);
                    Hit first = shown.matched().get(0);
                    matched.remove(first);
                    return new Hit(thing, hit.score() + other.score(), shown.snippet(), shown.field(), shown.lang(), false, 0, matched);
                });
            }
            if (common.isEmpty()) return List.of();
        }
        List<Hit> results = new ArrayList<>(common.values());
        results.sort(HitOrder.RANKING);
        return results.subList(0, Math.min(limit, results.size()));
    }

    /**
     * Things whose names start with {@code words} (the last word a prefix), for suggestions as one
     * types; and, for words that look like the beginning of a symbol ("A/66"), the things whose
     * symbols it begins: "A/66" suggests what "A/66/359" finds, its document.
     * For the results page, which shows them when nothing else is found: the matched words marked.
     */
    List<Hit> suggest(String words, int limit) {
        return suggest(new TypedText.Words(words, List.of()), limit, HitReader.HIGHLIGHT);
    }

    /**
     * As {@link #suggest(String, int)} for the words wanted, less the things that hold an excluded
     * word, as the results leave them out ({@link #without}); nothing for excluded words alone, as
     * the results find nothing for them: the box does not read "-Pakistan" as a word to find, nor
     * suggest what the results page leaves out (issue 15). For the box, which
     * shows each thing by its page's title: the texts unmarked, which costs the index less than half the
     * time for the hundreds of texts two letters begin a word of (28 ms for "th" where marked took 70).
     */
    List<Hit> suggest(TypedText.Words words, int limit) {
        return suggest(words, limit, null);
    }

    private List<Hit> suggest(TypedText.Words words, int limit, String highlight) {
        // The beginning of a symbol is looked for among symbols only: in names, "A/" finds those with the word "a".
        // Behind a quotation mark or bracket too ("\"A/66"), as the results page reads a symbol quoted.
        String typed = LuceneQueries.unquoted(words.wanted().strip().replaceFirst("\\*$", ""));
        String query = LuceneQueries.SYMBOL_BEGUN.matcher(typed).matches()
                ? SearchIndex.SYMBOL + ":" + QueryParserBase.escape(typed.toLowerCase(java.util.Locale.ROOT)) + "*"
                : LuceneQueries.of(words.wanted(), true);
        if (query.isEmpty()) return List.of();
        // Every text the letters begin a word of is read (up to SUGGESTIONS_READ things), then ranked:
        // a prefix matches with one score, so the index gives its hits in the order it stored them.
        // The excluded are left out before the best are kept.
        List<Hit> hits = new ArrayList<>(without(reader.run(query, Math.max(SUGGESTIONS_READ, limit * 4), null, highlight, TypedText.Naming.begun(typed)), words.excluded()));
        hits.sort(HitOrder.SUGGESTED);
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    /**
     * The most things a suggestion is chosen from: every text that two letters begin a word of, in
     * the graph as it is ("th", "s": some 850 texts), not four times the suggestions asked (32 things,
     * 128 texts) in the index's order, which offers what comes first there: "Chin" suggested China's
     * position and memberships but not China ("Chinese" in many sources' titles), "Pa" eight memoranda
     * on a partner status and not Pakistan, "In" names holding the word "in" and not India (issue 15).
     */
    static final int SUGGESTIONS_READ = 300;
}
