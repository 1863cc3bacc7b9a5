package org.w3id.scokg.server.reconcile;

import com.google.gson.JsonArray;
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
        RequestPlace document = RequestPlace.document("extend");
        JsonObject request = StrictJson.object(StrictJson.parse(json, document), document);
        if (!request.has("ids") || !request.has("properties")) {
            throw new BadRequest("extend needs ids and properties", document.at(request.has("ids") ? "properties" : "ids", "extend"));
        }
        RequestPlace idsPlace = document.at("ids", "extend: ids");
        List<String> ids = StrictJson.strings(request.get("ids"), idsPlace);
        if (ids.size() > MAX_IDS) throw new TooLarge("extend names at most " + MAX_IDS + " ids; this one names " + ids.size(), idsPlace);
        Map<String, String> properties = new LinkedHashMap<>();
        JsonArray asked = StrictJson.array(request.get("properties"), document.at("properties", "extend: properties"));
        for (int i = 0; i < asked.size(); i++) {
            RequestPlace place = document.at("properties", "extend").at(i, "extend: a property");
            JsonObject property = StrictJson.object(asked.get(i), place);
            if (!property.has("id")) throw new BadRequest("extend: a property needs an id", place.at("id", "extend"));
            String id = StrictJson.string(property.get("id"), place.at("id", "extend: a property's id"));
            if (Properties.get(id).filter(Properties.Property::fetchable).isEmpty()) {
                throw new BadRequest("extend: " + Properties.unknown(id) + " (see propose_properties)", place.at("id", "extend"));
            }
            RequestPlace settingsPlace = place.at("settings", "extend: settings of " + id);
            JsonObject settings = property.has("settings") ? StrictJson.object(property.get("settings"), settingsPlace) : new JsonObject();
            for (String setting : settings.keySet()) {
                if (!setting.equals("date")) {
                    throw new BadRequest("extend: unknown setting '" + BadRequest.shortened(setting) + "' of " + id + " (the one setting is date)", settingsPlace.at(setting, "extend"));
                }
            }
            // The answer has one column per property id, so one asked for twice (two dates of status)
            // would lose a column, the first dropped without a word: it is refused instead.
            if (properties.containsKey(id)) {
                throw new BadRequest("extend: property '" + id + "' is asked for twice; ask for it once (for two dates, in two requests)", place.at("id", "extend"));
            }
            RequestPlace datePlace = settingsPlace.at("date", "extend: the date setting");
            String date = settings.has("date") ? StrictJson.string(settings.get("date"), datePlace) : null;
            // Read now, so that a date that is not one is refused naming its place.
            date(date, datePlace);
            properties.put(id, date);
        }
        return new ExtensionRequest(ids, properties);
    }

    /** The day a {@code date} setting names, today (UTC) when it is not given. */
    static LocalDate date(String setting) {
        return date(setting, null);
    }

    private static LocalDate date(String setting, RequestPlace place) {
        if (setting == null || setting.isBlank()) return LocalDate.now(ZoneOffset.UTC);
        try {
            return LocalDate.parse(setting.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest("the date setting '" + BadRequest.shortened(setting) + "' is not a date (YYYY-MM-DD)", place);
        }
    }
}
