package org.w3id.scokg.server.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.jetty.ee10.servlet.HttpOutput;
import org.w3id.scokg.publish.JsonLdWriter;
import org.w3id.scokg.server.web.NotFoundPage;
import org.w3id.scokg.server.web.Sentence;

/** Writing answers: RDF in a negotiated format, pages, and one-sentence errors; all with their length. */
public final class Responses {
    private Responses() {}

    /**
     * One graph in {@code format}; a dataset syntax writes it as its default graph. JSON-LD is
     * written in one pass ({@link JsonLdWriter}), as the dump and the endpoint's answers are: Jena's
     * writer builds and compacts the whole document first, and nothing stops it.
     */
    public static byte[] render(Graph graph, MediaTypes.Format format) {
        if (format.namesGraphs()) return render(DatasetGraphFactory.wrap(graph), format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == MediaTypes.Format.JSONLD) {
            try (Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                JsonLdWriter.answer(DatasetGraphFactory.wrap(graph), graph.getPrefixMapping().getNsPrefixMap(), text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
        RDFWriter.source(graph).format(format.rdfFormat).output(out);
        return out.toByteArray();
    }

    /** A dataset in a dataset syntax ({@link MediaTypes.Format#namesGraphs()}), each triple in its graph. */
    public static byte[] render(DatasetGraph dataset, MediaTypes.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(dataset).format(format.rdfFormat).output(out);
        return out.toByteArray();
    }

    /**
     * Whether one of {@code names} is given more than once in {@code request}'s query string or form,
     * in which case a 400 naming it has been sent: a route reads each once, so every route refuses a
     * repeated name alike, rather than taking one of the values unsaid.
     */
    public static boolean refusedRepeated(HttpServletRequest request, HttpServletResponse response, String... names) throws IOException {
        // Only a request with a query string or a body can repeat one; asking Jetty for a parameter parses them all.
        if (request.getQueryString() == null && request.getContentLength() <= 0) return false;
        for (String name : names) {
            String[] values = request.getParameterValues(name);
            if (values != null && values.length > 1) {
                clientError(request, response, HttpServletResponse.SC_BAD_REQUEST, Sentence.of("said.repeated", name, values.length));
                return true;
            }
        }
        return false;
    }

    /**
     * The format among {@code offers} asked for by {@code ?format=} or Accept; when empty, a 400 has
     * been sent for a format named that is none of them ({@link FormatParameter#refuse}), or a 406 for
     * an Accept that none of them meets. An answer whose format {@code ?format=} names does not vary
     * on Accept, and does not say it does; a refusal does, page or sentence.
     */
    public static Optional<MediaTypes.Format> negotiate(HttpServletRequest request, HttpServletResponse response, List<MediaTypes.Format> offers)
            throws IOException {
        String explicit = FormatParameter.of(request);
        if (explicit != null) {
            Optional<MediaTypes.Format> named = FormatParameter.among(explicit, offers);
            if (named.isEmpty()) FormatParameter.refuse(request, response, FormatParameter.names(offers));
            return named;
        }
        Vary.onAccept(response);
        Optional<MediaTypes.Format> format = MediaTypes.negotiate(request.getHeader("Accept"), offers);
        if (format.isEmpty()) notAcceptable(request, response, offers.stream().map(f -> f.mediaType).toList());
        return format;
    }

    /** 406, naming what the route offers, as one sentence of text: for routes only programs use. */
    public static void notAcceptable(HttpServletResponse response, List<String> offered) throws IOException {
        text(response, HttpServletResponse.SC_NOT_ACCEPTABLE, notAcceptable(offered).english());
    }

    /** 406, naming what the route offers: to a browser on a page ({@link #clientError}), to a program as one sentence. */
    public static void notAcceptable(HttpServletRequest request, HttpServletResponse response, List<String> offered) throws IOException {
        clientError(request, response, HttpServletResponse.SC_NOT_ACCEPTABLE, notAcceptable(offered));
    }

    private static Sentence notAcceptable(List<String> offered) {
        return Sentence.of("said.notAcceptable", String.join(", ", offered));
    }

    /**
     * A client's mistake on a route for people ({@code page=0} on a search, {@code format=foo} on a
     * thing's page), answered {@code status} with {@code sentence}: to a browser a page in its
     * language that says it ({@link ErrorPage}), to a program the sentence as text.
     */
    public static void clientError(HttpServletRequest request, HttpServletResponse response, int status, String sentence) throws IOException {
        refusal(request, response, status, sentence, null);
    }

    /** {@link #clientError(HttpServletRequest, HttpServletResponse, int, String)} with a sentence of the bundles: on the page in the reader's words. */
    public static void clientError(HttpServletRequest request, HttpServletResponse response, int status, Sentence said) throws IOException {
        refusal(request, response, status, said.english(), said);
    }

    /** {@link #refusal(HttpServletRequest, HttpServletResponse, int, String)} with a sentence of the bundles: on the page in the reader's words. */
    public static void refusal(HttpServletRequest request, HttpServletResponse response, int status, Sentence said) throws IOException {
        refusal(request, response, status, said.english(), said);
    }

    /**
     * A request a route for people cannot answer, {@code status} with {@code sentence}, whoever's the
     * fault (a 503 past the timeout as well as a client's mistake): to a browser the page that says it
     * ({@link ErrorPage}), to a program the sentence as text, or on the reconciliation service's
     * routes as a problem document ({@link ProblemDocument}).
     */
    public static void refusal(HttpServletRequest request, HttpServletResponse response, int status, String sentence) throws IOException {
        refusal(request, response, status, sentence, null);
    }

    private static void refusal(HttpServletRequest request, HttpServletResponse response, int status, String sentence, Sentence said) throws IOException {
        // A page to a browser, a sentence to a program: a cache must keep them apart.
        Vary.onAccept(response);
        if (ProblemDocument.answers(request.getHeader("Accept"), request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setStatus(status);
            send(response, ProblemDocument.MEDIA_TYPE, ProblemDocument.json(status, sentence, null, null).getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!browser(request)) {
            text(response, status, sentence);
            return;
        }
        response.setStatus(status);
        Vary.onLanguage(response);
        html(response, ErrorPage.render(request, status, sentence, said));
    }

    /** Whether a page is wanted: HTML named in Accept and first there (a wildcard alone is a program's). */
    static boolean browser(HttpServletRequest request) {
        return browser(request.getHeader("Accept"));
    }

    /** Whether an {@code Accept} header asks for a page: HTML named in it and first there. */
    public static boolean browser(String accept) {
        // A header that says nothing readable is no browser's (AcceptHeader): it is read as none.
        return AcceptHeader.ranges(accept).isPresent() && MediaTypes.negotiateType(accept, List.of("text/html", "text/plain")).filter("text/html"::equals).isPresent()
                && accept.toLowerCase(java.util.Locale.ROOT).contains("text/html");
    }

    /**
     * 404, saying what was not found: to a browser (HTML first in its Accept) a page in its language
     * that offers the search box, to a program one sentence of text.
     */
    public static void notFound(HttpServletRequest request, HttpServletResponse response, String what) throws IOException {
        notFound(request, response, what, null);
    }

    /**
     * {@link #notFound(HttpServletRequest, HttpServletResponse, String)} with a sentence of the bundles:
     * on the page in the reader's words, to a program the English as before.
     */
    public static void notFound(HttpServletRequest request, HttpServletResponse response, Sentence said) throws IOException {
        notFound(request, response, said.english(), said);
    }

    private static void notFound(HttpServletRequest request, HttpServletResponse response, String what, Sentence said) throws IOException {
        // A page to a browser, a sentence to a program: a cache must keep them apart (the 404 is
        // cached for an hour), so Vary names Accept, not Accept-Encoding alone.
        Vary.onAccept(response);
        if (!browser(request)) {
            text(response, HttpServletResponse.SC_NOT_FOUND, what);
            return;
        }
        String page = NotFoundPage.render(request, what, said);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        Vary.onLanguage(response);
        html(response, page);
    }

    public static void send(HttpServletResponse response, String contentType, byte[] body) throws IOException {
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * A body rendered once and sent many times, from a direct buffer ({@link Held}), which Jetty
     * writes to the socket as it is when the servlet's stream is Jetty's own ({@link
     * HttpOutput#sendContent(ByteBuffer)}): no copy into the response's output buffer, and none into
     * a direct buffer for each write to the socket, as a body in the heap takes. Under a wrapped
     * stream (a HEAD's, which discards what it is given) the bytes are copied out and written.
     */
    public static void send(HttpServletResponse response, String contentType, Held body) throws IOException {
        response.setContentType(contentType);
        response.setContentLength(body.length());
        ServletOutputStream out = response.getOutputStream();
        if (out instanceof HttpOutput jetty) jetty.sendContent(body.direct().duplicate());
        else out.write(body.bytes());
    }

    /**
     * {@link #send(HttpServletResponse, String, Held)} without holding a thread while the client does
     * not read: the body is handed to Jetty as one write that completes the request when the client
     * has taken it, or when its connection fails (the idle timeout for a client that reads nothing).
     * A blocking write held its thread until then, and pipelined requests for pages, never read, held
     * every thread of Jetty's pool for 30 s (`/$/ping` waited 27 s): the
     * next request on a connection is read only once the one before has completed.
     */
    public static void send(HttpServletRequest request, HttpServletResponse response, String contentType, Held body) throws IOException {
        response.setContentType(contentType);
        response.setContentLength(body.length());
        if (!ThreadlessWrite.handOff(request, response, body.direct().duplicate())) send(response, contentType, body);
    }

    /** {@link #send(HttpServletResponse, String, byte[])}, written without holding a thread, as a {@link Held} body is. */
    public static void send(HttpServletRequest request, HttpServletResponse response, String contentType, byte[] body) throws IOException {
        response.setContentType(contentType);
        response.setContentLength(body.length);
        if (!ThreadlessWrite.handOff(request, response, ByteBuffer.wrap(body))) response.getOutputStream().write(body);
    }

    /** Bytes kept, out of the heap, to be sent many times: a read-only direct buffer. */
    public record Held(ByteBuffer direct) {
        public static Held of(byte[] bytes) {
            return new Held(ByteBuffer.allocateDirect(bytes.length).put(bytes).flip().asReadOnlyBuffer());
        }

        public int length() {
            return direct.remaining();
        }

        /** A copy of the bytes in the heap. */
        public byte[] bytes() {
            byte[] bytes = new byte[direct.remaining()];
            direct.duplicate().get(bytes);
            return bytes;
        }
    }

    /** {@code graph}, made for this request, in {@code format}, written without holding a thread ({@link #send(HttpServletRequest, HttpServletResponse, String, byte[])}). */
    public static void rdf(HttpServletRequest request, HttpServletResponse response, Graph graph, MediaTypes.Format format) throws IOException {
        send(request, response, contentType(format), render(graph, format));
    }

    /** The Content-Type of a format; text types say their charset. */
    public static String contentType(MediaTypes.Format format) {
        return format.mediaType + (format == MediaTypes.Format.HTML || format == MediaTypes.Format.TURTLE ? ";charset=utf-8" : "");
    }

    public static void html(HttpServletResponse response, String page) throws IOException {
        response.setHeader("Content-Security-Policy", PAGE_POLICY);
        send(response, "text/html;charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #html(HttpServletResponse, String)}, written without holding a thread ({@link #send(HttpServletRequest, HttpServletResponse, String, Held)}). */
    public static void html(HttpServletRequest request, HttpServletResponse response, String page) throws IOException {
        response.setHeader("Content-Security-Policy", PAGE_POLICY);
        send(request, response, "text/html;charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What a page's scripts may reach: this site only. No request leaves a page (the editor's
     * queries, the suggestions, the labels), so a link naming another endpoint cannot make the
     * editor post the reader's query there.
     */
    static final String PAGE_POLICY = "connect-src 'self'";

    /**
     * A one-sentence answer, for when the client may already have gone: a failure to write is
     * nothing to report, the client no longer waits for it.
     */
    public static void sendQuietly(HttpServletResponse response, int status, String message) {
        try {
            response.resetBuffer();
            text(response, status, message);
        } catch (IOException | IllegalStateException clientGone) {
            // Nothing to tell anyone.
        }
    }

    public static void text(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        send(response, "text/plain;charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
