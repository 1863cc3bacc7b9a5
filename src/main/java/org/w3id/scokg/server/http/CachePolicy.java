package org.w3id.scokg.server.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.w3id.scokg.publish.Checksums;
import org.w3id.scokg.publish.DumpWriter;
import org.w3id.scokg.server.web.Assets;
import org.w3id.scokg.server.web.LanguageFilter;

/**
 * What a CDN or browser may keep, for every answer that cannot change while the server runs: pages,
 * the site, the dataset's description, the shapes, the dumps and the answers of deterministic SPARQL queries asked with GET are {@value
 * #SHARED} (an hour fresh, and a day more served stale while the cache asks again). Each dump is
 * also served at a path naming its content ({@link DumpWriter#permanentPath}, linked from {@code
 * /dumps/} and the VoID), {@value #IMMUTABLE}: it never changes, and another build's dump has
 * another path. The files the pages load ({@link Assets}) are kept for good at the paths that name
 * their bytes, which the pages link; at their plain paths, and at a path with another build's hash,
 * they are {@value #REVALIDATED}: the bytes there change with a build. SPARQL errors, POSTed
 * queries and non-deterministic answers are left as they are; the SPARQL answer cache marks the
 * answers it sends again itself.
 */
public final class CachePolicy extends Handler.Wrapper {
    /** Cache-Control of what does not change while the server runs. */
    public static final String SHARED = "public, max-age=3600, stale-while-revalidate=86400";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /**
     * Cache-Control of a file whose bytes change with a build: kept, but asked again (a 304 while
     * the ETag holds) before each use, so a page never runs another build's script for long, and a
     * CDN never keeps another build's bytes under a new build's path during a rolling upgrade.
     */
    static final String REVALIDATED = "public, no-cache";
    /** The request attribute the SPARQL endpoint sets to {@code Boolean.TRUE} for a query whose answer is the same on every run. */
    private static final String DETERMINISTIC = "org.w3id.scokg.deterministic";
    private static final Pattern PERMANENT = Pattern.compile("^/dumps/sha256-([0-9a-f]{16})/([^/]+)$");

    /** Each dump's SHA-256, by file name, as the build wrote them in SHA256SUMS. */
    private final Map<String, String> sha256 = new HashMap<>();
    /** The files the pages load, read here so that one missing from the jar stops the server at start-up. */
    private final Assets assets = Assets.site();

    private CachePolicy(Path dumps) {
        try {
            byte[] sums = Files.readAllBytes(dumps.resolve(DumpWriter.CHECKSUMS_FILE));
            for (String line : new String(sums, StandardCharsets.UTF_8).split("\n")) {
                String[] hashAndName = line.split("\\s+\\*?", 2);
                if (hashAndName.length == 2) sha256.put(hashAndName[1].strip(), hashAndName[0]);
            }
            // The checksums' own version, which /dumps/ links as the others (the file cannot list itself).
            sha256.put(DumpWriter.CHECKSUMS_FILE, Checksums.sha256(sums));
        } catch (IOException e) {
            throw new UncheckedIOException("the dumps' checksums are not in " + dumps + "; run build first", e);
        }
    }

