package org.w3id.scokg.server;

import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

/**
 * Content negotiation for descriptions: one pure function from an Accept header (q-values, lists
 * and wildcards) or an explicit extension to a format. HTML is first, so browsers and clients that
 * send no Accept get a page.
 */
public final class MediaTypes {
    /** A format a description is served in. */
    public enum Format {
        HTML("html", "text/html", null),
        TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
        JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11_PRETTY),
        RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN),
        NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES_UTF8),
        TRIG("trig", "application/trig", RDFFormat.TRIG_PRETTY);

        public final String extension;
        public final String mediaType;
        public final RDFFormat rdfFormat;

        Format(String extension, String mediaType, RDFFormat rdfFormat) {
            this.extension = extension;
            this.mediaType = mediaType;
            this.rdfFormat = rdfFormat;
        }
    }

    private static final AcceptList OFFERS = AcceptList.create(
            List.of(Format.values()).stream().map(f -> f.mediaType).toArray(String[]::new));

    private MediaTypes() {}

    /** The format an Accept header asks for; HTML when there is none; empty when nothing offered is acceptable. */
    public static Optional<Format> negotiate(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(Format.HTML);
        AcceptList wanted;
        try {
            wanted = new AcceptList(accept);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        MediaType match = AcceptList.match(wanted, OFFERS);
        if (match == null) return Optional.empty();
        return byMediaType(match.getContentTypeStr());
    }

    public static Optional<Format> byExtension(String extension) {
        return List.of(Format.values()).stream().filter(f -> f.extension.equals(extension)).findFirst();
    }

    public static Optional<Format> byMediaType(String mediaType) {
        return List.of(Format.values()).stream().filter(f -> f.mediaType.equals(mediaType)).findFirst();
    }

    /** The sentence a 406 answers with. */
    public static String supported() {
        return String.join(", ", List.of(Format.values()).stream().map(f -> f.mediaType).toList());
    }
}
