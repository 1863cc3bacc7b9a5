package org.w3id.scokg.server.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UN document symbol that a link to the document names, as the UN's own sites put it in their
 * addresses: a column of a user's table may hold links where another holds symbols. Only an address
 * that carries the symbol itself is read ({@link #symbol}); one that names a document otherwise (a
 * PDF by its job number on documents.un.org, a record of the Digital Library by its number) is no
 * symbol, and none is guessed from it.
 */
public final class UnDocumentLinks {
    private UnDocumentLinks() {}

    /**
     * The symbol {@code text} names, if the whole of it is one of these addresses (with or without
     * {@code http://} or {@code https://}; the symbol as written there, percent-decoded), else null:
     * <ul>
     * <li>{@code undocs.org/A/66/359} and {@code undocs.org/en/A/RES/73/27} (the symbol as the path,
     * after a language of the six, {@code ar}, {@code en}, {@code es}, {@code fr}, {@code ru},
     * {@code zh}), {@code undocs.org/pdf?symbol=en/A/RES/38/77} and the older
     * {@code undocs.org/Home/Mobile?FinalSymbol=A%2F66%2F359&Language=E};
     * <li>{@code documents.un.org/api/symbol/access?s=A/66/359&l=en&t=pdf} and
     * {@code documents.un.org/symbol-explorer?s=...};
     * <li>{@code www.un.org/ga/search/view_doc.asp?symbol=A/69/723} (also under {@code /en/});
     * <li>{@code daccess-ods.un.org/access.nsf/Get?Open&DS=A/66/359&Lang=E}.
     * </ul>
     * What it yields is a symbol as written, for {@link UnSymbols#key} to read; a symbol it names that
     * the graph has not finds nothing, as such a symbol written out does.
     */
    public static String symbol(String text) {
        if (text.length() > MAX_LINK) return null;
        // Most texts read here are symbols and names: spared the pattern.
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("un.org") && !lower.contains("undocs.org")) return null;
        Matcher link = LINK.matcher(text.strip());
        if (!link.matches()) return null;
        String host = link.group("host").toLowerCase(Locale.ROOT);
        String path = link.group("path") == null ? "" : link.group("path");
        String query = link.group("query") == null ? "" : link.group("query");
        for (Route route : ROUTES) {
            if (!route.host().matcher(host).matches() || !route.path().matcher(path).matches()) continue;
            String written = route.parameter() == null ? decoded(path.substring(1)) : parameter(query, route.parameter());
            if (written == null) return null;
            String symbol = LANGUAGE.matcher(written.strip()).replaceFirst("");
            return SYMBOL.matcher(symbol).matches() ? symbol : null;
        }
        return null;
    }

    /**
     * Where a host's addresses carry the symbol: in the path ({@code parameter} null) or in a
     * parameter of the query (its name in any case, as the UN's sites read it).
     */
    private record Route(Pattern host, Pattern path, String parameter) {}

    private static final List<Route> ROUTES = List.of(
            // undocs.org's pages that are not a symbol come first: their path is no symbol.
            new Route(Pattern.compile("(?:www\\.)?undocs\\.org"), Pattern.compile("(?i)/home/mobile/?"), "FinalSymbol"),
            new Route(Pattern.compile("(?:www\\.)?undocs\\.org"), Pattern.compile("(?i)/pdf/?"), "symbol"),
            new Route(Pattern.compile("(?:www\\.)?undocs\\.org"), Pattern.compile("/[^?#]+"), null),
            new Route(Pattern.compile("documents\\.un\\.org"), Pattern.compile("(?i)/(?:api/symbol/access|symbol-explorer)/?"), "s"),
            new Route(Pattern.compile("(?:www\\.)?un\\.org"), Pattern.compile("(?i)(?:/[a-z]{2})?/ga/search/view_doc\\.asp"), "symbol"),
            new Route(Pattern.compile("daccess-ods\\.un\\.org"), Pattern.compile("(?i)/access\\.nsf/get"), "DS"));

    /** The longest text read as a link: longer is a paragraph that may cite one, not a link. */
    private static final int MAX_LINK = 500;

    /** An address on a host of the UN's: scheme, host, path, query; a fragment is left out. */
    private static final Pattern LINK = Pattern.compile(
            "(?i)(?:https?://)?(?<host>(?:[a-z0-9-]+\\.)*(?:un|undocs)\\.org)(?::(?:80|443))?(?<path>/[^?#\\s]*)?(?:\\?(?<query>[^#\\s]*))?(?:#\\S*)?");

    /** One of the six official languages before a symbol ("en/A/66/359"), as undocs.org takes it. */
    private static final Pattern LANGUAGE = Pattern.compile("^(?i:ar|en|es|fr|ru|zh)/(?=.*/)");

    /**
     * A symbol: a series' letters and at least one more part after a slash, each of letters, digits,
     * dots or hyphens ("A/ES-10/L.22"), and maybe a year or session in brackets ("S/RES/174 (1962)",
     * "A/RES/491(V)"), nothing else, and a number in it, as in every symbol the graph has: a path
     * like {@code rss/gadocs.xml} is not one.
     */
    private static final Pattern SYMBOL = Pattern.compile("(?=.*\\p{N})\\p{L}{1,10}(?:/[\\p{L}\\p{N}.-]+)+(?:\\s?\\([\\p{L}\\p{N}]+\\))?");

    /** The value of the query's parameter {@code name} (in any case), decoded; null when absent or undecodable. */
    private static String parameter(String query, String name) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equalsIgnoreCase(name)) return decoded(pair.substring(equals + 1));
        }
        return null;
    }

    /** {@code text} percent-decoded (a "+" as a space, as a form's query writes one); null when it is not well encoded. */
    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
