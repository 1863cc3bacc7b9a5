package org.w3id.scokg.server.reconcile;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.w3id.scokg.vocab.SCO;

/**
 * The JSON the service sends, built in one place: the manifest (ids relative to {@code id/} in
 * the identifier space, types in the ontology's schema space; view, preview, suggest and data
 * extension on this server) and the shapes of candidates, suggestions, types, properties and
 * extension cells.
 */
final class ServiceJson {
    static final String NAME = "sco-kg: the SCO and international information security";

    private ServiceJson() {}

    /** The manifest, with every URL under {@code base} (this server's public URL). */
    static JsonObject manifest(List<EntityIndex.Type> types, String base) {
        JsonObject manifest = new JsonObject();
        JsonArray versions = new JsonArray();
        versions.add("0.2");
        manifest.add("versions", versions);
        manifest.addProperty("name", NAME);
        manifest.addProperty("identifierSpace", SCO.ID);
        manifest.addProperty("schemaSpace", SCO.NS);
        manifest.addProperty("documentation", base + "/");
        // The largest batch the service answers (a larger one is a 400), so a client splits its table.
        manifest.addProperty("batchSize", QueryBatch.MAX_QUERIES);
        manifest.add("view", url(base + "/reconcile/view?id={{id}}"));
        JsonObject preview = url(base + "/reconcile/preview?id={{id}}");
        preview.addProperty("width", 400);
        preview.addProperty("height", 160);
        manifest.add("preview", preview);
        JsonArray defaults = new JsonArray();
        types.forEach(t -> defaults.add(type(t)));
        manifest.add("defaultTypes", defaults);
        JsonObject suggest = new JsonObject();
        for (String kind : List.of("entity", "type", "property")) suggest.add(kind, service(base, "/suggest/" + kind));
        manifest.add("suggest", suggest);
        JsonObject extend = new JsonObject();
        extend.add("propose_properties", service(base, "/propose_properties"));
        JsonArray settings = new JsonArray();
        JsonObject date = new JsonObject();
        date.addProperty("name", "date");
        date.addProperty("label", "On date");
        date.addProperty("type", "text");
        date.addProperty("default", "");
        date.addProperty("help_text", "YYYY-MM-DD: the day the SCO status is asked for; today when empty");
        settings.add(date);
        extend.add("property_settings", settings);
        manifest.add("extend", extend);
        return manifest;
    }

    static JsonObject candidate(Reconciler.Candidate c) {
        JsonObject json = new JsonObject();
        json.addProperty("id", c.entity().id());
        json.addProperty("name", c.entity().label());
        json.addProperty("description", c.entity().description());
        json.addProperty("score", c.score());
        json.addProperty("match", c.match());
        JsonArray types = new JsonArray();
        // Its most specific types (API 0.2 allows several): "treaty", as its page and the Mix'n'match catalogue say.
        c.entity().specificTypes().forEach(t -> types.add(type(t)));
        json.add("type", types);
        JsonArray features = new JsonArray();
        for (Map.Entry<String, Object> f : c.features().entrySet()) {
            JsonObject feature = new JsonObject();
            feature.addProperty("id", f.getKey());
            if (f.getValue() instanceof Boolean b) feature.addProperty("value", b);
            else feature.addProperty("value", (Number) f.getValue());
            features.add(feature);
        }
        json.add("features", features);
        return json;
    }

    static JsonObject suggestion(EntityIndex.Entity e) {
        JsonObject json = new JsonObject();
        json.addProperty("id", e.id());
        json.addProperty("name", e.label());
        json.addProperty("description", e.description());
        JsonArray notable = new JsonArray();
        e.specificTypes().forEach(t -> notable.add(type(t)));
        json.add("notable", notable);
        return json;
    }

    static JsonObject type(EntityIndex.Type t) {
        JsonObject json = new JsonObject();
        json.addProperty("id", t.id());
        json.addProperty("name", t.name());
        return json;
    }

    /**
     * A type as the type suggest service sends it: its English name, as the manifest and candidates
     * give it (the name OpenRefine keeps for the column), and its words in the three languages as
     * the description, so a type found by its Russian or Chinese word shows that word.
     */
    static JsonObject suggestedType(EntityIndex.Type t) {
        JsonObject json = type(t);
        json.addProperty("description", t.description());
        return json;
    }

    /** A property as the suggest service and {@code propose_properties} send it. */
    static JsonObject property(Properties.Property p) {
        JsonObject json = new JsonObject();
        json.addProperty("id", p.id());
        json.addProperty("name", p.name());
        json.addProperty("description", p.description());
        return json;
    }

    /** An extension cell: a date as the API's date-time, anything else as a string. */
    static JsonObject cell(DataExtension.Value v) {
        JsonObject json = new JsonObject();
        if (v.date()) json.addProperty("date", v.text() + "T00:00:00Z");
        else json.addProperty("str", v.text());
        return json;
    }

    private static JsonObject url(String url) {
        JsonObject json = new JsonObject();
        json.addProperty("url", url);
        return json;
    }

    private static JsonObject service(String base, String path) {
        JsonObject json = new JsonObject();
        json.addProperty("service_url", base + "/reconcile");
        json.addProperty("service_path", path);
        return json;
    }
}
