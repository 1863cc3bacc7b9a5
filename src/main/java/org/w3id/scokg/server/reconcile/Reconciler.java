package org.w3id.scokg.server.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.scokg.server.reconcile.CandidateScorer.Scored;
import org.w3id.scokg.server.reconcile.CandidateScorer.Symbols;
import org.w3id.scokg.server.web.UnSymbols;

/**
 * Answers one reconciliation query: every thing of the asked types scored against the query's
 * name and properties, the best first. A candidate is a certain {@code match} only when nothing
 * given contradicts it and either an identifier agrees (an ISO 3166 code, either or one of the
 * two, Wikidata item, UN document symbol, also as the query's name) or its name is exactly one of
 * the candidate's names and of no other candidate's, and no other candidate of its kind answers to
 * the words asked ({@link NameRivals}); and only when it is the one candidate for which that holds. A property given
 * that could not be compared (no value of the thing's, or a value of the wrong form) makes it
 * certain only if an identifier agrees.
 */
final class Reconciler {
    /**
     * Candidates scoring below this (of 100) are not sent, unless an identifier agrees or the name
     * alone scores this much (a property given disagrees: a candidate, never certain).
     */
    static final double MIN_SCORE = 75;
    /**
     * What a thing of another type loses under {@code type_strict: "should"}: it scores at most 70,
     * under the {@value #MIN_SCORE} a thing of the types needs to be sent on its name, so the types
     * asked for come first and the list stays in score order, as the API says it should.
     */
    static final double OFF_TYPE = 30;
    static final int DEFAULT_LIMIT = 5;

    /** One query: a name (or null), the types asked for, their strictness, a limit and properties. */
    record Query(String name, List<String> types, TypeStrict typeStrict, int limit, List<PropertyValue> properties) {}

    /**
     * How the types of a query bind its candidates ({@code type_strict}): a candidate of any of
     * them, of all of them, or of any type, those of other types {@link #OFF_TYPE} lower ("should":
     * the types are a preference, not a filter as with "any").
     */
    enum TypeStrict {
        ANY, SHOULD, ALL;

