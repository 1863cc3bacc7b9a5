package org.w3id.scokg.server.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.http.RenderedGraph;
import org.w3id.scokg.server.http.Responses;

class ShapesDocumentTest {
    private static final Path SHAPES = Path.of("ontology/shapes.ttl");

    /** Two reads of the file, as two starts of the server make, give the same bytes in every format /shapes offers. */
    @Test
    void two_renderings_of_the_shapes_are_the_same_bytes_in_every_format() {
        RenderedGraph first = NamespaceModule.shapesDocument(SHAPES);
        RenderedGraph second = NamespaceModule.shapesDocument(SHAPES);
        for (MediaTypes.Format format : MediaTypes.RDF) {
            byte[] bytes = Responses.render(first.graph(), format);
            assertArrayEquals(bytes, Responses.render(second.graph(), format), format.toString());
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertFalse(text.contains("_:"), format + " writes no blank node label");
        }
        String turtle = new String(Responses.render(first.graph(), MediaTypes.Format.TURTLE), StandardCharsets.UTF_8);
        assertTrue(turtle.contains("shape:State-iso3166Alpha2"), "the file's prefixes");
    }
}
