package org.w3id.scokg.server.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.UnDocumentLinks;
import org.w3id.scokg.server.web.UnSymbols;
import org.w3id.scokg.vocab.SCO;

/**
 * What a search finds for the results page and its JSON: the words in one text, else a UN symbol
 * as people write it, else the words across a thing's texts, else names close to them ({@link #find}).
 */
final class ResultFinder {
    private final Search search;
    private final Set<String> symbols;

    /** A finder over {@code search}, reading a symbol's session and number alone against {@code symbols}, the graph's ({@link #symbols}). */
    ResultFinder(Search search, Set<String> symbols) {
        this.search = search;
        this.symbols = Set.copyOf(symbols);
    }

    /** The UN document symbols of the things of {@code graph}, as written ({@code sco:unDocumentSymbol}). */
    static Set<String> symbols(Graph graph) {
        Set<String> all = new HashSet<>();
        graph.find(Node.ANY, SCO.unDocumentSymbol, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) all.add(t.getObject().getLiteralLexicalForm());
        });
        return all;
    }

    /**
     * The one General Assembly symbol of the graph whose session and number {@code q} is ("66/359",
     * typed without its "A/" as people type one), or null ({@link UnSymbols#byNumber}).
     */
    String byNumber(String q) {
        return UnSymbols.byNumber(q.strip(), symbols);
    }

    /** A UN symbol's parts separated by spaces: letters first, then parts of which one at least is a number ("A 66 359", "A RES 53 70"). */
    private static final String SYMBOL_WITH_SPACES = "[A-Za-z]{1,4}(?:\\s+[A-Za-z.]{1,5})*(?:\\s+[0-9]{1,4}(?:/[0-9A-Za-z.]+)?)+";
    private static final Pattern SPACED_SYMBOL = Pattern.compile("\\s*" + SYMBOL_WITH_SPACES + "\\s*");

    /** A symbol written with spaces ({@link #SPACED_SYMBOL}), then words that begin with no digit. */
    private static final Pattern SPACED_SYMBOL_FIRST = Pattern.compile("\\s*(" + SYMBOL_WITH_SPACES + ")\\s+([^\\s0-9].*)");

    /** What a search found, and whether only names close to its words ({@link Search#findClose}, or begun by them). */
    record Found(List<Search.Hit> hits, boolean close) {}

    /** The things {@code q} finds, at most {@code limit}: its words in one text, else across a thing's texts, else close to them. */
    Found find(String q, int limit, Language language) {
        List<Search.Hit> hits = inOneText(q, limit, language.tag);
        hits = acrossTexts(q, hits, limit, language.tag);
        hits = begunFirst(q, hits, limit);
        // Nothing found: the names a letter or two away, else the names the words begin (those the
        // box suggested as they were typed: "Kyrgyz"), said to be so: to a reader in the heading, to
        // a program as "close": true, not nothing ("Kazakh").
        boolean close = false;
        if (hits.isEmpty() && !q.isEmpty()) {
            hits = search.findClose(q, limit, language.tag);
            // An asterisk, most catalogues' wildcard, is taken as one here: "Ind*" is "Ind" begun.
            if (hits.isEmpty()) hits = search.suggest(q.replace('*', ' ').strip(), limit);
            close = !hits.isEmpty();
        }
        return new Found(hits, close);
    }

    /** The things whose one text holds the words of {@code q}, else the thing of the UN symbol {@code q} writes as people write one. */
    private List<Search.Hit> inOneText(String q, int limit, String tag) {
        List<Search.Hit> hits = q.isEmpty() ? List.of() : search.find(q, limit, tag);
        // A UN symbol written with spaces for its slashes ("A 66 359", as a reader may copy it from a
        // print) is that symbol, as reconciliation reads it.
        if (hits.isEmpty() && SPACED_SYMBOL.matcher(q).matches()) hits = search.find(q.strip().replaceAll("\\s+", "/"), limit, tag);
        // So is one with spaces around its slashes ("A / 66 / 359").
        if (hits.isEmpty() && q.matches(".*(\\s/|/\\s).*")) hits = search.find(q.strip().replaceAll("\\s*/\\s*", "/"), limit, tag);
        // A General Assembly resolution cited as people cite it ("GA res 73/27", «резолюция 73/27»,
        // 第73/27号决议) is its symbol, as reconciliation reads it.
        String cited = UnSymbols.resolution(q);
        if (hits.isEmpty() && cited != null) hits = search.find(cited, limit, tag);
        // A General Assembly symbol's session and number alone ("66/359", "69/723") is the one symbol of
        // the graph that ends in them, as reconciliation reads it (where it is a candidate, not a
        // certain match).
        String numbered = hits.isEmpty() ? byNumber(q) : null;
        if (numbered != null) hits = search.find(numbered, limit, tag);
        // A link to a document that carries its symbol ("https://undocs.org/A/66/359", as the entity
        // pages link each symbol) is that symbol, as reconciliation reads it.
        String linked = UnDocumentLinks.symbol(q);
        if (hits.isEmpty() && linked != null) hits = search.find(linked, limit, tag);
        // A symbol written with dots for its slashes ("A.66.359") or in full-width forms ("Ａ／66／359",
        // as a Chinese input method types it) is that symbol, as reconciliation reads it (UnSymbols.key).
        String keyed = UnSymbols.key(q.strip());
        if (hits.isEmpty() && !keyed.equals(q.strip()) && LuceneQueries.fullSymbol(keyed) != null) hits = search.find(keyed, limit, tag);
        return hits;
    }

    /** {@code hits} with the things whose texts hold the words of {@code q} between them. */
    private List<Search.Hit> acrossTexts(String q, List<Search.Hit> hits, int limit, String tag) {
        // Words each in a field of the thing's own, not all in one ("Yekaterinburg agreement 2009"):
        // found as surely as words in one name, so not said to be close; and beside the things one text
        // of which holds them all, not only where there are none: "UN GGE" finds the group of
        // governmental experts named "UN Group of Governmental Experts …" and otherwise "GGE", not
        // only the one source record whose title holds both words (issue 15).
        List<Search.Hit> found = hits.isEmpty() ? search.findAcross(q, limit, tag) : withAcross(hits, search.findAcross(q, limit, tag), limit);
        // And a symbol written with spaces among other words ("A 66 359 code"), which otherwise finds only names close to it.
        Matcher spacedFirst = SPACED_SYMBOL_FIRST.matcher(q);
        if (found.isEmpty() && spacedFirst.matches()) {
            found = search.findAcross(spacedFirst.group(1).strip().replaceAll("\\s+", "/") + " " + spacedFirst.group(2), limit, tag);
        }
        return found;
    }

    /**
     * {@code hits}, or, where they are only records of sources matched as written ("Uzbek" in a
     * source's title, the university's name), the things whose names the words begin first, as the
     * box suggested them, so Uzbekistan is among the results of "Uzbek".
     */
    private List<Search.Hit> begunFirst(String q, List<Search.Hit> hits, int limit) {
        if (hits.isEmpty() || !hits.stream().allMatch(hit -> HitOrder.tier(hit.subject()) == 2)) return hits;
        List<Search.Hit> begun = search.suggest(q.replace('*', ' ').strip(), limit).stream().filter(hit -> HitOrder.tier(hit.subject()) < 2).toList();
        if (begun.isEmpty()) return hits;
        List<Search.Hit> both = new ArrayList<>(begun);
        hits.stream().filter(hit -> begun.stream().noneMatch(b -> b.subject().equals(hit.subject()))).forEach(both::add);
        return both.subList(0, Math.min(limit, both.size()));
    }

    /**
     * {@code hits} and the things of {@code across} they do not hold, ranked together ({@link
     * HitOrder#RANKING}), at most {@code limit}: a thing found in one text keeps that hit, which
     * says how much of a name the words are.
     */
    private static List<Search.Hit> withAcross(List<Search.Hit> hits, List<Search.Hit> across, int limit) {
        if (across.isEmpty()) return hits;
        java.util.Set<org.apache.jena.graph.Node> found = new java.util.HashSet<>();
        hits.forEach(hit -> found.add(hit.subject()));
        List<Search.Hit> both = new ArrayList<>(hits);
        across.stream().filter(hit -> found.add(hit.subject())).forEach(both::add);
        both.sort(HitOrder.RANKING);
        return both.subList(0, Math.min(limit, both.size()));
    }
}
