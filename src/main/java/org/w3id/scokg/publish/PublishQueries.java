package org.w3id.scokg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** The SPARQL queries the dumps and exports are computed with, kept as files beside this class. */
final class PublishQueries {
    private PublishQueries() {}

    static Query read(String name) {
        try (InputStream in = PublishQueries.class.getResourceAsStream(name)) {
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
