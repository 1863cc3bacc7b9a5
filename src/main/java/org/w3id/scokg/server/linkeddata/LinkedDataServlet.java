package org.w3id.scokg.server.linkeddata;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.server.http.ComputedOnce;
import org.w3id.scokg.server.http.EntityTags;
import org.w3id.scokg.server.http.FormatParameter;
import org.w3id.scokg.server.http.HeapShare;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.http.Refusals;
import org.w3id.scokg.server.http.Responses;
import org.w3id.scokg.server.http.Vary;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.MovedKeys;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Sentence;
import org.w3id.scokg.vocab.SCO;

/**
 * Dereferencing: {@code /id/{kind}/{key}} answers 303 See Other to the description chosen by the
 * Accept header; {@code /doc/{kind}/{key}[.ext]} answers the description, negotiated or by
 * extension, with Vary, Content-Location, Link alternates and a strong ETag (no Last-Modified: see
 * {@link #serve}); and
 * {@code /doc/{kind}/} lists the things of one kind.
 */
final class LinkedDataServlet extends HttpServlet {
    // A kind in capitals is read too, and moved to the thing with its key (MovedKeys), as a named
    // query's parameter is (?state=STATE/in names India, so /doc/STATE/in does too).
    private static final Pattern THING = Pattern.compile("^/(id|doc)/([A-Za-z]+)/([A-Za-z0-9_.~-]+?)(?:\\.([a-z]+))?$");
    private static final Pattern KIND = Pattern.compile("^/doc/([a-z]+)/?$");
    /** An address trimmed to its namespace: {@code /doc/}, {@code /id/}, or a kind's {@code /id/state/}. */
    private static final Pattern TRIMMED = Pattern.compile("^/(?:id|doc)/?$|^/id/([a-z]+)/?$");

    private final transient Descriptions descriptions;
    private final transient EntityReader reader;
    private final transient SupportedStatements supported;
    private final transient KindIndex kinds;
    private final transient MovedKeys keys;
    /**
     * Every description once rendered, by path and format: 128 MiB of them, or an eighth of the heap
     * if less, at most; held in direct buffers (outside the heap, within the JVM's limit on them,
     * which is the heap's size unless set), from which Jetty writes them as they are. Each is made on
     * the thread that first asks for it, holding up no other description ({@link ComputedOnce}).
     */
    private final transient ComputedOnce<String, Rendered> cache = new ComputedOnce<>(Caffeine.newBuilder()
            .maximumWeight(HeapShare.of(128L << 20, 8))
            .<String, Rendered>weigher((key, rendered) -> rendered.body().length() + 2 * key.length())
            .build());
    /**
     * The descriptions stopped at the timeout in the last {@value #RETRY_SECONDS} s: asked again
     * meanwhile (or waiting for the same description when it was stopped), they answer 503 at once
     * instead of each taking a whole timeout again.
     */
    private final transient Cache<String, Boolean> stopped = Caffeine.newBuilder().expireAfterWrite(java.time.Duration.ofSeconds(RETRY_SECONDS)).maximumSize(10_000).build();

    private static final int RETRY_SECONDS = 30;

    private final transient PublicUrls urls;
    private final transient KnowledgeGraph graph;

    LinkedDataServlet(KnowledgeGraph graph, PublicUrls urls, long timeoutMillis, MovedKeys keys) {
        this.urls = urls;
        this.graph = graph;
        this.descriptions = new Descriptions(graph, timeoutMillis);
        this.keys = keys;
        this.reader = new EntityReader(graph, StatementLayout.load());
        this.supported = new SupportedStatements(graph, timeoutMillis);
        this.kinds = new KindIndex(graph.data(), graph.provenance(), graph.union());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String normal = unreservedDecoded(path);
        if (!normal.equals(path)) {
            // RFC 3986 6.2.2.2: /id/state/%52U is /id/state/RU, written otherwise; sent to the IRI as published.
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", urls.absolute(request, normal + (request.getQueryString() == null ? "" : "?" + request.getQueryString())));
            return;
        }
        // A thing's address first, the most asked: no address of a thing is trimmed or a kind's index.
        Matcher thing = THING.matcher(path);
        if (!thing.matches()) {
            Matcher trimmed = TRIMMED.matcher(path);
            Matcher kind = KIND.matcher(path);
            if (trimmed.matches()) trimmedAddress(trimmed.group(1), request, response);
            else if (kind.matches()) kindIndex(kind.group(1), request, response);
            else Refusals.notFound(request, response, Sentence.of("said.noResource"));
            return;
        }
        thing(thing, request, response);
    }

