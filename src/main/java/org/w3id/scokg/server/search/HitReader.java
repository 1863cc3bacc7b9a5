package org.w3id.scokg.server.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.scokg.vocab.OA;
import org.w3id.scokg.vocab.SCO;

/**
 * One Lucene query of the jena-text index, read as a search's hits: each thing of the graph once,
 * with its best score, shown by the name that matched in the page's language ({@link #run}).
 */
final class HitReader {
    /** One predicate of each field, so that jena-text reads the stored text of every field back. */
    static final List<Resource> FIELDS = List.of(RDFS.label, ResourceFactory.createResource(OA.NS + "exact"),
            ResourceFactory.createResource(SCO.NS + "unDocumentSymbol"));

    /**
     * The fewest texts read for a search, however few things it shows: the ranking ({@link
     * HitOrder}) puts first the names the words are, which Lucene may score below many longer names
     * that hold the words as typed. «Шанхайской организации» found the SCO, whose name holds them
     * only stemmed, only while fewer than 40 names held them in that case.
     */
    static final int WINDOW = 200;

    private final TextIndexLucene index;

    HitReader(TextIndexLucene index) {
        this.index = index;
    }

    /**
     * The things {@code query} finds, each once, with its best score; shown by the name that matched
     * in {@code language}, else in English or in no language, else the best scored (by score alone a
     * Chinese page showed an act by its Russian title, «Внесение: …», which scored a little above the
     * English one); with {@code language} null, by the best scored.
     */
    List<Search.Hit> run(String query, int limit, String language) {
        return run(query, limit, language, HIGHLIGHT);
    }

    /** jena-text's highlighting of the words found: marks around them, a fragment of 160 characters. */
    static final String HIGHLIGHT = "m:1|z:160";

    /** As {@link #run(String, int, String)}, with {@code highlight} null for the whole texts, unmarked (cheaper: no highlighting). */
    List<Search.Hit> run(String query, int limit, String language, String highlight) {
        return run(query, limit, language, highlight, null);
    }

