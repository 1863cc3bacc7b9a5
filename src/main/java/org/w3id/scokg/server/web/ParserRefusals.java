package org.w3id.scokg.server.web;

import java.util.Map;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.UriCompliance;

/**
 * The sentence for each request Jetty's parser, connection or URI compliance refuses, by what
 * Jetty says of it: a missing or doubled {@code Host}, a {@code Content-Length} given twice or not a
 * number, a body framed two ways, a byte HTTP does not allow where it stands, a path that holds a
 * fragment or a user's name. Jetty says each in a few words of its own ("No Host", "Multiple
 * Content-Lengths"); until a review on 6 December 2026 every such 400 got one sentence saying the
 * address was not well encoded, which was not what was wrong with any of them. The words Jetty
 * 12.1.1 uses are matched as they are: a message not known here keeps that sentence, which names
 * a bad address or a malformed header. Where Jetty's words say less than is known, the sentence
 * says more (a second review that day): the line of the head a refused byte, a bare CR or a folded
 * line stands on ({@link #placed}), what ended a body early ({@link #bodyEnded}), and which part of
 * an absolute target is wrong ({@link #target}).
 */
final class ParserRefusals {
    private ParserRefusals() {}

    private static final String CANNOT = "This request cannot be read: ";

    /** How each sentence made here of a body that cannot be read begins. */
    private static final String BODY_CANNOT = "The request body cannot be read";

    /** The sentence of a target that is neither a path nor an absolute http or https address with a host. */
    static final String NOT_HTTP = CANNOT + "its target is neither a path that starts with / nor an absolute http:// or https:// address "
            + "with a host and, if any, a port from 1 to 65535 (RFC 9112 3.2).";

    /** The sentence of an absolute http or https target that names no host. */
    static final String NO_HOST = CANNOT + "its target is an absolute http:// or https:// address that names no host (RFC 9112 3.2.2); "
            + "send a path that starts with /, or name the host.";

    /** The sentence of an absolute target whose port is not a number from 1 to 65535 (Jetty's "Bad Port", "Bad port", "Blank port"). */
    static final String TARGET_PORT = CANNOT + "the port of its target's host is not a number from 1 to 65535 (RFC 3986 3.2.3); "
            + "leave it out, with its colon, for the scheme's own.";

    /** The sentence of an absolute target whose host holds a colon or a bracket and is no IPv6 address in brackets (Jetty's "Bad IPv6 host"). */
    static final String TARGET_IPV6 = CANNOT + "its target's host holds a colon or a bracket but is not an IPv6 address in brackets, such as "
            + "[::1] (RFC 3986 3.2.2); a port follows the host after one colon.";

    /** The sentence of an absolute target whose host is no host name or address (Jetty's "Bad Authority", such as a bad %-escape). */
    static final String TARGET_HOST = CANNOT + "its target's host is not a host name or an IP address (RFC 3986 3.2.2).";

    /**
     * The sentence of a chunked body whose framing passed {@link LineBoundParser#CHUNK_LINES} bytes:
     * Jetty ends such a body as it ends a cut one ("Early EOF"), whose sentence names every cause.
     */
    static final String FRAMING_PAST = BODY_CANNOT + " to its end: its chunked framing, the bytes that are not its content "
            + "(chunk sizes, extensions, line ends and trailers), passes " + LineBoundParser.CHUNK_LINES + " bytes, the most this server reads "
            + "in one request (a chunk takes 5 bytes of framing at least, so a body may come in some " + LineBoundParser.CHUNK_LINES / 5 / 1000
            + ",000 chunks); send it in fewer, larger chunks, or with Content-Length.";

    /** The sentence of a body whose connection ended before it did, where the part of the body it ended in is not known. */
    static final String BODY_CUT = BODY_CANNOT + " to its end: the connection ended before it did (before the length "
            + "its Content-Length gave, or before its last chunk, the one of size 0).";

    /** The sentence of a body whose connection ended before the length its Content-Length gave. */
    static final String BODY_CUT_LENGTH = BODY_CANNOT + " to its end: the connection ended before it did (before the length "
            + "its Content-Length gave).";

