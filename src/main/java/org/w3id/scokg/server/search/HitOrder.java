package org.w3id.scokg.server.search;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.w3id.scokg.vocab.SCO;

/**
 * The orders of a search's hits: results and suggestions by tier (things, facts, records of
 * sources), and which of two hits of one thing shows it.
 */
final class HitOrder {
    private HitOrder() {}

    /** Which of two hits of one thing shows it: one in a name before one in another field, then one in the page's language ({@link #languageRank}). */
    static final java.util.function.Function<String, Comparator<Search.Hit>> BY_SHOWING = language -> Comparator
            .comparingInt((Search.Hit hit) -> hit.field().equals(SearchIndex.NAME) ? 0 : 1)
            .thenComparingInt(hit -> language == null ? 0 : languageRank(hit.lang(), language));

    /** 0 for a name in {@code language} (zh-Hans in zh), 1 in English or in none, 2 in another. */
    static int languageRank(String lang, String language) {
        if (!lang.isEmpty() && (lang.equals(language) || lang.startsWith(language + "-"))) return 0;
        return lang.isEmpty() || lang.equals("en") || lang.startsWith("en-") ? 1 : 2;
    }

    private static final Comparator<Search.Hit> BY_IRI = Comparator.comparing(hit -> hit.subject().getURI());

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
     * graph's storage order and changes with it. Within a tier a thing one of whose
     * names is the words whole comes before the others, whatever their scores: Lucene scores each
     * language's names apart, so a name in a language with few names (traditional Chinese) scores
     * by how many of those hold the words, and the four source records' titles in traditional
     * script would put 上合组织成员国安全会议秘书会议 a hair above the SCO's own 上合組織. Then
     * the things whose name or symbol the words are most of ({@link Search.Hit#cover}): the SCO,
     * «Шанхайская организация сотрудничества», before the summits whose long Russian names hold
     * «Шанхайской организации» as typed, which Lucene scores higher (its stemmed field scores a name
     * by how many of that language's names hold the stems, and the field of every script scores the
     * words as typed again). The score comes only after the cover: before it, a long name that holds
     * the words as typed would come before a short one that holds them stemmed.
     */
    static final Comparator<Search.Hit> RANKING = Comparator.comparingInt((Search.Hit hit) -> tier(hit.subject()))
            .thenComparing(Search.Hit::named, Comparator.reverseOrder()).thenComparing(Search.Hit::cover, Comparator.reverseOrder())
            .thenComparing(Search.Hit::score, Comparator.reverseOrder()).thenComparing(BY_IRI);

    /**
     * How suggestions rank: things before facts before records of sources ({@link #tier}); within
     * each, the things a name of which begins with what was typed ({@code named} here), the shortest
     * name first (the more of it the reader has typed: "In" is India before "International code of
     * conduct …"); then the others, by score (a name that holds the words whole before one that
     * holds a longer word they begin), the shorter first.
     */
    static final Comparator<Search.Hit> SUGGESTED = Comparator.comparingInt((Search.Hit hit) -> tier(hit.subject()))
            .thenComparing(Search.Hit::named, Comparator.reverseOrder())
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
