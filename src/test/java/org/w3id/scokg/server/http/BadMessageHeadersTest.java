package org.w3id.scokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.http.HttpVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The path read in place of one Jetty's {@code HttpURI} cannot parse: its first segment where that names the route, else the root. */
class BadMessageHeadersTest {
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "GET|/reconcile/%ZZ|/reconcile",
        "POST|/reconcile/../../etc/passwd|/reconcile",
        "GET|/reconcile?queries=%ZZ/x|/reconcile",
        "GET|/doc/state/%ZZ|/doc",
        "GET|/reconcile%ZZ|/",
        "GET|/%ZZ/reconcile|/",
        "GET|/../doc/state/CN|/",
        "GET|/%2e%2e/|/",
        "GET|/%2E%2E/reconcile|/",
        "GET|/a%2Fb/%ZZ|/",
        "GET|http://localhost/%ZZ|/",
        "CONNECT|/|NONE"})
    void the_first_segment_stands_in_where_it_can_be_read(String method, String target, String standIn) {
        assertEquals(standIn, BadMessageHeaders.standIn(method, target));
    }

    /** Each target this server does not read gets the sentence that says what is wrong with it: its scheme, its host or its port. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"/doc/state/CN|READ", "*|READ", "http://localhost:3030/doc|READ", "HTTPS://h|READ", "http://h?x|READ",
        "ftp://h/x|NOT_HTTP", "http:/doc|NOT_HTTP", "http://|NO_HOST", "http:///x|NO_HOST", "localhost:3030|NOT_HTTP", "abc|NOT_HTTP",
        "http://[::1]:3030/x|READ", "http://u:p@h/x|READ", "http://h:99999999/x|TARGET_PORT", "http://h:x/x|TARGET_PORT", "http://h:/x|TARGET_PORT",
        "http://h:0/x|TARGET_PORT", "http://[::1]:x/|TARGET_PORT", "http://[::1/x|TARGET_IPV6", "http://x:y:z/|TARGET_IPV6", "http://[x]/|TARGET_IPV6",
        "http://x%zz/|TARGET_HOST", "http://:80/x|NO_HOST", "http://u@/x|NO_HOST"})
    void a_target_is_read_where_it_is_a_path_or_an_http_address_with_a_host(String target, String why) {
        String expected = switch (why) {
            case "READ" -> null;
            case "NOT_HTTP" -> ParserRefusals.NOT_HTTP.english();
            case "NO_HOST" -> ParserRefusals.NO_HOST.english();
            case "TARGET_PORT" -> ParserRefusals.TARGET_PORT.english();
            case "TARGET_IPV6" -> ParserRefusals.TARGET_IPV6.english();
            default -> ParserRefusals.TARGET_HOST.english();
        };
        assertEquals(expected, BadMessageHeaders.unreadable(target));
    }

    /**
     * A target past all that is skipped fails where it stands, with a 414 naming its route's advice,
     * from the first bytes of its line; the bytes sent after it are never asked for.
     */
    @Test
    void a_target_past_all_that_is_skipped_fails_there_with_its_routes_414() {
        Recorder recorder = new Recorder();
        LineBoundParser parser = new LineBoundParser(recorder, 65_536, HttpCompliance.RFC9110);
        ByteBuffer start = ByteBuffer.wrap("GET /reconcile?queries=".getBytes(StandardCharsets.US_ASCII));
        parser.parseNext(start);
        byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        long fed = 0;
        while (recorder.failure == null && fed < 4L * LineBoundParser.SKIPPED_AT_MOST) {
            ByteBuffer buffer = ByteBuffer.wrap(chunk);
            parser.parseNext(buffer);
            fed += chunk.length;
        }
        assertEquals(414, recorder.failure == null ? 0 : recorder.failure.getCode());
        assertEquals(RequestLimitsFilter.uriTooLong("/reconcile").english(), recorder.failure.getReason());
        assertEquals("/reconcile", parser.route());
        assertTrue(parser.cut() && parser.skippedAll());
        // Half the header limit given to Jetty's parser, then 2 MiB skipped: the rest is not read.
        assertTrue(fed <= 32 * 1024 + LineBoundParser.SKIPPED_AT_MOST + chunk.length, fed + " bytes fed");
    }

    /**
     * A chunked body whose one chunk's extensions never end is ended early once {@link
     * LineBoundParser#CHUNK_LINES} bytes of framing are read, however many are sent after them.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"8;|a", "1\\r\\nx|b"})
    void a_chunks_endless_framing_ends_the_body_past_its_bound(String start, String endless) {
        Recorder recorder = new Recorder();
        LineBoundParser parser = new LineBoundParser(recorder, 65_536, HttpCompliance.RFC9110);
        ByteBuffer head = ByteBuffer.wrap(("POST /sparql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + start.replace("\\r\\n", "\r\n"))
                .getBytes(StandardCharsets.US_ASCII));
        while (head.hasRemaining()) parser.parseNext(head);
        byte[] chunk = endless.repeat(16 * 1024).getBytes(StandardCharsets.US_ASCII);
        long fed = 0;
        while (!recorder.endedEarly && fed < 100L * LineBoundParser.CHUNK_LINES) {
            ByteBuffer buffer = ByteBuffer.wrap(chunk);
            while (buffer.hasRemaining() && !recorder.endedEarly) parser.parseNext(buffer);
            fed += chunk.length;
        }
        assertTrue(recorder.endedEarly, fed + " bytes of extensions read");
        assertTrue(fed <= LineBoundParser.CHUNK_LINES + chunk.length, fed + " bytes fed");
    }

    /**
     * The parser keeps the line of the head at which it failed a request, the request line being 1:
     * a byte that cannot stand where it does, a CR without an LF, a folded line; a head it reads whole
     * has none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "control byte in the target|GET /doc\\u0001 HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n|1",
        "control byte in the first header|GET /doc HTTP/1.1\\r\\nHost: x\\u0001\\r\\n\\r\\n|2",
        "control byte in the third header|GET /doc HTTP/1.1\\r\\nHost: x\\r\\nAccept: */*\\r\\nX: a\\u0001b\\r\\n\\r\\n|4",
        "space in a name after a known header|GET /doc HTTP/1.1\\r\\nHost: x\\r\\nConnection: close\\r\\nX Y: z\\r\\n\\r\\n|4",
        "bare CR|GET /doc HTTP/1.1\\r\\nHost: x\\rX: y\\r\\n\\r\\n|2",
        "folded line|GET /doc HTTP/1.1\\r\\nHost: x\\r\\nX: a\\r\\n b\\r\\n\\r\\n|4",
        "LF alone ends a line|GET /doc HTTP/1.1\\nHost: x\\nX: y\\nZ: \\u0001\\n\\n|4",
        "read whole|GET /doc HTTP/1.1\\r\\nHost: x\\r\\nX: y\\r\\n\\r\\n|0"})
    void the_parser_keeps_the_line_of_the_head_it_failed(String name, String head, int line) {
        Recorder recorder = new Recorder();
        LineBoundParser parser = new LineBoundParser(recorder, 65_536, HttpCompliance.RFC9110);
        ByteBuffer buffer = ByteBuffer.wrap(head.replace("\\r", "\r").replace("\\n", "\n").replace("\\u0001", "\u0001").getBytes(StandardCharsets.ISO_8859_1));
        while (buffer.hasRemaining() && recorder.failure == null) parser.parseNext(buffer);
        assertEquals(line, parser.failedLine(), name + ": " + recorder.failure);
        assertEquals(line > 0, recorder.failure != null, name + ": " + recorder.failure);
    }

    /**
     * The parser says what ended a chunked body by where it stood: a byte in a chunk's size, in its
     * extensions, in a trailer field (said to be in a size line until a review on 6 December 2026), or trailers that
     * with the head pass the header limit (said to be a body cut short or malformed). BIG stands for
     * 70,000 bytes of a trailer's value.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "size not hexadecimal|ZZ\\r\\nASK{}\\r\\n0\\r\\n\\r\\n|a chunk's size line holds a byte where a hexadecimal digit, a ; before an extension or the line's end must stand (ALPHA='Z',",
        "size then a bad byte|5\\u0001\\r\\nASK{}\\r\\n0\\r\\n\\r\\n|a chunk's size line holds a byte where a hexadecimal digit, a ; before an extension or the line's end must stand (CNTL=0x1,",
        "control byte in an extension|5;a\\u0001b\\r\\nASK{}\\r\\n0\\r\\n\\r\\n|a chunk's size line holds, after its size, a byte HTTP does not allow in a chunk extension (CNTL=0x1,",
        "control byte in a trailer|5\\r\\nASK{}\\r\\n0\\r\\nX-T: a\\u0001b\\r\\n\\r\\n|a trailer field, after its last chunk (the one of size 0), holds a byte HTTP does not allow where it stands (CNTL=0x1,",
        "trailer past the limit|5\\r\\nASK{}\\r\\n0\\r\\nX-T: BIG\\r\\n\\r\\n|its line, headers and trailer fields (those after its last chunk, the one of size 0) are larger than 65536 bytes"})
    void the_parser_says_where_in_a_chunked_body_it_failed(String name, String body, String words) {
        Recorder recorder = new Recorder();
        LineBoundParser parser = new LineBoundParser(recorder, 65_536, HttpCompliance.RFC9110);
        String request = "POST /sparql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + body.replace("\\r", "\r").replace("\\n", "\n").replace("\\u0001", "\u0001").replace("BIG", "a".repeat(70_000));
        ByteBuffer buffer = ByteBuffer.wrap(request.getBytes(StandardCharsets.ISO_8859_1));
        while (buffer.hasRemaining() && !recorder.endedEarly) parser.parseNext(buffer);
        assertTrue(recorder.endedEarly, name);
        String said = parser.bodyEnded() == null ? "none" : parser.bodyEnded().english();
        assertTrue(said.contains(words), name + ": " + said);
    }

    /**
     * The parser says where a body's connection ended by the part of the body it was reading: before
     * the length its Content-Length gave, before the last chunk (in a size line, an extension, a
     * chunk's data or the line end after it), or within a trailer field after the last chunk, which
     * until a review on 6 December 2026 was said to have ended before its last chunk. A connection
     * that ends at a trailer field's line end, or right after the last chunk, ends the body (Jetty's
     * parser forgives the missing blank line), so nothing is said of it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "within the length|Content-Length: 100|ASK {|before the length its Content-Length gave).",
        "within a chunk's data|Transfer-Encoding: chunked|5\\r\\nAS|before its last chunk, the one of size 0).",
        "after a chunk|Transfer-Encoding: chunked|5\\r\\nASK{}\\r\\n|before its last chunk, the one of size 0).",
        "before a chunk's line end|Transfer-Encoding: chunked|5\\r\\nASK{}\\r|before its last chunk, the one of size 0).",
        "within an extension|Transfer-Encoding: chunked|5;x=y|before its last chunk, the one of size 0).",
        "within the first trailer|Transfer-Encoding: chunked|5\\r\\nASK{}\\r\\n0\\r\\nX-T: ab|the connection ended after its last chunk (the one of size 0), within a trailer field,",
        "within the second trailer|Transfer-Encoding: chunked|5\\r\\nASK{}\\r\\n0\\r\\nX-T: ab\\r\\nY|the connection ended after its last chunk (the one of size 0), within a trailer field,",
        "after a trailer's line end|Transfer-Encoding: chunked|5\\r\\nASK{}\\r\\n0\\r\\nX-T: ab\\r\\n|",
        "after the last chunk|Transfer-Encoding: chunked|5\\r\\nASK{}\\r\\n0\\r\\n|"})
    void the_parser_says_where_a_bodys_connection_ended(String name, String framing, String body, String words) {
        Recorder recorder = new Recorder();
        LineBoundParser parser = new LineBoundParser(recorder, 65_536, HttpCompliance.RFC9110);
        String request = "POST /sparql HTTP/1.1\r\nHost: x\r\n" + framing + "\r\n\r\n" + body.replace("\\r", "\r").replace("\\n", "\n");
        ByteBuffer buffer = ByteBuffer.wrap(request.getBytes(StandardCharsets.ISO_8859_1));
        while (buffer.hasRemaining()) parser.parseNext(buffer);
        parser.atEOF();
        parser.parseNext(ByteBuffer.allocate(0));
        if (words == null) {
            assertTrue(recorder.completed && !recorder.endedEarly && recorder.failure == null, name + ": " + recorder.failure);
            return;
        }
        assertTrue(recorder.endedEarly || recorder.failure != null, name);
        String said = parser.bodyEnded() == null ? null : parser.bodyEnded().english();
        assertTrue(String.valueOf(said).contains(words), name + ": " + said);
        // Each says one place: a chunked body names no Content-Length, a cut trailer no chunk before its last.
        assertEquals(framing.startsWith("Content-Length"), said.contains("Content-Length"), name + ": " + said);
        assertEquals(!words.contains("within a trailer"), said.contains("before its last chunk") || said.contains("Content-Length"), name + ": " + said);
    }

    /** A parser's handler that keeps the failure it is told of. */
    private static final class Recorder implements HttpParser.RequestHandler {
        HttpException failure;
        boolean endedEarly;
        boolean completed;

        @Override
        public void startRequest(String method, String uri, HttpVersion version) {}

        @Override
        public void parsedHeader(HttpField field) {}

        @Override
        public boolean headerComplete() {
            return false;
        }

        @Override
        public boolean content(ByteBuffer item) {
            return false;
        }

        @Override
        public boolean contentComplete() {
            return false;
        }

        @Override
        public boolean messageComplete() {
            completed = true;
            return false;
        }

        @Override
        public void earlyEOF() {
            endedEarly = true;
        }

        @Override
        public void badMessage(HttpException failure) {
            this.failure = failure;
        }
    }
}
