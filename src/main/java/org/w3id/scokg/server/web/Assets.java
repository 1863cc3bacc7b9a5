package org.w3id.scokg.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.scokg.publish.Checksums;

/**
 * The files the pages load, all from the jar, so no page asks another host for anything: the site's
 * stylesheet and scripts ({@code /assets/{file}}) and YASGUI's bundle from its WebJar ({@code
 * /webjars/...}, whose path names YASGUI's version). Pages link each of the site's own files at a
 * path that names its content, {@code /assets/sha256-{first 16 hex digits}/{file}} ({@link #href}),
 * read once from the bytes served, so a page always loads the files it was written for and a cache
 * may keep each for good; a new build with other bytes links another path. The plain path still
 * answers, for pages kept from before.
 */
public final class Assets {
    /** Where YASGUI's bundle is served: the WebJar's path, version included. */
    public static final String YASGUI = "/webjars/zazuko__yasgui/4.5.0/build/";

    private static final Pattern VERSIONED = Pattern.compile("^/assets/sha256-([0-9a-f]{16})/([^/]+)$");
    private static final String CSS = "text/css;charset=utf-8";
    private static final String JS = "text/javascript;charset=utf-8";
    private static final Assets SITE = new Assets(own("site.css", CSS), own("site.js", JS), own("editor.js", JS),
            read(YASGUI + "yasgui.min.js", JS, "/META-INF/resources" + YASGUI + "yasgui.min.js"),
            read(YASGUI + "yasgui.min.css", CSS, "/META-INF/resources" + YASGUI + "yasgui.min.css"));

    private final Map<String, Asset> served = new LinkedHashMap<>();

    /** One file: its plain path, media type, bytes and their SHA-256 in hex. */
    public record Asset(String path, String type, byte[] bytes, String sha256) {
        /** A strong ETag of the bytes. */
        public String etag() {
            return "\"" + sha256.substring(0, 32) + "\"";
        }

        /** The path naming these bytes for one of the site's own files; YASGUI's path already names its version. */
        public String versionedPath() {
            if (!path.startsWith("/assets/")) return path;
            return "/assets/sha256-" + sha256.substring(0, 16) + path.substring("/assets".length());
        }
    }

    /**
     * What a request's path names: a file served, and whether the path names these very bytes for
     * good (a versioned path with their hash, or YASGUI's) or may name others after a new build (a
     * plain path, or a versioned one with another build's hash).
     */
    public record Found(Asset asset, boolean permanent) {}

    Assets(Asset... assets) {
        for (Asset asset : assets) served.put(asset.path(), asset);
    }

    /** The site's files, read from the jar once, when first asked for (at start-up: {@code CachePolicy.install}). */
    public static Assets site() {
        return SITE;
    }

    /** {@code bytes} served at {@code path} as {@code type}. */
    static Asset of(String path, String type, byte[] bytes) {
        return new Asset(path, type, bytes, Checksums.sha256(bytes));
    }

    private static Asset own(String file, String type) {
        return read("/assets/" + file, type, "assets/" + file);
    }

    private static Asset read(String path, String type, String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + resource);
            return of(path, type, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path a page links for the file served at {@code path} ({@code /assets/site.css}): the one naming its bytes. */
    public String href(String path) {
        Asset asset = served.get(path);
        if (asset == null) throw new IllegalArgumentException("not a file the site serves: " + path);
        return asset.versionedPath();
    }

    /**
     * The file {@code path} names, or null. A versioned path whose hash is another build's names the
     * file served now: a page kept from before a new build, or sent by a newer replica while this
     * one is not yet upgraded, gets a stylesheet rather than none ({@link Found#permanent} false).
     */
    public Found find(String path) {
        Matcher versioned = path.startsWith("/assets/sha256-") ? VERSIONED.matcher(path) : null;
        if (versioned != null && versioned.matches()) {
            Asset asset = served.get("/assets/" + versioned.group(2));
            return asset == null ? null : new Found(asset, asset.sha256().startsWith(versioned.group(1)));
        }
        Asset asset = served.get(path);
        // YASGUI's path names its version: the bytes at it are always the same.
        return asset == null ? null : new Found(asset, !path.startsWith("/assets/"));
    }
}
