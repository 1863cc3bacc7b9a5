package org.w3id.scokg.server.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The page a browser gets for its own mistake in the address of a page for people ({@link
 * Responses#clientError}): a 400 or a 406 in the site's layout and the reader's language, with the
 * server's one sentence (English, marked so), a search box holding the words searched for, and a
 * link to the page without its parameters. A program gets the sentence alone.
 */
final class ErrorPage {
    private ErrorPage() {}

    /** The page for a request answered {@code status}; {@code sentence} is the server's, as a program gets it. */
    static String render(HttpServletRequest request, int status, String sentence) {
        Page page = Page.of(request);
        Texts texts = page.texts();
        String title = texts.find("error." + status).orElse(texts.get("error.title"));
        // The sentence is the server's, in English on every page: it names the parameter at fault, which
        // a translation of the status alone would not.
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(title)).append("</h1><p>").append(Html.escape(texts.get("error.why")))
                .append("</p><p lang=\"en\"><code>").append(Html.escape(sentence)).append("</code></p><p>").append(Html.escape(texts.get("error.search")))
                .append("</p>").append(page.searchForm("error-q", words(request))).append("<ul>");
        if (request.getQueryString() != null) {
            body.append("<li><a href=\"").append(Html.escape(request.getRequestURI())).append("\">").append(Html.escape(texts.get("error.plain"))).append("</a></li>");
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
