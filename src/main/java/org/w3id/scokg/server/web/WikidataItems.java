package org.w3id.scokg.server.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Wikidata item as people paste it: its QID ({@code Q159}, in either case), its prefixed name in
 * Wikidata's query service ({@code wd:Q159}), or Wikidata's entity IRI or a page of it ({@code
 * http://www.wikidata.org/entity/Q159}, {@code https://www.wikidata.org/wiki/Q159}, the mobile
 * site's {@code https://m.wikidata.org/wiki/Q159}, {@code
 * https://www.wikidata.org/wiki/Special:EntityPage/Q159}). One rule for the reconciliation
 * service's names and its {@code wikidata} property and for the search, for separate rules drifted
 * apart: one read any address ending in {@code /Q159} as the item ({@code
 * https://evil.example/x/Q837} was Nepal, certain) where another refused it, and one took {@code
 * wd:Q159} where another refused it.
 */
public final class WikidataItems {
    private WikidataItems() {}

    private static final Pattern ITEM = Pattern.compile(
            "(?:(?i:https?://(?:www\\.|m\\.)?wikidata\\.org)/(?:entity/|wiki/(?:Special:EntityPage/)?)|wd:)?([Qq][1-9][0-9]{0,11})");

    /** The QID ({@code Q159}) that {@code text} names, the whole of it, spaces at its ends aside; null if it names none. */
    public static String qid(String text) {
        Matcher item = ITEM.matcher(text.strip());
        return item.matches() ? item.group(1).toUpperCase(Locale.ROOT) : null;
    }
}
