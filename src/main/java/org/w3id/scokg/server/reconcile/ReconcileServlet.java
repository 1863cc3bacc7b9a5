package org.w3id.scokg.server.reconcile;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.w3id.scokg.server.http.ClientGone;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.http.ProblemDocument;
import org.w3id.scokg.server.http.Refusals;
import org.w3id.scokg.server.http.RenderedGraph;
import org.w3id.scokg.server.http.Representations;
import org.w3id.scokg.server.http.Responses;
import org.w3id.scokg.server.http.Vary;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Sentence;

/**
 * {@code /reconcile}: the Reconciliation Service API 0.2. The service manifest when asked nothing;
 * a batch of queries ({@code queries=}) or a data extension ({@code extend=}) by GET or POST; and
 * {@code /reconcile/suggest/{entity,type,property}}, {@code /reconcile/preview}, {@code
 * /reconcile/propose_properties} and {@code /reconcile/properties} (the properties that are no terms of the ontology, as RDF). A client's mistake is a 400 with one sentence; a request past the
 * service's bounds (a batch past {@code batchSize}, ...) a 413; each a problem document ({@link ProblemDocument}).
 */
final class ReconcileServlet extends HttpServlet {
    /**
     * What the IRIs of the properties that are no terms of the ontology lead to ({@code
     * https://w3id.org/sco-kg/reconcile/properties#status}, which w3id.org sends to {@code
     * /reconcile/properties}): their names and descriptions as RDF, negotiated as every RDF document
     * of the server is ({@link Properties#described()}).
     */
    private static final RenderedGraph PROPERTY_TERMS = new RenderedGraph(Properties.described());
    /**
     * Its addresses, as the dataset's description and the ontology have theirs ({@link
     * Representations}): {@code /reconcile/properties}, negotiated, naming the format chosen in
     * {@code Content-Location}, and one per format ({@code /reconcile/properties.ttl}, {@code .jsonld},
     * {@code .rdf}, {@code .nt}, {@code .trig}), each named in {@code Link: rel="alternate"}.
     */
    static final Representations PROPERTY_DOCUMENT = new Representations("/reconcile/properties", MediaTypes.RDF);
    private final transient CompletableFuture<ServiceParts> parts;
    private final transient SuggestServices suggest;
    private final transient DataExtension extension;
    private final transient PublicUrls urls;
    /** The graph's four graphs together, where a preview reads the thing's name in the reader's language. */
    private final transient Graph union;
    /** How long a batch or data extension may take (the query timeout, {@code --timeout}); past it, 503. */
    private final long timeoutMillis;

    /** The service over {@code index}, which requests wait for while it is being read. */
    ReconcileServlet(CompletableFuture<EntityIndex> index, DataExtension extension, Graph union, PublicUrls urls, long timeoutMillis) {
        this.parts = index.thenApply(i -> new ServiceParts(i, extension));
        this.suggest = new SuggestServices(parts);
        this.extension = extension;
        this.urls = urls;
        this.union = union;
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
            if (request.getParameter("callback") != null) throw new BadRequest("JSONP (callback) is not offered; the service answers CORS requests", RequestPlace.parameter("callback", "callback"));
            switch (path) {
                case "/reconcile", "/reconcile/" -> answer(request, response);
                case "/reconcile/suggest/entity" -> json(request, response, suggest.entities(request));
                case "/reconcile/suggest/type" -> json(request, response, suggest.types(request));
                case "/reconcile/suggest/property" -> json(request, response, suggest.properties(request));
                case "/reconcile/propose_properties" -> json(request, response, suggest.proposedProperties(request));
                case "/reconcile/preview" -> preview(request, response);
                case "/reconcile/view" -> view(request, response);
                default -> {
                    if (PROPERTY_DOCUMENT.paths().contains(path)) properties(path, request, response);
                    else notFound(request, response, Sentence.of("said.noReconcileRoute", urls.local("/reconcile")), null);
                }
            }
        } catch (BadRequest e) {
            problem(request, response, e.status(), e.getMessage(), e.place());
        } catch (BatchDeadline.PastDeadline e) {
            // A batch is held to the query timeout, as a query is.
            boolean extending = request.getParameter("extend") != null;
            response.setHeader("Retry-After", "30");
            problem(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "This reconciliation " + (extending ? "data extension" : "batch")
                    + " ran past this server's timeout of " + timeoutMillis / 1000.0 + " s and was stopped; send fewer " + (extending ? "ids" : "queries")
                    + " at a time.", RequestPlace.parameter(extending ? "extend" : "queries", extending ? "extend" : "queries"));
        } catch (BatchDeadline.ClientLeft e) {
            // The client has gone: no one would read an answer (a Graph Store read whose client goes sends none either).
        } catch (CompletionException e) {
            // The index could not be read (logged where it was read): the service is not there, the server is.
            problem(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The reconciliation service is not available: its index could not be read.", null);
        }
    }

    /** The properties that are no terms of the ontology, as RDF, at {@code path}: one of {@link #PROPERTY_DOCUMENT}'s. */
    private void properties(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<MediaTypes.Format> format = PROPERTY_DOCUMENT.choose(path, request, response, urls);
        if (format.isPresent()) PROPERTY_TERMS.send(request, response, format.get());
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        refuseUnoffered(request);
        String queries = request.getParameter("queries");
        String extend = request.getParameter("extend");
        if (queries != null) {
            Map<String, Reconciler.Query> batch = QueryBatch.queries(queries, parts.join().typeIds());
            json(request, response, watched(request, deadline -> results(batch, deadline)));
        } else if (extend != null) {
            ExtensionRequest wanted = ExtensionRequest.read(extend);
            json(request, response, watched(request, deadline -> extension.answer(wanted, deadline)));
        } else {
            json(request, response, ServiceJson.manifest(parts.join().index().types(), base(request)));
        }
    }

