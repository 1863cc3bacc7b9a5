package org.w3id.scokg.server.fragments;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.w3id.scokg.publish.Checksums;
import org.w3id.scokg.server.http.ComputedOnce;
import org.w3id.scokg.server.http.EntityTags;
import org.w3id.scokg.server.http.FormatParameter;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.http.Refusals;
import org.w3id.scokg.server.http.Responses;
import org.w3id.scokg.server.http.Vary;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Sentence;

/**
 * {@code /fragments}: Triple Pattern Fragments with the Quad Pattern extension. {@code subject},
 * {@code predicate}, {@code object} and {@code graph} (explicit representation) select the quads,
 * {@code page} the page of {@value FragmentPage#PAGE_SIZE}; TriG or N-Quads (with the metadata in
 * a graph of its own), JSON-LD (the same dataset; also for {@code application/json}), Turtle or N-Triples (quads as triples) by Accept,
 * and HTML with a form for a browser ({@link FragmentHtml}). The graph does not change
 * while it is served, so every page has a strong ETag, answers {@code 304} to {@code
 * If-None-Match}, may be kept a day, and is rendered once.
 */
final class FragmentsServlet extends HttpServlet {
    private static final Map<String, RDFFormat> FORMATS = formats();
    private static final List<String> PARAMETERS = List.of("subject", "predicate", "object", "graph");
    private static final String HTML = "text/html";
    /**
     * The forms of a page, RDF first: a client that accepts anything ({@code *}{@code /*}) gets TriG,
     * and a browser, which asks for HTML before anything else, the page for people.
     */
    private static final List<String> OFFERS = List.of("application/trig", "application/n-quads", "text/turtle", "application/n-triples", "application/ld+json", HTML);

    private final transient QuadSource source;
    private final transient PublicUrls urls;
    /** How long a pattern's matches may take to gather and order: the query timeout. */
    private final long timeoutMillis;
    private final transient ComputedOnce<String, Rendered> cache = new ComputedOnce<>(Caffeine.newBuilder()
            .maximumWeight(64L << 20).<String, Rendered>weigher((key, page) -> page.body().length + 2 * key.length()).build());

    /**
     * The ordered matches of each pattern asked for, weighed by their quads; gathered (up to the query
     * timeout) on the thread that first asks, holding up no other pattern ({@link ComputedOnce}).
     */
    private final transient ComputedOnce<List<Object>, List<Quad>> matches = new ComputedOnce<>(Caffeine.newBuilder()
            .maximumWeight(2_000_000).<List<Object>, List<Quad>>weigher((key, quads) -> 1 + quads.size()).build());

    private record Rendered(String mediaType, byte[] body, String etag) {}

    FragmentsServlet(QuadSource source, PublicUrls urls, long timeoutMillis) {
        this.source = source;
        this.urls = urls;
        this.timeoutMillis = timeoutMillis;
    }

    private static Map<String, RDFFormat> formats() {
        Map<String, RDFFormat> formats = new LinkedHashMap<>();
        formats.put("application/trig", RDFFormat.TRIG_BLOCKS);
        formats.put("application/n-quads", RDFFormat.NQUADS_UTF8);
        formats.put("text/turtle", RDFFormat.TURTLE_BLOCKS);
        formats.put("application/n-triples", RDFFormat.NTRIPLES_UTF8);
        formats.put("application/ld+json", RDFFormat.JSONLD11_PLAIN);
        return Map.copyOf(formats);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (Refusals.refusedRepeated(request, response, "format")) return;
        Optional<String> mediaType = negotiate(request, response);
        if (mediaType.isEmpty()) return;
        String fragments = urls.absolute(request, "/fragments");
        String pageUrl = fragments + IriQuery.named(request.getQueryString());
        boolean html = mediaType.get().equals(HTML);
        // A page for people is in the reader's language, which its key names.
        if (html) Vary.onLanguage(response);
        String cacheKey = mediaType.get() + (html ? " " + Language.of(request).tag : "") + " " + pageUrl;
        Rendered page;
        try {
            page = cache.get(cacheKey, key -> render(request, fragments, pageUrl, mediaType.get()));
        } catch (TermPattern.BadTerm e) {
            refuse(request, response, html, e);
            return;
        } catch (QuadSource.PastDeadline e) {
            Refusals.refusal(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    Sentence.of("said.fragmentsTimeout", Long.toString(Math.max(1, timeoutMillis / 1000))));
            return;
        }
        send(request, response, page);
    }