    /** The sentence of a chunked body whose connection ended before its last chunk. */
    static final String BODY_CUT_CHUNKS = BODY_CANNOT + " to its end: the connection ended before it did (before its last chunk, "
            + "the one of size 0).";

    /**
     * The sentence of a chunked body whose connection ended after its last chunk, within a trailer
     * field: Jetty's parser takes a connection that ends at a trailer field's line end as the body's
     * end, so this one ended within a field's line. Until a review on 6 December 2026 it was said to
     * have ended before its last chunk.
     */
    static final String BODY_CUT_TRAILER = BODY_CANNOT + " to its end: the connection ended after its last chunk (the one of size 0), "
            + "within a trailer field, before that field's line end and the blank line that ends the trailers (RFC 9112 7.1.2).";

    /**
     * The sentence of trailer fields that, with the request's line and headers, pass {@code limit}
     * bytes (Jetty's requestHeaderSize, which counts the head and the trailers together): Jetty's
     * parser fails them with a 431 that, past the headers, ends the body early ("Early EOF").
     */
    static String trailersPast(int limit) {
        return BODY_CANNOT + " to its end: its line, headers and trailer fields (those after its last chunk, the one of size 0) "
                + "are larger than " + limit + " bytes, the most this server reads of them (RFC 9112 7.1.2); send fewer or shorter trailer "
                + "fields, or none.";
    }

    /**
     * The sentence of a body that Jetty's parser ended early ("Early EOF"), by the failure that ended
     * it ({@code failure}, null where its connection ended), the parser's state when it failed it
     * ({@code state}) and the most bytes of a request's head, trailers included ({@code limit}); or
     * null where that failure is not known here. Until a third review on 6 December 2026 every byte the
     * parser refused in a body was said to stand in a chunk's size line, one in a trailer field too,
     * and trailers past the limit got the sentence of a body cut short or malformed.
     */
    static String bodyEnded(HttpException failure, HttpParser.State state, int limit) {
        if (failure == null) return connectionEnded(state);
        String message = failure.getReason();
        if (FRAMING_PAST.equals(message)) return FRAMING_PAST;
        // Jetty names the byte by its class and code (ALPHA='Z', CNTL=0x1), never more of the request.
        String named = message != null && message.startsWith("Illegal character ") ? message.substring("Illegal character ".length()) : null;
        if (state == HttpParser.State.TRAILER && failure.getCode() == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431) return trailersPast(limit);
        if (named == null) return null;
        if (state == HttpParser.State.TRAILER) {
            return BODY_CANNOT + ": a trailer field, after its last chunk (the one of size 0), holds a byte HTTP does not allow where it stands ("
                    + named + ", as Jetty names it; RFC 9112 7.1.2).";
        }
        // A size line's first byte is read in CHUNKED_CONTENT, the rest of its size in CHUNK_SIZE, its extensions in CHUNK_PARAMS.
        if (state == HttpParser.State.CHUNKED_CONTENT || state == HttpParser.State.CHUNK_SIZE) {
            return BODY_CANNOT + ": a chunk's size line holds a byte where a hexadecimal digit, a ; before an extension "
                    + "or the line's end must stand (" + named + ", as Jetty names it; RFC 9112 7.1).";
        }
        if (state == HttpParser.State.CHUNK_PARAMS) {
            return BODY_CANNOT + ": a chunk's size line holds, after its size, a byte HTTP does not allow in a chunk extension ("
                    + named + ", as Jetty names it; RFC 9112 7.1.1).";
        }
        return null;
    }

    /**
     * The sentence of a body whose connection ended while the parser read it in {@code state}: its
     * content up to its Content-Length, a chunk's size line or data, or a trailer field after the last
     * chunk; the sentence naming both lengths and chunks where the state is not known.
     */
    private static String connectionEnded(HttpParser.State state) {
        if (state == null) return BODY_CUT;
        return switch (state) {
            case CONTENT -> BODY_CUT_LENGTH;
            case CHUNKED_CONTENT, CHUNK_SIZE, CHUNK_PARAMS, CHUNK, CHUNK_END -> BODY_CUT_CHUNKS;
            case TRAILER -> BODY_CUT_TRAILER;
            default -> BODY_CUT;
        };
    }

