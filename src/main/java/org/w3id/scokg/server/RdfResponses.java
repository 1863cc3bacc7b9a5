package org.w3id.scokg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Writing answers: RDF in a negotiated format, pages, plain-text errors; all with their length. */
final class RdfResponses {
    private RdfResponses() {}

    /**
     * Says the answer varies with {@code Accept}, keeping what is already in {@code Vary}: Jetty's
     * gzip handler has put {@code Accept-Encoding} there, and a cache that lost it would hand a
     * gzipped body to a client that cannot read it.
     */
    static void varyOnAccept(HttpServletResponse response) {
        Collection<String> values = response.getHeaders("Vary");
        for (String value : values) {
            for (String name : value.split(",")) {
                if (name.strip().equalsIgnoreCase("Accept")) return;
            }
        }
        response.setHeader("Vary", values.isEmpty() ? "Accept" : String.join(", ", values) + ", Accept");
    }

    static byte[] render(Graph graph, MediaTypes.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == MediaTypes.Format.TRIG) {
            RDFWriter.source(DatasetGraphFactory.wrap(graph)).format(format.rdfFormat).output(out);
        } else {
            RDFWriter.source(graph).format(format.rdfFormat).output(out);
        }
        return out.toByteArray();
    }

    /** The format asked for by {@code ?format=} or the Accept header; a 406 has been sent when empty. */
    static Optional<MediaTypes.Format> negotiate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        varyOnAccept(response);
        String explicit = request.getParameter("format");
        Optional<MediaTypes.Format> format = explicit != null
                ? MediaTypes.byExtension(explicit).or(() -> MediaTypes.byMediaType(explicit))
                : MediaTypes.negotiate(request.getHeader("Accept"));
        if (format.isEmpty()) {
            text(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable. Supported types: " + MediaTypes.supported());
        }
        return format;
    }

    static void send(HttpServletResponse response, String contentType, byte[] body) throws IOException {
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static void rdf(HttpServletResponse response, Graph graph, MediaTypes.Format format) throws IOException {
        send(response, format.mediaType + (format == MediaTypes.Format.TURTLE ? ";charset=utf-8" : ""), render(graph, format));
    }

    static void html(HttpServletResponse response, String page) throws IOException {
        send(response, "text/html;charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    static void text(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        send(response, "text/plain;charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
