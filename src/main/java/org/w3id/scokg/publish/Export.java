package org.w3id.scokg.publish;

/**
 * Files for other tools, served with the dumps, in SHA256SUMS: not RDF, so no void:dataDump. The
 * dataset's exports for Wikidata are distributions of the dataset in the description (dcat:distribution
 * with media type, size and SHA-256); the w3id rules, the server's configuration rather than the
 * data, are not.
 */
public enum Export {
    QUICKSTATEMENTS("wikidata-memberships.qs", "text/plain; charset=utf-8", "memberships for Wikidata, QuickStatements"),
    MIXNMATCH("mixnmatch.csv", "text/csv; charset=utf-8", "catalogue for Wikidata's Mix'n'match, CSV"),
    W3ID("w3id.htaccess", "text/plain; charset=utf-8", null);

    public final String file;
    public final String mediaType;
    /** Its title as a distribution of the dataset; null for a file that is none. */
    public final String title;

    Export(String file, String mediaType, String title) {
        this.file = file;
        this.mediaType = mediaType;
        this.title = title;
    }

    /** The type of its bytes without parameters ({@code text/csv}), as DCAT names a media type by IANA's IRI. */
    public String bareMediaType() {
        return mediaType.split(";", 2)[0].strip();
    }
}
