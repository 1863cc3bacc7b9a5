package org.w3id.scokg.server.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Sentence;

/**
 * An address that differs from a resource's only by a trailing slash ({@code /doc/state/IN/},
 * {@code /ontology/}) is moved to the resource's, as most web servers and Wikidata's and DBpedia's
 * pages do: 301 for a GET or HEAD, 308 for a POST (RFC 9110 15.4.2 and 15.4.9: a 308 keeps the method and
 * body), with the query string as it came, not a 404.
 *
 * <p>Only the routes know what names something ({@link PathProbe}): the address as it came is asked
 * first, and goes on untouched where it names something ({@code /doc/state/}, {@code /dumps/} are
 * pages of their own); then the address without its slash, and only where that names something is
 * the request moved. Anything else goes on to the routes, which answer it as before (the 404 page).
 * So nothing is moved to an address that is not a resource, and no move leads to another: the target
 * has no trailing slash. An address with an empty segment ({@code //host/}) is never moved, so no
 * {@code Location} can read as another host's; Jetty refuses those before this handler anyway.
 */
final class TrailingSlashes extends Handler.Wrapper {
    private final PublicUrls urls;

    TrailingSlashes(Handler routes, PublicUrls urls) {
        super(routes);
        this.urls = urls;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        if (!movable(path)) return super.handle(request, response, callback);
        PathProbe.ask(getHandler(), request, path, response, callback, itself -> {
            if (itself) {
                onward(request, response, callback);
                return;
            }
            String trimmed = path.substring(0, path.length() - 1);
            try {
                PathProbe.ask(getHandler(), request, trimmed, response, callback, names -> {
                    if (names) move(request, response, callback, trimmed);
                    else onward(request, response, callback);
                });
            } catch (Exception e) {
                callback.failed(e);
            }
        });
        return true;
    }

    /**
     * Whether an address may be moved: it ends with a slash after a segment that is not empty, is not
     * the root, has no empty segment ({@code //}) anywhere, and is not an operator's endpoint.
     */
    static boolean movable(String path) {
        return path != null && path.length() > 1 && path.endsWith("/") && path.startsWith("/") && !path.contains("//") && !path.startsWith("/$/");
    }

    /** The request goes on to the routes, as it came; where none takes it, a 404. */
    private void onward(Request request, Response response, Callback callback) {
        try {
            if (!super.handle(request, response, callback)) {
                Refusals.refuse(request, response, callback, HttpStatus.NOT_FOUND_404, Sentence.of("said.nothingAt", NamedQuery.echo(request.getHttpURI().getPath())));
            }
        } catch (Exception e) {
            callback.failed(e);
        }
    }

    private void move(Request request, Response response, Callback callback, String trimmed) {
        String query = request.getHttpURI().getQuery();
        boolean safe = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        response.setStatus(safe ? HttpStatus.MOVED_PERMANENTLY_301 : HttpStatus.PERMANENT_REDIRECT_308);
        response.getHeaders().put(HttpHeader.LOCATION, urls.absolute(request, trimmed + (query == null ? "" : "?" + query)));
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
        callback.succeeded();
    }
}
