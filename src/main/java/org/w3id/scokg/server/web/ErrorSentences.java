package org.w3id.scokg.server.web;

import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;

/**
 * What the answers Jetty makes itself say ({@link OneSentenceErrors}): the status, made from Jetty's
 * code and the cause it gives, and one sentence that says what is wrong, made from Jetty's message,
 * the request and the cause, in the bundles' words where it is one of theirs.
 */
final class ErrorSentences {
    private ErrorSentences() {}

    /**
     * {@code sentence} in the bundles' words where it is one of theirs (an address that cannot be
     * read, a body, an address or headers past the limit), so that the page says it in the reader's
     * language; null where it is not, and the page shows it in English. Each is found by its English,
     * which {@link #sentence} writes from the same words.
     */
    static Sentence said(Request request, String sentence) {
        List<Sentence> known = new java.util.ArrayList<>(List.of(AMBIGUOUS, BAD_URI, RequestLimitsFilter.bodyTooLarge(), headersTooLarge(request)));
        known.addAll(RequestLimitsFilter.uriTooLongs());
        return known.stream().filter(said -> said.english().equals(sentence)).findFirst().orElse(null);
    }

    /** An address that is well encoded but could name two paths: a %2F, a %2E or an empty segment. */
    private static final Sentence AMBIGUOUS = Sentence.of("said.ambiguous");

    /** An address Jetty cannot decode, or a header it cannot read. */
    private static final Sentence BAD_URI = Sentence.of("said.badUri");

    /** The request's line and headers past the most this server reads. */
    private static Sentence headersTooLarge(Request request) {
        return Sentence.of("said.headersTooLarge", (long) request.getConnectionMetaData().getHttpConfiguration().getRequestHeaderSize());
    }

    /**
     * The sentence of a 400 of an address Jetty cannot read: that it could name two paths, else that it
     * is not well encoded; as {@link #sentence} says it.
     */
    static Sentence unreadable(boolean ambiguous) {
        return ambiguous ? AMBIGUOUS : BAD_URI;
    }

