package org.w3id.scokg.server.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.w3id.scokg.server.http.EntityTags;
import org.w3id.scokg.server.http.Refusals;
import org.w3id.scokg.server.http.Responses;
import org.w3id.scokg.server.web.Assets;
import org.w3id.scokg.server.web.Sentence;

/**
 * The files the pages load ({@link Assets}), at their plain and their versioned paths, each with an
 * ETag; how long they may be kept is {@code CachePolicy}'s to say. Only the files listed there are served.
 */
final class AssetServlet extends HttpServlet {
    private final transient Assets assets = Assets.site();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Assets.Found found = assets.find(request.getRequestURI().substring(request.getContextPath().length()));
        if (found == null) {
            Refusals.notFound(request, response, Sentence.of("said.noFile"));
            return;
        }
        Assets.Asset asset = found.asset();
        // Its If-Match too: unread, a tag of another build's file would get a 200.
        if (EntityTags.answered(request, response, asset.etag())) return;
        Responses.send(request, response, asset.type(), asset.bytes());
    }
}
