package org.w3id.scokg.server.site;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.server.http.Refusals;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Sentence;

/**
 * A 404 that a route sends as an error (Fuseki's own servlet for paths nobody serves says only
 * "Not Found") becomes the site's 404: to a browser a page in its language with the search box, to
 * a program one sentence. Every other error goes on to Fuseki's error handler as before.
 */
final class NotFoundFilter implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        chain.doFilter(req, new HttpServletResponseWrapper((HttpServletResponse) res) {
            @Override
            public void sendError(int status) throws IOException {
                sendError(status, null);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                if (status != SC_NOT_FOUND || isCommitted()) {
                    super.sendError(status, message);
                    return;
                }
                resetBuffer();
                boolean plain = message == null || message.isBlank() || message.equals("Not Found");
                if (plain) Refusals.notFound(request, (HttpServletResponse) getResponse(), Sentence.of("said.nothingAt", NamedQuery.echo(PublicUrls.root(request.getServletContext()) + request.getRequestURI())));
                else Refusals.notFound(request, (HttpServletResponse) getResponse(), message);
            }
        });
    }
}
