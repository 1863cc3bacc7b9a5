package org.w3id.scokg.server.reconcile;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The suggest services of {@code /reconcile/suggest/{entity,type,property}} and {@code
 * /reconcile/propose_properties}: each reads its request's parameters and builds its answer. A
 * parameter that is missing or wrong (an unknown type, a cursor that is not a number) is a {@link
 * BadRequest}. The index is waited for only where an answer needs it.
 */
final class SuggestServices {
    private static final RequestPlace TYPE = RequestPlace.parameter("type", "type");
    /** The filter OpenRefine's suggest widget makes of the words with a colon that it took out of what was typed. */
    private static final java.util.regex.Pattern WIDGET_FILTER = java.util.regex.Pattern.compile("\\(all (.+)\\)", java.util.regex.Pattern.DOTALL);
    private final CompletableFuture<ServiceParts> parts;

    SuggestServices(CompletableFuture<ServiceParts> parts) {
        this.parts = parts;
    }

    /**
     * {@code /reconcile/suggest/entity}: the things {@link Suggestions#entities} offers for {@code
     * ?prefix=}, of {@code ?type=} as {@code ?type_strict=} says, the page {@code ?cursor=} and {@code
     * ?limit=} ask for.
     */
    JsonObject entities(HttpServletRequest request) {
        // An unknown type is a 400 here too: a 200 suggesting nothing would read as "no such thing".
        String type = knownType(request);
        Reconciler.TypeStrict strict = typeStrict(request);
        JsonArray result = new JsonArray();
        for (EntityIndex.Entity e : parts.join().suggestions().entities(prefix(request), type, strict, number(request, "cursor", 0), number(request, "limit", 10))) {
            result.add(ServiceJson.suggestion(e));
        }
        return wrap(result);
    }

    /** {@code /reconcile/suggest/type}: the types {@link Suggestions#types} offers for {@code ?prefix=}, a page of them. */
    JsonObject types(HttpServletRequest request) {
        JsonArray result = new JsonArray();
        for (EntityIndex.Type t : page(request, parts.join().suggestions().types(prefix(request)))) result.add(ServiceJson.suggestedType(t));
        return wrap(result);
    }

    /**
     * Every property whose id or name starts with {@code ?prefix=}, those that can be matched and
     * those that can be fetched (OpenRefine's reconciliation dialog and its "Add property" box both
     * ask this service); with {@code ?type=}, as OpenRefine's reconciliation dialog sends it, only
     * those that apply to that type.
     */
    JsonObject properties(HttpServletRequest request) {
        String type = knownType(request);
        JsonArray result = new JsonArray();
        List<Properties.Property> offered = Suggestions.properties(Properties.ALL, prefix(request)).stream()
                .filter(p -> type == null || parts.join().properties().appliesTo(p, type)).toList();
        for (Properties.Property p : page(request, offered)) result.add(ServiceJson.property(p));
        return wrap(result);
    }

    /**
     * The properties worth extending things of {@code ?type} with: those that can be fetched and
     * apply to it (documents get no ISO codes, states no UN symbol); all that can be fetched without
     * a type.
     */
    JsonObject proposedProperties(HttpServletRequest request) {
        String type = request.getParameter("type");
        Set<String> types = proposalTypes(type);
        JsonArray properties = new JsonArray();
        int limit = number(request, "limit", Properties.ALL.size());
        Properties.fetchable().stream().sorted(Comparator.comparing(Properties.Property::key))
                .filter(p -> types.isEmpty() || types.stream().anyMatch(t -> parts.join().properties().appliesTo(p, t))).limit(limit)
                .forEach(p -> properties.add(ServiceJson.property(p)));
        JsonObject answer = new JsonObject();
        if (type != null && !type.isBlank()) answer.addProperty("type", type);
        // The limit asked, as API 0.2's response has it ("optionally, the requested limit"): the
        // number read, at most 1,000, as properties are counted.
        if (request.getParameter("limit") != null) answer.addProperty("limit", limit);
        answer.add("properties", properties);
        return answer;
    }

