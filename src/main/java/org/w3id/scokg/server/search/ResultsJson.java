package org.w3id.scokg.server.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.vocab.PROV;

/**
 * A page of search results as JSON, for a program ({@code Accept: application/json} or {@code
 * ?format=json}): how the query was read, each thing found with its page, label, classes, the kinds
 * of text that matched, the snippet and score, and the address of the next page.
 */
final class ResultsJson {
    private final Graph union;
    private final PublicUrls urls;
    private final ThingKinds kinds;

    ResultsJson(Graph union, PublicUrls urls, ThingKinds kinds) {
        this.union = union;
        this.urls = urls;
        this.kinds = kinds;
    }

    String of(PageOfResults page, Language language) {
        Texts texts = Texts.of(language);
        String q = page.q();
        JsonObject json = new JsonObject();
        json.put("query", q);
        // The words read as excluded (those with a leading minus), so a program sees how its query was read.
        JsonArray without = new JsonArray();
        page.words().excluded().forEach(without::add);
        json.put("excluded", without);
        // The results are names close to the query, not matches of it.
        json.put("close", page.close());
        JsonArray results = new JsonArray();
        for (Search.Hit hit : page.hits()) results.add(result(hit, language));
        json.put("results", results);
        // The next page's address, where more were found than this page holds.
        int nextPage = page.hasNextPage() ? page.number() + 1 : 0;
        if (nextPage > 0) json.put("next", urls.local("/search?q=") + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page=" + nextPage + "&format=json");
        json.put("note", texts.get("search.hint"));
        return JSON.toStringFlat(json);
    }

    private JsonObject result(Search.Hit hit, Language language) {
        Node thing = ShownThings.of(hit.subject());
        Labels.Label label = Labels.of(union, thing, language);
        JsonObject result = new JsonObject();
        result.put("iri", thing.getURI());
        result.put("page", urls.local(Html.href(thing)));
        result.put("label", label.text());
        result.put("lang", label.lang());
        JsonArray types = new JsonArray();
        kinds.types(thing).forEach(t -> types.add(t.getURI()));
        result.put("types", types);
        // The kind of text matched: a name, another name, a title, a symbol… (MatchedField); and
        // every kind, where the words matched across the thing's texts ("Kirghizia Kyrgyzstan").
        List<String> matched = MatchedField.all(union, hit);
        result.put("field", matched.get(0));
        JsonArray fields = new JsonArray();
        matched.forEach(fields::add);
        result.put("fields", fields);
        result.put("snippet", hit.snippet().strip().replace("↦", "").replace("↤", ""));
        result.put("score", org.apache.jena.atlas.json.JsonNumber.value(hit.score()));
        JsonArray derived = new JsonArray();
        // By IRI, not in the graph's order, which differs between a TDB2 store and memory.
        union.find(Node.ANY, PROV.wasDerivedFrom, thing).mapWith(t -> t.getSubject().getURI()).toList().stream().sorted().forEach(derived::add);
        if (!derived.isEmpty()) result.put("supports", derived);
        return result;
    }
}
