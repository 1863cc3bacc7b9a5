package org.w3id.scokg.server.search;

import jakarta.servlet.http.HttpServletRequest;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.server.web.Texts;

/**
 * {@code /opensearch.xml}: the description with which a browser adds the site as a search engine, in
 * the reader's language (its {@code Description} and {@code Language}), not English on a Russian or
 * Chinese page.
 */
final class OpenSearchDescription {
    private OpenSearchDescription() {}

    static String of(HttpServletRequest request, PublicUrls urls, Texts texts) {
        String base = urls.absolute(request, "");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OpenSearchDescription xmlns=\"http://a9.com/-/spec/opensearch/1.1/\">"
                + "<ShortName>sco-kg</ShortName><Description>" + Html.escape(texts.get("search.opensearch")) + "</Description>"
                + "<Language>" + texts.language().tag + "</Language><InputEncoding>UTF-8</InputEncoding><Url type=\"text/html\" template=\"" + Html.escape(base) + "/search?q={searchTerms}\"/>"
                + "<Url type=\"application/json\" template=\"" + Html.escape(base) + "/search?format=json&amp;q={searchTerms}\"/>"
                + "<Url type=\"application/x-suggestions+json\" template=\"" + Html.escape(base) + "/search/suggest?q={searchTerms}\"/>"
                + "</OpenSearchDescription>\n";
    }
}
