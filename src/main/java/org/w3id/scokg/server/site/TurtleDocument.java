package org.w3id.scokg.server.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.w3id.scokg.project.ProjectFiles;
import org.w3id.scokg.server.web.MediaTypes;
import org.w3id.scokg.server.web.RenderedGraph;
import org.w3id.scokg.server.web.Responses;

/**
 * An RDF document kept as the Turtle it was published in (the dataset description, the shapes, an
 * earlier version of the ontology), read once when the server starts: served negotiated as every
 * RDF document of the server is, Turtle as its file's bytes, the other RDF formats written once from
 * its triples ({@link RenderedGraph}), and 406 (with {@code Vary: Accept}) when the client takes none of them.
 */
public record TurtleDocument(Graph graph, byte[] turtle, RenderedGraph others) {
    static TurtleDocument read(Path file, String display) {
        Graph graph = ProjectFiles.readTurtle(file, display);
        return new TurtleDocument(graph, ProjectFiles.readUtf8(file, display).getBytes(StandardCharsets.UTF_8), new RenderedGraph(graph));
    }

    void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<MediaTypes.Format> format = Responses.negotiate(request, response, MediaTypes.RDF);
        if (format.isPresent()) serve(request, response, format.get());
    }

    /** The document in {@code format}, one of {@link MediaTypes#RDF}, already negotiated. */
    void serve(HttpServletRequest request, HttpServletResponse response, MediaTypes.Format format) throws IOException {
        if (format == MediaTypes.Format.TURTLE) Responses.send(request, response, Responses.contentType(format), turtle);
        else others.send(request, response, format);
    }
}
