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

    /** How deep Gson's reader reads arrays and objects within one another. */
    static final int NESTING = new com.google.gson.stream.JsonReader(new java.io.StringReader("")).getNestingLimit();

    /** How Gson's reader begins the message of a text nested past {@link #NESTING}. */
    private static final String NESTING_PAST = "Nesting limit ";

    /** The JSON text of the request parameter {@code document} names. */
    static JsonElement parse(String json, RequestPlace document) {
        try {
            noNameTwice(new java.io.StringReader(json), document);
            return JsonParser.parseString(json);
        } catch (java.io.IOException e) {
            // JSON nested deeper than Gson reads is JSON all the same: 5,000 brackets are not "not
            // JSON at line 1, column 256", they are too deep.
            if (String.valueOf(e.getMessage()).startsWith(NESTING_PAST)) {
                throw new BadRequest(document.parameter() + "= nests arrays and objects more than " + NESTING + " deep" + Placed.where(json, document)
                        + "; this service reads them " + NESTING + " deep at most", document);
            }
            // Gson's message names its own classes and a web page, and its column is one past a brace
            // or quote out of place but a bare word's first: the character it stopped on helps.
            throw new BadRequest(document.parameter() + "= is not JSON" + Placed.where(json, document), document);
        } catch (JsonParseException e) {
            throw new BadRequest(document.parameter() + "= is not JSON", document);
        }
    }

    /**
     * The text handed to Gson's reader a character at a time, so that when the reader finds it is
     * not JSON the last character handed is the one it stopped on (Gson's own column is one past a
     * comma, brace or quote out of place). Read so only
     * once the text is known not to be JSON: a character at a time costs some 30 ms a MiB.
     */
    private static final class Placed extends java.io.Reader {
        private final String text;
        private int next;
        private int line = 1;
        private int column;
        private boolean ended;

        Placed(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (length == 0) return 0;
            if (next == text.length()) {
                ended = true;
                return -1;
            }
            if (next > 0 && text.charAt(next - 1) == '\n') {
                line++;
                column = 0;
            }
            char c = text.charAt(next++);
            // A character outside the BMP (two chars) is one column.
            if (!(Character.isLowSurrogate(c) && next > 1 && Character.isHighSurrogate(text.charAt(next - 2)))) column++;
            buffer[offset] = c;
            return 1;
        }

        @Override
        public void close() {
            // Nothing to release: the text is a string.
        }

        /**
         * Where the reader stops in {@code json}, which is not JSON, for a sentence that begins "is
         * not JSON": at the end of the text (an unterminated string or object, or nothing at all), or
         * at a character, named.
         */
        static String where(String json, RequestPlace document) {
            Placed text = new Placed(json);
            try {
                noNameTwice(text, document);
                return "";
            } catch (java.io.IOException e) {
                return text.where();
            }
        }

        private String where() {
            if (text.isEmpty()) return ": it is empty";
            if (ended) return ": it ends at line " + line + ", column " + column + ", before the JSON does";
            int at = Character.isLowSurrogate(text.charAt(next - 1)) && next > 1 ? next - 2 : next - 1;
            return " at line " + line + ", column " + column + " ('" + new String(Character.toChars(text.codePointAt(at))) + "')";
        }
    }

    /**
     * Refuses a JSON object that names a member twice ({"q0": ..., "q0": ...}): JSON leaves its
     * meaning open, and Gson keeps the last, so one query of a batch would be lost, with a 200.
     */
    private static void noNameTwice(java.io.Reader json, RequestPlace document) throws java.io.IOException {
        try (com.google.gson.stream.JsonReader reader = new com.google.gson.stream.JsonReader(json)) {
            // Strict JSON (RFC 8259): names and strings quoted, one value. Gson's JsonParser, which reads
            // the text after this, takes {q0:{query:Russia}} and 'single quotes', which are not JSON
            // and so a 400.
            reader.setStrictness(com.google.gson.Strictness.STRICT);
            noNameTwice(reader, document);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) throw new BadRequest(document.parameter() + "= is not JSON: more than one value", document);
        }
    }

    private static void noNameTwice(com.google.gson.stream.JsonReader reader, RequestPlace place) throws java.io.IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT -> {
                reader.beginObject();
                Set<String> names = new java.util.HashSet<>();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    RequestPlace member = place.at(name, "the member '" + BadRequest.shortened(name) + "'");
                    if (!names.add(name)) throw new BadRequest(member.text() + " is given twice in one JSON object; give each once", member);
                    noNameTwice(reader, member);
                }
                reader.endObject();
            }
            case BEGIN_ARRAY -> {
                reader.beginArray();
                for (int i = 0; reader.hasNext(); i++) noNameTwice(reader, place.at(i, place.text()));
                reader.endArray();
            }
            default -> reader.skipValue();
        }
    }

    static JsonObject object(JsonElement element, RequestPlace where) {
        if (element == null || !element.isJsonObject()) throw new BadRequest(where.text() + " must be a JSON object", where);
        return element.getAsJsonObject();
    }

    static JsonArray array(JsonElement element, RequestPlace where) {
        if (element == null || !element.isJsonArray()) throw new BadRequest(where.text() + " must be a JSON array", where);
        return element.getAsJsonArray();
    }

    static String string(JsonElement element, RequestPlace where) {
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) throw new BadRequest(where.text() + " must be a string", where);
        return element.getAsString();
    }

    /**
     * A string or an array of strings, as a list; absent is empty. Anything else is refused as what
     * it is not: a type given as an object or null is not told that it "must be a JSON array", where
     * OpenRefine sends a string and the schema allows either.
     */
    static List<String> strings(JsonElement element, RequestPlace where) {
        if (element == null) return List.of();
        if (element.isJsonPrimitive()) return List.of(string(element, where));
        if (!element.isJsonArray()) throw new BadRequest(where.text() + " must be a string or an array of strings", where);
        List<String> values = new ArrayList<>();
        JsonArray array = array(element, where);
        for (int i = 0; i < array.size(); i++) values.add(string(array.get(i), where.at(i, where.text())));
        return values;
    }
}
