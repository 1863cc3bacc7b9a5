package org.w3id.scokg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Sentence;
import org.w3id.scokg.server.web.Texts;

/**
 * The page a browser gets for a request refused on a page for people: its own mistake in the address
 * ({@link Refusals#clientError}: a 400 or a 406, and {@link RequestLimitsFilter}'s 413 and 414), a
 * refusal of the handlers in front of the routes ({@link Refusals}: a 405, a 429 or a 503), or Jetty's
 * own 400 for a query string it cannot decode ({@link OneSentenceErrors}). In the site's layout and the
 * reader's language, with the server's one sentence (English, marked so), a search box and, where the
 * address had parameters, a link to the page without them. A program gets the sentence alone.
 */
final class ErrorPage {
    private ErrorPage() {}

    /**
     * The page for a request answered {@code status}; {@code sentence} is the server's, as a program
     * gets it, and {@code said} the same in the bundles' words, or null where they have none.
     */
    static String render(HttpServletRequest request, int status, String sentence, Sentence said) {
        if (overLong(request.getRequestURI(), request.getQueryString())) {
            // Not repeated in the language links nor in a link without parameters: an address past the
            // limit would be five times in the page, and each link would be refused again.
            return render(Page.at("/", Language.of(null, Language.chosen(request), request.getHeader("Accept-Language"))).under(PublicUrls.root(request.getServletContext())), status, sentence, said, "", null, null);
        }
        String plain = request.getQueryString() == null ? null : request.getRequestURI();
        String again = !momentary(status, request.getMethod()) ? null
                : request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return render(Page.of(request), status, sentence, said, words(request), plain, again);
    }

    /** Whether a refusal is of the moment and the request one a link can repeat: a GET or HEAD answered 429 or 503. */
    static boolean momentary(int status, String method) {
        return (status == 429 || status == 503) && ("GET".equals(method) || "HEAD".equals(method));
    }

    /** Whether an address is past {@link RequestLimitsFilter#MAX_URI}, and so is no page's. */
    static boolean overLong(String path, String query) {
        return (path == null ? 0 : path.length()) + (query == null ? 0 : query.length() + 1) > RequestLimitsFilter.MAX_URI;
    }

    /**
     * The page on {@code page}: {@code sentence}, the server's, and {@code said}, the same in the bundles'
     * words (null where they have none); {@code searched} in its search box; a link to {@code plain},
     * the address without its parameters, and one to try {@code again}, the address refused, each
     * unless it is null: a 429 or a 503 is a refusal of the moment, so its page offers a reader the
     * address again, not only a search, the home page and the address without the values chosen in a
     * named query's form.
     */
    static String render(Page page, int status, String sentence, Sentence said, String searched, String plain, String again) {
        Texts texts = page.texts();
        String title = texts.find("error." + status).orElse(texts.get("error.title"));
        // The sentence names the parameter or the limit at fault, which a translation of the status alone
        // would not: in the reader's words where the bundles hold it, else the
        // server's English, marked so and said to be English.
        String lead = said == null ? texts.get("error.why") : texts.get("error.said");
        String lang = said == null ? Language.EN.tag : texts.language().tag;
        String words = said == null ? sentence : said.in(texts);
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(title)).append("</h1><p>").append(Html.escape(lead))
                .append("</p><p lang=\"").append(lang).append("\"><code>").append(Html.escape(words)).append("</code></p><p>").append(Html.escape(texts.get("error.search")))
                .append("</p>").append(page.searchForm("error-q", searched)).append("<ul>");
        if (again != null) {
            body.append("<li><a href=\"").append(Html.escape(again)).append("\">").append(Html.escape(texts.get("error.again"))).append("</a></li>");
        }
        if (plain != null) {
            body.append("<li><a href=\"").append(Html.escape(plain)).append("\">").append(Html.escape(texts.get("error.plain"))).append("</a></li>");
        }
        body.append("<li><a href=\"/\">").append(Html.escape(texts.get("notfound.home"))).append("</a></li></ul>");
        return page.title(title).uncited().body(body.toString()).render();
    }

    /** The words the address searched for ({@code q}), for the box; none where it searched for nothing. */
    private static String words(HttpServletRequest request) {
        String q = request.getQueryString() == null ? null : request.getParameter("q");
        return q == null || q.length() > 200 ? "" : q.strip();
    }
}
