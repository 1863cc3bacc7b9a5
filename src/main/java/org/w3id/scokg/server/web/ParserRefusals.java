package org.w3id.scokg.server.web;

import java.util.Map;
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
 * a bad address or a malformed header.
 */
final class ParserRefusals {
    private ParserRefusals() {}

    private static final String CANNOT = "This request cannot be read: ";

    /** The sentence of a target that is neither a path nor an absolute http or https address with a host. */
    static final String NOT_HTTP = CANNOT + "its target is neither a path that starts with / nor an absolute http:// or https:// address "
            + "with a host and, if any, a port from 1 to 65535 (RFC 9112 3.2).";

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
                    + "or its chunked framing is malformed or too long (a chunk size that is not hexadecimal, framing past "
                    + LineBoundParser.CHUNK_LINES + " bytes in all, chunk sizes, extensions and line ends, or trailers past the header limit; RFC 9112 7.1)."),
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
        if (message.equals(NOT_HTTP) || message.equals(CONNECT_TARGET) || message.equals(HTTP10_CODED)) return message;
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