    /**
     * The types whose properties {@code propose_properties} is asked for, none for all. OpenRefine
     * asks with {@code url + "?type=" + typeID}, the id not encoded (its "Add columns from reconciled
     * values" dialog): every type here has a {@code #}, which the browser takes for the start of a
     * fragment and does not send, so {@code ?type=https://w3id.org/sco-kg/ontology} arrives, and a
     * column reconciled with no type sends {@code ?type=}. Were both 400s, the dialog would propose no
     * property at all. A type cut at its {@code #} is read as every
     * type of the service it could have been, and a blank one (empty or white space, as in a query)
     * as none; any other unknown type is a 400.
     */
    private Set<String> proposalTypes(String given) {
        if (given == null || given.isBlank()) return Set.of();
        String type = QueryBatch.typeId(given, parts.join().typeIds());
        if (parts.join().typeIds().contains(type)) return Set.of(type);
        Set<String> cut = parts.join().typeIds().stream().filter(t -> t.startsWith(type + "#")).collect(Collectors.toSet());
        if (cut.isEmpty()) throw new BadRequest("'" + BadRequest.shortened(type, BadRequest.IRI_LIMIT) + "' is not one of this service's types (see the manifest)", TYPE);
        return cut;
    }

    /**
     * The {@code ?type=} asked for, or null; a blank one is none, as in a query and in {@code
     * propose_properties}; an unknown type is a 400, as in a query, not echoed back with every property.
     */
    private String knownType(HttpServletRequest request) {
        String given = request.getParameter("type");
        String type = given == null || given.isBlank() ? null : QueryBatch.typeId(given, parts.join().typeIds());
        // Shortened, as a named query's values are: a type of 7,000 characters is not echoed whole.
        if (type != null && !parts.join().typeIds().contains(type)) throw new BadRequest("'" + BadRequest.shortened(type, BadRequest.IRI_LIMIT) + "' is not one of this service's types (see the manifest)", TYPE);
        return type;
    }

    /**
     * {@code ?type_strict=}, read as a query's {@code type_strict} is ("any" when not given); another
     * word is a 400, as in a query. API 0.2 defines it for queries only; OpenRefine's suggest widget,
     * Freebase's, may send it with a type.
     */
    private static Reconciler.TypeStrict typeStrict(HttpServletRequest request) {
        String strict = request.getParameter("type_strict");
        if (strict == null) return Reconciler.TypeStrict.ANY;
        if (!Set.of("any", "should", "all").contains(strict)) throw new BadRequest("type_strict must be any, should or all", RequestPlace.parameter("type_strict", "type_strict"));
        return Reconciler.TypeStrict.of(strict);
    }

    /**
     * What was typed: {@code ?prefix=}, and after it what OpenRefine's suggest widget (Freebase's
     * suggest 4.3, "advanced" by default) takes out of it into {@code ?filter=(all …)}, every word
     * that holds a colon: an IRI, a link or {@code wd:Q159} pasted into its search, type or property
     * box arrives as {@code filter=(all https://…)} beside a blank prefix, and must still suggest
     * (issue 13). A filter of another form, Freebase's own, is not read.
     */
    private static String prefix(HttpServletRequest request) {
        String prefix = request.getParameter("prefix");
        if (prefix == null) throw new BadRequest("suggest needs ?prefix=", RequestPlace.parameter("prefix", "prefix"));
        String[] filters = request.getParameterValues("filter");
        if (filters == null) return prefix;
        StringBuilder typed = new StringBuilder(prefix.strip());
        for (String filter : filters) {
            java.util.regex.Matcher taken = WIDGET_FILTER.matcher(filter);
            if (taken.matches()) typed.append(typed.isEmpty() ? "" : " ").append(taken.group(1).strip());
        }
        return typed.toString();
    }

    /** The part of a list of suggestions that {@code ?cursor=} and {@code ?limit=} ask for, as for things. */
    private static <T> List<T> page(HttpServletRequest request, List<T> all) {
        return all.stream().skip(number(request, "cursor", 0)).limit(number(request, "limit", 10)).toList();
    }

    private static int number(HttpServletRequest request, String name, int fallback) {
        String value = request.getParameter(name);
        if (value == null) return fallback;
        // A whole number past an int is past the most allowed, not "not a whole number": read as the most.
        if (value.matches("0*[1-9][0-9]{9,}")) return 1000;
        try {
            int n = Integer.parseInt(value);
            if (n < 0) throw new NumberFormatException();
            return Math.min(n, 1000);
        } catch (NumberFormatException e) {
            throw new BadRequest("?" + name + "= must be a whole number of at least 0", RequestPlace.parameter(name, name));
        }
    }

    private static JsonObject wrap(JsonArray result) {
        JsonObject answer = new JsonObject();
        answer.add("result", result);
        return answer;
    }
}
