package org.w3id.scokg.server.reconcile;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.scokg.server.web.WikidataItems;
import org.w3id.scokg.vocab.SCO;

/**
 * Reads a batch of reconciliation queries ({@code queries=}), as the API's JSON Schema describes
 * it (a data extension request is an {@link ExtensionRequest}). Anything else is a
 * {@link BadRequest} with one sentence saying what is wrong. A property value of the wrong form is
 * not: it comes from a cell of the user's table, and is counted as one that cannot be compared.
 */
final class QueryBatch {
    private static final Set<String> QUERY_MEMBERS = Set.of("query", "type", "limit", "properties", "type_strict");
    /**
     * The most queries one batch may hold (OpenRefine sends 10 at a time) and the longest text of a
     * name or value that is compared (a longer one is answered without being compared): every query
     * is compared with every thing: one batch of 10,000 queries took 26 s and one name of 300,000
     * characters 20 s.
     */
    static final int MAX_QUERIES = 100;
    static final int MAX_TEXT = 500;
    /**
     * The most property values one batch may give, in all its queries: each is compared with every
     * thing, and with nothing but the body's size to bound them, 70,000 copies of "Q159" in one batch
     * of 1 MB took 3 to 20 s of a core. OpenRefine gives a value or two per property and row.
     */
    static final int MAX_VALUES = 1_000;
    /**
     * A date: a year, a month or a day, and after a day a time of it as RFC 3339 writes one (a T or a
     * space, hours and minutes, seconds with a fraction, Z or an offset), the form OpenRefine sends a
     * cell of its date type in ("2017-06-09T00:00:00Z"). Other text after a T cannot be used
     * ("2017-06-09Tnoon", "2017Tx"; issue 13).
     */
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[Tt ](?:[01]\\d|2[0-3]):[0-5]\\d(?::(?:[0-5]\\d|60)(?:\\.\\d+)?)?(?:[Zz]|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)?)?)?)?");
    private static final java.util.regex.Pattern ISO = java.util.regex.Pattern.compile("[A-Za-z]{2,3}");

    private QueryBatch() {}

    /** The queries of a batch, by the client's keys, in its order. */
    static Map<String, Reconciler.Query> queries(String json, Set<String> types) {
        RequestPlace document = RequestPlace.document("queries");
        JsonObject batch = StrictJson.object(StrictJson.parse(json, document), document);
        if (batch.size() > MAX_QUERIES) throw new TooLarge("a batch holds at most " + MAX_QUERIES + " queries; this one has " + batch.size(), document);
        Map<String, Reconciler.Query> queries = new LinkedHashMap<>();
        int values = 0;
        for (var entry : batch.entrySet()) {
            String text = "query '" + BadRequest.shortened(entry.getKey()) + "'";
            RequestPlace where = document.at(entry.getKey(), text);
            JsonObject q = StrictJson.object(entry.getValue(), where);
            for (String member : q.keySet()) {
                if (!QUERY_MEMBERS.contains(member)) throw new BadRequest(text + " has an unknown member '" + BadRequest.shortened(member) + "'", where.at(member, text));
            }
            String name = q.has("query") ? StrictJson.string(q.get("query"), where.at("query", text + ": query")) : null;
            List<Reconciler.PropertyValue> properties = properties(q, where);
            values += given(q);
            if (values > MAX_VALUES) throw new TooLarge("a batch gives at most " + MAX_VALUES + " property values in all its queries; this one gives more", where.at("properties", text));
            if (name == null && properties.isEmpty()) throw new BadRequest(text + " needs a query or properties", where);
            List<String> typeIds = types(q.get("type"), where.at("type", text + ": type"), types);
            RequestPlace strictPlace = where.at("type_strict", text + ": type_strict");
            String strict = q.has("type_strict") ? StrictJson.string(q.get("type_strict"), strictPlace) : "any";
            if (!Set.of("any", "should", "all").contains(strict)) throw new BadRequest(strictPlace.text() + " must be any, should or all", strictPlace);
            int limit = q.has("limit") ? limit(q.get("limit"), where.at("limit", text + ": limit")) : Reconciler.DEFAULT_LIMIT;
            queries.put(entry.getKey(), new Reconciler.Query(name, typeIds, Reconciler.TypeStrict.of(strict), limit, properties));
        }
        return queries;
    }

    /**
     * The type ids {@code element} gives (a string or an array of them), each one of {@code known},
     * read by {@link #typeId}; a blank one is none given, as in {@code propose_properties}: OpenRefine,
     * until its pull request #6131 of November 2023, sent {@code "type":""} for "Reconcile against
     * type" with the box left empty, which the query schema allows: no 400 for the whole batch.
     */
    private static List<String> types(JsonElement element, RequestPlace where, Set<String> known) {
        List<String> given = StrictJson.strings(element, where);
        List<String> typeIds = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i).isBlank()) continue;
            String type = typeId(given.get(i), known);
            RequestPlace place = element.isJsonArray() ? where.at(i, where.text()) : where;
            if (!known.contains(type)) throw new BadRequest(where.text() + ": unknown type '" + BadRequest.shortened(type, BadRequest.IRI_LIMIT) + "' (see defaultTypes in the manifest, and the types under them in /reconcile/suggest/type)", place);
            typeIds.add(type);
        }
        return typeIds;
    }

    /**
     * The type {@code given} names: its id, or its id after the manifest's {@code schemaSpace} (the
     * ontology's namespace), against which API 0.2 reads an id, as {@link Properties#get} reads a
     * property's (so {@code "Treaty"} is a type). An id
     * that is neither is returned as given.
     */
    static String typeId(String given, Set<String> known) {
        return !known.contains(given) && known.contains(SCO.NS + given) ? SCO.NS + given : given;
    }

    /** How many property values {@code q} gives, blank ones included; its properties are read already. */
    private static int given(JsonObject q) {
        if (!q.has("properties")) return 0;
        int given = 0;
        for (JsonElement element : q.getAsJsonArray("properties")) {
            JsonElement v = element.getAsJsonObject().get("v");
            given += v.isJsonArray() ? v.getAsJsonArray().size() : 1;
        }
        return given;
    }

    private static List<Reconciler.PropertyValue> properties(JsonObject q, RequestPlace where) {
        if (!q.has("properties")) return List.of();
        List<Reconciler.PropertyValue> properties = new ArrayList<>();
        String text = where.text();
        JsonArray given = StrictJson.array(q.get("properties"), where.at("properties", text + ": properties"));
        for (int i = 0; i < given.size(); i++) {
            RequestPlace place = where.at("properties", text).at(i, text + ": a property");
            JsonObject p = StrictJson.object(given.get(i), place);
            if (!p.has("pid") || !p.has("v")) throw new BadRequest(text + ": a property needs pid and v", place.at(p.has("pid") ? "v" : "pid", text));
            RequestPlace pidPlace = place.at("pid", text + ": pid");
            String pid = StrictJson.string(p.get("pid"), pidPlace);
            Properties.Property property = Properties.get(pid).orElseThrow(() -> new BadRequest(text + ": " + Properties.unknown(pid)
                    // Not every id: the IRIs of the service's own properties would make the sentence long past reading.
                    + " (see /reconcile/suggest/property)", pidPlace));
            properties.add(values(property, p.get("v"), place.at("v", text)));
        }
        return properties;
    }

    /** The values {@code v} gives {@code property} (one, or an array of them), those that cannot be compared counted. */
    private static Reconciler.PropertyValue values(Properties.Property property, JsonElement v, RequestPlace where) {
        String pid = property.key();
        List<String> values = new ArrayList<>();
        int unusable = 0;
        JsonArray given = v.isJsonArray() ? v.getAsJsonArray() : single(v);
        for (int i = 0; i < given.size(); i++) {
            RequestPlace place = v.isJsonArray() ? where.at(i, where.text()) : where;
            // Full-width forms (ＲＵＳ, Ｑ159, as a CJK spreadsheet may hold them) read as names are read (NFKC).
            String value = java.text.Normalizer.normalize(value(given.get(i), place), java.text.Normalizer.Form.NFKC);
            // A blank cell says nothing, as an empty list of values does.
            if (value.isBlank()) continue;
            // A property that cannot be matched (status) is offered by the property suggest
            // service, which OpenRefine's reconciliation dialog uses too: its values are ones
            // that cannot be compared, not a 400 that would cost the whole batch.
            if (property.matchable() && usable(pid, value)) values.add(compared(pid, value));
            else unusable++;
        }
        return new Reconciler.PropertyValue(pid, values, unusable);
    }

    /**
     * Whether {@code value} has the form its property takes, so it can be compared at all. One that
     * has not (a 30 February, "circa 2017", "wd:Q159", a value of over {@value #MAX_TEXT}
     * characters) is a cell of the client's table, not a mistake of its program: it is a feature
     * that does not match, and the rest of the batch is answered: a 400 for the whole batch would
     * give every row of it no candidates in OpenRefine.
     */
    private static boolean usable(String pid, String value) {
        if (value.length() > MAX_TEXT) return false;
        String v = value.strip();
        return switch (pid) {
            case "date", "memberSince" -> validDate(v);
            case "wikidata" -> WikidataItems.qid(v) != null;
            case "iso3166" -> ISO.matcher(v).matches();
            case "iso3166Alpha2" -> ISO.matcher(v).matches() && v.length() == 2;
            case "iso3166Alpha3" -> ISO.matcher(v).matches() && v.length() == 3;
            default -> true;
        };
    }

    /** A usable value as it is compared: a date's year, month or day without its time, which says nothing of the day. */
    private static String compared(String pid, String value) {
        if (!pid.equals("date") && !pid.equals("memberSince")) return value;
        java.util.regex.Matcher date = DATE.matcher(value.strip());
        if (!date.matches()) throw new IllegalStateException("a usable date: " + value);
        return date.group(1) + (date.group(2) == null ? "" : "-" + date.group(2)) + (date.group(3) == null ? "" : "-" + date.group(3));
    }

    private static boolean validDate(String value) {
        java.util.regex.Matcher date = DATE.matcher(value);
        if (!date.matches()) return false;
        try {
            int month = date.group(2) == null ? 1 : Integer.parseInt(date.group(2));
            int day = date.group(3) == null ? 1 : Integer.parseInt(date.group(3));
            java.time.LocalDate.of(Integer.parseInt(date.group(1)), month, day);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** A property value: a string, number or boolean as text; an object as its id. */
    private static String value(JsonElement value, RequestPlace where) {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) return number(value.getAsJsonPrimitive().getAsString());
        if (value.isJsonPrimitive()) return value.getAsString();
        if (value.isJsonObject() && value.getAsJsonObject().has("id")) return StrictJson.string(value.getAsJsonObject().get("id"), where.at("id", where.text() + ": v.id"));
        throw new BadRequest(where.text() + ": a property value must be a string, number, boolean or an object with an id", where);
    }

    /**
     * A JSON number as its value's text: a whole number without the fraction or exponent it was
     * written with (2001.0 and 2.001e3 are 2001, as a client that keeps a spreadsheet's years as
     * floating-point numbers sends them); any other as written, and one of more than 20 digits as written too, never
     * spelt out (1e1000000000).
     */
    private static String number(String written) {
        java.math.BigDecimal number = new java.math.BigDecimal(written).stripTrailingZeros();
        boolean whole = number.scale() <= 0 && number.precision() - number.scale() <= 20;
        return whole ? number.toPlainString() : written;
    }

    private static JsonArray single(JsonElement element) {
        JsonArray array = new JsonArray();
        array.add(element);
        return array;
    }

    private static int limit(JsonElement element, RequestPlace where) {
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()) throw new BadRequest(where.text() + " must be a number", where);
        // The schema's limit is any number, the most candidates to return: 1.5 allows one. Read
        // exactly (an int would wrap 4294967297 to 1 and 1e400 to 0), compared before it is cut
        // (cutting 1e9999 builds a number of 33,000 bits), then at most 100.
        BigDecimal limit;
        try {
            limit = element.getAsBigDecimal();
        } catch (NumberFormatException | ArithmeticException e) {
            // Gson refuses exponents past 10,000 (1e999999): a number no one means.
            throw new BadRequest(where.text() + " must be a number of candidates, not " + BadRequest.shortened(element.toString()), where);
        }
        // A limit of 0 (or under one) asks for no candidates, as the schema allows: an empty result,
        // not a 400 that would cost every other query of its batch too.
        if (limit.signum() < 0) throw new BadRequest(where.text() + " must not be negative", where);
        if (limit.compareTo(BigDecimal.valueOf(100)) >= 0) return 100;
        return limit.setScale(0, RoundingMode.FLOOR).intValueExact();
    }
}
