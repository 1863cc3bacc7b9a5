package org.w3id.scokg.server.http;

import java.util.Map;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.UriCompliance;
import org.w3id.scokg.server.web.Sentence;

/**
 * The sentence for each request Jetty's parser, connection or URI compliance refuses, by what
 * Jetty says of it: a missing or doubled {@code Host}, a {@code Content-Length} given twice or not a
 * number, a body framed two ways, a byte HTTP does not allow where it stands, a path that holds a
 * fragment or a user's name. Jetty says each in a few words of its own ("No Host", "Multiple
 * Content-Lengths"), and one sentence for every such 400 would say the address was not well
 * encoded, which is not what is wrong with any of them. The words Jetty
 * 12.1.1 uses are matched as they are: a message not known here keeps that sentence, which names
 * a bad address or a malformed header. Where Jetty's words say less than is known, the sentence
 * says more: the line of the head a refused byte, a bare CR or a folded
 * line stands on ({@link #placed}), what ended a body early ({@link #bodyEnded}), and which part of
 * an absolute target is wrong ({@link #target}). Each is a {@link Sentence} of the bundles ({@code
 * said.parser.*}), so the error page says it in the reader's language, and a program gets the
 * English, word for word as before, so a Russian or Chinese page does not show the English under
 * "what is wrong (in English)" (issue 15).
 */
final class ParserRefusals {
    private ParserRefusals() {}

    /** The sentence of a target that is neither a path nor an absolute http or https address with a host. */
    static final Sentence NOT_HTTP = Sentence.of("said.parser.notHttp");

    /** The sentence of an absolute http or https target that names no host. */
    static final Sentence NO_HOST = Sentence.of("said.parser.noHost");

    /** The sentence of an absolute target whose port is not a number from 1 to 65535 (Jetty's "Bad Port", "Bad port", "Blank port"). */
    static final Sentence TARGET_PORT = Sentence.of("said.parser.targetPort");

    /** The sentence of an absolute target whose host holds a colon or a bracket and is no IPv6 address in brackets (Jetty's "Bad IPv6 host"). */
    static final Sentence TARGET_IPV6 = Sentence.of("said.parser.targetIpv6");

    /** The sentence of an absolute target whose host is no host name or address (Jetty's "Bad Authority", such as a bad %-escape). */
    static final Sentence TARGET_HOST = Sentence.of("said.parser.targetHost");

    /**
     * The sentence of a chunked body whose framing passed {@link LineBoundParser#CHUNK_LINES} bytes:
     * Jetty ends such a body as it ends a cut one ("Early EOF"), whose sentence names every cause.
     */
    static final Sentence FRAMING_PAST = Sentence.of("said.parser.framingPast", (long) LineBoundParser.CHUNK_LINES, Integer.toString(LineBoundParser.CHUNK_LINES / 5 / 1000));

    /** The sentence of a body whose connection ended before it did, where the part of the body it ended in is not known. */
    static final Sentence BODY_CUT = Sentence.of("said.parser.bodyCut");

    /** The sentence of a body whose connection ended before the length its Content-Length gave. */
    static final Sentence BODY_CUT_LENGTH = Sentence.of("said.parser.bodyCutLength");

    /** The sentence of a chunked body whose connection ended before its last chunk. */
    static final Sentence BODY_CUT_CHUNKS = Sentence.of("said.parser.bodyCutChunks");

    /**
     * The sentence of a chunked body whose connection ended after its last chunk, within a trailer
     * field: Jetty's parser takes a connection that ends at a trailer field's line end as the body's
     * end, so this one ended within a field's line, not before its last chunk.
     */
    static final Sentence BODY_CUT_TRAILER = Sentence.of("said.parser.bodyCutTrailer");

    /**
     * The sentence of trailer fields that, with the request's line and headers, pass {@code limit}
     * bytes (Jetty's requestHeaderSize, which counts the head and the trailers together): Jetty's
     * parser fails them with a 431 that, past the headers, ends the body early ("Early EOF").
     */
    static Sentence trailersPast(int limit) {
        return Sentence.of("said.parser.trailersPast", (long) limit);
    }

