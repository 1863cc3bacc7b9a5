package org.w3id.scokg.server.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * Which things hold a search's excluded words ({@link TypedText.Words}) in a text of theirs (a name,
 * a quote, a symbol), each word matched as {@link Search#find} matches it, one ending in an
 * asterisk as the beginning of words ({@link #query}). Asked of the index once
 * for all the things and words together: a query for each thing and word took 0.37 ms, and 50
 * results and 65 words of two letters 1.2 s of a core, where one query for them all takes some 40 ms
 * (measured on the test graph).
 */
final class Exclusion {
    /** The index's documents (one a text) read at a time: a thing has a few dozen texts at most. */
    static final int TEXTS_PER_QUERY = 1000;

    private final TextIndexLucene index;
    private final int textsPerQuery;

    Exclusion(TextIndexLucene index) {
        this(index, TEXTS_PER_QUERY);
    }

    /** With {@code textsPerQuery} texts read at a time, fewer for a test of what a full reading does. */
    Exclusion(TextIndexLucene index, int textsPerQuery) {
        this.index = index;
        this.textsPerQuery = textsPerQuery;
    }

    /** The things among {@code things} that hold one of {@code words} at least. */
    Set<Node> holders(Collection<Node> things, List<String> words) {
        // A word without a letter or a digit is no word (its query would be empty, and the things'
        // IRIs alone would match them all).
        List<String> queries = words.stream().filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit)).map(Exclusion::query).toList();
        if (queries.isEmpty() || things.isEmpty()) return Set.of();
        try {
            return holders(things, String.join(" ", queries));
        } catch (RuntimeException tooMany) {
            // Lucene's parser refuses more than 1,024 clauses (a word is eight or nine, one for each
            // field), some 115 words, more than the 200 characters of a search hold: each word is then
            // asked alone, and one that cannot be asked at all holds nowhere.
            Set<Node> holders = new LinkedHashSet<>();
            for (String query : queries) {
                try {
                    holders.addAll(holders(things, query));
                } catch (RuntimeException unaskable) {
                    // No thing is said to hold a word the index cannot look for.
                }
            }
            return holders;
        }
    }

    /**
     * The query for an excluded word: as {@link Search#find} matches it, or, ending in an asterisk,
     * every word it begins in a name or a quote ("conduct*"), and every symbol where it looks like
     * the beginning of one ("A/66*"), as the search box reads a wildcard: the asterisk is kept, or
     * "-conduct*" would exclude "conduct" alone (issue 15).
     */
    static String query(String word) {
        String begun = word.replaceFirst("\\*+$", "");
        if (begun.equals(word)) return LuceneQueries.of(word, false);
        String prefix = QueryParserBase.escape(begun) + "*";
        String query = SearchIndex.NAME + ":" + prefix + " " + SearchIndex.QUOTE + ":" + prefix;
        // The symbol field is one token a symbol, in lower case, which a query is not put in.
        return LuceneQueries.SYMBOL_BEGUN.matcher(begun).matches() ? query + " " + SearchIndex.SYMBOL + ":" + prefix.toLowerCase(Locale.ROOT) : query;
    }

    /**
     * The things among {@code things} that {@code query} matches in a text: the query is asked of
     * their texts only, and again of those not yet found while a reading is full (the
     * texts of the things found may have filled it).
     */
    private Set<Node> holders(Collection<Node> things, String query) {
        Set<Node> holders = new LinkedHashSet<>();
        List<Node> left = new ArrayList<>(things);
        while (!left.isEmpty()) {
            StringBuilder iris = new StringBuilder();
            for (Node thing : left) iris.append(" \"").append(QueryParserBase.escape(thing.getURI())).append('"');
            String ofThese = "+(" + query + ") +" + index.getDocDef().getEntityField() + ":(" + iris.toString().strip() + ")";
            List<TextHit> hits = index.query(HitReader.FIELDS, ofThese, null, null, textsPerQuery, null);
            hits.forEach(hit -> holders.add(hit.getNode()));
            if (hits.size() < textsPerQuery) break;
            left.removeAll(holders);
        }
        return holders;
    }
}