        static TypeStrict of(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /**
     * A property of a query: the values it gives that can be compared, and how many it gives that
     * cannot (a date that does not parse, an ISO code of the wrong shape).
     */
    record PropertyValue(String pid, List<String> values, int unusable) {}

    /** A scored candidate, with the features the score was made of. */
    record Candidate(EntityIndex.Entity entity, double score, boolean match, Map<String, Object> features) {}

    private final EntityIndex index;

    Reconciler(EntityIndex index) {
        this.index = index;
    }

    /** The candidates for {@code query}, best first, at most its limit. */
    List<Candidate> reconcile(Query query) {
        return reconcile(query, BatchDeadline.NONE);
    }

    /**
     * As {@link #reconcile(Query)}, stopped by {@code deadline} ({@link BatchDeadline#check}, looked
     * at before each thing is scored, and before the sort).
     */
    List<Candidate> reconcile(Query query, BatchDeadline deadline) {
        // A name of over QueryBatch.MAX_TEXT characters is a cell that holds a paragraph, no thing's
        // name: it has no candidates, and is not compared (300,000 characters took 20 s). It is no
        // 400, which would cost every other query of its batch too.
        if (query.name() != null && query.name().length() > QueryBatch.MAX_TEXT) return List.of();
        // A blank name (an empty cell beside the properties) says nothing, as a blank value does:
        // read as a name it would be 0.0 like every thing's, which halves the score and forbids a
        // match that an ISO code alone makes certain.
        String name = query.name() == null || query.name().isBlank() ? null : NameNormaliser.normalise(query.name());
        List<Scored> scored = scoreAll(query, name, deadline);
        deadline.check();
        sort(scored, query, name);
        return answer(scored, query, name);
    }

    /**
     * Every thing that may answer {@code query} scored, {@code deadline} looked at before each;
     * those scoring under {@link #MIN_SCORE} left out unless an identifier or the name finds them.
     */
    private List<Scored> scoreAll(Query query, String name, BatchDeadline deadline) {
        String acronym = name == null ? null : NameSimilarity.acronym(query.name());
        Set<String> byNumber = new HashSet<>();
        Symbols symbols = symbols(name == null ? null : query.name(), byNumber);
        Query read = withSymbolKeys(query, byNumber);
        List<Scored> scored = new ArrayList<>();
        boolean preferred = query.typeStrict() == TypeStrict.SHOULD;
        for (EntityIndex.Entity entity : index.all()) {
            deadline.check();
            if (!preferred && !ofTypes(entity, query)) continue;
            Scored s = CandidateScorer.score(entity, read, name, acronym, symbols);
            // A thing the name finds stays a candidate when a property given disagrees, its score the
            // mean, under the cut, and never certain: the user sees what the name found, and that the
            // value does not agree ("Иран" with ISO code IQ, a dirty cell or the wrong column). Dropped,
            // it would leave no candidate at all, and "Russia" with IN would find India alone.
            if (s.score() >= MIN_SCORE || s.identified() || s.named()) scored.add(preferred && !query.types().isEmpty() ? typed(s, ofTypes(entity, query)) : s);
        }
        return scored;
    }

    /**
     * The name asked ({@code asked}, or null) read as UN symbols, with {@code byNumber}, the unSymbol
     * values given as a session and number alone.
     */
    private Symbols symbols(String asked, Set<String> byNumber) {
        // The name and the unSymbol values read as symbols once; a General Assembly symbol's session
        // and number alone ("66/359", "73/27") as the one symbol of the graph that ends in them, a
        // candidate and never certain (UnSymbols.byNumber): a number says less than a symbol.
        if (asked == null) return new Symbols(null, null, Set.of(), byNumber);
        return new Symbols(UnSymbols.key(asked), UnSymbols.byNumber(asked, index.symbols()), UnSymbols.within(asked), byNumber);
    }

    /** {@code scored} in the order of the answer: best first, ties broken as a reader would. */
    private static void sort(List<Scored> scored, Query query, String name) {
        boolean preferred = query.typeStrict() == TypeStrict.SHOULD;
        // Among equal scores, a thing of the types asked for first; then the one whose name has the
        // most of its words and the query's in common, so the fewest other words, else "General
        // Assembly" puts the five "General Assembly resolution ..." before the Assembly, past the
        // default limit of 5; but only among names that hold every word asked, else "Astana
        // Declaration" puts the city Astana, whose one word the query holds, before the two
        // declarations; then one whose name begins with the words asked (the shortest such name
        // first) before one that only holds them: "Shanghai" puts eight things at 90, and by their
        // ids alone the SCO and the Shanghai Five would be left out of the first five.
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing((Scored s) -> preferred && !ofTypes(s.entity(), query))
                .thenComparing(s -> !holdsAll(s.entity(), name))
                .thenComparingDouble(s -> -sharedWords(s.entity(), name)).thenComparingInt(s -> beginsWith(s.entity(), name))
                .thenComparing(s -> s.entity().id()));
    }

    /** The first {@code query.limit()} of {@code scored} as candidates, the one certain among them a match. */
    private static List<Candidate> answer(List<Scored> scored, Query query, String name) {
        // A name is certain only where it is no other candidate's, a candidate that a property given
        // contradicts included: else a date makes one of three reports of the same name certain
        // ("Report of the Group of Governmental Experts" with 2013), because the date makes the
        // others uncertain, while the answer still lists them.
        // Nor where another candidate of its kind answers to the words asked (NameRivals).
        boolean nameShared = scored.stream().filter(Scored::exactName).count() > 1;
        List<EntityIndex.Entity> matchable = scored.stream().filter(s -> ofTypes(s.entity(), query)).map(Scored::entity).toList();
        List<Scored> certain = scored.stream().filter(s -> ofTypes(s.entity(), query) && certain(s, nameShared, name, matchable)).toList();
        return scored.stream().limit(query.limit())
                .map(s -> new Candidate(s.entity(), Math.round(s.score() * 10) / 10.0, certain.size() == 1 && certain.get(0) == s, s.features()))
                .toList();
    }