    /**
     * The sentence of a body that Jetty's parser ended early ("Early EOF"), by the failure that ended
     * it ({@code failure}, null where its connection ended), the parser's state when it failed it
     * ({@code state}) and the most bytes of a request's head, trailers included ({@code limit}); or
     * null where that failure is not known here. A byte the parser refused in a trailer field is said
     * to stand there, not in a chunk's size line, and trailers past the limit are said to be so, not a
     * body cut short or malformed.
     */
    static Sentence bodyEnded(HttpException failure, HttpParser.State state, int limit) {
        if (failure == null) return connectionEnded(state);
        String message = failure.getReason();
        if (FRAMING_PAST.english().equals(message)) return FRAMING_PAST;
        // Jetty names the byte by its class and code (ALPHA='Z', CNTL=0x1), never more of the request.
        String named = message != null && message.startsWith("Illegal character ") ? message.substring("Illegal character ".length()) : null;
        if (state == HttpParser.State.TRAILER && failure.getCode() == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431) return trailersPast(limit);
        if (named == null) return null;
        if (state == HttpParser.State.TRAILER) return Sentence.of("said.parser.trailerByte", named);
        // A size line's first byte is read in CHUNKED_CONTENT, the rest of its size in CHUNK_SIZE, its extensions in CHUNK_PARAMS.
        if (state == HttpParser.State.CHUNKED_CONTENT || state == HttpParser.State.CHUNK_SIZE) return Sentence.of("said.parser.chunkSizeByte", named);
        if (state == HttpParser.State.CHUNK_PARAMS) return Sentence.of("said.parser.chunkExtensionByte", named);
        return null;
    }

