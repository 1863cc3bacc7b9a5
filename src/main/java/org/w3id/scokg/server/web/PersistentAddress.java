package org.w3id.scokg.server.web;

import java.util.regex.Pattern;
import org.w3id.scokg.vocab.SCO;

/**
 * The persistent address of a page of the site, which its "How to cite" names: the address under
 * {@code https://w3id.org/sco-kg/} that the w3id.org rules the build writes ({@code
 * publish/w3id.htaccess}) forward to the page, its query string kept (mod_rewrite keeps it where
 * the target has none). A kind's index ({@code /doc/state/}) is cited as the kind ({@code
 * id/state/}), which the rules send there; the named queries, the dumps, search, the editor and
 * the services by their own paths; any other page by the site's root. Until a review on 6
 * December 2026 every page but a thing's cited the root ({@code W3idRulesIT} follows each address
 * through the rules to the page that cites it).
 */
public final class PersistentAddress {
    /** Paths the rules forward as they are, with their query string. */
    private static final Pattern FORWARDED = Pattern.compile("/(?:queries(?:/.*)?|dumps/.*|search|query|fragments(?:/.*)?|reconcile(?:/.*)?|sparql)");
    private static final Pattern KIND_INDEX = Pattern.compile("/doc/([a-z]+)/");

    private PersistentAddress() {}

    /**
     * The persistent address of the page at {@code path} (no public base path) with {@code query}
     * (the query string without {@code lang}, "" for none, a trailing {@code &} ignored).
     */
    public static String of(String path, String query) {
        String kept = query == null ? "" : query.replaceFirst("&+$", "");
        String suffix = kept.isEmpty() ? "" : "?" + kept;
        if (path == null) return SCO.BASE;
        var index = KIND_INDEX.matcher(path);
        if (index.matches()) return SCO.ID + index.group(1) + "/" + suffix;
        if (FORWARDED.matcher(path).matches()) return SCO.BASE + path.substring(1) + suffix;
        return SCO.BASE;
    }
}
