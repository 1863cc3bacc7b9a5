package org.w3id.scokg.server.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
        if (!suggestions && request.getQueryString() != null && request.getQueryString().contains("lang=")) {
            Language.byTag(request.getParameter("lang")).ifPresent(language -> {
                Cookie cookie = new Cookie(Language.COOKIE, language.tag);
                cookie.setPath("/");
                cookie.setMaxAge(365 * 24 * 3600);
                cookie.setAttribute("SameSite", "Lax");
                ((HttpServletResponse) res).addCookie(cookie);
            });
        }
        chain.doFilter(req, res);
    }
}
