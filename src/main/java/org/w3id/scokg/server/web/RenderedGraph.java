package org.w3id.scokg.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;

/**
 * An RDF document that does not change while it is served (the ontology, the dataset description,
 * the shapes), written once in each format asked for, kept out of the heap and sent without holding
 * a thread ({@link Responses#send(HttpServletRequest, HttpServletResponse, String, Responses.Held)}).
 * Until a review on 4 December 2026 each request wrote it anew, on its own thread: the ontology as
 * JSON-LD took 1.2 to 1.7 s of a core, and 24 connections that pipelined {@code GET /ontology.ttl}
 * and read nothing held Jetty's threads, {@code /$/ping} waiting 33 s.
 */
public final class RenderedGraph {
    private final Graph graph;
    private final Map<MediaTypes.Format, Responses.Held> written = new ConcurrentHashMap<>();

    public RenderedGraph(Graph graph) {
        this.graph = graph;
    }

    public Graph graph() {
        return graph;
    }

    /** The document in {@code format}, an RDF format already negotiated. */
    public void send(HttpServletRequest request, HttpServletResponse response, MediaTypes.Format format) throws IOException {
        Responses.Held bytes = written.computeIfAbsent(format, f -> Responses.Held.of(Responses.render(graph, f)));
        Responses.send(request, response, Responses.contentType(format), bytes);
    }
}
