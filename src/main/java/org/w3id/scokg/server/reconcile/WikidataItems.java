package org.w3id.scokg.server.reconcile;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Wikidata item as a query or a property value gives it: its QID ({@code Q159}, in either case),
 * or Wikidata's entity IRI or a page of it ({@code http://www.wikidata.org/entity/Q159},
 * {@code https://www.wikidata.org/wiki/Q159}, the mobile site's {@code https://m.wikidata.org/wiki/Q159},
 * {@code https://www.wikidata.org/wiki/Special:EntityPage/Q159}). One rule for the name and the
 * {@code wikidata} property: until a review on 5 December 2026 the name read any address ending in
 * {@code /Q159} as the item ({@code https://evil.example/x/Q837} was Nepal, certain), while the
 * property refused it; and the mobile page was neither.
 */
final class WikidataItems {
    private WikidataItems() {}

    private static final Pattern ITEM = Pattern.compile(
            "(?:(?i:https?://(?:www\\.|m\\.)?wikidata\\.org)/(?:entity/|wiki/(?:Special:EntityPage/)?))?([Qq][1-9][0-9]{0,11})");

    /** The QID ({@code Q159}) that {@code text} names, the whole of it, spaces at its ends aside; null if it names none. */
    static String qid(String text) {
        Matcher item = ITEM.matcher(text.strip());
        return item.matches() ? item.group(1).toUpperCase(Locale.ROOT) : null;
    }
}
