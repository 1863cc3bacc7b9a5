package org.w3id.scokg.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.w3id.scokg.publish.Checksums;

/**
 * Strong entity tags of representations that do not change while the server runs, and the
 * conditions a request puts on them (RFC 9110 13.1). A tag names the bytes and their format: a
 * document's Turtle and TriG may be the same bytes, and a validator of one must not let a cache serve
 * it as the other (RFC 9110 8.8.3). Jetty's GzipHandler adds {@code --gzip} to the tag of an answer it
 * compresses and takes it off the tags a request names, so a compressed form has a tag of its own.
 */
public final class EntityTags {
    private EntityTags() {}

    /** The tag of {@code body} sent as {@code format}. */
    public static String of(byte[] body, MediaTypes.Format format) {
        return "\"" + Checksums.sha256(body).substring(0, 32) + "-" + format.extension + "\"";
    }

    /**
     * Sets {@code ETag} to {@code etag} and answers the request's conditions on it: 412 when its
     * If-Match names another version, 304 when its If-None-Match names this one. True when the request
     * has been answered so and nothing more is to be sent.
     */
    public static boolean answered(HttpServletRequest request, HttpServletResponse response, String etag) throws IOException {
        response.setHeader("ETag", etag);
        if (Responses.preconditionFails(request, etag)) {
            Responses.preconditionFailed(response);
            return true;
        }
        if (Responses.notModified(request, etag)) {
            Responses.notModified(response);
            return true;
        }
        return false;
    }

    /**
     * A page that does not change while the server runs, but with its reader's language (which
     * {@code Vary} names): sent with its tag, or answered 304 or 412 as the request's conditions say.
     */
    public static void page(HttpServletRequest request, HttpServletResponse response, String html) throws IOException {
        Responses.varyOnLanguage(response);
        if (!answered(request, response, of(html.getBytes(StandardCharsets.UTF_8), MediaTypes.Format.HTML))) Responses.html(request, response, html);
    }
}
