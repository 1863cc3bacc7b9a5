package org.w3id.scokg.server.web;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;

/**
 * Absolute URLs of this server's own pages, for redirects, the sitemap and self-descriptions. With
 * a public base (the server's address behind a proxy, {@code serve --base}) every URL starts with
 * it, whatever Host the request names; without one, the request's scheme, host and port are used.
 */
public final class PublicUrls {
    private final String base;

    /** {@code base} is an absolute http(s) URL, or null to follow each request. */
    public PublicUrls(String base) {
        this.base = base == null ? null : base.replaceFirst("/+$", "");
    }

    public String absolute(HttpServletRequest request, String path) {
        if (base != null) return base + path;
        String url = request.getRequestURL().toString();
        int pathStart = url.indexOf('/', url.indexOf("//") + 2);
        return (pathStart < 0 ? url : url.substring(0, pathStart)) + request.getContextPath() + path;
    }

    /** The absolute URL of {@code pathAndQuery} (encoded, from the root) for a request no servlet has read yet. */
    public String absolute(Request request, String pathAndQuery) {
        if (base != null) return base + pathAndQuery;
        return HttpURI.build(request.getHttpURI(), pathAndQuery).asString();
    }
}
