package org.w3id.scokg.server.search;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Scripts;
import org.w3id.scokg.server.web.Texts;

/**
 * A search result's words on the results page: the link's text (the thing's label) and, after it,
 * the kinds of text that matched ("matched in name, other name"), in small muted letters a reader
 * sees and a screen reader reads, then the text that matched with its words marked. A snippet that
 * is the label repeated is left out and its words are marked in the link, or 25 of the 26 results of
 * "Belarus" would say their title twice; the kind matched is shown to all, not to screen readers
 * alone (issue 15).
 */
final class ResultText {
    private final Graph union;

    ResultText(Graph union) {
        this.union = union;
    }

    /** The link's HTML and the HTML that follows it (empty where the hit has no snippet). */
    record Shown(String link, String after) {}

    /** How {@code hit}, a hit of {@code thing} (the excerpt a quote is part of), reads on a page in {@code texts}' language. */
    Shown of(Search.Hit hit, Node thing, Texts texts) {
        Language page = texts.language();
        Labels.Label label = Labels.of(union, thing, page);
        String link = Html.keepWhole(label.html(page));
        if (hit.snippet().isEmpty()) return new Shown(link, "");
        String lang = language(hit);
        Optional<String> parted = inParts(hit, lang);
        String snippet = parted.orElseGet(() -> marked(hit.snippet().strip()));
        String matched = matched(MatchedField.all(union, hit), texts);
        if (isLabel(hit, label, parted.isPresent())) {
            return new Shown(inLanguage(label.lang(), page, snippet), "<div class=\"snippet\"><span class=\"matched\">" + Html.escape(matched) + "</span></div>");
        }
        return new Shown(link, "<div class=\"snippet\"><span class=\"matched\">" + Html.escape(matched + texts.colon()) + "</span>"
                + inLanguage(lang, page, snippet) + "</div>");
    }

    /** The snippet as HTML: escaped, the matched words in {@code mark}, its dates and identifiers kept whole. */
    static String marked(String snippet) {
        return Html.keepWhole(Html.escape(snippet).replace("↦", "<mark>").replace("↤", "</mark>"));
    }

    /**
     * "matched in name", or, where words matched in several kinds of text, "matched in name, other
     * name" (Russian «совпадение в полях «название», «другое название»», Chinese 匹配字段 名称、别名).
     */
    static String matched(List<String> fields, Texts texts) {
        List<String> names = fields.stream().map(field -> texts.get("search.field." + field)).toList();
        if (names.size() == 1) return texts.format("search.matched", names.get(0));
        return texts.format("search.matched.several", String.join(texts.get("search.matched.separator"), names));
    }

    /**
     * Whether the snippet is the label, whole: mostly a name or a title that matched, also a summary
     * that is a statement's label ("The article lists eight SCO member states: India, …"). Only where
     * the link's marking of languages is kept: a title of parts ({@link PartedSnippets}), which the
     * snippet marks as the link does, or a label in one script.
     */
    private static boolean isLabel(Search.Hit hit, Labels.Label label, boolean parted) {
        if (!hit.snippet().replace("↦", "").replace("↤", "").strip().equals(label.text().strip())) return false;
        return parted || (label.markup() == null && (label.lang().isEmpty() || Scripts.markOtherScripts(label.text(), label.lang()) == null));
    }

    private static String inLanguage(String lang, Language page, String html) {
        return lang.isEmpty() || lang.equals(page.tag) ? html : "<span lang=\"" + Html.escape(lang) + "\">" + html + "</span>";
    }

    /**
     * The language of the text that matched: the index's hit may not carry it (jena-text keeps it in
     * a field of its own), so the thing's literal with that text says it; a quote without a tag is
     * English, as the sources in data/sources are; a symbol is in none.
     */
    private String language(Search.Hit hit) {
        if (!hit.lang().isEmpty() || hit.field().equals(SearchIndex.SYMBOL)) return hit.lang();
        String tagged = union.find(hit.subject(), Node.ANY, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .filter(o -> o.isLiteral() && o.getLiteralLexicalForm().equals(hit.snippet())).map(Node::getLiteralLanguage)
                .findFirst().orElse("");
        return tagged.isEmpty() && hit.field().equals(SearchIndex.QUOTE) ? "en" : tagged;
    }

    /**
     * The snippet of a title the pages compose from parts in {@code lang} (a Russian or Chinese title
     * of an act or a position, which the index holds as one text), each part marked with its language
     * as the result's link marks it ({@link PartedSnippets}); empty for any other snippet.
     */
    private Optional<String> inParts(Search.Hit hit, String lang) {
        if (!hit.field().equals(SearchIndex.NAME)) return Optional.empty();
        return Language.byTag(lang).flatMap(language -> Labels.find(union, hit.subject(), language))
                .filter(title -> title.lang().equals(lang) && title.markup() != null).flatMap(title -> PartedSnippets.html(hit.snippet().strip(), title));
    }
}
