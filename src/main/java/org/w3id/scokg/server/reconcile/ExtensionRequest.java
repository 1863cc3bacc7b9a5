package org.w3id.scokg.server.reconcile;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data extension request ({@code extend=}), as the API's JSON Schema describes it: the ids and,
 * per property, its {@code date} setting or null. Anything else is a {@link BadRequest}.
 */
record ExtensionRequest(List<String> ids, Map<String, String> properties) {
    /** The most ids one data extension request may name. */
    static final int MAX_IDS = 1_000;

    /** The request {@code json} makes, its properties among those that can be fetched. */
    static ExtensionRequest read(String json) {
        JsonObject request = StrictJson.object(StrictJson.parse(json), "extend");
        if (!request.has("ids") || !request.has("properties")) throw new BadRequest("extend needs ids and properties");
        List<String> ids = StrictJson.strings(request.get("ids"), "extend: ids");
        if (ids.size() > MAX_IDS) throw new TooLarge("extend names at most " + MAX_IDS + " ids; this one names " + ids.size());
        Map<String, String> properties = new LinkedHashMap<>();
        for (JsonElement element : StrictJson.array(request.get("properties"), "extend: properties")) {
            JsonObject property = StrictJson.object(element, "extend: a property");
            if (!property.has("id")) throw new BadRequest("extend: a property needs an id");
            String id = StrictJson.string(property.get("id"), "extend: a property's id");
            if (Properties.get(id).filter(Properties.Property::fetchable).isEmpty()) {
                throw new BadRequest("extend: unknown property '" + BadRequest.shortened(id) + "' (see propose_properties)");
            }
            JsonObject settings = property.has("settings") ? StrictJson.object(property.get("settings"), "extend: settings of " + id) : new JsonObject();
            for (String setting : settings.keySet()) {
                if (!setting.equals("date")) throw new BadRequest("extend: unknown setting '" + BadRequest.shortened(setting) + "' of " + id + " (the one setting is date)");
            }
            // The answer has one column per property id, so one asked for twice (two dates of status)
            // would lose a column: the first was dropped without a word until a review on 3 December 2026.
            if (properties.containsKey(id)) throw new BadRequest("extend: property '" + id + "' is asked for twice; ask for it once (for two dates, in two requests)");
            properties.put(id, settings.has("date") ? StrictJson.string(settings.get("date"), "extend: the date setting") : null);
        }
        return new ExtensionRequest(ids, properties);
    }

    /** The day a {@code date} setting names, today (UTC) when it is not given. */
    static LocalDate date(String setting) {
        if (setting == null || setting.isBlank()) return LocalDate.now(ZoneOffset.UTC);
        try {
            return LocalDate.parse(setting.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest("the date setting '" + BadRequest.shortened(setting) + "' is not a date (YYYY-MM-DD)");
        }
    }
}