    /**
     * {@code s} under "should": a feature saying whether it is of the types asked for and, when it is
     * not, a score {@link #OFF_TYPE} lower. Kept at their score and put last, things of other types
     * would make a list read 90 then 100.
     */
    private static Scored typed(Scored s, boolean ofTypes) {
        Map<String, Object> features = new LinkedHashMap<>(s.features());
        features.put("type", ofTypes);
        double score = ofTypes ? s.score() : Math.max(0, s.score() - OFF_TYPE);
        return new Scored(s.entity(), score, s.exactName(), s.identified(), s.named(), s.contradicted(), features);
    }

    /** The largest share of words in common of a name of {@code entity} and {@code name} ({@link NameSimilarity#sharedWords}). */
    private static double sharedWords(EntityIndex.Entity entity, String name) {
        if (name == null) return 0;
        return entity.normalised().stream().mapToDouble(n -> NameSimilarity.sharedWords(name, n)).max().orElse(0);
    }

    /** Whether a name of {@code entity} has every word of {@code name} ({@link NameSimilarity#holds}). */
    private static boolean holdsAll(EntityIndex.Entity entity, String name) {
        return name != null && entity.normalised().stream().anyMatch(n -> NameSimilarity.holds(n, name));
    }

    /** The length of the shortest name of {@code entity} that begins with {@code name}; past every name when none does. */
    private static int beginsWith(EntityIndex.Entity entity, String name) {
        if (name == null || name.isEmpty()) return Integer.MAX_VALUE;
        return entity.normalised().stream().filter(n -> n.startsWith(name)).mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
    }

    /**
     * Whether nothing given contradicts {@code s} and an identifier agrees, or its name is the one
     * asked for and, as {@code nameShared} says, that of no other candidate, and no other candidate
     * of {@code matchable} of its kind answers to {@code name} ({@link NameRivals}).
     */
    private static boolean certain(Scored s, boolean nameShared, String name, List<EntityIndex.Entity> matchable) {
        return !s.contradicted() && (s.identified() || s.exactName() && !nameShared && !NameRivals.rivalled(s.entity(), name, matchable));
    }

    private static boolean ofTypes(EntityIndex.Entity entity, Query query) {
        if (query.types().isEmpty()) return true;
        List<String> own = entity.types().stream().map(EntityIndex.Type::id).toList();
        return query.typeStrict() == TypeStrict.ALL ? own.containsAll(query.types()) : query.types().stream().anyMatch(own::contains);
    }

    /**
     * {@code query} with its unSymbol values read as symbols ({@link UnSymbols#key}), a session and
     * number alone as the symbol that ends in them ({@link UnSymbols#byNumber}), which is added to
     * {@code byNumber} unless another value gives it whole.
     */
    private Query withSymbolKeys(Query query, Set<String> byNumber) {
        Set<String> whole = new HashSet<>();
        List<PropertyValue> properties = query.properties().stream().map(p -> p.pid().equals("unSymbol") ? new PropertyValue(p.pid(), p.values().stream().map(v -> {
            String numbered = UnSymbols.byNumber(v, index.symbols());
            if (numbered == null) {
                whole.add(UnSymbols.key(v));
                return UnSymbols.key(v);
            }
            byNumber.add(numbered);
            return numbered;
        }).toList(), p.unusable()) : p).toList();
        byNumber.removeAll(whole);
        return new Query(query.name(), query.types(), query.typeStrict(), query.limit(), properties);
    }
}
