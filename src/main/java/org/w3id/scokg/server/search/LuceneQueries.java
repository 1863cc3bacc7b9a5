package org.w3id.scokg.server.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.w3id.scokg.server.web.WikidataItems;

/** The Lucene queries a search asks jena-text: the reader's words, escaped, in the fields that hold them. */
final class LuceneQueries {
    private LuceneQueries() {}

    /**
     * The Lucene query for the reader's words, every word escaped: in each text field all words
     * required, each as a phrase of the tokens the analyzer cuts it into (a run of Chinese characters
     * into pairs, {@code counter-terrorism} into two words), so that all of them match and in their
     * order, not any one; the whole text as a symbol; with {@code prefix}, the last word a prefix of a
     * name.
     */
    static String of(String text, boolean prefix) {
        List<String> written = TypedText.words(text).stream().flatMap(LuceneQueries::listed).map(LuceneQueries::bare).toList();
        String words = String.join(" ", written);
        List<String> terms = new ArrayList<>();
        for (String word : written) terms.add(QueryParserBase.escape(word));
        if (terms.isEmpty()) return "";
        StringBuilder all = new StringBuilder();
        for (String term : terms) all.append(all.isEmpty() ? "" : " ").append("+\"").append(term).append('"');
        if (prefix) return begunName(written, terms, all);
        StringBuilder query = new StringBuilder();
        inTextFields(query, all);
        asPhrase(query, terms);
        asSymbols(query, written, terms);
        if (!CODE_LIKE.matcher(words.strip()).matches()) return query.toString().strip();
        asWholeSymbol(query, words);
        return query.toString();
    }

