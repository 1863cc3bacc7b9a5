package org.w3id.scokg.server.http;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Sentence;

/**
 * The one-sentence refusals of the handlers in front of the routes ({@link Doors}, the fair
 * scheduler's 429 and 503): to a browser ({@link Responses#browser(String)}) the site's error page in
 * its language ({@link ErrorPage}), to a program the sentence as plain text, as before, or on the
 * reconciliation service's routes as a problem document ({@link ProblemDocument}), as the service
 * answers its own refusals. A browser gets the page, not the plain text, for a form posted to a
 * page (405) or a search that waited too long (503).
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
        if (!Responses.browser(request.getHeaders().get(HttpHeader.ACCEPT))) {
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
}
