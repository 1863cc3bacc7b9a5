package org.w3id.scokg.server.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.w3id.scokg.server.web.Scripts;
import org.w3id.scokg.server.web.Spelling;
import org.w3id.scokg.vocab.OA;
import org.w3id.scokg.vocab.SCO;

/**
 * A search over the index: the reader's words become one Lucene query over every field, the
 * shared field of every script and the field of each language (so stemming helps where the
 * language is known); each word must match (AND), a symbol matches whole; hits of one thing are
 * one result, with its best snippet. Suggestions match the last word as a prefix.
 */
final class Search {
    /**
     * What separates the words of a search: any white space, the no-break space and the ideographic
     * space of a Chinese keyboard (U+3000) too, which until a review on 3 December 2026 were read as
     * part of a word.
     */
    static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("(?U)\\s+");

    /** The most characters of a search read; the rest is dropped ({@link #cut}). */
    static final int MOST_READ = 200;

    /**
     * {@code text} cut to at most {@value #MOST_READ} characters (UTF-16 units) after its last whole
     * word that fits, so that no word is read as a shorter one: until a review on 4 December 2026 the
     * cut fell where it fell, and "-Pakistan" at the end of a long search excluded "Pakis". A text
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
     * Wikidata's search: until a review of issue 15 on 4 December 2026 a fifth and later were left
     * out unsaid, the cost of asking the index of each result and word ({@link Exclusion}).
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
     * A thing found: its score, the text that matched (its snippet), the field and the text's language
     * tag; {@code named} where one of its names is the words searched for, whole ({@link #sameWords}).
     */
    record Hit(Node subject, float score, String snippet, String field, String lang, boolean named) {
        Hit(Node subject, float score, String snippet, String field, String lang) {
            this(subject, score, snippet, field, lang, false);
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

    private static String folded(String text) {
        String plain = Scripts.simplified(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT));
        StringBuilder kept = new StringBuilder();
        plain.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** One predicate of each field, so that jena-text reads the stored text of every field back. */
    static final List<Resource> FIELDS = List.of(RDFS.label, ResourceFactory.createResource(OA.NS + "exact"),
            ResourceFactory.createResource(SCO.NS + "unDocumentSymbol"));

    private final TextIndexLucene index;
    private final Exclusion exclusion;

    Search(TextIndexLucene index) {
        this.index = index;
        this.exclusion = new Exclusion(index);
    }

    /** The things matching {@code words}, at most {@code limit}, in the order of {@link #RANKING}, each shown by a name in English where it matched in one. */
    List<Hit> find(String words, int limit) {
        return find(words, limit, "en");
    }

    /** As {@link #find(String, int)}, each thing shown by a matching name in {@code language} where it has one, else in English. */
    List<Hit> find(String words, int limit, String language) {
        String query = LuceneQueries.of(words, false);
        return query.isEmpty() ? List.of() : run(query, limit, language, HIGHLIGHT, name -> sameWords(name, words));
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
     * nothing: "Indai", "Shangai" and "Rusia" found nothing until a review on 2 December 2026. Words
     * of four letters or more only (a letter changes a shorter word into another), one edit for
     * words under seven letters and two past that, in the names of every language; every word must match.
     * At most the first {@value #MAX_CLOSE_WORDS} such words of at most {@value #MAX_CLOSE_LETTERS}
     * letters: each costs Lucene an automaton over every word of the index, and until a review on 3
     * December 2026 25 words that found nothing took a second of a core, a word of 199 letters 0.43 s.
     */
    List<Hit> findClose(String words, int limit, String language) {
        List<String> terms = new ArrayList<>();
        for (String word : words(words)) {
            int letters = word.codePointCount(0, word.length());
            // A number is looked for as written: a year a digit away is another year ("summit 2013"
            // showed the summits of 2012 and 2014 as close until a review on 4 December 2026).
            // A number counts among the words looked for, as the others do (a review on 4 December 2026:
            // numbers first let any number of words past the bound).
            if (word.chars().allMatch(Character::isDigit)) {
                terms.add("+\"" + word + "\"");
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
        // name it marks, and "Shangai Cooperaton Organisaton Shangai" took 11 s of a core (a review on
        // 4 December 2026); the words are not in the names as written anyway.
        return run(query.toString(), limit, language, null);
    }

    /** The most words a search looks for across a thing's fields ({@link #findAcross}). */
    static final int MAX_ACROSS_WORDS = 6;
    /** The things each word of {@link #findAcross} may find, the best scored first. */
    static final int ACROSS_PER_WORD = 200;

    /**
     * The things that each of {@code words} finds in one field or another of its own, for a search
     * whose words are in no one text: "Yekaterinburg agreement 2009" (an other name, the title, the
     * Russian title's year) and "A/66/359 code" (a symbol, a title) found nothing until 3 December
     * 2026, where each part alone found the thing. Each word is a search of its own ({@link
     * LuceneQueries#of}), of at most {@value #ACROSS_PER_WORD} things read without highlighting, the
     * longest words first (the likeliest to be rare, so that the things in common run out early), a
     * word repeated once; a word without a letter or a digit ("-", "&") is no word here. A thing every word found
     * is a result, scored by the sum of its scores and shown by a whole text a word matched (a name
     * first, in the page's language where one did), unmarked. At most {@value #MAX_ACROSS_WORDS} words: each is a query.
     */
    List<Hit> findAcross(String words, int limit, String language) {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String word : words(words)) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) distinct.putIfAbsent(word.toLowerCase(java.util.Locale.ROOT), word);
        }
        List<String> each = distinct.values().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (each.size() < 2 || each.size() > MAX_ACROSS_WORDS) return List.of();
        Map<Node, Hit> common = null;
        for (String word : each) {
            Map<Node, Hit> found = new LinkedHashMap<>();
            // The whole texts, unmarked: highlighting each word's hundreds of texts cost most of the time
            // ("the of and in on zq" took 0.3 s of a core until a review on 3 December 2026).
            for (Hit hit : run(LuceneQueries.of(word, false), ACROSS_PER_WORD, language, null)) found.put(hit.subject(), hit);
            if (common == null) {
                common = found;
            } else {
                common.keySet().retainAll(found.keySet());
                common.replaceAll((thing, hit) -> {
                    Hit other = found.get(thing);
                    Hit shown = BY_SHOWING.apply(language).compare(hit, other) <= 0 ? hit : other;
                    return new Hit(thing, hit.score() + other.score(), shown.snippet(), shown.field(), shown.lang());
                });
            }
            if (common.isEmpty()) return List.of();
        }
        List<Hit> results = new ArrayList<>(common.values());
        results.sort(RANKING);
        return results.subList(0, Math.min(limit, results.size()));
    }

    /** Which of two hits of one thing shows it: one in a name before one in another field, then one in the page's language ({@link #languageRank}). */
    private static final java.util.function.Function<String, Comparator<Hit>> BY_SHOWING = language -> Comparator
            .comparingInt((Hit hit) -> hit.field().equals(SearchIndex.NAME) ? 0 : 1)
            .thenComparingInt(hit -> language == null ? 0 : languageRank(hit.lang(), language));

    /**
     * Things whose names start with {@code words} (the last word a prefix), for suggestions as one
     * types; and, for words that look like the beginning of a symbol ("A/66"), the things whose
     * symbols it begins: until 3 December 2026 "A/66" suggested nothing, though "A/66/359" found its document.
     * For the results page, which shows them when nothing else is found: the matched words marked.
     */
    List<Hit> suggest(String words, int limit) {
        return suggest(new Words(words, List.of()), limit, HIGHLIGHT);
    }

    /**
     * As {@link #suggest(String, int)} for the words wanted, less the things that hold an excluded
     * word, as the results leave them out ({@link #without}); nothing for excluded words alone, as
     * the results find nothing for them. Until a review of issue 15 on 4 December 2026 the box read
     * "-Pakistan" as a word to find, and suggested what the results page left out. For the box, which
     * shows each thing by its page's title: the texts unmarked, which costs the index less than half the
     * time for the hundreds of texts two letters begin a word of (28 ms for "th" where marked took 70).
     */
    List<Hit> suggest(Words words, int limit) {
        return suggest(words, limit, null);
    }

    private List<Hit> suggest(Words words, int limit, String highlight) {
        // The beginning of a symbol is looked for among symbols only: "A/" found the names with the word "a" (a review on 3 December 2026).
        String typed = words.wanted().strip().replaceFirst("\\*$", "");
        String query = LuceneQueries.SYMBOL_BEGUN.matcher(typed).matches()
                ? SearchIndex.SYMBOL + ":" + QueryParserBase.escape(typed.toLowerCase(java.util.Locale.ROOT)) + "*"
                : LuceneQueries.of(words.wanted(), true);
        if (query.isEmpty()) return List.of();
        // Every text the letters begin a word of is read (up to SUGGESTIONS_READ things), then ranked:
        // a prefix matches with one score, so the index gives its hits in the order it stored them.
        // The excluded are left out before the best are kept.
        List<Hit> hits = new ArrayList<>(without(run(query, Math.max(SUGGESTIONS_READ, limit * 4), null, highlight, name -> begins(name, typed)), words.excluded()));
        hits.sort(SUGGESTED);
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    /**
     * The most things a suggestion is chosen from: every text that two letters begin a word of, in
     * the graph as it is ("th", "s": some 850 texts). Until a review of issue 15 on 4 December 2026 it
     * was four times the suggestions asked (32 things, 128 texts), in the index's order, so the box
     * offered what came first there: "Chin" suggested China's position and memberships but not China
     * ("Chinese" in many sources' titles), "Pa" eight memoranda on a partner status and not Pakistan,
     * "In" names holding the word "in" and not India.
     */
    static final int SUGGESTIONS_READ = 300;

    /**
     * Whether {@code name} (a snippet, its marks aside) begins with {@code typed}, as {@link #sameWords}
     * compares them, and in one English spelling, as the index reads both ({@link Spelling}); a last
     * word begun as an American spelling may end also begins its British one ("Organiz" begins
     * "Organisation", as the suggestions find it: until a review on 4 December 2026 such a name was
     * found but not ranked as one the letters begin).
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
     * Hangul), where one is a word or most of one. Until a review on 3 December 2026 印 alone
     * suggested nothing; a Latin or Cyrillic letter alone would suggest half the names.
     */
    static boolean enoughToSuggest(String typed) {
        String text = typed.strip();
        return text.codePointCount(0, text.length()) >= 2 || text.codePoints().anyMatch(c -> DENSE_SCRIPTS.contains(Character.UnicodeScript.of(c)));
    }

    private static final Set<Character.UnicodeScript> DENSE_SCRIPTS = EnumSet.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL);

    /**
     * The things {@code query} finds, each once, with its best score; shown by the name that matched
     * in {@code language}, else in English or in no language, else the best scored (a review on 3
     * December 2026 found a Chinese page showing an act by its Russian title, «Внесение: …», which
     * scored a little above the English one); with {@code language} null, by the best scored.
     */
    private List<Hit> run(String query, int limit, String language) {
        return run(query, limit, language, HIGHLIGHT);
    }

    /** jena-text's highlighting of the words found: marks around them, a fragment of 160 characters. */
    private static final String HIGHLIGHT = "m:1|z:160";

    /** As {@link #run(String, int, String)}, with {@code highlight} null for the whole texts, unmarked (cheaper: no highlighting). */
    private List<Hit> run(String query, int limit, String language, String highlight) {
        return run(query, limit, language, highlight, null);
    }

    /**
     * As {@link #run(String, int, String, String)}, each thing marked {@code named} where a name it
     * matched by passes {@code named} (none where null): the words whole for a search, begun for a
     * suggestion, which then shows the thing by that name.
     */
    private List<Hit> run(String query, int limit, String language, String highlight, java.util.function.Predicate<String> named) {
        List<TextHit> hits;
        try {
            // Naming one predicate of each field makes jena-text read every field's stored text back
            // (with none it reads only the primary field); the query names its fields itself.
            hits = index.query(FIELDS, query, null, null, limit * 4, highlight);
        } catch (RuntimeException unparsable) {
            return List.of();
        }
        List<TextHit> whole = highlight != null && hits.stream().anyMatch(Search::unmarked) ? index.query(FIELDS, query, null, null, limit * 4, null) : null;
        Map<Node, Hit> best = new LinkedHashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            TextHit hit = wholeWhereUnmarked(hits.get(i), whole, i);
            // The things of the graph, not the terms of its ontology (the class "code of conduct"
            // came before both codes, linked to the ontology's page: a review found it); the
            // ontology has its own page, with every term.
            if (!hit.getNode().isURI() || !hit.getNode().getURI().startsWith(SCO.ID)) continue;
            String field = hit.getProp() == null ? SearchIndex.NAME : index.getDocDef().getField(hit.getProp());
            // A statement's summary is sco-kg's own words, not a sentence quoted from a source: it says
            // so (a review on 2 December 2026 found summaries shown as quotes). Summaries share the
            // quotes' field, and only a statement has one; its quote is its summary.
            if (field.equals(SearchIndex.QUOTE) && hit.getNode().getURI().startsWith(SCO.ID + "statement/")) field = "summary";
            String snippet = hit.getLiteral() == null ? "" : hit.getLiteral().getLiteralLexicalForm();
            String lang = hit.getLiteral() == null ? "" : hit.getLiteral().getLiteralLanguage();
            boolean isNamed = named != null && field.equals(SearchIndex.NAME) && named.test(snippet);
            best.merge(hit.getNode(), new Hit(hit.getNode(), hit.getScore(), snippet, field, lang, isNamed), (a, b) -> {
                Hit shown = language == null && a.named() != b.named() ? (a.named() ? a : b)
                        : language == null || languageRank(a.lang(), language) == languageRank(b.lang(), language)
                        ? (a.score() >= b.score() ? a : b)
                        : (languageRank(a.lang(), language) < languageRank(b.lang(), language) ? a : b);
                return new Hit(shown.subject(), Math.max(a.score(), b.score()), shown.snippet(), shown.field(), shown.lang(), a.named() || b.named());
            });
        }
        List<Hit> results = new ArrayList<>(best.values());
        results.sort(RANKING);
        return results.subList(0, Math.min(limit, results.size()));
    }

    /** Whether jena-text's highlighter found no words to mark in a hit's text and gave it empty. */
    private static boolean unmarked(TextHit hit) {
        return hit.getLiteral() != null && hit.getLiteral().getLiteralLexicalForm().isEmpty();
    }

    /**
     * {@code hit}, or where its highlighted text is empty, the whole text of the same hit read without
     * highlighting ({@code whole}, the same query's hits in the same order): jena-text marks the words
     * in a text as the field of every script reads it, so a text matched only through its language's
     * stemming («безопасность» in «… информационной безопасности») came back empty, and the page showed
     * no "matched in" line until a review on 4 December 2026.
     */
    private static TextHit wholeWhereUnmarked(TextHit hit, List<TextHit> whole, int i) {
        if (whole == null || !unmarked(hit) || i >= whole.size()) return hit;
        TextHit text = whole.get(i);
        return text.getNode().equals(hit.getNode()) && java.util.Objects.equals(text.getProp(), hit.getProp()) ? text : hit;
    }

    /** 0 for a name in {@code language} (zh-Hans in zh), 1 in English or in none, 2 in another. */
    private static int languageRank(String lang, String language) {
        if (!lang.isEmpty() && (lang.equals(language) || lang.startsWith(language + "-"))) return 0;
        return lang.isEmpty() || lang.equals("en") || lang.startsWith("en-") ? 1 : 2;
    }

    private static final Comparator<Hit> BY_IRI = Comparator.comparing(hit -> hit.subject().getURI());

    /**
     * Things (states, organisations, documents, events, threats, norms) come first, then facts (an
     * act, a membership, a statement, a position), then records of where facts come from (a source,
     * an excerpt); by score within each. Every word of a search matches in each result (each word is
     * a phrase of the tokens it is cut into), so a thing named by the words is not ranked below a fact
     * or a source that repeats them, among the hits Lucene scores best (four times those asked): a UN symbol
     * names the document and its source record alike, an act's label repeats the name of its
     * instrument, and a source's title may hold the words as typed («Шанхайской организации») where
     * the thing's name holds them only stemmed, which Lucene scores higher. Equal scores (two codes of
     * conduct of one title) rank by IRI, not by the order the index was filled in, which is the
     * graph's storage order and changed with it on 3 December 2026. Within a tier a thing one of whose
     * names is the words whole comes before the others, whatever their scores: Lucene scores each
     * language's names apart, so a name in a language with few names (traditional Chinese) scores
     * by how many of those hold the words, and on 4 December 2026 the four source records' titles in
     * traditional script put 上合组织成员国安全会议秘书会议 a hair above the SCO's own 上合組織.
     */
    private static final Comparator<Hit> RANKING = Comparator.comparingInt((Hit hit) -> tier(hit.subject()))
            .thenComparing(Hit::named, Comparator.reverseOrder()).thenComparing(Hit::score, Comparator.reverseOrder()).thenComparing(BY_IRI);

    /**
     * How suggestions rank: things before facts before records of sources ({@link #tier}); within
     * each, the things a name of which begins with what was typed ({@code named} here), the shortest
     * name first (the more of it the reader has typed: "In" is India before "International code of
     * conduct …"); then the others, by score (a name that holds the words whole before one that
     * holds a longer word they begin), the shorter first.
     */
    private static final Comparator<Hit> SUGGESTED = Comparator.comparingInt((Hit hit) -> tier(hit.subject()))
            .thenComparing(Hit::named, Comparator.reverseOrder())
            .thenComparing((a, b) -> a.named() ? 0 : Float.compare(b.score(), a.score()))
            .thenComparingInt(hit -> hit.snippet().replace("↦", "").replace("↤", "").length()).thenComparing(BY_IRI);

    static int tier(Node subject) {
        String iri = subject.getURI();
        if (iri.startsWith(SCO.ID + "source/") || iri.startsWith(SCO.ID + "excerpt/")) return 2;
        for (String fact : FACTS) {
            if (iri.startsWith(SCO.ID + fact + "/")) return 1;
        }
        return 0;
    }

    private static final List<String> FACTS = List.of("act", "membership", "statement", "position");

}
