package org.w3id.scokg.server.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Scripts;
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
    /** The thing whose page this is: on a statement's record, the record, which links not to itself. */
    private final Node page;

    Attributions(Graph union, Texts texts, Node page) {
        this.graph = union;
        this.texts = texts;
        this.page = page;
    }

    /**
     * A source, and its quote right under it, so no quote stands beside another source's link. A quote
     * is said once in a section, under the first value it supports: a later value names its source and
     * links to the quote above, so a membership's page does not repeat one quote under its member,
     * organisation, status and period.
     */
    void source(StringBuilder body, ValueSources.Source source, PageAnchors.Quotes quotes) {
        source(body, source, List.of(), quotes);
    }

    private void source(StringBuilder body, ValueSources.Source source, List<Node> records, PageAnchors.Quotes quotes) {
        // The language's colon ("来源：", a space after it in English and Russian only), never "来源： ".
        body.append("<div class=\"source\">").append(Html.escape(texts.get("value.source") + texts.colon())).append(Html.value(source.record(), graph, texts));
        // How the statement was read from it, where less than verified: "(well known, not verified in its source)".
        if (source.confidence() != null) body.append(texts.space()).append("<span class=\"confidence\">").append(texts.aside(Html.value(source.confidence(), graph, texts))).append("</span>");
        boolean block = false;
        if (source.quote() != null) {
            String said = quotes.said(source);
            if (said != null) {
                body.append(texts.space()).append("<a class=\"quoted\" href=\"#").append(said).append("\">").append(Html.escape(texts.get("value.quoted"))).append("</a>");
            } else {
                // The sources in data/sources are English texts; a quote without a language tag is read as one.
                block = true;
                String lang = source.quoteLang() == null || source.quoteLang().isEmpty() ? "en" : source.quoteLang();
                body.append("<blockquote id=\"").append(quotes.say(source)).append("\" lang=\"").append(Html.escape(lang)).append("\">“")
                        .append(Html.escape(source.quote())).append("”</blockquote>");
            }
        }
        // Under a quote the links start a line of their own, with no separator before them.
        links(body, records, false, !block);
        body.append("</div>");
    }

    /**
     * The sources of a value (or of values that share them), its note, and the links to the records of
     * the statements they support, each record once, at the end of the sources that support it. A note
     * whose sources are among the value's stands before them, its record with the value's; a note with
     * sources of its own stands after the value's, those sources after it with its record; sco-kg's own
     * note, which no source says, after the value's sources with its record at its end. A qualifier's
     * record is linked where its sources are the value's, and a note's where the value's sources are
     * all its own: left out, the Almaty summit's page linked neither the place's, the five signers',
     * the document's nor the note's record of the joint statement's signing.
     */
    void attribute(StringBuilder body, List<ValueSources.Source> sources, EntityReader.Note note, List<Node> records, List<Node> noteRecords, PageAnchors.Quotes quotes) {
        Set<Node> said = sources.stream().map(ValueSources.Source::record).collect(java.util.stream.Collectors.toSet());
        List<ValueSources.Source> more = note == null ? List.of() : note.sources().stream().filter(s -> !said.contains(s.record())).toList();
        if (note != null && !note.sources().isEmpty() && more.isEmpty()) {
            note(body, note, List.of());
            sources(body, sources, concat(records, noteRecords), quotes);
            return;
        }
        sources(body, sources, records, quotes);
        if (note == null) return;
        // A note the value's sources do not say stands after them: sco-kg's own, or one with sources of its own.
        note(body, note, more.isEmpty() ? noteRecords : List.of());
        sources(body, more, more.isEmpty() ? List.of() : noteRecords, quotes);
    }

    /** Sources, the records of the statements they support linked at the end of the last; where no source is shown, the links alone. */
    void sources(StringBuilder body, List<ValueSources.Source> sources, List<Node> records, PageAnchors.Quotes quotes) {
        for (int i = 0; i < sources.size(); i++) source(body, sources.get(i), i == sources.size() - 1 ? records : List.of(), quotes);
        if (sources.isEmpty() && !shown(records).isEmpty()) {
            body.append("<p class=\"records\">");
            links(body, records, false, false);
            body.append("</p>");
        }
    }

    private static List<Node> concat(List<Node> one, List<Node> other) {
        List<Node> all = new ArrayList<>(one);
        all.addAll(other);
        return all;
    }

    private void note(StringBuilder body, EntityReader.Note note, List<Node> records) {
        // A Russian or Chinese word the note quotes («приняли») is marked with its language, as in a thing's own notes.
        String marked = Scripts.markOtherScripts(note.text(), "en");
        body.append("<p class=\"note\" lang=\"en\">").append(Html.keepWhole(marked != null ? marked : Html.escape(note.text())));
        links(body, records, true, true);
        body.append("</p>");
    }

    /** The records linked, but not the page's own: a statement's record does not link to itself. */
    private List<Node> shown(List<Node> records) {
        return records.stream().distinct().filter(r -> !r.equals(page)).toList();
    }

    /**
     * Links to the records of statements ({@code /doc/assertion/…}: the triple, every source and quote
     * that supports it, and their confidence), one link a record, inline after a separator: "· record"
     * named "Record of this statement" for assistive technology, or "· records 1, 2, 3" numbered in the
     * order of what they state (the value, its qualifiers, its note), each named "Record of statement 2
     * of 3". Not a paragraph of their own under the sources, which put "Record of this statement"
     * 135 times on the SCO's page. Their titles are not shown: a statement's
     * summary, its label, would stand twice on the page.
     */
    private void links(StringBuilder body, List<Node> records, boolean inEnglishText, boolean separated) {
        List<Node> distinct = shown(records);
        if (distinct.isEmpty()) return;
        // Within a note, which is English, the links are in the page's language.
        body.append("<span class=\"record\"").append(inEnglishText && !texts.language().tag.equals("en") ? " lang=\"" + texts.language().tag + "\"" : "").append('>').append(separated ? " · " : "");
        if (distinct.size() == 1) {
            body.append(link(distinct.get(0), texts.get("value.record"), texts.get("value.record.word")));
        } else {
            body.append(Html.escape(texts.get("value.records.word"))).append(texts.space());
            List<String> links = new ArrayList<>();
            for (int i = 0; i < distinct.size(); i++) links.add(link(distinct.get(i), texts.format("value.record.nth", i + 1, distinct.size()), String.valueOf(i + 1)));
            body.append(String.join(texts.get("punct.list"), links));
        }
        body.append("</span>");
    }

    private static String link(Node record, String name, String text) {
        return "<a href=\"" + Html.escape(Html.href(record)) + "\" aria-label=\"" + Html.escape(name) + "\">" + Html.escape(text) + "</a>";
    }
}