    /**
     * The sentence of a body whose connection ended while the parser read it in {@code state}: its
     * content up to its Content-Length, a chunk's size line or data, or a trailer field after the last
     * chunk; the sentence naming both lengths and chunks where the state is not known.
     */
    private static Sentence connectionEnded(HttpParser.State state) {
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
     * a folded header line. Without the line they can say only "its request line or a header", "a
     * line of it" and "a header line of it".
     */
    static Sentence placed(String message, int line) {
        if (message == null || line < 1) return null;
        // The line's number goes in as a string, as a program has always read it (no grouping).
        String number = Integer.toString(line);
        // Jetty's parser names the byte by its class and code (CNTL=0x1); "Illegal character in path" is HttpURI's.
        if (message.startsWith("Illegal character ") && message.contains("=")) {
            String named = message.substring("Illegal character ".length());
            return line == 1 ? Sentence.of("said.parser.byte.requestLine", named) : Sentence.of("said.parser.byte.line", number, named);
        }
        if (message.equals("Bad EOL")) return line == 1 ? Sentence.of("said.parser.eol.requestLine") : Sentence.of("said.parser.eol.line", number);
        if (message.equals("Line Folding not supported") && line > 1) return Sentence.of("said.parser.folded.line", number);
        return null;
    }

    /** The sentence of a Host header whose port is not a number from 1 to 65535. */
    static final Sentence HOST_PORT = Sentence.of("said.parser.hostPort");

    /** The sentence of a Host header that holds a colon or a bracket and is no IPv6 address in brackets. */
    static final Sentence HOST_IPV6 = Sentence.of("said.parser.hostIpv6");

    /**
     * The sentence of a Host header Jetty refused ("Bad HostPort") by what {@code HostPort} said of
     * it, the cause of that refusal: its port, or an IPv6 address that is none; null for any other
     * host, which keeps the sentence of "Bad HostPort".
     */
    static Sentence hostHeader(String hostPortWords) {
        if (hostPortWords == null) return null;
        return switch (hostPortWords) {
            case "Bad Port", "Bad port", "Blank port" -> HOST_PORT;
            case "Bad IPv6 host" -> HOST_IPV6;
            default -> null;
        };
    }

    /** What {@code HostPort} says of an authority it refuses, to the sentence of a target with that authority. */
    static Sentence target(String hostPortWords) {
        if (hostPortWords == null) return TARGET_HOST;
        return switch (hostPortWords) {
            case "Bad Port", "Bad port", "Blank port" -> TARGET_PORT;
            case "Bad IPv6 host" -> TARGET_IPV6;
            default -> TARGET_HOST;
        };
    }

    /** Jetty's message, exactly, to the sentence. */
    private static final Map<String, Sentence> BY_MESSAGE = Map.ofEntries(
            Map.entry("No Host", Sentence.of("said.parser.noHostHeader")),
            Map.entry("Duplicate Host Header", Sentence.of("said.parser.twoHosts")),
            Map.entry("Blank Host", Sentence.of("said.parser.blankHost")),
            Map.entry("Bad HostPort", Sentence.of("said.parser.badHost")),
            Map.entry("Multiple Content-Lengths", Sentence.of("said.parser.twoLengths")),
            Map.entry("Invalid Content-Length Value", Sentence.of("said.parser.badLength")),
            Map.entry("Transfer-Encoding and Content-Length", Sentence.of("said.parser.twoFramings")),
            Map.entry("Bad Transfer-Encoding, chunked not last", Sentence.of("said.parser.chunkedNotLast")),
            Map.entry("Bad Transfer-Encoding, multiple chunked tokens", Sentence.of("said.parser.chunkedTwice")),
            Map.entry("Early EOF", Sentence.of("said.parser.earlyEof")),
            Map.entry("Bad EOL", Sentence.of("said.parser.eol")),
            Map.entry("Line Folding not supported", Sentence.of("said.parser.folded")),
            Map.entry("Bad URI path", Sentence.of("said.parser.notHttpStar")),
            Map.entry("Illegal character in path", Sentence.of("said.parser.pathCharacter")));

    /** The sentence of an HTTP/1.0 request that sends Transfer-Encoding. */
    static final Sentence HTTP10_CODED = Sentence.of("said.parser.http10Coded");

    /** The sentence of a CONNECT whose target is not a host and port. */
    static final Sentence CONNECT_TARGET = Sentence.of("said.parser.connectTarget");

    /**
     * The sentences made here that reach Jetty as a refusal's message (an exception's, a failure's
     * reason) and come back to {@link #sentence(int, String)} as their English: each is found again by it,
     * so that a page says it in the reader's language.
     */
    private static final java.util.List<Sentence> PASSED_ON = java.util.List.of(NOT_HTTP, NO_HOST, TARGET_PORT, TARGET_IPV6, TARGET_HOST, FRAMING_PAST,
            BODY_CUT, BODY_CUT_LENGTH, BODY_CUT_CHUNKS, BODY_CUT_TRAILER, HOST_PORT, HOST_IPV6, HTTP10_CODED, CONNECT_TARGET);

    /**
     * The sentence for what Jetty refused with {@code status} and said {@code message} of, or null
     * where Jetty's words are not known here. A sentence of the kind made here and passed on as a
     * refusal's message is found by its English ({@link #PASSED_ON}), or is null where it is not one
     * of those: {@code OneSentenceErrors} keeps the others it makes with the request.
     */
    static Sentence sentence(int status, String message) {
        if (status == HttpStatus.EXPECTATION_FAILED_417) return Sentence.of("said.expect");
        if (status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) return Sentence.of("said.version");
        if (status != HttpStatus.BAD_REQUEST_400 || message == null) return null;
        for (Sentence made : PASSED_ON) {
            if (made.english().equals(message)) return made;
        }
        Sentence known = BY_MESSAGE.get(message);
        if (known != null) return known;
        if (message.startsWith("Illegal character ")) {
            // Jetty names the byte by its class and code (CNTL=0x1, SPACE=' ', OTEXT=0xff), never more of the request.
            return Sentence.of("said.parser.byte", message.substring("Illegal character ".length()));
        }
        return null;
    }

    /** Whether {@code message} is a sentence made here (its English), passed on as a refusal's message. */
    static boolean madeHere(String message) {
        return message != null && (message.startsWith(CANNOT) || message.startsWith(BODY_CANNOT));
    }

    /** How each sentence made here of a request that cannot be read begins, in English. */
    private static final String CANNOT = "This request cannot be read: ";

    /** How each sentence made here of a body that cannot be read begins, in English. */
    private static final String BODY_CANNOT = "The request body cannot be read";

    /**
     * The sentence for a path Jetty's URI compliance refuses for {@code violation}, or null where the
     * address is ambiguous or not well encoded, which have sentences of their own.
     */
    static Sentence sentence(UriCompliance.Violation violation) {
        return switch (violation) {
            case FRAGMENT -> Sentence.of("said.parser.fragment");
            case USER_INFO -> Sentence.of("said.parser.userInfo");
            case ILLEGAL_PATH_CHARACTERS -> Sentence.of("said.parser.pathEncode");
            case SUSPICIOUS_PATH_CHARACTERS -> Sentence.of("said.parser.pathSuspicious");
            default -> null;
        };
    }
}
