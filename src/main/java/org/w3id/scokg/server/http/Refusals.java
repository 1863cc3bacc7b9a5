package org.w3id.scokg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.NotFoundPage;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Sentence;

/**
 * Every refusal, one sentence said to whoever asked: to a browser ({@link #browser(String)}) the
 * site's error page in its language ({@link ErrorPage}, or the 404 page that offers the search), to a
 * program the sentence as plain text, or on the reconciliation service's routes as a problem
 * document ({@link ProblemDocument}), as the service answers its own refusals. Both layers say it
 * alike: the handlers in front of the routes ({@link Doors}, the fair scheduler's 429 and 503;
 * {@link #refuse}) and the servlets of the routes ({@link #clientError}, {@link #refusal}, {@link
 * #notFound}, {@link #notAcceptable}). A browser gets the page, not the plain text, for a form posted
 * to a page (405) or a search that waited too long (503).
 */
public final class Refusals {
    private Refusals() {}

    /** Answers {@code status} with {@code sentence} (one line, without its line break) and completes {@code callback}. */
    public static boolean refuse(Request request, Response response, Callback callback, int status, String sentence) {
        return refuse(request, response, callback, status, sentence, null);
    }

    /** {@link #refuse(Request, Response, Callback, int, String)} with a sentence of the bundles: on the page in the reader's words. */
    public static boolean refuse(Request request, Response response, Callback callback, int status, Sentence said) {
        return refuse(request, response, callback, status, said.english(), said);
    }

