package org.w3id.scokg.server.reconcile;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A client's JSON read strictly (RFC 8259, each member named once) and taken apart by the shapes
 * the API's schemas give its parts: any other text or shape is a {@link BadRequest} saying where.
 */
final class StrictJson {
    private StrictJson() {}

    static JsonElement parse(String json) {
        try {
            noNameTwice(json);
            return JsonParser.parseString(json);
        } catch (JsonParseException | java.io.IOException e) {
            // Gson's message names its own classes and a web page; the position is what helps.
            java.util.regex.Matcher at = java.util.regex.Pattern.compile("line \\d+ column \\d+").matcher(String.valueOf(e.getMessage()));
            throw new BadRequest("not JSON" + (at.find() ? " (at " + at.group() + ")" : ""));
        }
    }

    /**
     * Refuses a JSON object that names a member twice ({"q0": ..., "q0": ...}): JSON leaves its
     * meaning open, and Gson keeps the last, so one query of a batch was lost, with a 200, until a
     * review on 3 December 2026.
     */
    private static void noNameTwice(String json) throws java.io.IOException {
        try (com.google.gson.stream.JsonReader reader = new com.google.gson.stream.JsonReader(new java.io.StringReader(json))) {
            // Strict JSON (RFC 8259): names and strings quoted, one value. Gson's JsonParser, which reads
            // the text after this, takes {q0:{query:Russia}} and 'single quotes' (a 200 until a review on
            // 4 December 2026, though the README said anything not JSON is a 400).
            reader.setStrictness(com.google.gson.Strictness.STRICT);
            noNameTwice(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) throw new BadRequest("not JSON: more than one value");
        }
    }

    private static void noNameTwice(com.google.gson.stream.JsonReader reader) throws java.io.IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT -> {
                reader.beginObject();
                Set<String> names = new java.util.HashSet<>();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    if (!names.add(name)) throw new BadRequest("the member '" + BadRequest.shortened(name) + "' is given twice in one JSON object; give each once");
                    noNameTwice(reader);
                }
                reader.endObject();
            }
            case BEGIN_ARRAY -> {
                reader.beginArray();
                while (reader.hasNext()) noNameTwice(reader);
                reader.endArray();
            }
            default -> reader.skipValue();
        }
    }

    static JsonObject object(JsonElement element, String where) {
        if (element == null || !element.isJsonObject()) throw new BadRequest(where + " must be a JSON object");
        return element.getAsJsonObject();
    }

    static JsonArray array(JsonElement element, String where) {
        if (element == null || !element.isJsonArray()) throw new BadRequest(where + " must be a JSON array");
        return element.getAsJsonArray();
    }

    static String string(JsonElement element, String where) {
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) throw new BadRequest(where + " must be a string");
        return element.getAsString();
    }

    /**
     * A string or an array of strings, as a list; absent is empty. Anything else is refused as what
     * it is not (until a review on 5 December 2026 a type given as an object or null was told that it
     * "must be a JSON array", where OpenRefine sends a string and the schema allows either).
     */
    static List<String> strings(JsonElement element, String where) {
        if (element == null) return List.of();
        if (element.isJsonPrimitive()) return List.of(string(element, where));
        if (!element.isJsonArray()) throw new BadRequest(where + " must be a string or an array of strings");
        List<String> values = new ArrayList<>();
        for (JsonElement e : array(element, where)) values.add(string(e, where));
        return values;
    }
}
