package org.w3id.scokg.server.web;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.XSD;
import org.w3id.scokg.vocab.LinkTargets;
import org.w3id.scokg.vocab.Prefixes;
import org.w3id.scokg.vocab.SCO;

/**
 * The small pieces of HTML every page shares: escaping (everything that comes from the data or the
 * request is escaped), a term's prefixed name, the address of a thing's page on this server, and a
 * value as a page shows it (a link to the thing's page with its label, or a literal with its
 * language).
 */
public final class Html {
    private static final Set<String> DATES = Set.of(XSD.date.getURI(), XSD.gYearMonth.getURI(), XSD.gYear.getURI(), XSD.dateTime.getURI());
    private static final Pattern TAG_OR_TEXT = Pattern.compile("(<[^>]*>)|([^<]+)");
    /** A date or month not inside a longer word or key ({@code SCO-IN-MemberState-2017-06-09} is a key). */
    private static final Pattern DATE_IN_TEXT = Pattern.compile("(?<![\\w-])\\d{4}-\\d{2}(?:-\\d{2})?(?![\\w-])");
    /**
     * An identifier: letters and digits joined by slashes or hyphens, with a letter and a digit in it
     * (a UN symbol A/RES/73/27, a retired key SCO-AM-DialoguePartner-2015-07-10); not a date, not a
     * word such as государство-член, not a part of an IRI (it begins after no slash or full stop).
     */
    private static final Pattern IDENTIFIER_IN_TEXT = Pattern.compile(
            "(?<![\\w./-])(?=[\\w./-]*\\d)(?=[\\w./-]*[A-Za-z])\\w+(?:[/-]\\w+(?:\\.\\w+)*)+(?![\\w/-])");

    private Html() {}

    /**
     * {@code text} as HTML text or an attribute's value: markup characters as references, and each
     * character HTML does not allow in a document (a control other than tab, line feed, form feed
     * and carriage return, a noncharacter, a lone surrogate; WHATWG HTML 13.2.3.5, "Preprocessing the
     * input stream") as U+FFFD, the character that stands for one that cannot be shown: a search for
     * {@code a%00b%0B} must not put U+0000 and U+000B in its page.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(allowed(c) ? c : '\uFFFD');
            }
        }
        return out.toString();
    }

    /** Whether HTML allows code point {@code c} in a document. */
    static boolean allowed(int c) {
        if (c == '\t' || c == '\n' || c == '\f' || c == '\r') return true;
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return false;
        if (Character.isSurrogate((char) c) && c <= 0xFFFF) return false;
        return !(c >= 0xFDD0 && c <= 0xFDEF) && (c & 0xFFFE) != 0xFFFE;
    }

    /** The prefixed name of an IRI when a standard prefix covers it, else the IRI. */
    public static String curie(Node node) {
        String iri = node.getURI();
        String shortForm = Prefixes.STANDARD.shortForm(iri);
        return shortForm.equals(iri) ? iri : shortForm;
    }

    /**
     * Where a link to a node goes: a thing of this graph opens its page here ({@code /doc/...}, the
     * description {@code /id/...} redirects to), a term of the ontology its anchor on {@code
     * /ontology}, an IRI of the web ({@code http}, {@code https}) its own IRI; any other IRI is no
     * link (null). A query's answer may hold any IRI ({@code SELECT (<javascript:alert(1)> AS ?z)
     * {}}), and a link to {@code javascript:} or {@code data:} runs what it says in the site's
     * origin when followed.
     */
    public static String href(Node node) {
        String iri = node.getURI();
        if (iri.startsWith(SCO.ID)) return "/doc/" + iri.substring(SCO.ID.length());
        if (iri.startsWith(SCO.NS)) return "/ontology#" + iri.substring(SCO.NS.length());
        if (iri.startsWith(SCO.BASE)) return iri.substring(SCO.BASE.length() - 1);
        return WEB.matcher(iri).lookingAt() ? iri : null;
    }

    /** The schemes of the web, in either case, which a link may open. */
    private static final java.util.regex.Pattern WEB = java.util.regex.Pattern.compile("(?i)https?:");

