package org.w3id.scokg.server.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3id.scokg.publish.Checksums;
import org.w3id.scokg.server.web.Responses;

/**
 * The files the pages load, all from the jar, so no page asks another host for anything: the site's
 * stylesheet and scripts ({@code /assets/...}) and YASGUI's bundle from its WebJar ({@code
 * /webjars/...}). Only the files listed here are served; each with an ETag and a day of caching.
 */
final class AssetServlet extends HttpServlet {
    private record Asset(String type, byte[] bytes, String etag) {}

    private final transient Map<String, Asset> assets = new LinkedHashMap<>();

    AssetServlet() {
        add("/assets/site.css", "text/css;charset=utf-8", "assets/site.css");
        add("/assets/site.js", "text/javascript;charset=utf-8", "assets/site.js");
        add("/assets/editor.js", "text/javascript;charset=utf-8", "assets/editor.js");
        String yasgui = "/META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/";
        add(EditorPage.YASGUI + "yasgui.min.js", "text/javascript;charset=utf-8", yasgui + "yasgui.min.js");
        add(EditorPage.YASGUI + "yasgui.min.css", "text/css;charset=utf-8", yasgui + "yasgui.min.css");
    }

    private void add(String path, String type, String resource) {
        try (InputStream in = AssetServlet.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + resource);
            byte[] bytes = in.readAllBytes();
            assets.put(path, new Asset(type, bytes, "\"" + Checksums.sha256(bytes).substring(0, 32) + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Asset asset = assets.get(request.getRequestURI().substring(request.getContextPath().length()));
        if (asset == null) {
            Responses.notFound(request, response, "No such file.");
            return;
        }
        response.setHeader("ETag", asset.etag());
        response.setHeader("Cache-Control", "public, max-age=86400");
        if (Responses.notModified(request, asset.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Responses.send(response, asset.type(), asset.bytes());
    }
}
