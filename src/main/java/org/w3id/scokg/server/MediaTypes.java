package org.w3id.scokg.server;

import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
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

    private MediaTypes() {}

    /**
     * The format an Accept header asks for; HTML when there is none; empty when nothing offered is
     * acceptable. Each format gets the q of the most specific range that matches it (a type beats
     * {@code type/*}, which beats {@code *\/*}); the highest q above 0 wins, ties going to the order
     * of {@link Format}. Media types are compared without regard to case.
     */
    public static Optional<Format> negotiate(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(Format.HTML);
        List<MediaRange> ranges;
        try {
            ranges = new AcceptList(accept.toLowerCase(java.util.Locale.ROOT)).entries();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Format best = null;
        double bestQ = 0;
        for (Format format : Format.values()) {
            double q = quality(format, ranges);
            if (q > bestQ) {
                best = format;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(Format format, List<MediaRange> ranges) {
        String[] parts = format.mediaType.split("/");
        int bestSpecificity = -1;
        double q = 0;
        for (MediaRange range : ranges) {
            if (range.getType() == null || range.getSubType() == null) continue;
            boolean anyType = range.getType().equals("*");
            boolean anySub = range.getSubType().equals("*");
            boolean matches = (anyType || range.getType().equals(parts[0])) && (anySub || range.getSubType().equals(parts[1]));
            int specificity = anyType ? 0 : anySub ? 1 : 2;
            if (matches && specificity > bestSpecificity) {
                bestSpecificity = specificity;
                q = range.get_q();
            }
        }
        return q;
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
