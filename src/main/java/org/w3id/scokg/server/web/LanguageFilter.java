package org.w3id.scokg.server.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Remembers the language a reader picks with the switcher ({@code ?lang=} on any page) in a
 * cookie, so the pages they open next are in it too; a {@code lang} that is not one of the site's
 * languages is ignored, never an error. The suggestions the search box asks for in its page's
 * language ({@code /search/suggest?lang=}) set no cookie.
 */
public final class LanguageFilter implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        // The search box's suggestions ask in the page's language; that is no reader's choice, so a
        // keystroke does not set the cookie to it.
        boolean suggestions = request.getRequestURI().endsWith("/search/suggest");
        Language chosen = null;
        if (!suggestions && request.getQueryString() != null && request.getQueryString().contains("lang=")) {
            chosen = Language.byTag(request.getParameter("lang")).orElse(null);
        }
        if (chosen == null) {
            chain.doFilter(req, res);
            return;
        }
        Cookie cookie = new Cookie(Language.COOKIE, chosen.tag);
        // Under the public base's path only: behind a proxy that publishes the site under /kg/, the
        // host's other sites are not sent it, as they would be with the path "/".
        cookie.setPath(PublicUrls.root(request.getServletContext()) + "/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        chain.doFilter(req, cookieOnPages((HttpServletResponse) res, cookie));
    }

    /**
     * The response, which sets {@code cookie} if it turns out to be a page (its type is HTML, set
     * before a byte is written), and is then kept by no shared cache and asked again by the browser
     * each time it is opened: a page taken from a cache sets no cookie, so a reader who came back to a
     * language through a page the browser had kept (public, for an hour) would read the next pages in
     * the language chosen before it. A page's route's own Cache-Control is not taken. Any other answer
     * (Turtle, SPARQL results, JSON), whose bytes do not follow the language, sets no cookie and keeps
     * its route's Cache-Control: {@code /doc/state/IN.ttl?lang=ru} keeps its public Cache-Control, and
     * {@code /sparql?lang=ru} sends no cookie with {@code public, max-age=3600}, which a shared cache
     * could replay to others.
     */
    static HttpServletResponse cookieOnPages(HttpServletResponse response, Cookie cookie) {
        return new HttpServletResponseWrapper(response) {
            private boolean page;

            @Override
            public void setContentType(String type) {
                super.setContentType(type);
                if (html(type)) page();
            }

            @Override
            public void setHeader(String name, String value) {
                if (page && name.equalsIgnoreCase(CACHE_CONTROL)) return;
                super.setHeader(name, value);
                if (name.equalsIgnoreCase("Content-Type") && html(value)) page();
            }

            @Override
            public void addHeader(String name, String value) {
                if (page && name.equalsIgnoreCase(CACHE_CONTROL)) return;
                super.addHeader(name, value);
                if (name.equalsIgnoreCase("Content-Type") && html(value)) page();
            }

            private void page() {
                if (page || isCommitted()) return;
                page = true;
                addCookie(cookie);
                super.setHeader(CACHE_CONTROL, UNSHARED);
            }
        };
    }

    /** Whether {@code type} is a page's: HTML. */
    static boolean html(String type) {
        String lower = type == null ? "" : type.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("text/html") || lower.startsWith("application/xhtml+xml");
    }

    private static final String CACHE_CONTROL = "Cache-Control";
    /** Cache-Control of a page that sets the language cookie. */
    public static final String UNSHARED = "private, no-cache";
}
