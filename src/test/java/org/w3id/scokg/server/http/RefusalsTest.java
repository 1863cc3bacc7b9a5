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
import org.w3id.scokg.server.web.Language;

/**
 * What a browser and a program get from the refusals made before any route ({@link Refusals}, {@link
 * OneSentenceErrors}): Jetty with the server's own front handler ({@link Doors}) and error handlers,
 * through a local connector, no port.
 */
class RefusalsTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
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
                request.getParameter("q");
                Responses.text(response, HttpServletResponse.SC_OK, "a page");
            }
        }), "/*");
        server.setHandler(new Doors(context, false));
        OneSentenceErrors.install(server, context);
        server.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private static HttpTester.Response send(String method, String path, String headers) throws Exception {
        return HttpTester.parseResponse(connector.getResponse(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Connection: close\r\n\r\n"));
    }

    @Test
    void a_post_to_a_page_is_a_405_page_to_a_browser_in_its_language() throws Exception {
        HttpTester.Response page = send("POST", "/doc/state/in", "Accept: " + BROWSER + "\r\nAccept-Language: zh-CN\r\nContent-Length: 0\r\n");
        assertEquals(405, page.getStatus());
        assertEquals("text/html;charset=utf-8", page.get("Content-Type"));
        assertEquals("nosniff", page.get("X-Content-Type-Options"));
        assertEquals("GET, HEAD, OPTIONS", page.get("Allow"));
        assertTrue(page.getContent().startsWith("<!DOCTYPE html>\n<html lang=\"zh\">"), page.getContent());
        // In Chinese since 6 December 2026; a program still gets the English (below).
        assertTrue(page.getContent().contains("<p lang=\"zh\"><code>此处不接受 POST 方法；请使用 GET, HEAD, OPTIONS。</code>"), page.getContent());
        assertTrue(page.getContent().contains("<a href=\"/\">"), page.getContent());
    }

    @Test
    void a_post_to_a_page_is_the_sentence_as_text_to_a_program() throws Exception {
        HttpTester.Response text = send("POST", "/doc/state/in", "Accept: */*\r\nContent-Length: 0\r\n");
        assertEquals(405, text.getStatus());
        assertEquals("text/plain;charset=utf-8", text.get("Content-Type"));
        assertEquals("POST is not allowed here; use GET, HEAD, OPTIONS.\n", text.getContent());
    }

    @Test
    void an_address_jetty_cannot_decode_is_the_sentence_as_text_to_a_program() throws Exception {
        for (String path : new String[] {"/doc/%2Fx", "/doc/state/%C3%28", "/doc/state/%ZZ"}) {
            HttpTester.Response text = send("GET", path, "Accept: */*\r\n");
            assertEquals(400, text.getStatus(), path);
            assertEquals("text/plain;charset=utf-8", text.get("Content-Type"), path);
            assertEquals("must-revalidate,no-cache,no-store", text.get("Cache-Control"), path);
            assertTrue(text.getContent().startsWith("This request cannot be read: its address "), path + ": " + text.getContent());
        }
    }

    /**
     * A path Jetty cannot decode ({@code %ZZ}, bytes that are not UTF-8, an encoded {@code /}): its
     * connection refuses it before it makes the request, and its error handler gets one without
     * headers, so a browser cannot be told from a program. Both get the sentence as text.
     */
    @Test
    void a_path_jetty_cannot_decode_is_the_sentence_as_text_even_to_a_browser() throws Exception {
        for (String path : new String[] {"/doc/%2Fx", "/doc/state/%C3%28", "/doc/state/%ZZ"}) {
            HttpTester.Response text = send("GET", path, "Accept: " + BROWSER + "\r\n");
            assertEquals(400, text.getStatus(), path);
            assertEquals("text/plain;charset=utf-8", text.get("Content-Type"), path);
            assertEquals("nosniff", text.get("X-Content-Type-Options"), path);
        }
    }
}