    /**
     * The forms of a request to {@code /reconcile} the service does not offer, each a 400: a
     * parameter given twice, a batch together with an extension, API 0.1's single query, a POST
     * that sends neither a batch nor an extension.
     */
    private static void refuseUnoffered(HttpServletRequest request) {
        // One of each: a second queries= would be ignored, with a 200 for the first.
        for (String name : new String[] {"queries", "extend"}) {
            String[] values = request.getParameterValues(name);
            if (values != null && values.length > 1) throw new BadRequest(name + "= is given " + values.length + " times; send it once", RequestPlace.parameter(name, name));
        }
        String queries = request.getParameter("queries");
        String extend = request.getParameter("extend");
        if (queries != null && extend != null) throw new BadRequest("send queries= or extend=, not both", RequestPlace.parameter("extend", "extend"));
        // API 0.1's single query: the manifest, with a 200, is no answer a client could read as results.
        if (queries == null && extend == null && request.getParameter("query") != null) {
            throw new BadRequest("query= (one query, as version 0.1 of the API had it) is not offered; send queries= with a batch, {\"q0\":{\"query\":\"...\"}}",
                    RequestPlace.parameter("query", "query"));
        }
        // A POST is a batch or an extension, form-encoded as OpenRefine sends them; the manifest is a
        // GET's, so a JSON body or a multipart form is refused rather than answered with it.
        if (queries == null && extend == null && "POST".equals(request.getMethod())) {
            throw new BadRequest("a POST to " + PublicUrls.root(request.getServletContext()) + "/reconcile sends queries= or extend=, form-encoded (application/x-www-form-urlencoded)");
        }
    }

    private String base(HttpServletRequest request) {
        return urls.absolute(request, "");
    }

    /**
     * {@code work} held to the query timeout and stopped when its client goes away, as a query is
     * ({@link ClientGone}; the request's body, if any, has been read whole), so that a batch whose
     * client has closed the connection does not run on to its end or its deadline.
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
            for (Reconciler.Candidate c : parts.join().reconciler().reconcile(query, deadline)) result.add(ServiceJson.candidate(c));
            JsonObject answer = new JsonObject();
            answer.add("result", result);
            batch.add(key, answer);
        });
        return batch;
    }

    /**
     * The manifest's view: 303 to the thing's page. The API has clients put an id into the view
     * template encoded as a URI component, and {@code /doc/state%2FRU} is a 400 (an encoded slash
     * could name two paths), so the template puts it in a query: {@code /doc/{{id}}} could be
     * followed only by a client that left the slash alone.
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
        // No id is the client's mistake (400); an id of nothing here is a 404. A browser, which opens the
        // view and the preview, gets the site's page for either in its language, as for the 404 (issue 15).
        if (id == null || id.isBlank()) {
            Sentence said = Sentence.of("said.reconcileNoId", route);
            if (!Refusals.browser(request.getHeader("Accept"))) throw new BadRequest(said.english(), RequestPlace.parameter("id", "id"));
            Refusals.clientError(request, response, HttpServletResponse.SC_BAD_REQUEST, said);
            return null;
        }
        EntityIndex.Entity entity = parts.join().index().get(id).orElse(null);
        if (entity == null) notFound(request, response, Sentence.of("said.noReconcileEntity"), RequestPlace.parameter("id", "id"));
        return entity;
    }

    /** The thing's preview in the reader's language ({@link Preview}), which the answer varies with. */
    private void preview(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // A language named twice is a 400, as on the site's pages, rather than the first taken unsaid.
        if (Refusals.refusedRepeated(request, response, "lang")) return;
        EntityIndex.Entity entity = entity(request, response, "preview");
        if (entity == null) return;
        Vary.onLanguage(response);
        Responses.html(request, response, Preview.html(entity, union, Language.of(request), base(request)));
    }

    /**
     * A refusal as a problem document ({@link ProblemDocument}), with the CORS headers every answer here has
     * (they are set before the servlet runs): a client reads which query or member was wrong from its
     * members, not from prose.
     */
    private static void problem(HttpServletRequest request, HttpServletResponse response, int status, String detail, RequestPlace place) throws IOException {
        response.setStatus(status);
        Responses.send(request, response, ProblemDocument.MEDIA_TYPE,
                utf8(ProblemDocument.json(status, detail, place == null ? null : place.parameter(), place == null ? null : place.pointer())));
    }

    /**
     * 404: to a browser (the view and preview open in one) the site's page that says what was not
     * found in the reader's language, to a program a problem document in English, as every other
     * refusal here (issue 15).
     */
    private static void notFound(HttpServletRequest request, HttpServletResponse response, Sentence what, RequestPlace place) throws IOException {
        if (Refusals.browser(request.getHeader("Accept"))) {
            Refusals.notFound(request, response, what);
        } else {
            Vary.onAccept(response);
            problem(request, response, HttpServletResponse.SC_NOT_FOUND, what.english(), place);
        }
    }

    private static void json(HttpServletRequest request, HttpServletResponse response, JsonObject body) throws IOException {
        Responses.send(request, response, "application/json;charset=utf-8", utf8(body.toString()));
    }

    /**
     * A JSON text as UTF-8, each lone surrogate in it (a query's key or text as a client escaped it,
     * {@code "\ud800"}) written back as its escape: UTF-8 cannot carry one, and as {@code ?} the
     * client could not pair the answer with its query.
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