    /**
     * The sentence for what Jetty's parser refused with {@code message} at {@code line} of the head
     * (1, the request line; {@link LineBoundParser#failedLine}), naming that line, or null where the
     * refusal is not one of a single line: a byte that cannot stand where it does, a CR without an LF,
     * a folded header line. Without the line they said "its request line or a header", "a line of it"
     * and "a header line of it" until a review on 6 December 2026.
     */
    static String placed(String message, int line) {
        if (message == null || line < 1) return null;
        String where = line == 1 ? "its request line" : "line " + line + " of its head, a header line,";
        // Jetty's parser names the byte by its class and code (CNTL=0x1); "Illegal character in path" is HttpURI's.
        if (message.startsWith("Illegal character ") && message.contains("=")) {
            return CANNOT + where + " holds a byte HTTP does not allow where it stands (" + message.substring("Illegal character ".length())
                    + ", as Jetty names it; the request line is line 1).";
        }
        if (message.equals("Bad EOL")) {
            return CANNOT + where + " ends in a CR without an LF; each line of a request's head ends in CRLF (RFC 9112 2.2; the request line is line 1).";
        }
        if (message.equals("Line Folding not supported") && line > 1) {
            return CANNOT + "line " + line + " of its head begins with a space or a tab (line folding, which RFC 9112 5.2 made obsolete) "
                    + "or has no name (the request line is line 1).";
        }
        return null;
    }

    /** The sentence of a Host header whose port is not a number from 1 to 65535. */
    static final String HOST_PORT = CANNOT + "the port of its Host header is not a number from 1 to 65535 (RFC 3986 3.2.3); "
            + "leave it out, with its colon, for the scheme's own.";

    /** The sentence of a Host header that holds a colon or a bracket and is no IPv6 address in brackets. */
    static final String HOST_IPV6 = CANNOT + "its Host header holds a colon or a bracket but is not an IPv6 address in brackets, such as "
            + "[::1] (RFC 3986 3.2.2); a port follows the host after one colon.";

    /**
     * The sentence of a Host header Jetty refused ("Bad HostPort") by what {@code HostPort} said of
     * it, the cause of that refusal: its port, or an IPv6 address that is none; null for any other
     * host, which keeps the sentence of "Bad HostPort". Until a second review on 6 December 2026 each
     * got that one sentence.
     */
    static String hostHeader(String hostPortWords) {
        if (hostPortWords == null) return null;
        return switch (hostPortWords) {
            case "Bad Port", "Bad port", "Blank port" -> HOST_PORT;
            case "Bad IPv6 host" -> HOST_IPV6;
            default -> null;
        };
    }

    /** What {@code HostPort} says of an authority it refuses, to the sentence of a target with that authority. */
    static String target(String hostPortWords) {
        if (hostPortWords == null) return TARGET_HOST;
        return switch (hostPortWords) {
            case "Bad Port", "Bad port", "Blank port" -> TARGET_PORT;
            case "Bad IPv6 host" -> TARGET_IPV6;
            default -> TARGET_HOST;
        };
    }