    /** Puts the policy in front of {@code server}'s handler, for the dumps in {@code dumps}. */
    public static void install(Server server, Path dumps) {
        CachePolicy policy = new CachePolicy(dumps);
        policy.setHandler(server.getHandler());
        server.setHandler(policy);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        // Every request passes here: the patterns are tried only where a cheap test says they may match.
        Matcher permanent = path.startsWith("/dumps/sha256-") ? PERMANENT.matcher(path) : null;
        if (permanent != null && permanent.matches()) {
            String file = permanent.group(2);
            String hash = sha256.get(file);
            // Another version than the one served: the dumps' own 404 (a page with a search box for a browser).
            if (hash == null || !hash.startsWith(permanent.group(1))) return super.handle(request, response, callback);
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, IMMUTABLE);
            return super.handle(Request.serveAs(request, HttpURI.build(request.getHttpURI()).path("/dumps/" + file)), response, callback);
        }
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        Assets.Found asset = read ? assets.find(path) : null;
        if (asset != null) {
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, asset.permanent() ? IMMUTABLE : REVALIDATED);
            return super.handle(request, unlessTransient(request, response), callback);
        }
        if (read && path.equals("/sparql")) return super.handle(request, deterministicShared(request, response), callback);
        // Everything else on these routes is a function of the request and the graph, which does not
        // change while it is served: a 404 there is as lasting as a 200.
        if (read && stable(path)) {
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, SHARED);
            return super.handle(request, unlessTransient(request, response), callback);
        }
        return super.handle(request, response, callback);
    }

    /**
     * Whether {@code path} is on a route whose answers last as long as the graph: the home page,
     * descriptions and pages ({@code /doc/}, {@code /id/}), the ontology, the dumps, the sitemap,
     * {@code /.well-known/}, the named queries' index, the dataset's description and the shapes
     * ({@code /void}, which holds the same bytes as {@code /.well-known/void}, and {@code /shapes}),
     * and the description in each format ({@code /void.ttl}, ...).
     */
    static boolean stable(String path) {
        return path.equals("/") || path.startsWith("/doc/") || path.startsWith("/id/") || path.startsWith("/ontology") || path.equals("/dumps")
                || path.startsWith("/dumps/") || path.equals("/sitemap.xml") || path.startsWith("/.well-known/") || path.equals("/queries")
                || path.equals("/queries/") || path.equals("/void") || path.startsWith("/void.") || path.equals("/shapes");
    }

    /**
     * The response, without its Cache-Control if it turns out to be an answer of the moment: 429
     * (fair scheduling), 503 (a timeout or overload) or any other 5xx, or an answer to a condition of
     * the request that no cache key holds: 412 (If-Match, If-Unmodified-Since) and 416 (Range). A CDN
     * must not go on serving such an answer for an hour.
     */
    private static Response unlessTransient(Request request, Response response) {
        return new Response.Wrapper(request, response) {
            @Override
            public void write(boolean last, ByteBuffer content, Callback written) {
                if (!isCommitted() && (getStatus() == HttpStatus.TOO_MANY_REQUESTS_429 || getStatus() == HttpStatus.PRECONDITION_FAILED_412
                        || getStatus() == HttpStatus.RANGE_NOT_SATISFIABLE_416 || getStatus() >= 500)) {
                    getHeaders().remove(HttpHeader.CACHE_CONTROL);
                }
                if (!isCommitted()) unsharedWithCookie(getHeaders());
                super.write(last, content, written);
            }
        };
    }

    /**
     * An answer that sets a cookie is never public: a shared cache could store the Set-Cookie and
     * replay it to others. Such an answer is made private, and asked again.
     */
    static void unsharedWithCookie(org.eclipse.jetty.http.HttpFields.Mutable headers) {
        String cacheControl = headers.get(HttpHeader.CACHE_CONTROL);
        if (headers.contains(HttpHeader.SET_COOKIE) && cacheControl != null && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("public")) {
            headers.put(HttpHeader.CACHE_CONTROL, LanguageFilter.UNSHARED);
        }
    }

    /** The response, whose Cache-Control becomes {@value #SHARED} as it is committed, if it is a success of a deterministic query. */
    private static Response deterministicShared(Request request, Response response) {
        return new Response.Wrapper(request, response) {
            @Override
            public void write(boolean last, ByteBuffer content, Callback written) {
                if (!isCommitted()) decide();
                if (!isCommitted()) unsharedWithCookie(getHeaders());
                super.write(last, content, written);
            }

            private void decide() {
                if (getStatus() == HttpStatus.OK_200 && Boolean.TRUE.equals(request.getAttribute(DETERMINISTIC))) {
                    getHeaders().put(HttpHeader.CACHE_CONTROL, SHARED);
                    getHeaders().remove(HttpHeader.PRAGMA);
                }
            }
        };
    }
}