    /**
     * 413 for a body Jetty's form reader found too large (it fails such a form with a 400, as one it
     * cannot decode, and says why only in the cause); the status otherwise.
     */
    static int status(int code, Throwable cause) {
        if (notGzip(cause)) return HttpStatus.BAD_REQUEST_400;
        if (code != HttpStatus.BAD_REQUEST_400) return code;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("too large") || message.contains("max length") || message.contains("larger than")) return HttpStatus.PAYLOAD_TOO_LARGE_413;
        }
        return code;
    }

    /**
     * Whether the body said it was gzip and was not: Jetty's inflater fails it while a route reads
     * it, and the client got a 500 (a review on 2 December 2026 found it).
     */
    private static boolean notGzip(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof java.util.zip.ZipException) return true;
        }
        return false;
    }

    private static final String NOT_GZIP = "The request body says Content-Encoding: gzip, but it is not gzip.";

    static final String UPGRADE_WITHOUT_CONNECTION = "This request sends Upgrade without Connection: Upgrade, which must come with it (RFC 9110 7.8); "
            + "this server speaks HTTP/1.1 only and upgrades to no other protocol, so send the request without Upgrade.";

    /**
     * The message the sentence is made from: one of its own where the body was not the gzip it said,
     * where the request's headers passed the limit (431), or where Jetty refused an {@code Upgrade} header that came without {@code Connection: Upgrade}
     * (its 400 says nothing of why).
     */
    static String message(Request request, int status, String message, Throwable cause) {
        if (notGzip(cause)) return NOT_GZIP;
        if (status == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431) {
            // Jetty's message is the status's phrase; the sentence says what the limit is.
            return headersTooLarge(request).english();
        }
        if (status == HttpStatus.URI_TOO_LONG_414 && (message == null || message.equals(HttpStatus.getMessage(status)))) {
            // Jetty's own 414, for a target past what BadMessageHeaders skips: the route is not known.
            return RequestLimitsFilter.uriTooLong(null).english();
        }
        if (status == HttpStatus.BAD_REQUEST_400 && "Early EOF".equals(message)) {
            // Jetty's parser ends a body it cannot read as one cut short; what ended it is kept (LineBoundParser).
            String ended = BadMessageHeaders.bodyEnded(request);
            if (ended != null) return ended;
        }
        if (status == HttpStatus.BAD_REQUEST_400 && "Bad HostPort".equals(message)) {
            // Jetty's words for any Host it refuses; HostPort's, its cause, say which part.
            for (Throwable why = cause; why != null && why.getCause() != why; why = why.getCause()) {
                String host = ParserRefusals.hostHeader(why instanceof IllegalArgumentException ? why.getMessage() : null);
                if (host != null) return host;
            }
        }
        if (status == HttpStatus.BAD_REQUEST_400) {
            // A byte, a line end or a folded line Jetty's parser refused in the head: the line is kept (LineBoundParser).
            String placed = BadMessageHeaders.placed(request, message);
            if (placed != null) return placed;
        }
        HttpFields headers = request.getHeaders();
        boolean bare = message == null || message.equals(HttpStatus.getMessage(HttpStatus.BAD_REQUEST_400));
        if (bare && headers.contains(HttpHeader.UPGRADE) && !headers.contains(HttpHeader.CONNECTION, "upgrade")) return UPGRADE_WITHOUT_CONNECTION;
        return message;
    }

    /** What went wrong, in one sentence: the request's fault named for a 400, the status's words otherwise. */
    static String sentence(int code, String message) {
        if (code == HttpStatus.BAD_REQUEST_400 && message != null && message.toLowerCase(java.util.Locale.ROOT).contains("ambiguous")) {
            // %2F, %2E or an empty segment: well encoded, but it could name two paths.
            return AMBIGUOUS.english();
        }
        // What Jetty's parser and connection refuse, said as what it is (ParserRefusals).
        String parsed = ParserRefusals.sentence(code, message);
        if (parsed != null) return parsed;
        if (code == HttpStatus.PAYLOAD_TOO_LARGE_413) return RequestLimitsFilter.bodyTooLarge().english();
        if (NOT_GZIP.equals(message)) return NOT_GZIP;
        // RequestLimitsFilter's sentence, given an address past the header limit by BadMessageHeaders.
        if (code == HttpStatus.URI_TOO_LONG_414 && message != null && message.startsWith(RequestLimitsFilter.URI_TOO_LONG)) return message;
        if (UPGRADE_WITHOUT_CONNECTION.equals(message) || (code == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 && message != null)) return message;
        if (code == HttpStatus.UPGRADE_REQUIRED_426) {
            // Jetty's HTTP/1.1 parser answers HTTP/2's preface sent in clear text (PRI * HTTP/2.0) so.
            return "This server speaks HTTP/1.1 only: HTTP/2 in clear text (h2c, or its preface sent with prior knowledge) is not served; "
                    + "send the request in HTTP/1.1.";
        }
        // FormCharset's sentence, which names the offset of the form's first byte that is not UTF-8.
        if (code == HttpStatus.BAD_REQUEST_400 && message != null && message.startsWith(QueryCharset.FORM_NOT_UTF8)) return message;
        if (code == HttpStatus.BAD_REQUEST_400 && FormCharset.TOO_MANY_FIELDS.equals(message)) return message;
        if (code == HttpStatus.BAD_REQUEST_400 && message != null && message.contains("form content")) {
            // Jetty reads a form before any route runs; it says no more than that it could not.
            return "This request's form body cannot be read: it is not well encoded "
                    + "(every % must be followed by two hex digits, and the bytes they give must be UTF-8).";
        }
        if (code == HttpStatus.BAD_REQUEST_400) {
            // Jetty answers 400 itself for what it cannot decode: mostly an address, sometimes a header.
            // Jetty says "Bad URI" alike for a bad %-escape and for a path whose .. climbs above the root (a review on 4 December 2026).
            return BAD_URI.english();
        }
        String reason = HttpStatus.getMessage(code);
        // A server's fault says no more than its status: its message may name the code that failed.
        boolean quiet = code >= 500 || message == null || message.equals(reason);
        return code + " " + (reason == null ? "" : reason) + (quiet ? "." : ": " + message + ".");
    }
}
