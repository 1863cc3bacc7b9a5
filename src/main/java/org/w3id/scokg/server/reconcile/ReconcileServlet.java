package org.w3id.scokg.server.reconcile;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.w3id.scokg.server.web.ClientGone;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Responses;

/**
 * {@code /reconcile}: the Reconciliation Service API 0.2. The service manifest when asked nothing;
 * a batch of queries ({@code queries=}) or a data extension ({@code extend=}) by GET or POST; and
 * {@code /reconcile/suggest/{entity,type,property}}, {@code /reconcile/preview} and {@code
 * /reconcile/propose_properties}. A client's mistake is a 400 with one sentence; a request past the
 * service's bounds (a batch past {@code batchSize}, ...) a 413.
 */
final class ReconcileServlet extends HttpServlet {
    private final transient CompletableFuture<Matching> matching;
    private final transient DataExtension extension;
    private final transient PublicUrls urls;
    /** How long a batch or data extension may take (the query timeout, {@code --timeout}); past it, 503. */
    private final long timeoutMillis;

    /** The index, what matches and suggests over it, and the properties with the types they apply to. */
    private record Matching(EntityIndex index, Reconciler reconciler, Suggestions suggestions, Properties properties) {
        Matching(EntityIndex index, DataExtension extension) {
            this(index, new Reconciler(index), new Suggestions(index), new Properties(index, extension));
        }
    }

