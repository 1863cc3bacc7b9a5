package org.w3id.scokg.server.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.w3id.scokg.server.web.UnSymbols;
import org.w3id.scokg.server.web.WikidataItems;

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
    /** Properties whose agreement identifies a thing. */
    private static final Set<String> IDENTIFYING = Set.of("iso3166", "iso3166Alpha2", "iso3166Alpha3", "wikidata", "unSymbol");
    /**
     * The properties every state of the graph has a value of and nothing else has: asked for, a thing
     * without one disagrees, as a thing with another code does. Were it to cost nothing, "Russia"
     * with the code IN would have the summit "chaired by Russia" first, at 90, above both states.
     */
    private static final Set<String> COUNTRY_CODES = Set.of("iso3166", "iso3166Alpha2", "iso3166Alpha3");
    /**
     * Candidates scoring below this (of 100) are not sent, unless an identifier agrees or the name
     * alone scores this much (a property given disagrees: a candidate, never certain).
     */
    static final double MIN_SCORE = 75;
    /**
     * A name at least this similar (of 1) does not stand against an identifier that agrees. "Iraq"
     * is 0.82 of "Iran": with 0.8, "Iraq" and the code IR would make Iran certain; a typo
     * ("Kazakstan", 0.94) still agrees.
     */
    private static final double NAME_AGREES = 0.9;
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

    /** The name score of a code written in small letters, which may be a word: under certainty, over a near name. */
    private static final double CODE_OR_WORD = 0.9;
    /**
     * The name score of a thing whose UN symbol the name cites among other words ({@link
     * UnSymbols#within}) or gives as its session and number alone ({@link UnSymbols#byNumber}): over
     * a near name ("UN doc A/66/359" is as near the United Nations), under certainty; and the score of
     * an unSymbol value so given that agrees.
     */
    private static final double CITED = 0.95;

    /** A scored candidate, with the features the score was made of. */
    record Candidate(EntityIndex.Entity entity, double score, boolean match, Map<String, Object> features) {}

    /** A candidate being scored; {@code named} when its name alone is over {@link #MIN_SCORE}. */
    private record Scored(EntityIndex.Entity entity, double score, boolean exactName, boolean identified, boolean named,
            boolean contradicted, Map<String, Object> features) {}

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
        String acronym = name == null ? null : NameSimilarity.acronym(query.name());
        // The name and the unSymbol values read as symbols once; a General Assembly symbol's session
        // and number alone ("66/359", "73/27") as the one symbol of the graph that ends in them, a
        // candidate and never certain (UnSymbols.byNumber): a number says less than a symbol.
        String symbol = name == null ? null : UnSymbols.key(query.name());
        String numbered = name == null ? null : UnSymbols.byNumber(query.name(), index.symbols());
        Set<String> cited = name == null ? Set.of() : UnSymbols.within(query.name());
        Set<String> byNumber = new HashSet<>();
        Query read = withSymbolKeys(query, byNumber);
        List<Scored> scored = new ArrayList<>();
        boolean preferred = query.typeStrict() == TypeStrict.SHOULD;
        for (EntityIndex.Entity entity : index.all()) {
            deadline.check();
            if (!preferred && !ofTypes(entity, query)) continue;
            Scored s = score(entity, read, name, acronym, new Symbols(symbol, numbered, cited, byNumber));
            // A thing the name finds stays a candidate when a property given disagrees, its score the
            // mean, under the cut, and never certain: the user sees what the name found, and that the
            // value does not agree ("Иран" with ISO code IQ, a dirty cell or the wrong column). Dropped,
            // it would leave no candidate at all, and "Russia" with IN would find India alone.
            if (s.score() >= MIN_SCORE || s.identified() || s.named()) scored.add(preferred && !query.types().isEmpty() ? typed(s, ofTypes(entity, query)) : s);
        }
        // Among equal scores, a thing of the types asked for first; then the one whose name has the
        // most of its words and the query's in common, so the fewest other words, else "General
        // Assembly" puts the five "General Assembly resolution ..." before the Assembly, past the
        // default limit of 5; but only among names that hold every word asked, else "Astana
        // Declaration" puts the city Astana, whose one word the query holds, before the two
        // declarations; then one whose name begins with the words asked (the shortest such name
        // first) before one that only holds them: "Shanghai" puts eight things at 90, and by their
        // ids alone the SCO and the Shanghai Five would be left out of the first five.
        deadline.check();
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing((Scored s) -> preferred && !ofTypes(s.entity(), query))
                .thenComparing(s -> !holdsAll(s.entity(), name))
                .thenComparingDouble(s -> -sharedWords(s.entity(), name)).thenComparingInt(s -> beginsWith(s.entity(), name))
                .thenComparing(s -> s.entity().id()));
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

    /**
     * The query's name read as symbols: whole ({@code key}), as a session and number alone ({@code
     * numbered}, or null) and among other words ({@code cited}); and the unSymbol values given only as
     * a session and number ({@code byNumber}), which agree without identifying.
     */
    private record Symbols(String key, String numbered, Set<String> cited, Set<String> byNumber) {}

    private static Scored score(EntityIndex.Entity entity, Query query, String name, String acronym, Symbols symbols) {
        Map<String, Object> features = new LinkedHashMap<>();
        double total = 0;
        int terms = 0;
        boolean exact = false;
        boolean identified = false;
        boolean nameAgrees = true;
        boolean named = false;
        if (name != null) {
            double best = 0;
            // A query in capitals may be the initials of a name ("UNGA"): a candidate, never certain.
            for (String own : entity.normalised()) best = Math.max(best, Math.max(NameSimilarity.similarity(name, own), NameSimilarity.byInitials(acronym, own)));
            boolean symbol = entity.identifiers("unSymbol").stream().anyMatch(s -> UnSymbols.key(s).equals(symbols.key()));
            // Its symbol written among other words ("UN doc A/69/723"), or its session and number alone
            // ("69/723"): a candidate, not certain.
            Set<String> cited = symbols.cited();
            if (!cited.isEmpty() && entity.identifiers("unSymbol").stream().anyMatch(s -> cited.contains(UnSymbols.key(s)))) best = Math.max(best, CITED);
            if (symbols.numbered() != null && entity.identifiers("unSymbol").stream().anyMatch(s -> UnSymbols.key(s).equals(symbols.numbered()))) {
                best = Math.max(best, CITED);
            }
            // The thing's own id (kind/key, or its IRI) names it, as the API expects of a query
            // ("state/RU").
            boolean own = entity.id().equals(EntityIndex.idOf(query.name()));
            // So do its ISO 3166 codes and Wikidata item, the cell being the code column itself
            // ("RUS", "Q159"), which as names are unlike any.
            boolean code = namesByCode(entity, query.name());
            // A code in small letters with no type asked for is as likely a word of the table ("in", "by",
            // "am"): a candidate, but not certain (else India, Belarus and Armenia would be certain
            // matches); in capitals ("BY") or in a column typed as states it is the code.
            if (code && query.types().isEmpty() && query.name().strip().matches("\\p{Ll}{2,3}")) {
                code = false;
                best = Math.max(best, CODE_OR_WORD);
            }
            if (symbol || own || code) best = 1;
            exact = best == 1;
            identified = symbol || own || code;
            nameAgrees = best >= NAME_AGREES;
            named = 100 * best >= MIN_SCORE;
            features.put("name", Math.round(best * 1000) / 1000.0);
            total += best;
            terms++;
        }
        boolean contradicted = false;
        // A property given that could not be compared: it cannot make the candidate certain.
        boolean unchecked = false;
        for (PropertyValue property : query.properties()) {
            if (property.values().isEmpty()) {
                // Only values that cannot be compared: a feature that does not match, but no term of
                // the mean, so the name's score stands ("India" with "circa 2017" still finds India).
                if (property.unusable() > 0) {
                    features.merge(property.pid(), false, (a, b) -> false);
                    unchecked = true;
                }
                // No value given (an empty list, as the schema allows) says nothing: counted as a
                // disagreement it would drop the right thing.
                continue;
            }
            Set<String> own = entity.identifiers(property.pid());
            if (own.isEmpty() && !COUNTRY_CODES.contains(property.pid())) {
                // The graph has no value to compare: neither for the candidate nor against it, but
                // not certain either (counted as a disagreement, "India" with a date would lose
                // India). No feature either: false would say it disagreed.
                unchecked = true;
                continue;
            }
            // A thing without an ISO 3166 code is not the country a code names: it disagrees.
            boolean agrees = property.values().stream().anyMatch(v -> own.stream().anyMatch(o -> comparator(property.pid()).test(v, o)));
            // A property given twice (two columns of the user's table) counts twice, and its feature
            // is whether both agree, whichever comes first, not the last one's alone.
            features.merge(property.pid(), agrees, (a, b) -> (Boolean) a && (Boolean) b);
            // A symbol given only as its session and number ("66/359") agrees, as a symbol among words
            // does, at CITED, and does not identify the thing.
            boolean numberOnly = agrees && property.pid().equals("unSymbol")
                    && property.values().stream().filter(v -> own.stream().anyMatch(o -> comparator("unSymbol").test(v, o))).allMatch(symbols.byNumber()::contains);
            if (agrees) total += numberOnly ? CITED : 1;
            if (agrees && !numberOnly && IDENTIFYING.contains(property.pid())) identified = true;
            if (!agrees) contradicted = true;
            terms++;
        }
        // An identifier that agrees beside a name that does not is a contradiction, not a certainty.
        return new Scored(entity, terms == 0 ? 0 : 100 * total / terms, exact, identified, named, contradicted || !nameAgrees || unchecked && !identified,
                features);
    }

    /**
     * Whether {@code name}, a cell, is one of {@code entity}'s ISO 3166 codes or its Wikidata item (as
     * an id or IRI), also in full-width forms (ＲＵＳ, Ｑ159), read by NFKC.
     */
    static boolean namesByCode(EntityIndex.Entity entity, String cell) {
        String name = java.text.Normalizer.normalize(cell, java.text.Normalizer.Form.NFKC);
        BiPredicate<String, String> iso = comparator("iso3166");
        BiPredicate<String, String> item = comparator("wikidata");
        return entity.identifiers("iso3166").stream().anyMatch(code -> iso.test(name, code))
                || entity.identifiers("wikidata").stream().anyMatch(qid -> item.test(name, qid));
    }

    /** How a value given in a query is compared with a thing's value of the same property. */
    private static BiPredicate<String, String> comparator(String pid) {
        return switch (pid) {
            case "unSymbol" -> (given, own) -> UnSymbols.key(given).equals(UnSymbols.key(own));
            // A QID or Wikidata's IRI or page of it (WikidataItems); any other address ending in /Q159 is not the item.
            case "wikidata" -> (given, own) -> own.equals(WikidataItems.qid(given));
            // A date agrees with a date of the same day, or of the same month or year where either is less precise.
            case "date", "memberSince" -> (given, own) -> !given.isBlank() && (own.startsWith(given.strip()) || given.strip().startsWith(own));
            default -> (given, own) -> given.strip().equalsIgnoreCase(own);
        };
    }
}
