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

/**
 * Writing answers, each with its length: RDF in the format negotiated ({@link #negotiate}), pages and
 * text. What a route answers when it cannot answer (a 400, a 404, a 406) is {@link Refusals}'.
 */
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
        if (format.isEmpty()) Refusals.notAcceptable(request, response, offers.stream().map(f -> f.mediaType).toList());
        return format;
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