    /** The service over {@code index}, which requests wait for while it is being read. */
    ReconcileServlet(CompletableFuture<EntityIndex> index, DataExtension extension, PublicUrls urls, long timeoutMillis) {
        this.matching = index.thenApply(i -> new Matching(i, extension));
        this.extension = extension;
        this.urls = urls;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            if (request.getParameter("callback") != null) throw new BadRequest("JSONP (callback) is not offered; the service answers CORS requests");
            switch (path) {
                case "/reconcile", "/reconcile/" -> answer(request, response);
                case "/reconcile/suggest/entity" -> json(request, response, suggestEntities(request));
                case "/reconcile/suggest/type" -> json(request, response, suggestTypes(request));
                case "/reconcile/suggest/property" -> json(request, response, suggestProperties(request));
                case "/reconcile/propose_properties" -> json(request, response, proposeProperties(request));
                case "/reconcile/preview" -> preview(request, response);
                case "/reconcile/view" -> view(request, response);
                default -> Responses.notFound(request, response, "No such reconciliation route. See /reconcile for the manifest.");
            }
        } catch (BadRequest e) {
            Responses.text(response, e.status(), e.getMessage());
        } catch (BatchDeadline.PastDeadline e) {
            // A batch is held to the query timeout, as a query is (a review on 5 December 2026).
            boolean extending = request.getParameter("extend") != null;
            response.setHeader("Retry-After", "30");
            Responses.text(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "This reconciliation " + (extending ? "data extension" : "batch")
                    + " ran past this server's timeout of " + timeoutMillis / 1000.0 + " s and was stopped; send fewer " + (extending ? "ids" : "queries")
                    + " at a time.");
        } catch (BatchDeadline.ClientLeft e) {
            // The client has gone: no one would read an answer (a Graph Store read whose client goes sends none either).
        } catch (CompletionException e) {
            // The index could not be read (logged where it was read): the service is not there, the server is.
            Responses.text(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The reconciliation service is not available: its index could not be read.");
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // One of each: a second queries= was ignored, with a 200 for the first (a review on 4 December 2026).
        for (String name : new String[] {"queries", "extend"}) {
            String[] values = request.getParameterValues(name);
            if (values != null && values.length > 1) throw new BadRequest(name + "= is given " + values.length + " times; send it once");
        }
        String queries = request.getParameter("queries");
        String extend = request.getParameter("extend");
        if (queries != null && extend != null) throw new BadRequest("send queries= or extend=, not both");
        // API 0.1's single query: it got the manifest, with a 200 no client could read as results,
        // until a review on 3 December 2026.
        if (queries == null && extend == null && request.getParameter("query") != null) {
            throw new BadRequest("query= (one query, as version 0.1 of the API had it) is not offered; send queries= with a batch, {\"q0\":{\"query\":\"...\"}}");
        }
        // A POST is a batch or an extension, form-encoded as OpenRefine sends them; the manifest is a
        // GET's (until 2 December 2026 a JSON body or a multipart form got the manifest, and 200).
        if (queries == null && extend == null && "POST".equals(request.getMethod())) {
            throw new BadRequest("a POST to /reconcile sends queries= or extend=, form-encoded (application/x-www-form-urlencoded)");
        }
        if (queries != null) {
            Map<String, Reconciler.Query> batch = QueryBatch.queries(queries, typeIds());
            json(request, response, watched(request, deadline -> results(batch, deadline)));
        } else if (extend != null) {
            ExtensionRequest wanted = ExtensionRequest.read(extend);
            json(request, response, watched(request, deadline -> extension.answer(wanted, deadline)));
        } else {
            json(request, response, ServiceJson.manifest(matching.join().index().types(), base(request)));
        }
    }

    private String base(HttpServletRequest request) {
        return urls.absolute(request, "");
    }

    private Set<String> typeIds() {
        return matching.join().index().types().stream().map(EntityIndex.Type::id).collect(Collectors.toSet());
    }

    /**
     * {@code work} held to the query timeout and stopped when its client goes away, as a query is
     * ({@link ClientGone}; the request's body, if any, has been read whole). Until 5 December 2026 a
     * batch whose client had closed the connection ran on to its end or its deadline.
     */
    private JsonObject watched(HttpServletRequest request, Function<BatchDeadline, JsonObject> work) {
        BatchDeadline deadline = BatchDeadline.in(timeoutMillis);
        ClientGone.watch(request, deadline::clientLeft);
        try {
            return work.apply(deadline);
        } finally {
            ClientGone.stopWatching(request);
        }
    }

    private JsonObject results(Map<String, Reconciler.Query> queries, BatchDeadline deadline) {
        JsonObject batch = new JsonObject();
        queries.forEach((key, query) -> {
            JsonArray result = new JsonArray();
            for (Reconciler.Candidate c : matching.join().reconciler().reconcile(query, deadline)) result.add(ServiceJson.candidate(c));
            JsonObject answer = new JsonObject();
            answer.add("result", result);
            batch.add(key, answer);
        });
        return batch;
    }

    private JsonObject suggestEntities(HttpServletRequest request) {
        // An unknown type is a 400 here too (it suggested nothing, with 200, until a review on 3 December 2026).
        String type = knownType(request);
        Reconciler.TypeStrict strict = typeStrict(request);
        JsonArray result = new JsonArray();
        for (EntityIndex.Entity e : matching.join().suggestions().entities(prefix(request), type, strict, number(request, "cursor", 0), number(request, "limit", 10))) {
            result.add(ServiceJson.suggestion(e));
        }
        return wrap(result);
    }

    private JsonObject suggestTypes(HttpServletRequest request) {
        JsonArray result = new JsonArray();
        for (EntityIndex.Type t : page(request, matching.join().suggestions().types(prefix(request)))) result.add(ServiceJson.suggestedType(t));
        return wrap(result);
    }

    /**
     * Every property whose id or name starts with {@code ?prefix=}, those that can be matched and
     * those that can be fetched (OpenRefine's reconciliation dialog and its "Add property" box both
     * ask this service); with {@code ?type=}, as OpenRefine's reconciliation dialog sends it, only
     * those that apply to that type.
     */
    private JsonObject suggestProperties(HttpServletRequest request) {
        String type = knownType(request);
        JsonArray result = new JsonArray();
        List<Properties.Property> offered = Suggestions.properties(Properties.ALL, prefix(request)).stream()
                .filter(p -> type == null || matching.join().properties().appliesTo(p, type)).toList();
        for (Properties.Property p : page(request, offered)) result.add(ServiceJson.property(p));
        return wrap(result);
    }

    /**
     * The properties worth extending things of {@code ?type} with: those that can be fetched and
     * apply to it (documents get no ISO codes, states no UN symbol); all that can be fetched without
     * a type.
     */
    private JsonObject proposeProperties(HttpServletRequest request) {
        String type = request.getParameter("type");
        Set<String> types = proposalTypes(type);
        JsonArray properties = new JsonArray();
        int limit = number(request, "limit", Properties.ALL.size());
        Properties.fetchable().stream().sorted(Comparator.comparing(Properties.Property::id))
                .filter(p -> types.isEmpty() || types.stream().anyMatch(t -> matching.join().properties().appliesTo(p, t))).limit(limit)
                .forEach(p -> properties.add(ServiceJson.property(p)));
        JsonObject answer = new JsonObject();
        if (type != null && !type.isEmpty()) answer.addProperty("type", type);
        answer.add("properties", properties);
        return answer;
    }

    /**
     * The types whose properties {@code propose_properties} is asked for, none for all. OpenRefine
     * asks with {@code url + "?type=" + typeID}, the id not encoded (its "Add columns from reconciled
     * values" dialog): every type here has a {@code #}, which the browser takes for the start of a
     * fragment and does not send, so {@code ?type=https://w3id.org/sco-kg/ontology} arrives, and a
     * column reconciled with no type sends {@code ?type=}. Until a review on 4 December 2026 both were
     * 400s, and the dialog proposed no property at all. A type cut at its {@code #} is read as every
     * type of the service it could have been, and a blank one as none; any other unknown type is a 400.
     */
    private Set<String> proposalTypes(String type) {
        if (type == null || type.isEmpty()) return Set.of();
        if (typeIds().contains(type)) return Set.of(type);
        Set<String> cut = typeIds().stream().filter(t -> t.startsWith(type + "#")).collect(Collectors.toSet());
        if (cut.isEmpty()) throw new BadRequest("'" + BadRequest.shortened(type) + "' is not one of this service's types (see the manifest)");
        return cut;
    }

    /**
     * The {@code ?type=} asked for, or null; an unknown type is a 400, as in a query (it was echoed
     * back with every property; a review found it).
     */
    private String knownType(HttpServletRequest request) {
        String type = request.getParameter("type");
        // Shortened, as a named query's values are: a type of 7,000 characters was echoed whole (a review on 3 December 2026).
        if (type != null && !typeIds().contains(type)) throw new BadRequest("'" + BadRequest.shortened(type) + "' is not one of this service's types (see the manifest)");
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
        if (!Set.of("any", "should", "all").contains(strict)) throw new BadRequest("type_strict must be any, should or all");
        return Reconciler.TypeStrict.of(strict);
    }

    /**
     * The manifest's view: 303 to the thing's page. The API has clients put an id into the view
     * template encoded as a URI component, and {@code /doc/state%2FRU} is a 400 (an encoded slash
     * could name two paths), so the template puts it in a query (until a review on 2 December 2026
     * it was {@code /doc/{{id}}}, which only a client that left the slash alone could follow).
     */
    private void view(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EntityIndex.Entity entity = entity(request, response, "view");
        if (entity == null) return;
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", base(request) + "/doc/" + entity.id());
    }

    /** The thing {@code ?id=} names, or null when a 404 has been sent; no id is a 400. */
    private EntityIndex.Entity entity(HttpServletRequest request, HttpServletResponse response, String route) throws IOException {
        String id = request.getParameter("id");
        // No id is the client's mistake (400); an id of nothing here is a 404.
        if (id == null || id.isBlank()) throw new BadRequest(route + " needs ?id=, a kind/key as the service's ids are (or the thing's IRI)");
        EntityIndex.Entity entity = matching.join().index().get(id).orElse(null);
        if (entity == null) Responses.notFound(request, response, "No such entity: give ?id= as kind/key, as the service's ids are.");
        return entity;
    }

    private void preview(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EntityIndex.Entity entity = entity(request, response, "preview");
        if (entity == null) return;
        StringBuilder body = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(entity.label())).append("</title></head><body style=\"font:13px sans-serif;margin:4px\">")
                .append("<b><a href=\"").append(Html.escape(base(request) + "/doc/" + entity.id())).append("\" target=\"_blank\">")
                .append(Html.escape(entity.label())).append("</a></b><br>").append(Html.escape(entity.description()));
        // iso3166 holds both codes, which iso3166Alpha2 and iso3166Alpha3 show one by one: a line
        // less in a preview 120 pixels high.
        entity.identifiers().entrySet().stream().filter(e -> !e.getKey().equals("iso3166")).sorted(Map.Entry.comparingByKey()).forEach(e -> body.append("<br>")
                .append(Html.escape(e.getKey())).append(": ").append(Html.escape(String.join(", ", e.getValue().stream().sorted().toList()))));
        Responses.html(request, response, body.append("</body></html>").toString());
    }

