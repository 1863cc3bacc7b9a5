package org.w3id.scokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Language;

/**
 * {@link Refusals#clientError}: a page ({@link ErrorPage}) to a request whose Accept names HTML
 * first, the sentence as text to any other, by a table of Accept headers (Jetty through a local
 * connector, no port).
 */
class ErrorPageTest {
    private static final String SENTENCE = "page is a whole number from 1 to 10 <given once>.";
    private static Server server;
    private static LocalConnector connector;

    @BeforeAll
    static void start() throws Exception {
        server = new Server();
        connector = new LocalConnector(server);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                Refusals.clientError(request, response, HttpServletResponse.SC_BAD_REQUEST, SENTENCE);
            }
        }), "/*");
        server.setHandler(context);
        server.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private static HttpTester.Response get(String path, String headers) throws Exception {
        return HttpTester.parseResponse(connector.getResponse("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Connection: close\r\n\r\n"));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|text/html",
        "text/html|text/html",
        "*/*|text/plain",
        "NULL|text/plain",
        "application/json|text/plain",
        "text/csv|text/plain",
        "text/plain, text/html;q=0.5|text/plain",
        "text/html;q=0|text/plain"})
    void a_page_only_to_a_request_that_puts_html_first(String accept, String type) throws Exception {
        HttpTester.Response response = get("/search?q=India&page=0", accept == null ? "" : "Accept: " + accept + "\r\n");
        assertEquals(400, response.getStatus());
        assertTrue(response.get("Content-Type").startsWith(type), response.get("Content-Type"));
        assertTrue(response.get("Vary").contains("Accept"), response.get("Vary"));
        if (type.equals("text/plain")) assertEquals(SENTENCE + "\n", response.getContent());
        else assertTrue(response.getContent().contains("<p lang=\"en\"><code>" + Html.escape(SENTENCE) + "</code></p>"), response.getContent());
    }

    @Test
    void the_page_is_in_the_readers_language_with_the_words_searched_for() throws Exception {
        String russian = get("/search?q=India&page=0", "Accept: text/html\r\nAccept-Language: ru\r\n").getContent();
        assertTrue(russian.contains("<html lang=\"ru\"") && russian.contains("<h1>Неверный запрос</h1>"), russian);
        // The English words said to be English on the Russian page (since 6 December 2026).
        assertTrue(russian.contains("id=\"error-q\" name=\"q\" type=\"search\" lang=\"en\" value=\"India\""), russian);
        assertTrue(russian.contains("<a href=\"/search\">"), "a link to the page without its parameters");
        String chinese = get("/doc/state/IN?format=foo&lang=zh", "Accept: text/html\r\n").getContent();
        assertTrue(chinese.contains("<html lang=\"zh\"") && chinese.contains("<h1>请求有误</h1>") && chinese.contains("value=\"\""), chinese);
    }
}