    private static boolean refuse(Request request, Response response, Callback callback, int status, String sentence, Sentence said) {
        response.setStatus(status);
        // A page to a browser, a sentence to a program: a cache must keep them apart.
        response.getHeaders().ensureField(new HttpField(HttpHeader.VARY, "Accept"));
        if (ProblemDocument.answers(request.getHeaders().get(HttpHeader.ACCEPT), route(request))) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemDocument.MEDIA_TYPE);
            response.write(true, StandardCharsets.UTF_8.encode(ProblemDocument.json(status, sentence, null, null)), callback);
            return true;
        }
        if (!Refusals.browser(request.getHeaders().get(HttpHeader.ACCEPT))) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
            response.write(true, StandardCharsets.UTF_8.encode(sentence + "\n"), callback);
            return true;
        }
        response.getHeaders().ensureField(new HttpField(HttpHeader.VARY, "Accept-Language, Cookie"));
        response.getHeaders().put("Content-Security-Policy", Responses.PAGE_POLICY);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
        response.write(true, StandardCharsets.UTF_8.encode(page(request, status, sentence, said)), callback);
        return true;
    }

    /** The path of {@code request} in its context, or null where its address cannot be read. */
    static String route(Request request) {
        if (request.getHttpURI() == null || request.getHttpURI().getCanonicalPath() == null) return null;
        return Request.getPathInContext(request);
    }

    /**
     * The error page for a request no servlet has read: at its path (the home page's where the path
     * cannot be read), in its language, with nothing of its query string (which Jetty may not be
     * able to decode) but the link to try again, the address as it came.
     */
    static String page(Request request, int status, String sentence, Sentence said) {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        // An address that cannot be read, or is past the limit, is not repeated in the language links.
        BadMessageHeaders.Kept kept = BadMessageHeaders.kept(request);
        boolean unparsed = kept != null && kept.standIn();
        boolean pathless = path == null || !path.startsWith("/") || unparsed || request.getHttpURI().hasViolations() || ErrorPage.overLong(path, null);
        // The address as it came, to try again, where it can be read and is a page's (a GET's).
        String again = pathless || !ErrorPage.momentary(status, request.getMethod()) || ErrorPage.overLong(path, request.getHttpURI().getQuery()) ? null
                : request.getHttpURI().getPathQuery();
        // The base's path the server keeps (PublicUrls.ROOT): no servlet context is reached yet.
        Object root = request.getConnectionMetaData().getConnector().getServer().getAttribute(PublicUrls.ROOT);
        return ErrorPage.render(Page.at(pathless ? "/" : path, Language.of(request)).under(root instanceof String r ? r : ""), status, sentence, said, "", null, again);
    }

    /**
     * Whether one of {@code names} is given more than once in {@code request}'s query string or form,
     * in which case a 400 naming it has been sent: a route reads each once, so every route refuses a
     * repeated name alike, rather than taking one of the values unsaid.
     */
    public static boolean refusedRepeated(HttpServletRequest request, HttpServletResponse response, String... names) throws IOException {
        // Only a request with a query string or a body can repeat one; asking Jetty for a parameter parses them all.
        if (request.getQueryString() == null && request.getContentLength() <= 0) return false;
        for (String name : names) {
            String[] values = request.getParameterValues(name);
            if (values != null && values.length > 1) {
                clientError(request, response, HttpServletResponse.SC_BAD_REQUEST, Sentence.of("said.repeated", name, values.length));
                return true;
            }
        }
        return false;
    }

    /** 406, naming what the route offers, as one sentence of text: for routes only programs use. */
    public static void notAcceptable(HttpServletResponse response, List<String> offered) throws IOException {
        Responses.text(response, HttpServletResponse.SC_NOT_ACCEPTABLE, notAcceptable(offered).english());
    }

    /** 406, naming what the route offers: to a browser on a page ({@link #clientError}), to a program as one sentence. */
    public static void notAcceptable(HttpServletRequest request, HttpServletResponse response, List<String> offered) throws IOException {
        clientError(request, response, HttpServletResponse.SC_NOT_ACCEPTABLE, notAcceptable(offered));
    }

    private static Sentence notAcceptable(List<String> offered) {
        return Sentence.of("said.notAcceptable", String.join(", ", offered));
    }

    /**
     * A client's mistake on a route for people ({@code page=0} on a search, {@code format=foo} on a
     * thing's page), answered {@code status} with {@code sentence}: to a browser a page in its
     * language that says it ({@link ErrorPage}), to a program the sentence as text.
     */
    public static void clientError(HttpServletRequest request, HttpServletResponse response, int status, String sentence) throws IOException {
        refusal(request, response, status, sentence, null);
    }

    /** {@link #clientError(HttpServletRequest, HttpServletResponse, int, String)} with a sentence of the bundles: on the page in the reader's words. */
    public static void clientError(HttpServletRequest request, HttpServletResponse response, int status, Sentence said) throws IOException {
        refusal(request, response, status, said.english(), said);
    }

    /** {@link #refusal(HttpServletRequest, HttpServletResponse, int, String)} with a sentence of the bundles: on the page in the reader's words. */
    public static void refusal(HttpServletRequest request, HttpServletResponse response, int status, Sentence said) throws IOException {
        refusal(request, response, status, said.english(), said);
    }

    /**
     * A request a route for people cannot answer, {@code status} with {@code sentence}, whoever's the
     * fault (a 503 past the timeout as well as a client's mistake): to a browser the page that says it
     * ({@link ErrorPage}), to a program the sentence as text, or on the reconciliation service's
     * routes as a problem document ({@link ProblemDocument}).
     */
    public static void refusal(HttpServletRequest request, HttpServletResponse response, int status, String sentence) throws IOException {
        refusal(request, response, status, sentence, null);
    }

    private static void refusal(HttpServletRequest request, HttpServletResponse response, int status, String sentence, Sentence said) throws IOException {
        // A page to a browser, a sentence to a program: a cache must keep them apart.
        Vary.onAccept(response);
        if (ProblemDocument.answers(request.getHeader("Accept"), request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setStatus(status);
            Responses.send(response, ProblemDocument.MEDIA_TYPE, ProblemDocument.json(status, sentence, null, null).getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!browser(request)) {
            Responses.text(response, status, sentence);
            return;
        }
        response.setStatus(status);
        Vary.onLanguage(response);
        Responses.html(response, ErrorPage.render(request, status, sentence, said));
    }

    /** Whether a page is wanted: HTML named in Accept and first there (a wildcard alone is a program's). */
    static boolean browser(HttpServletRequest request) {
        return browser(request.getHeader("Accept"));
    }

    /** Whether an {@code Accept} header asks for a page: HTML named in it and first there. */
    public static boolean browser(String accept) {
        // A header that says nothing readable is no browser's (AcceptHeader): it is read as none.
        return AcceptHeader.ranges(accept).isPresent() && MediaTypes.negotiateType(accept, List.of("text/html", "text/plain")).filter("text/html"::equals).isPresent()
                && accept.toLowerCase(java.util.Locale.ROOT).contains("text/html");
    }

    /**
     * 404, saying what was not found: to a browser (HTML first in its Accept) a page in its language
     * that offers the search box, to a program one sentence of text.
     */
    public static void notFound(HttpServletRequest request, HttpServletResponse response, String what) throws IOException {
        notFound(request, response, what, null);
    }

    /**
     * {@link #notFound(HttpServletRequest, HttpServletResponse, String)} with a sentence of the bundles:
     * on the page in the reader's words, to a program the English as before.
     */
    public static void notFound(HttpServletRequest request, HttpServletResponse response, Sentence said) throws IOException {
        notFound(request, response, said.english(), said);
    }

    private static void notFound(HttpServletRequest request, HttpServletResponse response, String what, Sentence said) throws IOException {
        // A page to a browser, a sentence to a program: a cache must keep them apart (the 404 is
        // cached for an hour), so Vary names Accept, not Accept-Encoding alone.
        Vary.onAccept(response);
        if (!browser(request)) {
            Responses.text(response, HttpServletResponse.SC_NOT_FOUND, what);
            return;
        }
        String page = NotFoundPage.render(request, what, said);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        Vary.onLanguage(response);
        Responses.html(response, page);
    }
}
