package org.w3id.scokg.server.reconcile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.w3id.scokg.server.web.UnSymbols;
import org.w3id.scokg.server.web.WikidataItems;

/**
 * Scores one thing against one reconciliation query ({@link Reconciler}): the mean of its name's
 * similarity and of each property given that agrees, with whether an identifier agrees, whether its
 * name is exactly the one asked, and whether anything given contradicts it. One scorer per thing:
 * each step adds its term to the tally, and {@link #scored()} reads it.
 */
final class CandidateScorer {
    /** Properties whose agreement identifies a thing. */
    private static final Set<String> IDENTIFYING = Set.of("iso3166", "iso3166Alpha2", "iso3166Alpha3", "wikidata", "unSymbol");
    /**
     * The properties every state of the graph has a value of and nothing else has: asked for, a thing
     * without one disagrees, as a thing with another code does. Were it to cost nothing, "Russia"
     * with the code IN would have the summit "chaired by Russia" first, at 90, above both states.
     */
    private static final Set<String> COUNTRY_CODES = Set.of("iso3166", "iso3166Alpha2", "iso3166Alpha3");
    /**
     * A name at least this similar (of 1) does not stand against an identifier that agrees. "Iraq"
     * is 0.82 of "Iran": with 0.8, "Iraq" and the code IR would make Iran certain; a typo
     * ("Kazakstan", 0.94) still agrees.
     */
    private static final double NAME_AGREES = 0.9;
    /** The name score of a code written in small letters, which may be a word: under certainty, over a near name. */
    private static final double CODE_OR_WORD = 0.9;
    /**
     * The name score of a thing whose UN symbol the name cites among other words ({@link
     * UnSymbols#within}) or gives as its session and number alone ({@link UnSymbols#byNumber}): over
     * a near name ("UN doc A/66/359" is as near the United Nations), under certainty; and the score of
     * an unSymbol value so given that agrees.
     */
    private static final double CITED = 0.95;

    /** A candidate being scored; {@code named} when its name alone is over {@link Reconciler#MIN_SCORE}. */
    record Scored(EntityIndex.Entity entity, double score, boolean exactName, boolean identified, boolean named,
            boolean contradicted, Map<String, Object> features) {}

    /**
     * The query's name read as symbols: whole ({@code key}), as a session and number alone ({@code
     * numbered}, or null) and among other words ({@code cited}); and the unSymbol values given only as
     * a session and number ({@code byNumber}), which agree without identifying.
     */
    record Symbols(String key, String numbered, Set<String> cited, Set<String> byNumber) {}

    private final EntityIndex.Entity entity;
    private final Map<String, Object> features = new LinkedHashMap<>();
    private double total;
    private int terms;
    private boolean exact;
    private boolean identified;
    private boolean nameAgrees = true;
    private boolean named;
    private boolean contradicted;
    // A property given that could not be compared: it cannot make the candidate certain.
    private boolean unchecked;

    private CandidateScorer(EntityIndex.Entity entity) {
        this.entity = entity;
    }

    /**
     * {@code entity} scored against {@code query}, whose name is {@code name} normalised (or null),
     * {@code acronym} that name's initials and {@code symbols} that name read as UN symbols.
     */
    static Scored score(EntityIndex.Entity entity, Reconciler.Query query, String name, String acronym, Symbols symbols) {
        CandidateScorer scorer = new CandidateScorer(entity);
        if (name != null) scorer.addName(query, name, acronym, symbols);
        for (Reconciler.PropertyValue property : query.properties()) scorer.addProperty(property, symbols.byNumber());
        return scorer.scored();
    }

    /** The name's term: how near the asked name is to the thing's names, 1 where it identifies the thing. */
    private void addName(Reconciler.Query query, String name, String acronym, Symbols symbols) {
        double best = similarity(name, acronym);
        boolean symbol = entity.identifiers("unSymbol").stream().anyMatch(s -> UnSymbols.key(s).equals(symbols.key()));
        // Its symbol written among other words ("UN doc A/69/723"), or its session and number alone
        // ("69/723"): a candidate, not certain.
        if (citesSymbol(symbols)) best = Math.max(best, CITED);
        // The thing's own id (kind/key, or its IRI) names it, as the API expects of a query
        // ("state/RU").
        boolean own = entity.id().equals(EntityIndex.idOf(query.name()));
        // So do its ISO 3166 codes and Wikidata item, the cell being the code column itself
        // ("RUS", "Q159"), which as names are unlike any.
        boolean code = namesByCode(entity, query.name());
        if (code && codeOrWord(query)) {
            code = false;
            best = Math.max(best, CODE_OR_WORD);
        }
        if (symbol || own || code) best = 1;
        exact = best == 1;
        identified = symbol || own || code;
        nameAgrees = best >= NAME_AGREES;
        named = 100 * best >= Reconciler.MIN_SCORE;
        features.put("name", Math.round(best * 1000) / 1000.0);
        total += best;
        terms++;
    }

