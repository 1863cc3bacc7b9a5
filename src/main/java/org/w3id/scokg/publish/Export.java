package org.w3id.scokg.publish;

/** Files for other tools, served with the dumps: not RDF, not in the VoID, in SHA256SUMS. */
public enum Export {
    QUICKSTATEMENTS("wikidata-memberships.qs", "text/plain; charset=utf-8"),
    MIXNMATCH("mixnmatch.csv", "text/csv; charset=utf-8"),
    W3ID("w3id.htaccess", "text/plain; charset=utf-8");

    public final String file;
    public final String mediaType;

    Export(String file, String mediaType) {
        this.file = file;
        this.mediaType = mediaType;
    }
}
