package org.w3id.scokg.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;

/**
 * The 404 page a browser gets ({@code Refusals.notFound}): in the reader's language, with the
 * search box holding what the address asked for.
 */
public final class NotFoundPage {
    private NotFoundPage() {}

    /** An address of a thing of a kind whose key holds slashes: {@code /doc/document/A/66/359}. */
    private static final java.util.regex.Pattern UNDER_KIND = java.util.regex.Pattern.compile("/(?:doc|id)/[a-z]+/([^/]+(?:/[^/]+)+)");

    /**
     * The page for a request that found nothing; {@code what} is the server's sentence saying what,
     * and {@code said} the same in the bundles' words, or null where they have none.
     */
    public static String render(HttpServletRequest request, String what, Sentence said) {
        Page page = Page.of(request);
        Texts texts = page.texts();
        // A sentence of the bundles is said in the reader's language. One they have not is English: a
        // page in another language shows the address asked for instead of the English sentence, as the
        // reader asked it, under the public base's path (behind a proxy that publishes the server under
        // /kg/, /kg/nowhere, not /nowhere, the address the server received).
        boolean sentence = said != null || texts.language() == Language.EN;
        String detail = said != null ? "<p lang=\"" + texts.language().tag + "\"><code>" + Html.escape(said.in(texts)) + "</code></p>"
                : sentence ? "<p lang=\"en\"><code>" + Html.escape(what) + "</code></p>"
                : "<p><code>" + Html.escape(PublicUrls.root(request.getServletContext()) + request.getRequestURI()) + "</code></p>";
        // The address first, then the sentence whose colon points to the search box, not the address
        // between them. Where the server's sentence says what was not found, the box is only offered:
        // "Nothing is at this address" after "Nothing is at /nowhere." would say it twice; it stays
        // where the page shows the address alone.
        String body = "<h1>" + Html.escape(texts.get("notfound.title")) + "</h1>" + detail + "<p>" + Html.escape(texts.get(sentence ? "notfound.search" : "notfound.text"))
                + "</p>" + page.searchForm("notfound-q", guess(request.getRequestURI()))
                + "<p><a href=\"/\">" + Html.escape(texts.get("notfound.home")) + "</a></p>";
        return page.title(texts.get("notfound.title")).uncited().body(body).render();
    }

    /**
     * What the address's last part says, for the 404 page's search box: {@code /doc/state/in} searches
     * "in", {@code /doc/document/code-of-conduct.ttl} "code of conduct". Under a kind, what follows it
     * whole, slashes and all: a UN symbol typed as the UN writes it, {@code /doc/document/A/66/359},
     * searches "A/66/359", which finds the document, not "359". A trailing slash is no part: {@code
     * /doc/state/XX/} searches "XX" as {@code /doc/state/XX} does. Empty where the last part is not a word.
     */
    static String guess(String address) {
        String path = address.length() > 1 && address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
        java.util.regex.Matcher underKind = UNDER_KIND.matcher(path);
        String last = (underKind.matches() ? underKind.group(1) : path.substring(path.lastIndexOf('/') + 1)).replaceFirst("\\.[A-Za-z]{2,6}$", "");
        try {
            last = java.net.URLDecoder.decode(last, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return "";
        }
        String words = last.replaceAll("[-_+]+", " ").strip();
        return words.length() > 100 || words.codePoints().noneMatch(Character::isLetterOrDigit) ? "" : words;
    }
}