    /** The best similarity of {@code name} to one of the thing's names, or of its initials. */
    private double similarity(String name, String acronym) {
        double best = 0;
        // A query in capitals may be the initials of a name ("UNGA"): a candidate, never certain.
        for (String own : entity.normalised()) best = Math.max(best, Math.max(NameSimilarity.similarity(name, own), NameSimilarity.byInitials(acronym, own)));
        return best;
    }

    /** Whether the name cites one of the thing's UN symbols among other words, or by its session and number alone. */
    private boolean citesSymbol(Symbols symbols) {
        Set<String> cited = symbols.cited();
        if (!cited.isEmpty() && entity.identifiers("unSymbol").stream().anyMatch(s -> cited.contains(UnSymbols.key(s)))) return true;
        return symbols.numbered() != null && entity.identifiers("unSymbol").stream().anyMatch(s -> UnSymbols.key(s).equals(symbols.numbered()));
    }

    /**
     * A code in small letters with no type asked for is as likely a word of the table ("in", "by",
     * "am"): a candidate, but not certain (else India, Belarus and Armenia would be certain
     * matches); in capitals ("BY") or in a column typed as states it is the code.
     */
    private static boolean codeOrWord(Reconciler.Query query) {
        return query.types().isEmpty() && query.name().strip().matches("\\p{Ll}{2,3}");
    }

    /** A property's term, when it gives a value that can be compared with one of the thing's. */
    private void addProperty(Reconciler.PropertyValue property, Set<String> byNumber) {
        if (property.values().isEmpty()) {
            // Only values that cannot be compared: a feature that does not match, but no term of
            // the mean, so the name's score stands ("India" with "circa 2017" still finds India).
            if (property.unusable() > 0) {
                features.merge(property.pid(), false, (a, b) -> false);
                unchecked = true;
            }
            // No value given (an empty list, as the schema allows) says nothing: counted as a
            // disagreement it would drop the right thing.
            return;
        }
        Set<String> own = entity.identifiers(property.pid());
        if (own.isEmpty() && !COUNTRY_CODES.contains(property.pid())) {
            // The graph has no value to compare: neither for the candidate nor against it, but
            // not certain either (counted as a disagreement, "India" with a date would lose
            // India). No feature either: false would say it disagreed.
            unchecked = true;
            return;
        }
        compare(property, own, byNumber);
    }

    /** The term of a property given whose values are compared with {@code own}, the thing's. */
    private void compare(Reconciler.PropertyValue property, Set<String> own, Set<String> byNumber) {
        // A thing without an ISO 3166 code is not the country a code names: it disagrees.
        boolean agrees = property.values().stream().anyMatch(v -> own.stream().anyMatch(o -> comparator(property.pid()).test(v, o)));
        // A property given twice (two columns of the user's table) counts twice, and its feature
        // is whether both agree, whichever comes first, not the last one's alone.
        features.merge(property.pid(), agrees, (a, b) -> (Boolean) a && (Boolean) b);
        // A symbol given only as its session and number ("66/359") agrees, as a symbol among words
        // does, at CITED, and does not identify the thing.
        boolean numberOnly = agrees && property.pid().equals("unSymbol")
                && property.values().stream().filter(v -> own.stream().anyMatch(o -> comparator("unSymbol").test(v, o))).allMatch(byNumber::contains);
        if (agrees) total += numberOnly ? CITED : 1;
        if (agrees && !numberOnly && IDENTIFYING.contains(property.pid())) identified = true;
        if (!agrees) contradicted = true;
        terms++;
    }

    /** The tally as a score of 100. */
    private Scored scored() {
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