    /** Jetty's message, exactly, to the sentence. */
    private static final Map<String, String> BY_MESSAGE = Map.ofEntries(
            Map.entry("No Host", CANNOT + "it has no Host header, which every HTTP/1.1 request must send, one with an absolute address (http://...) "
                    + "in its request line too (RFC 9112 3.2)."),
            Map.entry("Duplicate Host Header", CANNOT + "it sends more than one Host header; send exactly one (RFC 9112 3.2)."),
            Map.entry("Blank Host", CANNOT + "its Host header is empty; it must name the host asked (RFC 9112 3.2)."),
            Map.entry("Bad HostPort", CANNOT + "its Host header is not a host name or address with an optional port (RFC 9110 7.2)."),
            Map.entry("Multiple Content-Lengths", CANNOT + "it sends Content-Length more than once, so its body's length is not certain; "
                    + "send it once (RFC 9112 6.3)."),
            Map.entry("Invalid Content-Length Value", CANNOT + "its Content-Length is not a number of bytes, which is digits only (RFC 9110 8.6)."),
            Map.entry("Transfer-Encoding and Content-Length", CANNOT + "it sends both Transfer-Encoding and Content-Length, which frame its body "
                    + "two ways; send one of them (RFC 9112 6.1)."),
            Map.entry("Bad Transfer-Encoding, chunked not last", CANNOT + "its Transfer-Encoding does not end in chunked, once, so its body's "
                    + "length cannot be known (RFC 9112 6.3); send the body with Content-Length or in chunks."),
            Map.entry("Bad Transfer-Encoding, multiple chunked tokens", CANNOT + "its Transfer-Encoding names chunked more than once "
                    + "(RFC 9112 7); send the body in chunks once."),
            Map.entry("Early EOF", "The request body could not be read to its end: the connection ended before the length it gave, "
                    + "or its chunked framing is malformed (RFC 9112 7.1)."),
            Map.entry("Bad EOL", CANNOT + "a line of it ends in a CR without an LF; each line of a request's head ends in CRLF (RFC 9112 2.2)."),
            Map.entry("Line Folding not supported", CANNOT + "a header line of it begins with a space or a tab (line folding, which RFC 9112 5.2 "
                    + "made obsolete) or has no name."),
            Map.entry("Bad URI path", ParserRefusals.NOT_HTTP + " Only OPTIONS may name *."),
            Map.entry("Illegal character in path", CANNOT + "its path holds a character no address may hold, as it is or %-encoded (such as %00)."));


    /** The sentence of an HTTP/1.0 request that sends Transfer-Encoding. */
    static final String HTTP10_CODED = CANNOT + "it is HTTP/1.0 and sends Transfer-Encoding, which HTTP/1.0 does not have, so its framing is "
            + "taken as faulty (RFC 9112 6.1); send the body with Content-Length, or the request in HTTP/1.1.";

    /** The sentence of a CONNECT whose target is not a host and port. */
    static final String CONNECT_TARGET = CANNOT + "a CONNECT names a host and port (authority-form, such as example.org:443; RFC 9112 3.2.3); "
            + "this server tunnels to none, and takes GET, HEAD, OPTIONS and POST.";

    /**
     * The sentence for what Jetty refused with {@code status} and said {@code message} of, or null
     * where Jetty's words are not known here.
     */
    static String sentence(int status, String message) {
        if (status == HttpStatus.EXPECTATION_FAILED_417) {
            return "This request's Expect header asks for something other than 100-continue, the one expectation HTTP/1.1 defines (RFC 9110 10.1.1); "
                    + "send the request without it.";
        }
        if (status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
            return "This server speaks HTTP/1.1 and HTTP/1.0; the request line names another version, or none (HTTP/0.9).";
        }
        if (status != HttpStatus.BAD_REQUEST_400 || message == null) return null;
        // A sentence made here, standing as a refusal's message, is passed on as it is.
        if (message.startsWith(CANNOT) || message.startsWith(BODY_CANNOT)) return message;
        String known = BY_MESSAGE.get(message);
        if (known != null) return known;
        if (message.startsWith("Illegal character ")) {
            // Jetty names the byte by its class and code (CNTL=0x1, SPACE=' ', OTEXT=0xff), never more of the request.
            return CANNOT + "its request line or a header holds a byte HTTP does not allow where it stands (" + message.substring("Illegal character ".length())
                    + ", as Jetty names it).";
        }
        return null;
    }

    /**
     * The sentence for a path Jetty's URI compliance refuses for {@code violation}, or null where the
     * address is ambiguous or not well encoded, which have sentences of their own.
     */
    static String sentence(UriCompliance.Violation violation) {
        return switch (violation) {
            case FRAGMENT -> CANNOT + "its address carries a #fragment, which stays with the client: a request's target has none (RFC 9112 3.2).";
            case USER_INFO -> CANNOT + "its address carries a user name or password before the host (user@host), which an http or https address "
                    + "may not carry (RFC 9110 4.2.4).";
            case ILLEGAL_PATH_CHARACTERS -> CANNOT + "its path holds a character an address must %-encode (a letter outside ASCII, a space, a \\; "
                    + "RFC 3986 2.1).";
            case SUSPICIOUS_PATH_CHARACTERS -> CANNOT + "its path holds a \\, a DEL or a control character, as it is or %-encoded (%5C), which "
                    + "this server refuses.";
            default -> null;
        };
    }
}
