package org.w3id.scokg.server.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Texts;

/**
 * What a thing's page writes under a value to say where it comes from ({@link EntityPage}): each
 * source with its confidence and its quote right under it (a quote said once in a section, later
 * values linking to it), a note's sources other than the value's, and links to the records of the
 * statements ({@code /doc/assertion/…}). The page decides where they stand: under one value, under
 * a qualifier stated by another source, once after values that share them, or among the sources of
 * the record.
 */
final class Attributions {
    private final Graph graph;
    private final Texts texts;

    Attributions(Graph union, Texts texts) {
        this.graph = union;
        this.texts = texts;
    }

    /**
     * A source, and its quote right under it, so no quote stands beside another source's link. A quote
     * is said once in a section, under the first value it supports: a later value names its source and
     * links to the quote above (a membership's page repeated one quote under its member, organisation,
     * status and period until a review on 4 December 2026).
     */
    void source(StringBuilder body, ValueSources.Source source, PageAnchors.Quotes quotes) {
        // The language's colon ("来源：", a space after it in English and Russian): "来源： " until a review on 5 December 2026.
        body.append("<div class=\"source\">").append(Html.escape(texts.get("value.source") + texts.colon())).append(Html.value(source.record(), graph, texts));
        // How the statement was read from it, where less than verified: "(well known, not verified in its source)".
        if (source.confidence() != null) body.append(texts.space()).append("<span class=\"confidence\">").append(texts.aside(Html.value(source.confidence(), graph, texts))).append("</span>");
        if (source.quote() != null) {
            String said = quotes.said(source);
            if (said != null) {
                body.append(texts.space()).append("<a class=\"quoted\" href=\"#").append(said).append("\">").append(Html.escape(texts.get("value.quoted"))).append("</a>");
            } else {
                // The sources in data/sources are English texts; a quote without a language tag is read as one.
                String lang = source.quoteLang() == null || source.quoteLang().isEmpty() ? "en" : source.quoteLang();
                body.append("<blockquote id=\"").append(quotes.say(source)).append("\" lang=\"").append(Html.escape(lang)).append("\">“")
                        .append(Html.escape(source.quote())).append("”</blockquote>");
            }
        }
        body.append("</div>");
    }

    /** A note, and under it the sources that report it other than those said above it, the value's; whether there were any. */
    boolean note(StringBuilder body, EntityReader.Note note, List<ValueSources.Source> said, PageAnchors.Quotes quotes) {
        body.append("<p class=\"note\" lang=\"en\">").append(Html.keepWhole(Html.escape(note.text()))).append("</p>");
        Set<Node> records = said.stream().map(ValueSources.Source::record).collect(java.util.stream.Collectors.toSet());
        List<ValueSources.Source> more = note.sources().stream().filter(s -> !records.contains(s.record())).toList();
        more.forEach(s -> source(body, s, quotes));
        return !more.isEmpty();
    }

    /**
     * Links to the records of the statements whose sources stand above ({@code /doc/assertion/…}: the
     * triple, every source and quote that supports it, and their confidence), one link a record. The
     * records were linked from no page until a review on 6 December 2026. One record is "Record
     * of this statement"; several (values that share their sources, said once after them) are
     * numbered in the values' order, each named "Record of statement 2 of 3". Their titles were
     * not shown: a statement's summary, its label, would stand twice on the page.
     */
    void records(StringBuilder body, List<Node> records) {
        List<Node> distinct = records.stream().distinct().toList();
        if (distinct.isEmpty()) return;
        body.append("<p class=\"record\">");
        if (distinct.size() == 1) {
            body.append("<a href=\"").append(Html.escape(Html.href(distinct.get(0)))).append("\">").append(Html.escape(texts.get("value.record"))).append("</a>");
        } else {
            body.append(Html.escape(texts.get("value.records") + texts.colon()));
            List<String> links = new ArrayList<>();
            for (int i = 0; i < distinct.size(); i++) {
                links.add("<a href=\"" + Html.escape(Html.href(distinct.get(i))) + "\" aria-label=\"" + Html.escape(texts.format("value.record.nth", i + 1, distinct.size()))
                        + "\">" + (i + 1) + "</a>");
            }
            body.append(String.join(texts.get("punct.list"), links));
        }
        body.append("</p>");
    }
}
