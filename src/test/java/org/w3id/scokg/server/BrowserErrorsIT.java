package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestDumps;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Texts;

/**
 * The refusals made before or outside the routes, on addresses of pages for people: to a browser
 * (Chromium's Accept for a navigation) the site's error page, in its language, with the status and
 * the server's sentence; to a program the sentence as plain text, as before. Spoken on raw sockets,
 * so the request line and headers are sent as written.
 */
class BrowserErrorsIT {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String LONG_PATH = "/doc/state/" + "a".repeat(20_000);

    /** The answer, head and body, to {@code method path} with {@code headers} (each ending in CRLF). */
    private static String raw(String method, String path, String headers) throws IOException {
        URI base = URI.create(ServerFixture.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String head(String answer) {
        return answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
    }

    private static String body(String answer) {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "GET|LONG|414|ru|Адрес запроса длиннее",
        "POST|/doc/state/in|405|zh|此处不接受 POST 方法；请使用 GET, HEAD, OPTIONS。",
        "POST|/search|405|en|POST is not allowed here; use GET, HEAD, OPTIONS.",
        "GET|/search?q=%ZZ|400|ru|Этот запрос нельзя прочитать: его адрес закодирован неправильно",
        "GET|/queries/members-on-date?date=%ZZ|400|zh|无法读取此请求：其地址编码有误"})
    void a_browser_gets_the_sites_error_page_with_the_status_and_the_sentence(String method, String path, int status, String language, String sentence)
            throws IOException {
        String answer = raw(method, path.equals("LONG") ? LONG_PATH : path, "Accept: " + BROWSER + "\r\nAccept-Language: " + language + "\r\nContent-Length: 0\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), answer.lines().findFirst().orElse(""));
        assertTrue(head(answer).contains("content-type: text/html;charset=utf-8"), head(answer));
        assertTrue(head(answer).contains("x-content-type-options: nosniff"), head(answer));
        assertTrue(body(answer).startsWith("<!DOCTYPE html>\n<html lang=\"" + language + "\">"), body(answer));
        // In the page's language since 6 December 2026 (English, marked so, before).
        assertTrue(body(answer).contains("<p lang=\"" + language + "\"><code>" + sentence), body(answer));
        assertTrue(body(answer).contains("<footer") && body(answer).contains("<a href=\"/\">"), "the site's layout and a link home: " + body(answer));
        assertFalse(body(answer).contains("\tat ") || body(answer).contains("Exception"), "no stack trace");
        // An address past the limit is not repeated in the page's links.
        if (status == 414) assertFalse(body(answer).contains("href=\"/doc/state/"), body(answer));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "GET|LONG|414|The request URI is longer than 8192 bytes; send a shorter address (only /sparql and /reconcile take a long query in a POST body).",
        "POST|/doc/state/in|405|POST is not allowed here; use GET, HEAD, OPTIONS.",
        "GET|/doc/state/CN%2Fx|400|This request cannot be read: its address encodes a / or a . (%2F, %2E) or has an empty segment, which could name two paths.",
        "GET|/doc/state/%ZZ|400|This request cannot be read: its address is not well encoded",
        "GET|/search?q=%ZZ|400|This request cannot be read: its address is not well encoded"})
    void a_program_still_gets_the_sentence_as_plain_text(String method, String path, int status, String sentence) throws IOException {
        for (String accept : new String[] {"*/*", "application/sparql-results+json"}) {
            String answer = raw(method, path.equals("LONG") ? LONG_PATH : path, "Accept: " + accept + "\r\nContent-Length: 0\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), accept + ": " + answer.lines().findFirst().orElse(""));
            assertTrue(head(answer).contains("content-type: text/plain;charset=utf-8"), accept + ": " + head(answer));
            assertTrue(body(answer).startsWith(sentence), accept + ": " + body(answer));
        }
    }

    /**
     * An address past the header limit (64 KiB, which Jetty counts with the headers) answers as one
     * past 8 KiB under it: the same 414 and sentence, as the site's page in the reader's language to a
     * browser, as a problem document on the reconciliation service, as plain text to any other client;
     * the sentence speaks of a POST only where the route reads one. Until a review on 6 December 2026
     * Jetty answered it "414 URI Too Long." as plain text on every route.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "/search?q=|" + BROWSER + "|text/html;charset=utf-8|send a shorter address (only /sparql and /reconcile take a long query in a POST body).",
        "/search?q=|*/*|text/plain;charset=utf-8|send a shorter address (only /sparql and /reconcile take a long query in a POST body).",
        "/doc/state/IN?lang=|*/*|text/plain;charset=utf-8|send a shorter address (only /sparql and /reconcile take a long query in a POST body).",
        "/reconcile?queries=|*/*|application/problem+json|send a long query in a POST body.",
        "/sparql?query=|application/sparql-results+json|text/plain;charset=utf-8|send a long query in a POST body."})
    void an_address_past_the_header_limit_answers_as_one_under_it(String start, String accept, String type, String advice) throws IOException {
        String sentence = "The request URI is longer than 8192 bytes; " + advice;
        String underLimit = null;
        for (int length : new int[] {30_000, 66_000, 300_000}) {
            String answer = raw("GET", start + "a".repeat(length), "Accept: " + accept + "\r\nAccept-Language: ru\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 414 "), length + ": " + answer.lines().findFirst().orElse(""));
            assertTrue(head(answer).contains("content-type: " + type), length + ": " + head(answer));
            assertTrue(head(answer).contains("x-content-type-options: nosniff"), length + ": " + head(answer));
            String body = body(answer);
            if (type.startsWith("text/html")) {
                assertTrue(body.startsWith("<!DOCTYPE html>\n<html lang=\"ru\">"), length + ": " + body);
                String russian = Texts.of(Language.RU).format(advice.contains("POST body.") ? "said.uriTooLong.post" : "said.uriTooLong.get", 8192L);
                assertTrue(body.contains("<p lang=\"ru\"><code>" + Html.escape(russian) + "</code>") && !body.contains("The request URI"), length + ": " + body);
            } else if (type.equals("application/problem+json")) {
                assertTrue(body.contains("\"status\":414") && body.contains("\"detail\":\"" + sentence + "\""), length + ": " + body);
            } else {
                assertEquals(sentence, body.strip(), length + ": " + body);
            }
            if (underLimit == null) underLimit = body;
            // The page repeats no part of the address, so it reads the same at every length.
            else assertEquals(underLimit, body, length + " against 30,000");
        }
    }

    /**
     * An address past 1 MiB and under 2 MiB, the longest Chromium sends, is read to its end and
     * answered as one under the header limit: the site's page in the reader's language to a browser.
     * One past 2 MiB is failed there, its headers unread: the same 414 and its route's sentence, as a
     * problem document on the reconciliation service and as plain text elsewhere, and the rest is
     * not read. Until a review on 6 December 2026 an address past 1 MiB got Jetty's parser's 414, with
     * one sentence for every route, as plain text.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "/search?q=|1500000|" + BROWSER + "|text/html;charset=utf-8|send a shorter address (only /sparql and /reconcile take a long query in a POST body).",
        "/reconcile?queries=|1500000|*/*|application/problem+json|send a long query in a POST body.",
        // Past 2 MiB the headers are not read: a browser gets the sentence as a program does.
        "/search?q=|2200000|" + BROWSER + "|text/plain;charset=utf-8|send a shorter address (only /sparql and /reconcile take a long query in a POST body).",
        "/reconcile?queries=|2200000|" + BROWSER + "|application/problem+json|send a long query in a POST body.",
        "/sparql?query=|8000000|*/*|text/plain;charset=utf-8|send a long query in a POST body."})
    void an_address_past_a_mebibyte_answers_its_routes_414(String start, int length, String accept, String type, String advice) throws Exception {
        String sentence = "The request URI is longer than 8192 bytes; " + advice;
        URI base = URI.create(ServerFixture.base());
        byte[] request = ("GET " + start + "a".repeat(length) + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept
                + "\r\nAccept-Language: ru\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            // Sent beside the reading: past 2 MiB the server answers and closes before the rest is sent.
            Thread sender = new Thread(() -> {
                try {
                    socket.getOutputStream().write(request);
                } catch (IOException e) {
                    // The server closed the connection before all of it was sent, as it does past 2 MiB.
                }
            });
            sender.start();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            sender.join(10_000);
            assertTrue(answer.startsWith("HTTP/1.1 414 "), length + ": " + answer.lines().findFirst().orElse(""));
            assertTrue(head(answer).contains("content-type: " + type) && head(answer).contains("x-content-type-options: nosniff"), length + ": " + head(answer));
            String body = body(answer);
            if (type.startsWith("text/html")) {
                // In Russian since 6 December 2026.
                String russian = Texts.of(Language.RU).format(advice.contains("POST body.") ? "said.uriTooLong.post" : "said.uriTooLong.get", 8192L);
                assertTrue(body.startsWith("<!DOCTYPE html>\n<html lang=\"ru\">") && body.contains("<p lang=\"ru\"><code>" + Html.escape(russian) + "</code>"), body);
            } else if (type.equals("application/problem+json")) {
                assertTrue(body.contains("\"status\":414") && body.contains("\"detail\":\"" + sentence + "\""), body);
            } else {
                assertEquals(sentence, body.strip());
            }
        }
    }

    /**
     * A path whose bytes are not UTF-8 or that is ambiguous (an encoded {@code /}): Jetty's parser
     * lets it through and {@code UndecodablePaths} refuses it before any route, with the request's
     * headers, so a browser gets the site's error page in its language (plain text until 5 December
     * 2026, when Jetty refused it on the connection and its error handler got the request without
     * headers), a program the sentence as before.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/doc/state/%C3%28|zh|not well encoded", "/doc/state/%C3|ru|not well encoded", "/doc/state/CN%2Fx|en|could name two paths",
        "/search/%C3%28?q=India|ru|not well encoded"})
    void a_path_jetty_cannot_decode_is_the_error_page_to_a_browser_and_a_sentence_to_a_program(String path, String language, String words) throws IOException {
        String page = raw("GET", path, "Accept: " + BROWSER + "\r\nAccept-Language: " + language + "\r\n");
        assertTrue(page.startsWith("HTTP/1.1 400 "), page);
        assertTrue(head(page).contains("content-type: text/html;charset=utf-8") && head(page).contains("x-content-type-options: nosniff"), head(page));
        assertTrue(body(page).startsWith("<!DOCTYPE html>\n<html lang=\"" + language + "\">"), body(page));
        String said = Texts.of(Language.byTag(language).orElseThrow()).get(words.contains("two paths") ? "said.ambiguous" : "said.badUri");
        assertTrue(body(page).contains("<p lang=\"" + language + "\"><code>" + Html.escape(said) + "</code>"), body(page));
        assertFalse(body(page).contains("%C3") || body(page).contains("CN%2Fx"), "the address that cannot be read is not repeated");
        for (String accept : new String[] {"*/*", "application/sparql-results+json", ""}) {
            String text = raw("GET", path, accept.isEmpty() ? "" : "Accept: " + accept + "\r\n");
            assertTrue(text.startsWith("HTTP/1.1 400 "), accept + ": " + text);
            assertTrue(head(text).contains("content-type: text/plain;charset=utf-8") && head(text).contains("x-content-type-options: nosniff"), accept + ": " + head(text));
            assertTrue(body(text).startsWith("This request cannot be read: its address ") && body(text).contains(words), accept + ": " + body(text));
        }
    }

    /**
     * What Jetty fails before it has made the request: a path {@code HttpURI} cannot parse (a {@code %}
     * not followed by two hex digits, a {@code ..} that climbs above the root, decoded or not), which
     * failed the request line before any header was read, and a request line and headers past 64 KiB.
     * The headers the parser has read are kept for the error handler ({@code BadMessageHeaders}), so a
     * browser gets the site's error page in its language (plain text until 5 December 2026, when the
     * error handler got the request without headers and nothing told a browser from a program), a
     * program the sentence as before, with the same status and the connection closed.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"/doc/state/%ZZ|400|ru|is not well encoded", "/search/%ZZ?q=India|400|zh|is not well encoded",
        "/../doc/state/CN|400|en|climbs above the root", "/%2e%2e/|400|ru|climbs above the root", "/dumps/../../etc/passwd|400|zh|climbs above the root",
        "HEADERS|431|ru|larger than 65536 bytes"})
    void what_jetty_fails_before_making_the_request_is_the_error_page_to_a_browser(String path, int status, String language, String words) throws IOException {
        boolean headers = path.equals("HEADERS");
        String target = headers ? "/doc/state/in" : path;
        // The header past the limit comes after Accept and Accept-Language, as a browser's cookie would.
        String big = headers ? "Cookie: big=" + "a".repeat(70_000) + "\r\n" : "";
        String page = raw("GET", target, "Accept: " + BROWSER + "\r\nAccept-Language: " + language + "\r\n" + big);
        assertTrue(page.startsWith("HTTP/1.1 " + status + " "), page.lines().findFirst().orElse(""));
        assertTrue(head(page).contains("content-type: text/html;charset=utf-8") && head(page).contains("x-content-type-options: nosniff"), head(page));
        assertTrue(head(page).contains("access-control-allow-origin: *"), head(page));
        assertTrue(head(page).contains("connection: close"), "closed as Jetty closes it: " + head(page));
        assertTrue(body(page).startsWith("<!DOCTYPE html>\n<html lang=\"" + language + "\">"), body(page));
        Texts texts = Texts.of(Language.byTag(language).orElseThrow());
        assertTrue(body(page).contains("<h1>" + Html.escape(texts.get("error." + status)) + "</h1>"), body(page));
        String said = headers ? texts.format("said.headersTooLarge", 65536L) : texts.get("said.badUri");
        assertTrue(body(page).contains("<p lang=\"" + language + "\"><code>" + Html.escape(said) + "</code>"), body(page));
        assertTrue(body(page).contains("<footer") && body(page).contains("<a href=\"/\">"), "the site's layout and a link home: " + body(page));
        if (!headers) assertFalse(body(page).contains(path), "the address that cannot be read is not repeated: " + body(page));
        for (String accept : new String[] {"*/*", "application/sparql-results+json", ""}) {
            String text = raw("GET", target, (accept.isEmpty() ? "" : "Accept: " + accept + "\r\n") + big);
            assertTrue(text.startsWith("HTTP/1.1 " + status + " "), accept + ": " + text.lines().findFirst().orElse(""));
            assertTrue(head(text).contains("content-type: text/plain;charset=utf-8") && head(text).contains("x-content-type-options: nosniff"), accept + ": " + head(text));
            assertTrue(body(text).contains(words) && !body(text).contains("<"), accept + ": " + body(text));
        }
    }

    /**
     * A header past the limit that comes before {@code Accept} stops the parser before it: nothing
     * tells a browser from a program, and the answer is the sentence as plain text.
     */
    @Test
    void a_header_past_the_limit_before_accept_is_plain_text() throws IOException {
        String answer = raw("GET", "/doc/state/in", "X-Big: " + "a".repeat(70_000) + "\r\nAccept: " + BROWSER + "\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 431 "), answer.lines().findFirst().orElse(""));
        assertTrue(head(answer).contains("content-type: text/plain;charset=utf-8"), head(answer));
        assertTrue(body(answer).startsWith("The request's line and headers are larger than 65536 bytes"), body(answer));
    }

    /**
     * Jetty writes the body of its own refusals for GET, POST and HEAD only: any other method (a
     * DELETE past the header limit, an OPTIONS whose path cannot be parsed) got the status with no
     * sentence and no {@code nosniff} until 5 December 2026.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"DELETE|/doc/state/CN|HEADERS|431|larger than 65536 bytes", "OPTIONS|/doc/state/%ZZ||400|is not well encoded",
        "PUT|/dumps/../../etc/passwd||400|climbs above the root"})
    void jettys_refusal_of_any_method_says_why(String method, String path, String headers, int status, String words) throws IOException {
        String answer = raw(method, path, "Accept: */*\r\n" + ("HEADERS".equals(headers) ? "X-Big: " + "a".repeat(70_000) + "\r\n" : ""));
        assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), answer.lines().findFirst().orElse(""));
        assertTrue(head(answer).contains("content-type: text/plain;charset=utf-8") && head(answer).contains("x-content-type-options: nosniff"), head(answer));
        assertTrue(body(answer).contains(words), body(answer));
    }

    /**
     * A 412 (If-Match names another version) and a 416 (a range past the end of a dump) to a browser:
     * the site's error page in its language with the status's own title; to a program the sentence as
     * text (to both until 5 December 2026).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/doc/state/CN.ttl|If-Match: \"nope\"|412|ru|This is not the version If-Match names|Это не та версия, которую называет If-Match",
        "/dumps/sco-kg.ttl|If-Match: \"nope\"|412|zh|This is not the version If-Match names|这不是 If-Match 所指的版本",
        "/dumps/sco-kg.ttl|Range: bytes=999999999-|416|ru|The range asked for holds no byte of sco-kg.ttl|Запрошенный диапазон не содержит ни одного байта файла sco-kg.ttl",
        "/doc/state/CN|If-Match: \"nope\"|412|zh|This is not the version If-Match names|这不是 If-Match 所指的版本"})
    void a_refused_condition_or_range_is_the_error_page_to_a_browser(String path, String header, int status, String language, String sentence, String said)
            throws IOException {
        String page = raw("GET", path, "Accept: " + BROWSER + "\r\nAccept-Language: " + language + "\r\n" + header + "\r\n");
        assertTrue(page.startsWith("HTTP/1.1 " + status + " "), page.lines().findFirst().orElse(""));
        assertTrue(head(page).contains("content-type: text/html;charset=utf-8") && head(page).contains("x-content-type-options: nosniff"), head(page));
        Texts texts = Texts.of(Language.byTag(language).orElseThrow());
        assertTrue(body(page).startsWith("<!DOCTYPE html>\n<html lang=\"" + language + "\">") && body(page).contains("<h1>" + Html.escape(texts.get("error." + status)) + "</h1>"), body(page));
        // In the reader's language since 6 December 2026; a program still gets the English.
        assertTrue(body(page).contains("<p lang=\"" + language + "\"><code>" + said), body(page));
        String text = raw("GET", path, "Accept: */*\r\n" + header + "\r\n");
        assertTrue(text.startsWith("HTTP/1.1 " + status + " "), text.lines().findFirst().orElse(""));
        assertTrue(head(text).contains("content-type: text/plain;charset=utf-8") && body(text).startsWith(sentence), text);
    }

    /**
     * A named query's page that runs past the timeout: the 503 page to a browser, the sentence to a
     * program. The query is a cross product that never ends on its own: until 5 December 2026 it was
     * facts-with-sources, which a loaded machine once finished before the timeout's timer ran (200).
     */
    @Test
    void a_named_query_past_the_timeout_is_the_503_page_to_a_browser() throws IOException {
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-tmp")), "hurried-");
        Path dumps = folder.resolve("dist");
        TestDumps.copyInto(dumps);
        Path project = ProjectCopy.into(folder.resolve("project"));
        Files.writeString(project.resolve("queries/endless.rq"), "# title: A cross product that never ends\nSELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\n");
        LinkedDataServer hurried = LinkedDataServer.create(TestGraph.real(), dumps, project).port(0).timeout(Duration.ofMillis(1))
                .fairness(ServerFixture.UNTHROTTLED).start();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + hurried.port() + "/queries/endless"))
                    .timeout(Duration.ofSeconds(60));
            HttpResponse<String> page = ServerFixture.send(request.copy().header("Accept", BROWSER).header("Accept-Language", "ru").build());
            assertEquals(503, page.statusCode(), page.body());
            assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
            assertTrue(page.body().startsWith("<!DOCTYPE html>\n<html lang=\"ru\">") && page.body().contains("Сервер занят"), page.body());
            // In Russian since 6 December 2026, the seconds as Russian writes them.
            String said = Html.escape(org.w3id.scokg.server.web.Sentence.of("said.timeout", "0.001", 0.001).in(Texts.of(Language.RU)));
            assertTrue(page.body().contains("<p lang=\"ru\"><code>" + said + "</code>") && said.contains("0,001"), page.body());
            HttpResponse<String> text = ServerFixture.send(request.copy().header("Accept", "*/*").build());
            assertEquals(503, text.statusCode(), text.body());
            assertEquals("text/plain;charset=utf-8", text.headers().firstValue("Content-Type").orElse(""));
            assertEquals("The query ran past this endpoint's timeout of 0.001 s and was stopped.\n", text.body());
        } finally {
            hurried.stop();
        }
    }

    /**
     * The refusals of a request's body, its framing and its head that no route reads, and those of
     * the handlers in front of the routes, on the error page in the reader's language; a program gets
     * the English as before. Until 6 December 2026 each of them was English on a Russian or Chinese
     * page, under «В чём ошибка (по-английски):» (issue 15). Accept and Accept-Language come first,
     * so that the parser has read them when it fails a later line. {@code key}, where given, is the
     * sentence's own, whose words the page must hold; the others have values in them (a line's
     * number, a byte's name).
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "ru|a query body of another type|POST /sparql|Content-Type: text/plain\\r\\nContent-Length: 1\\r\\n|x|415|said.queryBody",
        "zh|a query body of another type|POST /sparql|Content-Type: text/plain\\r\\nContent-Length: 1\\r\\n|x|415|said.queryBody",
        "ru|an update|POST /sparql|Content-Type: application/sparql-update\\r\\nContent-Length: 1\\r\\n|x|415|",
        "zh|a Content-Encoding other than gzip|POST /sparql|Content-Type: application/sparql-query\\r\\nContent-Encoding: br\\r\\nContent-Length: 1\\r\\n|x|415|said.contentEncoding",
        "ru|a charset other than UTF-8|POST /sparql|Content-Type: application/sparql-query; charset=iso-8859-1\\r\\nContent-Length: 1\\r\\n|x|415|said.queryUtf8",
        "zh|a charset that is none|GET /doc/state/CN|Content-Type: text/plain; charset=nope\\r\\n||400|said.noSuchCharset",
        "ru|a Graph Store write|PUT /sparql?default|Content-Type: text/turtle\\r\\nContent-Length: 1\\r\\n|x|405|said.graphStoreReadOnly",
        "zh|a transfer coding other than chunked|POST /sparql|Content-Type: application/sparql-query\\r\\nTransfer-Encoding: gzip, chunked\\r\\n|1\\r\\nx\\r\\n0\\r\\n\\r\\n|501|said.transferCoding",
        "ru|a body that is not the gzip it says|POST /sparql|Content-Type: application/x-www-form-urlencoded\\r\\nContent-Encoding: gzip\\r\\nContent-Length: 7\\r\\n|query=x|400|said.notGzip",
        "zh|a form that is not UTF-8|POST /sparql|Content-Type: application/x-www-form-urlencoded\\r\\nContent-Length: 9\\r\\n|query=%ff|400|",
        "ru|two Hosts|GET /doc/state/CN|Host: localhost\\r\\nHost: other\\r\\n||400|said.parser.twoHosts",
        "zh|Host's port 0|GET /doc/state/CN|Host: localhost:0\\r\\n||400|said.parser.hostPort",
        "ru|a space in a header's name|GET /doc/state/CN|X Y: z\\r\\n||400|",
        "zh|a bare CR|GET /doc/state/CN|X: a\\rY: b\\r\\n||400|",
        "ru|two Content-Lengths|POST /sparql|Content-Type: application/sparql-query\\r\\nContent-Length: 8\\r\\nContent-Length: 8\\r\\n|ASK {  }|400|said.parser.twoLengths",
        "zh|a chunk size not hexadecimal|POST /sparql|Content-Type: application/sparql-query\\r\\nTransfer-Encoding: chunked\\r\\n|ZZ\\r\\nASK {  }\\r\\n0\\r\\n\\r\\n|400|",
        "ru|a fragment|GET /doc/state/CN#x|||400|said.parser.fragment",
        "zh|another scheme|GET ftp://localhost/doc/state/CN|||400|said.parser.notHttp",
        "ru|an Expect other than 100-continue|GET /doc/state/CN|Expect: bogus\\r\\n||417|said.expect",
        "zh|Upgrade without Connection: Upgrade|GET /doc/state/CN|Upgrade: h2c\\r\\n||400|said.upgradeAlone",
        "ru|a method HTTP does not define, too long to name back|BREWINGCOFFEEWITHMILK /doc/state/CN|||501|",
        "zh|a method HTTP does not define, too long to name back|BREWINGCOFFEEWITHMILK /nowhere|||501|"})
    void a_refusal_of_a_body_or_a_head_is_said_in_the_readers_language(String language, String name, String line, String headers, String body, int status, String key)
            throws IOException {
        String head = line + " HTTP/1.1\r\n";
        String fields = unescape(headers == null ? "" : headers);
        String rest = (fields.contains("Host: ") ? "" : "Host: localhost\r\n") + fields + "Connection: close\r\n\r\n" + unescape(body == null ? "" : body);
        String page = sent(head + "Accept: " + BROWSER + "\r\nAccept-Language: " + language + "\r\n" + rest);
        String program = sent(head + "Accept: */*\r\n" + rest);
        assertTrue(page.startsWith("HTTP/1.1 " + status + " ") && program.startsWith("HTTP/1.1 " + status + " "), name + ": " + page.lines().findFirst().orElse("")
                + " / " + program.lines().findFirst().orElse(""));
        assertTrue(head(page).contains("content-type: text/html;charset=utf-8"), name + ": " + head(page));
        assertTrue(head(program).contains("content-type: text/plain;charset=utf-8"), name + ": " + head(program));
        String english = body(program).strip();
        Texts texts = Texts.of(Language.byTag(language).orElseThrow());
        java.util.regex.Matcher said = java.util.regex.Pattern.compile("<p>" + java.util.regex.Pattern.quote(texts.get("error.said")) + "</p><p lang=\"" + language
                + "\"><code>([^<]+)</code></p>").matcher(body(page));
        assertTrue(body(page).startsWith("<!DOCTYPE html>\n<html lang=\"" + language + "\">") && said.find(), name + ": " + body(page));
        // The status's own title where the bundles have one (a 417's and a 501's since then too), else the general one.
        assertTrue(body(page).contains("<h1>" + Html.escape(texts.find("error." + status).orElse(texts.get("error.title"))) + "</h1>"), name + ": " + body(page));
        assertTrue(status == 400 || texts.find("error." + status).isPresent(), name + ": a title of its own for " + status);
        // Words of the reader's script, and not the English a program gets, nor the lead that says the sentence is English.
        Character.UnicodeScript script = language.equals("ru") ? Character.UnicodeScript.CYRILLIC : Character.UnicodeScript.HAN;
        assertTrue(said.group(1).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script), name + ": " + said.group(1));
        assertFalse(body(page).contains(Html.escape(english)) || body(page).contains(texts.get("error.why")), name + ": English as well: " + body(page));
        assertTrue(english.startsWith("This ") || english.startsWith("The ") || english.startsWith("A "), name + ": the program's English: " + english);
        if (key != null) {
            assertEquals(Html.escape(texts.get(key)), said.group(1), name);
            assertEquals(Texts.of(Language.EN).get(key), english, name + ": a program's words are the English bundle's");
        }
    }

    /** The answer, head and body, to {@code request} as written, read to the connection's end. */
    private static String sent(String request) throws IOException {
        URI base = URI.create(ServerFixture.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String unescape(String text) {
        return text.replace("\\r", "\r").replace("\\n", "\n");
    }
}
