package org.w3id.scokg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;

/**
 * An RDF document that does not change while it is served (the ontology, the dataset description,
 * the shapes, the named queries' examples), written once in each format asked for, kept out of the
 * heap and sent without holding a thread ({@link Responses#send(HttpServletRequest, HttpServletResponse,
 * String, Responses.Held)}), with a strong ETag per format ({@link EntityTags}). Written anew for
 * each request, on its own thread, the ontology as JSON-LD took 1.2 to 1.7 s of a core, and 24
 * connections that pipelined {@code GET /ontology.ttl} and read nothing held Jetty's threads, {@code
 * /$/ping} waiting 33 s. The ETag spares a VoID harvester downloading the dataset's description
 * whole at every poll.
 */
public final class RenderedGraph {
    /** The document in one format: its bytes and their tag. */
    private record Written(Responses.Held body, String etag) {
        static Written of(byte[] bytes, MediaTypes.Format format) {
            return new Written(Responses.Held.of(bytes), EntityTags.of(bytes, format));
        }
    }

    private final Graph graph;
    private final Map<MediaTypes.Format, Written> written = new ConcurrentHashMap<>();

    public RenderedGraph(Graph graph) {
        this.graph = graph;
    }

    /** {@code graph}, sent in {@code format} as {@code bytes}: a file's Turtle as it was published, byte for byte. */
    public RenderedGraph(Graph graph, MediaTypes.Format format, byte[] bytes) {
        this(graph);
        written.put(format, Written.of(bytes, format));
    }

    public Graph graph() {
        return graph;
    }

    /**
     * The document in the RDF format the request asks for ({@link MediaTypes#RDF}, by {@code ?format=}
     * or Accept; Turtle to a client that takes anything), or 406 with {@code Vary: Accept} when it
     * takes none of them.
     */
    public void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<MediaTypes.Format> format = Responses.negotiate(request, response, MediaTypes.RDF);
        if (format.isPresent()) send(request, response, format.get());
    }

    /** The document in {@code format}, an RDF format already negotiated; 304 or 412 where the request's conditions say so. */
    public void send(HttpServletRequest request, HttpServletResponse response, MediaTypes.Format format) throws IOException {
        Written document = written.computeIfAbsent(format, f -> Written.of(Responses.render(graph, f), f));
        if (EntityTags.answered(request, response, document.etag())) return;
        Responses.send(request, response, Responses.contentType(format), document.body());
    }
}
