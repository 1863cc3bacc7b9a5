package org.w3id.scokg.server.web;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;

/**
 * Absolute URLs of this server's own pages, for redirects, the sitemap and self-descriptions. With
 * a public base (the server's address behind a proxy, {@code serve --base}) every URL starts with
 * it, whatever Host the request names; without one, the request's scheme, host and port are used.
 *
 * <p>The links of the pages and the headers that name a page ({@code Link}, {@code Content-Location})
 * are root-relative ({@code /doc/state/IN}); under a base with a path ({@code https://host/kg/}, a
 * proxy that publishes the server under {@code /kg/} and strips it) they start with that path, its
 * {@link #root}: {@link #local} writes one, and {@link Page} puts a page's under it as it renders.
 */
public final class PublicUrls {
    /** The attribute of the servlet context and of the Jetty server that holds {@link #root()}, for the pages made without this object. */
    public static final String ROOT = "org.w3id.scokg.root";

    private final String base;
    private final String root;

    /** {@code base} is an absolute http(s) URL, or null to follow each request. */
    public PublicUrls(String base) {
        this.base = base == null ? null : base.replaceFirst("/+$", "");
        this.root = this.base == null ? "" : java.net.URI.create(this.base).getRawPath();
    }

    /** The base's path without its last slash ({@code /kg} for {@code https://host/kg/}); "" without a base or with one at a host's root. */
    public String root() {
        return root;
    }

    /** {@code path} (from this server's root: {@code /doc/state/IN}) as the site's own links name it, under the base's path. */
    public String local(String path) {
        return root + path;
    }

    /** The {@link #root} a server that {@code context} belongs to keeps in its attribute {@link #ROOT}; "" where none is kept. */
    public static String root(jakarta.servlet.ServletContext context) {
        return context != null && context.getAttribute(ROOT) instanceof String root ? root : "";
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
