package org.w3id.scokg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.w3id.scokg.vocab.SCO;

/**
 * The w3id.org redirect rules ({@code .htaccess} for {@code /sco-kg/}): the template {@code
 * w3id.htaccess} beside this class with the host the graph is served from filled in.
 */
public final class W3idRules {
    /** The host written when the build names none. */
    public static final String DEFAULT_TARGET = "https://sco-kg.example.org";

    /** The settings line of the inputs' manifest ({@code InputManifest}) that names the rules' target. */
    public static final String MANIFEST_SETTING = "w3id-target ";

    private W3idRules() {}

    /** The rules for {@code target}, for an ontology without a version IRI. */
    public static byte[] render(String target) {
        return render(target, null);
    }

    /**
     * The rules for {@code target}, an absolute http(s) URL (a trailing slash is dropped), sending
     * {@code versionIri} (the ontology's owl:versionIRI, or null) to the ontology this build serves.
     */
    public static byte[] render(String target, String versionIri) {
        String host = target.replaceFirst("/+$", "");
        try {
            URI uri = new URI(host);
            if (!uri.isAbsolute() || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("the w3id target must be an absolute http(s) URL, not '" + target + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the w3id target is not a URL: " + e.getMessage(), e);
        }
        try (InputStream in = W3idRules.class.getResourceAsStream("w3id.htaccess")) {
            String versionRule = versionIri == null || !versionIri.startsWith(SCO.BASE) ? "" : "RewriteRule ^"
                    + versionIri.substring(SCO.BASE.length()).replaceAll("[^A-Za-z0-9/_~]", "\\\\$0") + "$ {host}/ontology [R=302,L]";
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{versionRule}", versionRule).replace("{host}", host)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
