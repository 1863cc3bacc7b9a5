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
        // The search box's suggestions ask in the page's language; that is no reader's choice, and
        // until a review on 3 December 2026 each keystroke set the cookie to it.
        boolean suggestions = request.getRequestURI().endsWith("/search/suggest");
        Language chosen = null;
        if (!suggestions && request.getQueryString() != null && request.getQueryString().contains("lang=")) {
            chosen = Language.byTag(request.getParameter("lang")).orElse(null);
        }
        if (chosen == null) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        Cookie cookie = new Cookie(Language.COOKIE, chosen.tag);
        // Under the public base's path only: behind a proxy that publishes the site under /kg/, the
        // host's other sites are not sent it (until 6 December 2026 its path was "/").
        cookie.setPath(PublicUrls.root(request.getServletContext()) + "/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        chain.doFilter(req, unshared(response));
    }

    /**
     * A page that sets the cookie, kept by no shared cache and asked again by the browser each time it
     * is opened: a page taken from a cache sets no cookie, so a reader who came back to a language
     * through a page the browser had kept (public, for an hour, until a review on 5 December 2026)
     * read the next pages in the language chosen before it. A route's own Cache-Control is not taken.
     */
    private static HttpServletResponse unshared(HttpServletResponse response) {
        response.setHeader(CACHE_CONTROL, UNSHARED);
        return new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!name.equalsIgnoreCase(CACHE_CONTROL)) super.setHeader(name, value);
            }

            @Override
            public void addHeader(String name, String value) {
                if (!name.equalsIgnoreCase(CACHE_CONTROL)) super.addHeader(name, value);
            }
        };
    }

    private static final String CACHE_CONTROL = "Cache-Control";
    /** Cache-Control of a page that sets the language cookie. */
    static final String UNSHARED = "private, no-cache";
}