    private static String prefix(HttpServletRequest request) {
        String prefix = request.getParameter("prefix");
        if (prefix == null) throw new BadRequest("suggest needs ?prefix=");
        return prefix;
    }

    /** The part of a list of suggestions that {@code ?cursor=} and {@code ?limit=} ask for, as for things. */
    private static <T> List<T> page(HttpServletRequest request, List<T> all) {
        return all.stream().skip(number(request, "cursor", 0)).limit(number(request, "limit", 10)).toList();
    }

    private static int number(HttpServletRequest request, String name, int fallback) {
        String value = request.getParameter(name);
        if (value == null) return fallback;
        // A whole number past an int is past the most allowed: it was refused as not a whole number.
        if (value.matches("0*[1-9][0-9]{9,}")) return 1000;
        try {
            int n = Integer.parseInt(value);
            if (n < 0) throw new NumberFormatException();
            return Math.min(n, 1000);
        } catch (NumberFormatException e) {
            throw new BadRequest("?" + name + "= must be a whole number of at least 0");
        }
    }

    private static JsonObject wrap(JsonArray result) {
        JsonObject answer = new JsonObject();
        answer.add("result", result);
        return answer;
    }

    private static void json(HttpServletRequest request, HttpServletResponse response, JsonObject body) throws IOException {
        Responses.send(request, response, "application/json;charset=utf-8", utf8(body.toString()));
    }

    /**
     * A JSON text as UTF-8, each lone surrogate in it (a query's key or text as a client escaped it,
     * {@code "\ud800"}) written back as its escape: UTF-8 cannot carry one, and until a review on 4
     * December 2026 it came back as {@code ?}, so the client could not pair the answer with its query.
     * Outside strings a JSON text has no such character, so only strings change.
     */
    static byte[] utf8(String json) {
        StringBuilder text = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
                text.append(c).append(json.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                text.append(String.format("\\u%04x", (int) c));
            } else {
                text.append(c);
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
