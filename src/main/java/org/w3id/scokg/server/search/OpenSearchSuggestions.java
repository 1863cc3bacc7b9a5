package org.w3id.scokg.server.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.server.web.UnSymbols;

/**
 * {@code /search/suggest?q=}: OpenSearch suggestions, the words, the names, their kinds, their
 * pages; and after the four arrays OpenSearch defines, which clients read by position, the language
 * tag of each name ("" for one with none), so that a page marks an English name among Chinese ones,
 * and for each a title made of parts in more than one language splits into, each part {@code [text,
 * lang]} ({@link PartedSnippets#parts}; none for any other name), so that it marks an English part of
 * a Russian title. A kind is in the reader's language.
 */
final class OpenSearchSuggestions {
    static final int SUGGESTIONS = 8;

    private final Search search;
    private final ResultFinder finder;
    private final Graph union;
    private final PublicUrls urls;
    private final ThingKinds kinds;

    OpenSearchSuggestions(Search search, ResultFinder finder, Graph union, PublicUrls urls, ThingKinds kinds) {
        this.search = search;
        this.finder = finder;
        this.union = union;
        this.urls = urls;
        this.kinds = kinds;
    }

    /** The suggestions for {@code q}, as the JSON array OpenSearch defines, with the two arrays after it. */
    String of(String q, Language language) {
        JsonArray names = new JsonArray();
        JsonArray kindNames = new JsonArray();
        JsonArray pages = new JsonArray();
        JsonArray languages = new JsonArray();
        JsonArray parted = new JsonArray();
        Texts texts = Texts.of(language);
        Set<Node> suggested = new HashSet<>();
        for (Search.Hit hit : hits(q, language)) {
            Node thing = ShownThings.of(hit.subject());
            if (names.size() == SUGGESTIONS || !suggested.add(thing)) continue;
            Labels.Label name = Labels.of(union, thing, language);
            names.add(name.text());
            kindNames.add(kinds.of(thing, texts).stream().findFirst().map(Labels.Label::text).orElse(""));
            pages.add(urls.local(Html.href(thing)));
            languages.add(name.lang());
            parted.add(parts(name));
        }
        JsonArray answer = new JsonArray();
        answer.add(q);
        answer.add(names);
        answer.add(kindNames);
        answer.add(pages);
        answer.add(languages);
        answer.add(parted);
        return JSON.toStringFlat(answer);
    }

    /** The hits to suggest from, best first; a thing may come more than once. */
    private List<Search.Hit> hits(String q, Language language) {
        // The words with a leading minus are read as the results page reads them, and enough to
        // suggest from is counted in the words wanted ("I -Pakistan" is one letter).
        TypedText.Words words = TypedText.Words.of(q);
        List<Search.Hit> hits = TypedText.enoughToSuggest(words.wanted()) ? search.suggest(words, SUGGESTIONS) : List.of();
        // A resolution cited as people cite it ("GA res 73/27") is suggested as its symbol is, as the
        // results page finds it.
        String cited = UnSymbols.resolution(q);
        if (hits.isEmpty() && cited != null) hits = search.suggest(TypedText.Words.of(cited), SUGGESTIONS);
        // So is a General Assembly symbol's session and number alone ("66/359"), as the results page finds it.
        String numbered = hits.isEmpty() ? finder.byNumber(q) : null;
        if (numbered != null) hits = search.suggest(TypedText.Words.of(numbered), SUGGESTIONS);
        // Then, while there is room, what the results page finds, by its language's stemming too, so a
        // word that begins no name as typed («информационная», where names say «информационной») still
        // suggests what the page finds; that follows any name it begins («информационная война»).
        if (hits.size() < SUGGESTIONS && TypedText.enoughToSuggest(words.wanted())) {
            List<Search.Hit> more = new ArrayList<>(hits);
            more.addAll(search.without(search.find(words.wanted(), SUGGESTIONS, language.tag), words.excluded()));
            hits = more;
        }
        return hits;
    }

    /** A title's parts in more than one language, each {@code [text, lang]}; none for any other name. */
    private static JsonArray parts(Labels.Label name) {
        JsonArray parts = new JsonArray();
        PartedSnippets.parts(name).ifPresent(each -> each.forEach(part -> {
            JsonArray pair = new JsonArray();
            pair.add(part.text());
            pair.add(part.lang());
            parts.add(pair);
        }));
        return parts;
    }
}