    /**
     * An IRI of another graph as people name it: "Wikidata Q668", "DBpedia India", "GeoNames
     * 1269750"; any other by its prefixed name. A DBpedia page is named by English words, which a
     * Russian or Chinese page marks so.
     */
    private static String outside(Node node) {
        for (LinkTargets target : LinkTargets.values()) {
            if (node.getURI().startsWith(target.namespace)) {
                String local = node.getURI().substring(target.namespace.length()).replaceFirst("/$", "");
                return target.label + " " + java.net.URLDecoder.decode(local.replace('_', ' ').replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return curie(node);
    }

    /** A value as a page shows it: a literal's text (a date as {@link #date}), an IRI as a link named by {@link #name}. */
    public static String value(Node node, Graph graph, Texts texts) {
        if (!node.isLiteral() && !node.isURI()) return "";
        if (node.isLiteral() && DATES.contains(node.getLiteralDatatypeURI())) return date(node.getLiteralLexicalForm());
        // A date inside a name or a note keeps to one line too: a fact's link under a value,
        // "… from 2005-07-05 to 2017-06-\n09", broke at 1280 px.
        String text = keepWhole(name(node, graph, texts).html(texts.language()));
        String href = node.isLiteral() ? null : href(node);
        return href == null ? text : "<a href=\"" + escape(href) + "\">" + text + "</a>";
    }

    /**
     * A date, month or year in a {@code time} element, which the stylesheet keeps on one line: a
     * browser may break a line after any hyphen, and showed "2001-06-" over "15".
     */
    public static String date(String lexical) {
        return "<time>" + escape(lexical) + "</time>";
    }

    /**
     * A table's cell with its column's word ({@code data-label}): on a phone the stylesheet stacks a
     * {@code table.stacked}'s rows, each cell on a line of its own after that word, so that no table
     * scrolls sideways; the table keeps its headings for screen readers.
     */
    public static String cell(String column, String html) {
        return "<td data-label=\"" + escape(column) + "\">" + html + "</td>";
    }

    /**
     * {@code html} with each date in its text (2017-06-09, 2017-06) in a {@code time} element, which
     * the stylesheet keeps on one line: a title that names a date (a membership's "from 2017-06-09",
     * Chinese "2009-06-16至2025-09-01") broke it at a hyphen on a phone. And each identifier (A/66/359,
     * SCO-AM-DialoguePartner-2015-07-10) in a {@code span class="identifier"}, which the stylesheet
     * keeps whole where it fits on a line and lets wrap where it does not: at 360 px a retired key
     * broke at a hyphen. Tags and their attributes are left as they are.
     */
    public static String keepWhole(String html) {
        StringBuilder out = new StringBuilder(html.length() + 32);
        Matcher part = TAG_OR_TEXT.matcher(html);
        while (part.find()) {
            if (part.group(1) != null) {
                out.append(part.group(1));
                continue;
            }
            String dated = DATE_IN_TEXT.matcher(part.group(2)).replaceAll("<time>$0</time>");
            out.append(IDENTIFIER_IN_TEXT.matcher(dated).replaceAll("<span class=\"identifier\">$0</span>"));
        }
        return out.toString();
    }

    /**
     * The words for a node: a literal's text in its language; one of this graph's things or an IRI
     * with a label by its label (a term of the ontology by {@link Terms}); another IRI by the
     * interface's words for it, else as people name it in its graph ({@link #outside}).
     */
    public static Labels.Label name(Node node, Graph graph, Texts texts) {
        if (node.isLiteral()) {
            // A plain string has no tag; its script tells its language, so an English quote on a Russian
            // page is not marked Russian, nor a Russian note English.
            boolean plain = node.getLiteralLanguage().isEmpty() && node.getLiteralDatatypeURI().equals(org.apache.jena.vocabulary.XSD.xstring.getURI());
            return new Labels.Label(node.getLiteralLexicalForm(), plain ? Scripts.languageOf(node.getLiteralLexicalForm()) : node.getLiteralLanguage());
        }
        if (!node.isURI()) return new Labels.Label("", "");
        String iri = node.getURI();
        if (iri.startsWith(SCO.ID) && iri.contains("#") && !graph.contains(node, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY)) {
            return part(iri, graph, texts);
        }
        if (iri.startsWith(SCO.BASE) || graph.contains(node, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY)) {
            return iri.startsWith(SCO.NS) ? Terms.of(node, graph, texts) : Labels.of(graph, node, texts.language());
        }
        return texts.find(Terms.key("term.", node)).map(words -> new Labels.Label(words, texts.language().tag))
                .orElseGet(() -> new Labels.Label(outside(node), node.getURI().startsWith(LinkTargets.DBPEDIA.namespace) ? "en" : ""));
    }

    /**
     * A part of a thing ({@code …/membership/X#beginning}) by its thing and the reader's word for the
     * part, "India: member state … › beginning", as a statement's title names it, not by its key,
     * "beginning", in every language.
     */
    private static Labels.Label part(String iri, Graph graph, Texts texts) {
        Labels.Label whole = Labels.of(graph, org.apache.jena.graph.NodeFactory.createURI(iri.replaceFirst("#.*", "")), texts.language());
        String key = iri.replaceFirst(".*#", "");
        Labels.Label word = texts.find("part." + key).map(w -> new Labels.Label(w, texts.language().tag)).orElse(new Labels.Label(key, "en"));
        return new Labels.Label(whole.text() + " › " + word.text(), texts.language().tag, whole.html(texts.language()) + " › " + word.html(texts.language()));
    }
}