    /** The query for a name the words begin, {@code all} the words required: the last word a prefix. */
    private static String begunName(List<String> written, List<String> terms, StringBuilder all) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            names.append(i == 0 ? "" : " ").append('+').append(i == terms.size() - 1 ? begun(written.get(i), term) : "\"" + term + "\"");
        }
        // Wikidata IDs typed whole suggest their things, as the results page finds them.
        StringBuilder ids = new StringBuilder();
        if (written.stream().allMatch(word -> WIKIDATA_ID.matcher(word).matches())) {
            for (String id : written) ids.append(' ').append(SearchIndex.SYMBOL).append(":\"").append(QueryParserBase.escape(id)).append('"');
        }
        return SearchIndex.NAME + ":(" + names + ") " + SearchIndex.NAME + ":(" + all + ")" + ids;
    }

    /** Every word required, {@code all}, in the names and quotes, in each language's field too. */
    private static void inTextFields(StringBuilder query, StringBuilder all) {
        for (String field : List.of(SearchIndex.NAME, SearchIndex.QUOTE)) {
            query.append(field).append(":(").append(all).append(") ");
            for (String lang : SearchIndex.LANGUAGES) query.append(field).append('_').append(lang).append(":(").append(all).append(") ");
        }
    }

    /**
     * Words that stand together in a name, as written, before names that hold them apart: "information
     * security" put the Yekaterinburg Agreement ("... Ensuring International Information Security")
     * 13th, after a norm on "information content as a security threat".
     */
    private static void asPhrase(StringBuilder query, List<String> terms) {
        if (terms.size() < 2) return;
        String phrase = "\"" + String.join(" ", terms) + "\"^4";
        query.append(SearchIndex.NAME).append(':').append(phrase).append(' ');
        for (String lang : SearchIndex.LANGUAGES) query.append(SearchIndex.NAME).append('_').append(lang).append(':').append(phrase).append(' ');
    }

    /**
     * A symbol is exact: when one matches whole, it comes before the words that happen to be in
     * names. Only words that look like one (a digit, a slash, or a code in capitals: "A/66/359",
     * "AE"): the codes indexed with the symbols made "in" and "by" find India and Belarus first.
     * Symbols alone, two or more ("A/66/359 A/69/723"), find each its document: no text holds two
     * symbols, so asked as one text they find nothing, where each alone finds its own.
     * So do Wikidata IDs, indexed as symbols ("Q668 Q159").
     */
    private static void asSymbols(StringBuilder query, List<String> written, List<String> terms) {
        if (terms.size() < 2 || !written.stream().allMatch(LuceneQueries::symbolOrId)) return;
        for (String word : written) {
            query.append(SearchIndex.SYMBOL).append(":\"").append(QueryParserBase.escape(word)).append("\"^20 ");
            String slashed = unSymbol(word);
            if (slashed != null) query.append(SearchIndex.SYMBOL).append(":\"").append(QueryParserBase.escape(slashed)).append("\"^20 ");
        }
    }

    /** The whole text as a symbol, a UN symbol written otherwise, or a treaty's number, where it looks like a code. */
    private static void asWholeSymbol(StringBuilder query, String words) {
        query.append(SearchIndex.SYMBOL).append(":\"").append(QueryParserBase.escape(words.strip())).append("\"^20");
        String slashed = unSymbol(words);
        if (slashed != null) query.append(' ').append(SearchIndex.SYMBOL).append(":\"").append(QueryParserBase.escape(slashed)).append("\"^20");
        String treaty = treatyNumber(words);
        if (treaty != null) query.append(' ').append(SearchIndex.SYMBOL).append(":\"").append(QueryParserBase.escape(treaty)).append("\"^20");
    }

    /**
     * The Council of Europe treaty number {@code words} are, as the graph writes one ({@code ETS No. 185},
     * {@code CETS No. 224}), or null for any other text: "ETS 185", "ets no 185", "ETS No.185" and
     * "CETS No 224." as people write them. The index holds a number whole, so otherwise these find
     * the Convention on Cybercrime and its protocols only written exactly so.
     * The series is kept as written: an ETS number is not read as a CETS one.
     */
    static String treatyNumber(String words) {
        Matcher written = TREATY_WRITTEN.matcher(words.strip());
        return written.matches() ? written.group(1).toUpperCase(Locale.ROOT) + " No. " + written.group(2) : null;
    }

    /**
     * The last word, a prefix, also in British spelling where it may be the beginning of an American
     * one ("Organiz*" as "Organis*" too): the index reads whole words so ({@link
     * org.w3id.scokg.server.web.Spelling}), but a beginning has no ending to read, and the box must
     * suggest the SCO for "Organizat", its name typed as its Secretariat writes it (issue 15).
     */
    private static String begun(String word, String escaped) {
        String british = org.w3id.scokg.server.web.Spelling.britishBeginning(word);
        return british == null ? escaped + "*" : "(" + escaped + "* " + QueryParserBase.escape(british) + "*)";
    }

    /**
     * A word as the index may hold it: without the comma or semicolon of a list ("Q668, Q159",
     * "A/66/359; A/69/723", pasted from a table), and a Wikidata item written as its IRI, its page's
     * address or {@code wd:Q668} as its ID, each of which otherwise finds nothing. Nor the quotation
     * marks or brackets around it ("\"A/66/359\"", «A/66/359», "(A/66/359)"), which the text fields'
     * analyzers drop but a symbol, matched whole, would keep, and so find nothing.
     */
    private static String bare(String word) {
        String listed = word.length() > 1 ? unquoted(word).replaceFirst("[,;]+$", "") : word;
        String item = WikidataItems.qid(listed);
        return item != null ? item : listed;
    }

    /**
     * The UN symbol {@code words} is, whole, as {@link org.w3id.scokg.server.web.UnSymbols#key} reads
     * it ("A/73/27", "A-73-27", "S/73/27": a series' letters and two parts or more), or null for any
     * other text, a resolution's number alone ("73/27") among them.
     */
    static String fullSymbol(String words) {
        String text = words.strip().replaceFirst("\\.$", "");
        if (!SYMBOL_WRITTEN.matcher(text).matches() || !text.matches("[A-Za-z]{1,4}[-/].*[0-9].*")) return null;
        String slashed = unSymbol(text);
        return org.w3id.scokg.server.web.UnSymbols.key(slashed == null ? text : slashed);
    }

    /** Whether {@code word} is written as a UN symbol or a Wikidata ID, which the index holds as symbols. */
    private static boolean symbolOrId(String word) {
        return SYMBOL_WRITTEN.matcher(word).matches() || WIKIDATA_ID.matcher(word).matches();
    }

    /** A word that lists IDs or symbols without spaces ("Q668,Q159") as those; any other word as it is. */
    private static Stream<String> listed(String word) {
        List<String> parts = Arrays.stream(word.split("[,;]+")).filter(part -> !part.isEmpty()).map(LuceneQueries::bare).toList();
        boolean symbols = parts.size() > 1 && parts.stream().allMatch(LuceneQueries::symbolOrId);
        return symbols ? parts.stream() : Stream.of(word);
    }

    /** {@code word} without the quotation marks or brackets at its ends; a word of nothing else as it is. */
    static String unquoted(String word) {
        String unquoted = ENCLOSING.matcher(word).replaceAll("");
        return unquoted.isEmpty() ? word : unquoted;
    }

    /** Quotation marks and brackets at a word's ends, with the comma or semicolon that may follow them. */
    private static final Pattern ENCLOSING = Pattern.compile("^[\"“„«‘'(\\[]+|[\"”“»’')\\]]+(?=[,;]*$)");

    /** The beginning of a symbol: letters, then a slash and more ("A/66", "A/RES/7"), no space. */
    static final Pattern SYMBOL_BEGUN = Pattern.compile("[A-Za-z]{1,4}/[A-Za-z0-9./]*");

    /** A UN symbol as written or as the site's URLs write it ({@code A/66/359}, {@code A/RES/53/70}, {@code A-66-359}), maybe with a full stop. */
    private static final Pattern SYMBOL_WRITTEN = Pattern.compile("[A-Za-z]{1,4}(?:[-/][A-Za-z0-9.]+){2,}");

    /** A Council of Europe treaty number: the series, "No" with or without its full stop, the number, maybe a sentence's full stop. */
    private static final Pattern TREATY_WRITTEN = Pattern.compile("(?i)(C?ETS)\\s*(?:No\\.?\\s*)?([0-9]+)\\.?");

    /** A Wikidata ID ({@code Q668}), which the index holds as a symbol of the thing linked to it ({@link SearchIndex#wikidataId}). */
    private static final Pattern WIKIDATA_ID = Pattern.compile("[Qq][1-9][0-9]*");

    /** Words that may be a symbol or a code: a digit or a slash in them, or two or three capital letters. */
    private static final Pattern CODE_LIKE = Pattern.compile(".*[0-9/].*|[A-Z]{2,3}");

    /** A UN symbol written as the site's own URLs write it ({@code A-66-359}, {@code a-res-73-27}). */
    private static final Pattern HYPHENATED = Pattern.compile("[A-Za-z]{1,2}(?:[-/][A-Za-z0-9.]+){2,}");

    /**
     * The UN symbol a hyphenated text stands for ({@code A-66-359} for {@code A/66/359}: the form
     * of the document's page, {@code /doc/document/A-66-359}, so the one people copy), also with the
     * full stop of the end of a sentence, or null when it is written as the symbol already: the index
     * holds the symbol, so the hyphenated form alone finds nothing.
     */
    static String unSymbol(String words) {
        String text = words.strip().replaceFirst("\\.$", "");
        String symbol = HYPHENATED.matcher(text).matches() ? text.replace('-', '/') : null;
        return symbol == null || symbol.equals(words.strip()) ? null : symbol;
    }
}
