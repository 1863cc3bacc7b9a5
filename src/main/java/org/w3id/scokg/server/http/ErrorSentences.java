package org.w3id.scokg.server.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.w3id.scokg.server.web.Sentence;

/**
 * What the answers Jetty makes itself say ({@link OneSentenceErrors}): the status, made from Jetty's
 * code and the cause it gives, and one sentence that says what is wrong, made from Jetty's message,
 * the request and the cause, in the bundles' words where it is one of theirs.
 */
final class ErrorSentences {
    private ErrorSentences() {}

    /**
     * The sentence {@link #sentence} writes for {@code code} and {@code message} in the bundles' words,
     * so that the page says it in the reader's language: one made from what the request kept (the
     * line of its head, what ended its body), else one of Jetty's words; null where it is neither, and
     * the page shows it in English.
     */
    static Sentence said(Request request, int code, String message) {
        String sentence = sentence(code, message);
        Sentence said = request.getAttribute(SAID) instanceof Sentence kept && kept.english().equals(sentence) ? kept : said(code, message);
        return said != null && said.english().equals(sentence) ? said : null;
    }

    /**
     * The request attribute that keeps the sentence {@link #message} made of what the request kept
     * (the line of its head at fault, what ended its body, its headers' limit), which reaches the
     * writing of the page as its English only.
     */
    private static final String SAID = ErrorSentences.class.getName() + ".said";

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
     * it, and the client would get a 500.
     */
    private static boolean notGzip(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof java.util.zip.ZipException) return true;
        }
        return false;
    }

    private static final Sentence NOT_GZIP = Sentence.of("said.notGzip");

    private static final Sentence UPGRADE_WITHOUT_CONNECTION = Sentence.of("said.upgradeAlone");

    /** HTTP/2's preface sent in clear text (PRI * HTTP/2.0), which Jetty's HTTP/1.1 parser answers 426. */
    private static final Sentence H2C = Sentence.of("said.h2c");

    /** A form Jetty's form reader could not decode. */
    private static final Sentence FORM_ENCODING = Sentence.of("said.formEncoding");

    /**
     * The message the sentence is made from: one of its own where the body was not the gzip it said,
     * where the request's headers passed the limit (431), or where Jetty refused an {@code Upgrade} header that came without {@code Connection: Upgrade}
     * (its 400 says nothing of why). A sentence of its own is kept with the request ({@link #SAID}),
     * so that the page says it in the reader's language.
     */
    static String message(Request request, int status, String message, Throwable cause) {
        Sentence own = own(request, status, message, cause);
        if (own == null) return message;
        request.setAttribute(SAID, own);
        return own.english();
    }

    /** The sentence of its own {@link #message} gives, or null where Jetty's message stands. */
    private static Sentence own(Request request, int status, String message, Throwable cause) {
        if (notGzip(cause)) return NOT_GZIP;
        if (status == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431) {
            // Jetty's message is the status's phrase; the sentence says what the limit is.
            return headersTooLarge(request);
        }
        if (status == HttpStatus.URI_TOO_LONG_414 && (message == null || message.equals(HttpStatus.getMessage(status)))) {
            // Jetty's own 414, for a target past what BadMessageHeaders skips: the route is not known.
            return RequestLimitsFilter.uriTooLong(null);
        }
        if (status == HttpStatus.BAD_REQUEST_400 && "Early EOF".equals(message)) {
            // Jetty's parser ends a body it cannot read as one cut short; what ended it is kept (LineBoundParser).
            Sentence ended = BadMessageHeaders.bodyEnded(request);
            if (ended != null) return ended;
        }
        if (status == HttpStatus.BAD_REQUEST_400 && "Bad HostPort".equals(message)) {
            // Jetty's words for any Host it refuses; HostPort's, its cause, say which part.
            for (Throwable why = cause; why != null && why.getCause() != why; why = why.getCause()) {
                Sentence host = ParserRefusals.hostHeader(why instanceof IllegalArgumentException ? why.getMessage() : null);
                if (host != null) return host;
            }
        }
        if (status == HttpStatus.BAD_REQUEST_400) {
            // A byte, a line end or a folded line Jetty's parser refused in the head: the line is kept (LineBoundParser).
            Sentence placed = BadMessageHeaders.placed(request, message);
            if (placed != null) return placed;
        }
        HttpFields headers = request.getHeaders();
        boolean bare = message == null || message.equals(HttpStatus.getMessage(HttpStatus.BAD_REQUEST_400));
        if (bare && headers.contains(HttpHeader.UPGRADE) && !headers.contains(HttpHeader.CONNECTION, "upgrade")) return UPGRADE_WITHOUT_CONNECTION;
        return null;
    }

    /**
     * What went wrong, as a sentence of the bundles, which a page says in the reader's language (issue
     * 15): the request's fault named for a 400, the limit passed for a 413 or a
     * 414; null where the sentence is made of what the request kept or of Jetty's own words.
     */
    private static Sentence said(int code, String message) {
        if (code == HttpStatus.BAD_REQUEST_400 && message != null && message.toLowerCase(java.util.Locale.ROOT).contains("ambiguous")) {
            // %2F, %2E or an empty segment: well encoded, but it could name two paths.
            return AMBIGUOUS;
        }
        // What Jetty's parser and connection refuse, said as what it is (ParserRefusals).
        Sentence parsed = ParserRefusals.sentence(code, message);
        if (parsed != null || code == HttpStatus.BAD_REQUEST_400 && ParserRefusals.madeHere(message)) return parsed;
        if (code == HttpStatus.PAYLOAD_TOO_LARGE_413) return RequestLimitsFilter.bodyTooLarge();
        if (NOT_GZIP.english().equals(message)) return NOT_GZIP;
        if (UPGRADE_WITHOUT_CONNECTION.english().equals(message)) return UPGRADE_WITHOUT_CONNECTION;
        if (code == HttpStatus.URI_TOO_LONG_414 && message != null) {
            // RequestLimitsFilter's sentence, given an address past the header limit by BadMessageHeaders.
            return RequestLimitsFilter.uriTooLongs().stream().filter(limit -> limit.english().equals(message)).findFirst().orElse(null);
        }
        if (code == HttpStatus.UPGRADE_REQUIRED_426) return H2C;
        if (code != HttpStatus.BAD_REQUEST_400) return null;
        // FormCharset's sentences: the offset of the form's first byte that is not UTF-8, its fields past the limit.
        Sentence notUtf8 = QueryCharset.formNotUtf8(message);
        if (notUtf8 != null) return notUtf8;
        if (FormCharset.TOO_MANY_FIELDS.english().equals(message)) return FormCharset.TOO_MANY_FIELDS;
        // Jetty reads a form before any route runs; it says no more than that it could not.
        if (message != null && message.contains("form content")) return FORM_ENCODING;
        // Jetty answers 400 itself for what it cannot decode: mostly an address, sometimes a header.
        // Jetty says "Bad URI" alike for a bad %-escape and for a path whose .. climbs above the root.
        return BAD_URI;
    }

    /** What went wrong, in one sentence: the request's fault named for a 400, the status's words otherwise. */
    static String sentence(int code, String message) {
        Sentence said = said(code, message);
        if (said != null) return said.english();
        // A sentence made of what the request kept (ParserRefusals.placed, bodyEnded; the limits of
        // RequestLimitsFilter), passed on as it is: its words are kept with the request (SAID).
        if (message != null && (code == HttpStatus.BAD_REQUEST_400 && ParserRefusals.madeHere(message)
                || code == HttpStatus.URI_TOO_LONG_414 && message.startsWith(RequestLimitsFilter.URI_TOO_LONG) || code == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431)) {
            return message;
        }
        String reason = HttpStatus.getMessage(code);
        // A server's fault says no more than its status: its message may name the code that failed.
        boolean quiet = code >= 500 || message == null || message.equals(reason);
        return code + " " + (reason == null ? "" : reason) + (quiet ? "." : ": " + message + ".");
    }
}