    /** The form of the page the request takes; empty, with the refusal answered, when it takes none offered. */
    private static Optional<String> negotiate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // A format named overrides Accept, as on every route that negotiates RDF (FormatParameter).
        String named = FormatParameter.of(request);
        if (named != null) {
            Optional<String> mediaType = MediaTypes.byName(named).map(format -> format.mediaType).filter(OFFERS::contains);
            if (mediaType.isEmpty()) FormatParameter.refuse(request, response, formatNames());
            return mediaType;
        }
        Vary.onAccept(response);
        // No form acceptable (RDF/XML, N3, XML): Turtle, as the specification would have it ("a server
        // SHOULD return a triple-based representation instead of ... 406").
        // A client that refuses Turtle by name (q=0) gets the 406 still.
        String accept = request.getHeader("Accept");
        Optional<String> mediaType = MediaTypes.negotiateRdfType(accept, OFFERS)
                .or(() -> accept != null && MediaTypes.refuses(accept, "text/turtle") ? Optional.empty() : Optional.of("text/turtle"));
        if (mediaType.isEmpty()) Refusals.notAcceptable(response, OFFERS);
        return mediaType;
    }

    /** A 400 for a pattern the page cannot read. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean html, TermPattern.BadTerm e) throws IOException {
        if (html) {
            // A reader who typed a term the form cannot read gets the form back, with what they
            // typed and what is wrong in their language, not one line of English text.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Responses.html(request, response, FragmentHtml.renderProblem(Page.of(request), asked(request), e));
        } else {
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    /** The page, with its ETag, unless a precondition fails or the client's copy is current. */
    private static void send(HttpServletRequest request, HttpServletResponse response, Rendered page) throws IOException {
        response.setHeader("ETag", page.etag());
        response.setHeader("Cache-Control", "public, max-age=86400");
        if (EntityTags.preconditionFails(request, page.etag())) {
            EntityTags.preconditionFailed(request, response);
            return;
        }
        if (EntityTags.notModified(request, page.etag())) {
            EntityTags.notModified(response);
            return;
        }
        Responses.send(request, response, page.mediaType() + (page.mediaType().startsWith("text/") ? ";charset=utf-8" : ""), page.body());
    }

    private Rendered render(HttpServletRequest request, String fragments, String pageUrl, String mediaType) {
        refuseOthers(request);
        AskedPattern asked = AskedPattern.read(request);
        once(request, "page");
        BigInteger page = page(request.getParameter("page"));
        List<Quad> matches = matches(asked, fragments);
        FragmentPage fragment = new FragmentPage(fragments, pageUrl, new FragmentPage.Pattern(asked.given()), page, matches);
        byte[] bytes = write(request, fragment, mediaType);
        return new Rendered(mediaType, bytes, "\"" + Checksums.sha256(bytes).substring(0, 32) + "\"");
    }

    /**
     * The pattern asked: a term or nothing in each place of {@link #PARAMETERS}, the values given for
     * the page's links, and the places that name one variable twice or more ({@code same}).
     */
    private record AskedPattern(Node[] terms, Map<String, String> given, List<List<Integer>> same) {
        static AskedPattern read(HttpServletRequest request) {
            Map<String, String> given = new LinkedHashMap<>();
            Node[] terms = new Node[PARAMETERS.size()];
            Map<String, List<Integer>> variables = new LinkedHashMap<>();
            for (int i = 0; i < PARAMETERS.size(); i++) {
                once(request, PARAMETERS.get(i));
                String value = request.getParameter(PARAMETERS.get(i));
                terms[i] = TermPattern.parse(value, PARAMETERS.get(i));
                if (terms[i] != null) given.put(PARAMETERS.get(i), value);
                else if (value != null && value.length() > 1) variables.computeIfAbsent(value, v -> new ArrayList<>()).add(i);
            }
            // A variable named twice (?x knows ?x) matches only where both places hold the same term;
            // the pages' links keep it, so the next page is of the same pattern.
            List<List<Integer>> same = new ArrayList<>();
            variables.forEach((variable, places) -> {
                if (places.size() < 2) return;
                same.add(places);
                places.forEach(i -> given.put(PARAMETERS.get(i), variable));
            });
            return new AskedPattern(terms, given, same);
        }
    }

    /** The quads that match {@code asked}, in order, gathered once per pattern. */
    private List<Quad> matches(AskedPattern asked, String fragments) {
        Node[] terms = asked.terms();
        List<List<Integer>> same = asked.same();
        // The matches of a pattern are gathered and ordered once and kept: every page of it, and a
        // page asked for by another URL (the places in another order or encoding), reads them.
        // The default graph is named by an IRI of the host asked (without --base), but its matches are
        // the same under every name (their quads are in Jena's default graph): kept once, under
        // Node.ANY, which no parsed term is, so that a new Host header does not gather and sort the
        // whole dataset again and keep another copy of it.
        Node defaultGraph = FragmentPage.defaultGraph(fragments);
        List<Object> key = new ArrayList<>(Arrays.asList(terms));
        if (defaultGraph.equals(terms[3])) key.set(3, Node.ANY);
        key.add(same);
        return this.matches.get(key, k -> source.match(terms[3], terms[0], terms[1], terms[2], defaultGraph, timeoutMillis).stream()
                .filter(quad -> same.stream().allMatch(places -> places.stream().map(i -> term(quad, i)).distinct().count() == 1)).toList());
    }

    /** The bytes of {@code fragment} in {@code mediaType}. */
    private static byte[] write(HttpServletRequest request, FragmentPage fragment, String mediaType) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFFormat format = FORMATS.get(mediaType);
        if (mediaType.equals(HTML)) {
            body.writeBytes(FragmentHtml.render(Page.of(request), fragment, asked(request), OFFERS.subList(0, OFFERS.size() - 1)).getBytes(StandardCharsets.UTF_8));
        } else if (format == RDFFormat.JSONLD11_PLAIN) {
            // JSON-LD has no streaming writer: the page (at most a page of quads and its controls) is
            // gathered, then written as a dataset, the metadata in its own named graph as in TriG.
            DatasetGraph gathered = DatasetGraphFactory.create();
            fragment.write(StreamRDFLib.dataset(gathered), true);
            RDFDataMgr.write(body, gathered, format);
        } else {
            fragment.write(StreamRDFWriter.getWriterStream(body, format), format == RDFFormat.TRIG_BLOCKS || format == RDFFormat.NQUADS_UTF8);
        }
        return body.toByteArray();
    }

    /** The names {@code format=} takes: the extension of each form offered. */
    private static List<String> formatNames() {
        return OFFERS.stream().map(type -> MediaTypes.byMediaType(type).orElseThrow().extension).toList();
    }

    /** The parameters of the pattern as asked, in {@link #PARAMETERS}' order, null where absent. */
    private static String[] asked(HttpServletRequest request) {
        return PARAMETERS.stream().map(request::getParameter).toArray(String[]::new);
    }

    /** The term of a quad in the place of {@link #PARAMETERS}' {@code i}th: subject, predicate, object, graph. */
    private static Node term(Quad quad, int i) {
        return switch (i) {
            case 0 -> quad.getSubject();
            case 1 -> quad.getPredicate();
            case 2 -> quad.getObject();
            default -> quad.getGraph();
        };
    }

    /**
     * Fails on a parameter that is none of the pattern's, {@code page}, or those that choose the
     * representation and name no page ({@link IriQuery#choosesRepresentation}): answered as if absent, it would
     * name one fragment under another IRI ({@code &predicat=}, a mistyped place, the whole dataset's
     * fragment under it), its {@code hydra:next} naming the pattern's pages without it.
     */
    private static void refuseOthers(HttpServletRequest request) {
        for (String name : java.util.Collections.list(request.getParameterNames())) {
            if (PARAMETERS.contains(name) || name.equals("page") || IriQuery.choosesRepresentation(name)) continue;
            String echoed = org.w3id.scokg.query.NamedQuery.echo(name);
            throw new TermPattern.BadTerm(name, "parameter", echoed,
                    echoed + " is not a parameter of a fragment; it takes subject, predicate, object, graph, page and format, and lang for the page's language");
        }
    }

    /**
     * Fails when {@code parameter} is given more than once: a pattern has one term in each place.
     * Reading the first and dropping the others unsaid, {@code subject=A&subject=B} would answer A's
     * page as if it were the one asked for.
     */
    private static void once(HttpServletRequest request, String parameter) {
        String[] values = request.getParameterValues(parameter);
        if (values != null && values.length > 1) {
            throw new TermPattern.BadTerm(parameter, "repeated", values[1], parameter + " is given " + values.length + " times; a pattern has one term in each place");
        }
    }

    /** The page asked for, from 1: a whole number of any length (past the last is an empty page), else a 400. */
    private static BigInteger page(String value) {
        if (value == null) return BigInteger.ONE;
        // Any whole number from 1, however far past an int, is a page, not a 400 saying it is no whole
        // number. The address's limit (8 KiB) bounds its digits.
        if (value.matches("[0-9]+") && value.chars().anyMatch(c -> c != '0')) return new BigInteger(value);
        throw new TermPattern.BadTerm("page", "page", value, "page must be a whole number from 1");
    }
}
