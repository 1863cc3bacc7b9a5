package org.w3id.scokg.server.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3id.scokg.vocab.SCO;

/**
 * The persistent address of a page of the site, which its "How to cite" names: the address under
 * {@code https://w3id.org/sco-kg/} that the w3id.org rules the build writes ({@code
 * publish/w3id.htaccess}) forward to the page, its query string kept (mod_rewrite keeps it where
 * the target has none). A kind's index ({@code /doc/state/}) is cited as the kind ({@code
 * id/state/}), which the rules send there; the named queries, the dumps, search, the editor and
 * the services by their own paths; the dataset's description ({@code /void}) as {@code void};
 * any other page by the site's root ({@code W3idRulesIT} follows each address through the rules to
 * the page that cites it).
 *
 * <p>The query string is cited as the page reads it, not as it was typed: without {@code lang} and
 * the campaign tags ({@code utm_source}, ...), which choose nothing the page says, and each name and
 * value percent-encoded where an IRI's query may not hold the character (RFC 3987 {@code iquery}).
 * The raw query string would cite {@code "} and {@code <} and the tags with it.
 */
public final class PersistentAddress {
    /** Paths the rules forward as they are, with their query string. */
    private static final Pattern FORWARDED = Pattern.compile("/(?:queries(?:/.*)?|dumps/.*|search|query|fragments(?:/.*)?|reconcile(?:/.*)?|sparql)");
    private static final Pattern KIND_INDEX = Pattern.compile("/doc/([a-z]+)/");
    /**
     * The ASCII characters a name or value keeps as it is: RFC 3987's {@code iunreserved} and the
     * sub-delimiters, {@code :}, {@code @}, {@code /} and {@code ?}, but {@code &}, {@code =} and
     * {@code +}, which a query string's form gives a meaning, and {@code ,}, which ends the address in
     * the citation's sentence.
     */
    private static final String KEPT_ASCII = "-._~!$'()*;:@/?";

    private PersistentAddress() {}

    /**
     * The persistent address of the page at {@code path} (no public base path) with {@code query}, the
     * request's query string as sent ("" or null for none; an empty pair, {@code lang}, and {@code
     * utm_*} left out). A query string that cannot be read (a stray {@code %}) is left out whole.
     */
    public static String of(String path, String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        try {
            for (String pair : (query == null ? "" : query).split("&")) {
                if (pair.isEmpty()) continue;
                String[] nameValue = pair.split("=", 2);
                parameters.putIfAbsent(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                        nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
            }
        } catch (IllegalArgumentException unreadable) {
            parameters.clear();
        }
        return of(path, parameters);
    }

    /**
     * The persistent address of the page at {@code path} with {@code parameters}, names and values as
     * read (a named query's, its moved keys resolved); {@code lang} and {@code utm_*} left out.
     */
    public static String of(String path, Map<String, String> parameters) {
        StringBuilder suffix = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (name.equals("lang") || name.startsWith("utm_")) return;
            suffix.append(suffix.isEmpty() ? '?' : '&').append(encode(name)).append('=').append(encode(value));
        });
        if (path == null) return SCO.BASE;
        var index = KIND_INDEX.matcher(path);
        if (index.matches()) return SCO.ID + index.group(1) + "/" + suffix;
        if (FORWARDED.matcher(path).matches()) return SCO.BASE + path.substring(1) + suffix;
        // The dataset's description, which the rules forward from void to /.well-known/void.
        if (path.equals("/void") || path.equals("/.well-known/void")) return SCO.BASE + "void" + suffix;
        return SCO.BASE;
    }

    /**
     * {@code text} as a name or value in an IRI's query: the characters of {@link #KEPT_ASCII}
     * and RFC 3987's {@code ucschar} as they are (上海 stays 上海), all else as UTF-8 bytes {@code %XX}.
     */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c < 0x80 && (Character.isLetterOrDigit(c) || KEPT_ASCII.indexOf(c) >= 0) || ucschar(c)) {
                out.appendCodePoint(c);
                return;
            }
            // A lone surrogate has no UTF-8: cited as the replacement character, which Jetty reads it as.
            String one = Character.isSurrogate((char) c) ? "\uFFFD" : Character.toString(c);
            for (byte b : one.getBytes(StandardCharsets.UTF_8)) out.append('%').append(String.format("%02X", b & 0xFF));
        });
        return out.toString();
    }

    /**
     * Whether RFC 3987 lets {@code c} stand unencoded in an IRI ({@code ucschar}), but the
     * directional formatting characters, which it forbids (section 4.1), and the private-use ones,
     * which the page uses as marks.
     */
    private static boolean ucschar(int c) {
        if (c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) return false;
        if (c >= 0xA0 && c <= 0xD7FF || c >= 0xF900 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFEF) return true;
        return c >= 0x10000 && c <= 0xEFFFD && (c & 0xFFFF) <= 0xFFFD && !(c >= 0xE0000 && c <= 0xE0FFF);
    }
}
