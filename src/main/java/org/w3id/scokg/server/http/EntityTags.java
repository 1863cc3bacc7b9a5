package org.w3id.scokg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.w3id.scokg.publish.Checksums;
import org.w3id.scokg.server.web.Sentence;

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
        if (preconditionFails(request, etag)) {
            preconditionFailed(request, response);
            return true;
        }
        if (notModified(request, etag)) {
            notModified(response);
            return true;
        }
        return false;
    }

    /**
     * Whether the request's {@code If-None-Match} names {@code etag} (or is {@code *}), by RFC 9110's
     * weak comparison: {@code W/"x"} matches {@code "x"}. A proxy that compresses an answer (nginx)
     * makes its strong ETag weak, and a revalidation behind it must still be answered 304.
     */
    public static boolean notModified(HttpServletRequest request, String etag) {
        if (request.getHeader("If-None-Match") == null) return false;
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        return named(request, "If-None-Match").anyMatch(t -> t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(opaque));
    }

    /**
     * The members of every {@code header} line of the request, in order: RFC 9110 5.3 makes lines of
     * one name one list, as if joined by commas. Read from the first line alone, a tag named on a
     * second {@code If-None-Match} line would be a 200 of the whole dump, and one on a second {@code
     * If-Match} line a 412.
     */
    private static java.util.stream.Stream<String> named(HttpServletRequest request, String header) {
        return members(java.util.Collections.list(request.getHeaders(header)));
    }

    private static java.util.stream.Stream<String> members(java.util.List<String> lines) {
        return lines.stream().flatMap(line -> java.util.Arrays.stream(line.split(","))).map(String::strip);
    }

    /**
     * Whether {@code If-Match} lines (one list) name {@code *}, which is true of any current
     * representation (RFC 9110 13.1.1); any other list names tags, and is false of an answer that has
     * none ({@link UntaggedConditions}).
     */
    static boolean anyVersion(java.util.List<String> ifMatch) {
        return members(ifMatch).anyMatch("*"::equals);
    }

    /**
     * Answers 304 with the headers already set and no Content-Length: RFC 9110 8.6 allows one on a
     * 304 only where it is the length a 200 would have had, and Jetty writes {@code 0} into a
     * response that completes with nothing written. Committing the headers first leaves the length
     * unknown, which a 304 never sends.
     */
    public static void notModified(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        response.flushBuffer();
    }

    /**
     * True when the request's {@code If-Match} names neither {@code *} nor this representation's
     * strong tag (RFC 9110 13.1.1: compared strongly, a weak tag never matches): the request is
     * answered 412, not served (a client resuming or replacing what it has must not get another
     * version). False when there is no {@code If-Match}.
     */
    public static boolean preconditionFails(HttpServletRequest request, String etag) {
        if (request.getHeader("If-Match") == null) return false;
        return named(request, "If-Match").noneMatch(t -> t.equals("*") || (!etag.startsWith("W/") && t.equals(etag)));
    }

    /**
     * Answers 412 with one sentence, the representation not being the one the client named: to a
     * browser the site's error page with it, to a program the sentence as text.
     */
    public static void preconditionFailed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Refusals.refusal(request, response, HttpServletResponse.SC_PRECONDITION_FAILED, Sentence.of("said.notThatVersion"));
    }

    /**
     * A page that does not change while the server runs, but with its reader's language (which
     * {@code Vary} names): sent with its tag, or answered 304 or 412 as the request's conditions say.
     */
    public static void page(HttpServletRequest request, HttpServletResponse response, String html) throws IOException {
        Vary.onLanguage(response);
        if (!answered(request, response, of(html.getBytes(StandardCharsets.UTF_8), MediaTypes.Format.HTML))) Responses.html(request, response, html);
    }
}
