package org.w3id.scokg.server.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.w3id.scokg.project.ProjectFiles;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.http.RenderedGraph;

/**
 * An RDF document kept as the Turtle it was published in (the dataset description, an earlier
 * version of the ontology), read once when the server starts: served negotiated as every
 * RDF document of the server is, Turtle as its file's bytes, the other RDF formats written once from
 * its triples ({@link RenderedGraph}), each with its ETag, and 406 (with {@code Vary: Accept}) when
 * the client takes none of them.
 */
public record TurtleDocument(RenderedGraph rendered) {
    static TurtleDocument read(Path file, String display) {
        Graph graph = ProjectFiles.readTurtle(file, display);
        byte[] turtle = ProjectFiles.readUtf8(file, display).getBytes(StandardCharsets.UTF_8);
        return new TurtleDocument(new RenderedGraph(graph, MediaTypes.Format.TURTLE, turtle));
    }

    public Graph graph() {
        return rendered.graph();
    }

    void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        rendered.serve(request, response);
    }

    /** The document in {@code format}, one of {@link MediaTypes#RDF}, already negotiated. */
    void serve(HttpServletRequest request, HttpServletResponse response, MediaTypes.Format format) throws IOException {
        rendered.send(request, response, format);
    }
}