    /**
     * As {@link #run(String, int, String, String)}, each thing marked {@code named} where a name it
     * matched by is named by the words ({@code naming}, none where null: the words whole for a search,
     * begun for a suggestion, which then shows the thing by that name), and with the most that the
     * words cover of a name or a symbol it matched by.
     */
    List<Search.Hit> run(String query, int limit, String language, String highlight, TypedText.Naming naming) {
        List<TextHit> hits;
        try {
            // Naming one predicate of each field makes jena-text read every field's stored text back
            // (with none it reads only the primary field); the query names its fields itself.
            hits = index.query(FIELDS, query, null, null, window(limit), highlight);
        } catch (RuntimeException unparsable) {
            return List.of();
        }
        // The same hits' whole texts, where the highlighted ones may be less: for a text the highlighter
        // left empty, and for how much of a name the words are, which a fragment of 160 characters of a
        // long name overstates (" supports the ↦code of conduct↤." put a statement of 188 characters
        // third for "code of conduct").
        List<TextHit> whole = highlight != null && ((naming != null && naming.measures()) || hits.stream().anyMatch(HitReader::unmarked))
                ? index.query(FIELDS, query, null, null, window(limit), null) : null;
        Map<Node, Search.Hit> best = new LinkedHashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            Search.Hit hit = hit(hits, whole, i, naming);
            if (hit != null) best.merge(hit.subject(), hit, (a, b) -> merged(a, b, language));
        }
        List<Search.Hit> results = new ArrayList<>(best.values());
        results.sort(HitOrder.RANKING);
        return results.subList(0, Math.min(limit, results.size()));
    }

    /**
     * The {@code i}th of {@code hits} as a hit of the search, read on the whole texts where the
     * highlighted one is unmarked; null for a term of the ontology.
     */
    private Search.Hit hit(List<TextHit> hits, List<TextHit> whole, int i, TypedText.Naming naming) {
        TextHit hit = wholeWhereUnmarked(hits.get(i), whole, i);
        // The things of the graph, not the terms of its ontology (the class "code of conduct"
        // would come before both codes, linked to the ontology's page); the
        // ontology has its own page, with every term.
        if (!hit.getNode().isURI() || !hit.getNode().getURI().startsWith(SCO.ID)) return null;
        String field = hit.getProp() == null ? SearchIndex.NAME : index.getDocDef().getField(hit.getProp());
        // A statement's summary is sco-kg's own words, not a sentence quoted from a source: it says
        // so, not shown as a quote. Summaries share the quotes' field, and only a statement has one;
        // its quote is its summary.
        if (field.equals(SearchIndex.QUOTE) && hit.getNode().getURI().startsWith(SCO.ID + "statement/")) field = "summary";
        String snippet = hit.getLiteral() == null ? "" : hit.getLiteral().getLiteralLexicalForm();
        String lang = hit.getLiteral() == null ? "" : hit.getLiteral().getLiteralLanguage();
        // Whether the words are a name, and how much of it, read on the whole name where it was read.
        String name = text(wholeOf(hits.get(i), whole, i));
        boolean isNamed = naming != null && field.equals(SearchIndex.NAME) && naming.names(name);
        // A symbol matches only whole (its field is not cut into words): the words are all of it.
        float cover = naming == null ? 0 : field.equals(SearchIndex.SYMBOL) ? 1 : field.equals(SearchIndex.NAME) ? naming.covers(name, lang) : 0;
        return new Search.Hit(hit.getNode(), hit.getScore(), snippet, field, lang, isNamed, cover);
    }

    /**
     * Two hits of one thing as one: shown by the one whose text is in the language nearer {@code
     * language} (with {@code language} null, by the named one), else by the better scored; with the
     * better score, named where either is, and the more covered.
     */
    private static Search.Hit merged(Search.Hit a, Search.Hit b, String language) {
        Search.Hit shown = language == null && a.named() != b.named() ? (a.named() ? a : b)
                : language == null || HitOrder.languageRank(a.lang(), language) == HitOrder.languageRank(b.lang(), language)
                ? (a.score() >= b.score() ? a : b)
                : (HitOrder.languageRank(a.lang(), language) < HitOrder.languageRank(b.lang(), language) ? a : b);
        return new Search.Hit(shown.subject(), Math.max(a.score(), b.score()), shown.snippet(), shown.field(), shown.lang(), a.named() || b.named(),
                Math.max(a.cover(), b.cover()));
    }

    /** The texts read for {@code limit} things: four each, several texts (names, titles, quotes) being of one thing, and {@link #WINDOW} at least. */
    private static int window(int limit) {
        return Math.max(limit * 4, WINDOW);
    }

    /** Whether jena-text's highlighter found no words to mark in a hit's text and gave it empty. */
    private static boolean unmarked(TextHit hit) {
        return hit.getLiteral() != null && hit.getLiteral().getLiteralLexicalForm().isEmpty();
    }

    /**
     * {@code hit}, or where its highlighted text is empty, the whole text of the same hit read without
     * highlighting ({@code whole}, the same query's hits in the same order): jena-text marks the words
     * in a text as the field of every script reads it, so a text matched only through its language's
     * stemming («безопасность» in «… информационной безопасности») comes back empty, and the page
     * would show no "matched in" line.
     */
    private static TextHit wholeWhereUnmarked(TextHit hit, List<TextHit> whole, int i) {
        return unmarked(hit) ? wholeOf(hit, whole, i) : hit;
    }

    /** The whole text of {@code hit}, the {@code i}th of its query's hits, where {@code whole} holds it; else {@code hit}. */
    private static TextHit wholeOf(TextHit hit, List<TextHit> whole, int i) {
        if (whole == null || i >= whole.size()) return hit;
        TextHit text = whole.get(i);
        return text.getNode().equals(hit.getNode()) && java.util.Objects.equals(text.getProp(), hit.getProp()) ? text : hit;
    }

    private static String text(TextHit hit) {
        return hit.getLiteral() == null ? "" : hit.getLiteral().getLiteralLexicalForm();
    }
}