    /** {@code /id/{kind}/{key}} (a 303) or {@code /doc/{kind}/{key}[.ext]} (the description), {@code thing} matched by {@link #THING}. */
    private void thing(Matcher thing, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kindName = thing.group(2);
        String key = thing.group(3);
        String extension = thing.group(4);
        // A key may itself contain dots (none do today); an unknown extension is part of the key, and
        // so is any extension of an /id/ IRI, which names a thing, not a document: /id/state/RU.ttl
        // is no thing's IRI and a 404, so that a wrong IRI written elsewhere does not seem to resolve.
        if (extension != null && (MediaTypes.byExtension(extension).isEmpty() || thing.group(1).equals("id"))) {
            key = key + "." + extension;
            extension = null;
        }
        if (Refusals.refusedRepeated(request, response, "format", "lang")) return;
        Node entity = NodeFactory.createURI(SCO.ID + kindName + "/" + key);
        String override = FormatParameter.of(request);
        Optional<MediaTypes.Format> format = extension != null ? MediaTypes.byExtension(extension)
                : override != null ? FormatParameter.among(override, MediaTypes.DESCRIPTION)
                : MediaTypes.negotiate(request.getHeader("Accept"));
        String docPath = "/doc/" + kindName + "/" + key;
        Language language = Language.of(request);
        // HTML is rendered in the reader's language, so its key names the language.
        String cacheKey = format.map(f -> docPath + "." + f.extension + (f == MediaTypes.Format.HTML ? "." + language.tag : "")).orElse(null);
        // A description rendered before is of a thing that exists: the graph is not asked again.
        Rendered rendered = cacheKey == null ? null : cache.ifMade(cacheKey);
        if (rendered == null && movedOrUnknown(entity, thing, request, response)) return;
        vary(response, format, extension == null && override == null, thing.group(1).equals("id"));
        if (format.isEmpty() && override != null) {
            FormatParameter.refuse(request, response, FormatParameter.names(MediaTypes.DESCRIPTION));
            return;
        }
        if (format.isEmpty()) {
            Refusals.notAcceptable(request, response, MediaTypes.DESCRIPTION.stream().map(f -> f.mediaType).toList());
            return;
        }
        if (thing.group(1).equals("id")) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            // The request's parameters go along, as for a move: /id/state/RU?lang=ru is a Russian page.
            // But format=, which the extension names: the Location names the format once.
            response.setHeader("Location", urls.absolute(request, docPath + "." + format.get().extension + FormatParameter.queryWithout(request.getQueryString())));
            return;
        }
        if (rendered == null) rendered = renderedOnce(cacheKey, entity, docPath, format.get(), language, response);
        if (rendered != null) serve(request, response, rendered, docPath, format.get(), extension == null);
    }

    /**
     * Answers a 301 when {@code entity} is known by another key, or a 404 when the graph says nothing
     * of it, and then returns true. A key typed in another case (/doc/state/in for /doc/state/IN)
     * is sent to the one thing so named, and a published IRI whose key changed to its replacement:
     * moved for good, to the same kind of resource. IRIs stay case-sensitive otherwise.
     */
    private boolean movedOrUnknown(Node entity, Matcher thing, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Node> moved = keys.movedTo(entity);
        if (moved.isPresent()) {
            moved(request, response, thing, moved.get());
            return true;
        }
        if (!descriptions.exists(entity)) {
            Refusals.notFound(request, response, Sentence.of("said.nothingKnown", NamedQuery.echo(entity.getURI())));
            return true;
        }
        return false;
    }

    /**
     * Vary, set once: each set of a header is a search of the response's fields. An address with an
     * extension or {@code ?format=} ({@code negotiated} false) names its format, which Accept does not
     * choose there, so it does not vary with Accept; a page varies with the reader's language. A
     * thing's IRI ({@code seeOther}) answers a 303 whose Location names the format, never the
     * language, so it does not vary with the language.
     */
    private static void vary(HttpServletResponse response, Optional<MediaTypes.Format> format, boolean negotiated, boolean seeOther) {
        boolean page = format.isEmpty() || format.get() == MediaTypes.Format.HTML && !seeOther;
        if (negotiated && page) Vary.on(response, "Accept", "Accept-Language", "Cookie");
        else if (negotiated) Vary.onAccept(response);
        else if (page) Vary.onLanguage(response);
    }

    /**
     * The description, rendered once and kept ({@link #cache}), or null when it took longer than the
     * timeout and a 503 with {@code Retry-After} has been sent; asked again within {@value
     * #RETRY_SECONDS} s, it answers that 503 at once ({@link #stopped}).
     */
    private Rendered renderedOnce(String cacheKey, Node entity, String docPath, MediaTypes.Format format, Language language, HttpServletResponse response) throws IOException {
        try {
            return cache.get(cacheKey, k -> {
                if (stopped.getIfPresent(k) != null) throw new QueryCancelledException();
                try {
                    return render(entity, docPath, format, language);
                } catch (QueryCancelledException e) {
                    stopped.put(k, true);
                    throw e;
                }
            });
        } catch (QueryCancelledException e) {
            response.setHeader("Retry-After", Integer.toString(RETRY_SECONDS));
            Responses.text(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The description of " + entity.getURI() + " took longer than this server's timeout and was stopped.");
            return null;
        }
    }

    /**
     * A 301 from the requested IRI or document to {@code target}'s, with the request's extension and
     * its own parameters (a page's {@code ?lang=ru} stays Russian).
     */
    private void moved(HttpServletRequest request, HttpServletResponse response, Matcher thing, Node target) {
        String moved = "/" + thing.group(1) + "/" + target.getURI().substring(SCO.ID.length())
                + (thing.group(4) == null ? "" : "." + thing.group(4)) + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", urls.absolute(request, moved));
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, Rendered rendered, String docPath,
            MediaTypes.Format format, boolean negotiated) throws IOException {
        response.setHeader("Link", rendered.links());
        // A page names its language too: its URL alone gives the page in the language the client's cookie or Accept-Language chooses.
        if (negotiated) response.setHeader("Content-Location", urls.local(docPath) + "." + format.extension + (format == MediaTypes.Format.HTML ? Language.of(request).pinnedBy(request) : ""));
        // A strong tag of the bytes and no Last-Modified, as the dumps, the fragments and the ontology
        // have: the graph holds no date of an entity's last change, and the time the server started
        // would give replicas behind one balancer one tag and different dates, so a cache
        // revalidating by date would get 304 or 200 by the replica it reached. Without a date
        // If-Modified-Since and If-Unmodified-Since are ignored (RFC 9110 13.1.3, 13.1.4).
        response.setHeader("ETag", rendered.etag());
        if (EntityTags.preconditionFails(request, rendered.etag())) {
            EntityTags.preconditionFailed(request, response);
            return;
        }
        if (notModified(request, rendered.etag())) {
            EntityTags.notModified(response);
            return;
        }
        Responses.send(request, response, Responses.contentType(format), rendered.body());
    }

    /** A description as sent: its bytes, their entity tag, and the Link header to its other formats. */
    private record Rendered(Responses.Held body, String etag, String links) {}

    private Rendered render(Node entity, String docPath, MediaTypes.Format format, Language language) {
        byte[] body;
        if (format == MediaTypes.Format.HTML) {
            body = new EntityPage(graph.union(), language, Page.version(getServletContext()), urls.root()).render(reader.read(entity), supported.of(entity), docPath).getBytes(StandardCharsets.UTF_8);
        } else {
            Node document = NodeFactory.createURI(SCO.BASE + docPath.substring(1));
            Graph description = descriptions.describe(entity, document);
            // The triple syntaxes hold the union, entailments too, as the dumps in them do; TriG and
            // N-Quads name the graph of each triple, so an entailment can be told from a fact.
            body = format.namesGraphs() ? Responses.render(descriptions.inGraphs(description), format) : Responses.render(description, format);
        }
        // The format is part of the tag (EntityTags): two formats' bytes could be the same (a
        // description's Turtle and TriG of one graph), and a validator of one must not
        // make a cache serve it as the other (RFC 9110 8.8.3).
        return new Rendered(Responses.Held.of(body), EntityTags.of(body, format), MediaTypes.alternateLinks(urls.local(docPath), MediaTypes.DESCRIPTION));
    }

    /** {@code path} with each percent-encoded unreserved character (RFC 3986 2.3: letters, digits, - . _ ~) written as itself. */
    static String unreservedDecoded(String path) {
        if (path.indexOf('%') < 0) return path;
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            int high = c == '%' && i + 2 < path.length() ? Character.digit(path.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(path.charAt(i + 2), 16);
            char decoded = (char) (high * 16 + low);
            if (low >= 0 && (decoded >= 'a' && decoded <= 'z' || decoded >= 'A' && decoded <= 'Z' || decoded >= '0' && decoded <= '9' || "-._~".indexOf(decoded) >= 0)) {
                out.append(decoded);
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private boolean notModified(HttpServletRequest request, String etag) {
        return request.getHeader("If-None-Match") != null && EntityTags.notModified(request, etag);
    }

    /**
     * A reader who trims a thing's address to its namespace is sent on with a 303 (See Other): from
     * {@code /doc/} or {@code /id/} to the kinds of things on the home page, from {@code /id/state/} to
     * the index of states, {@code /doc/state/}.
     */
    private void trimmedAddress(String kindName, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (kindName != null && kinds.things(kindName).isEmpty()) {
            Refusals.notFound(request, response, Sentence.of("said.noKind", NamedQuery.echo(kindName)));
            return;
        }
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", urls.absolute(request, kindName == null ? "/" + query + "#things" : "/doc/" + kindName + "/" + query));
    }

    /** {@code /doc/{kind}/}: the page that lists the things of one kind ({@link KindIndex}), for people only. */
    private void kindIndex(String kindName, HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Node> things = kinds.things(kindName);
        if (things.isEmpty()) {
            Refusals.notFound(request, response, Sentence.of("said.noKind", NamedQuery.echo(kindName)));
            return;
        }
        // A page for people only: a client that does not take HTML gets 406, not HTML it did not ask for.
        if (Responses.negotiate(request, response, List.of(MediaTypes.Format.HTML)).isEmpty()) return;
        Vary.onLanguage(response);
        int pages = KindIndex.pages(things);
        int page = page(request, pages);
        if (page == 0) {
            Refusals.clientError(request, response, HttpServletResponse.SC_BAD_REQUEST, Sentence.of("said.indexPage", pages, KindIndex.PAGE_ROWS));
            return;
        }
        Responses.html(request, response, kinds.render(kindName, things, page, Language.of(request), Page.version(request), urls.root()));
    }

    /** The page of an index asked for ({@code page=}, 1 when not given), or 0 when it is no whole number from 1 to {@code pages}, or is given twice. */
    private static int page(HttpServletRequest request, int pages) {
        String[] values = request.getParameterValues("page");
        if (values == null) return 1;
        if (values.length > 1 || !values[0].strip().matches("[0-9]{1,4}")) return 0;
        int page = Integer.parseInt(values[0].strip());
        return page >= 1 && page <= pages ? page : 0;
    }

}
