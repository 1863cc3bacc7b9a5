package org.w3id.scokg.server.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Scripts;
import org.w3id.scokg.server.web.Terms;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.vocab.SCO;

/**
 * The preview of a thing ({@code /reconcile/preview?id=}), the small page OpenRefine shows in a frame
 * of 400 by 160 pixels beside a candidate: its name, its kind and its other names, to tell namesakes
 * apart, and its identifiers, each after its property's name. In the reader's language, chosen as
 * the site's pages choose it ({@code ?lang=}, the cookie, {@code Accept-Language}): the thing's name
 * as its page gives it ({@link Labels}), the kind and the properties' names in the bundles' words
 * ({@code reconcile.property.*}). The API gives a preview no language to ask for, so it
 * is chosen as a page's is, not English whatever the reader's language (issue 15); each text in
 * another language than the page's says which.
 */
final class Preview {
    private Preview() {}

    /** The page of {@code entity}, read from {@code graph}, in {@code language}; its link to the thing's page under {@code base}. */
    static String html(EntityIndex.Entity entity, Graph graph, Language language, String base) {
        Texts texts = Texts.of(language);
        Labels.Label label = Labels.of(graph, NodeFactory.createURI(SCO.ID + entity.id()), language);
        StringBuilder body = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language.tag).append("\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(label.text())).append("</title></head><body style=\"font:13px sans-serif;margin:4px\">")
                .append("<b><a href=\"").append(Html.escape(base + "/doc/" + entity.id())).append("\" target=\"_blank\">")
                .append(label.html(language)).append("</a></b><br>").append(description(entity, label.text(), texts));
        // iso3166 holds both codes, which iso3166Alpha2 and iso3166Alpha3 show one by one: a line
        // less in a preview 160 pixels high. Each by its property's name, as the extension's columns
        // are, not by its id ("iso3166Alpha2: CN"), a word for programs.
        // Without the form a value is asked in ("date (YYYY, YYYY-MM or YYYY-MM-DD)"): the preview shows the value.
        entity.identifiers().entrySet().stream().filter(e -> !e.getKey().equals("iso3166")).sorted(Map.Entry.comparingByKey())
                .forEach(e -> body.append("<br>").append(Html.escape(texts.get(propertyKey(e.getKey())))).append(Html.escape(texts.colon()))
                        .append(Html.escape(String.join(", ", e.getValue().stream().sorted().toList()))));
        return body.append("</body></html>").toString();
    }

    /** The bundles' key of the name of the property {@code key} (its short id, {@link Properties.Property#key()}) on a preview. */
    static String propertyKey(String key) {
        return "reconcile.property." + key;
    }

    /**
     * Its kind, then its names other than {@code shown} that tell it from a namesake: its English name
     * where another is shown, and its names in other scripts than Latin (those in Latin letters are
     * mostly spellings of the English one), each marked with its language where the page's is another.
     */
    private static String description(EntityIndex.Entity entity, String shown, Texts texts) {
        Language page = texts.language();
        EntityIndex.Type type = entity.specificTypes().get(0);
        // The service's own name of the type in English, as every candidate gives it; the bundles' words in another language.
        String kind = page == Language.EN ? null : Terms.words(NodeFactory.createURI(type.id()), texts).orElse(null);
        List<String> parts = new ArrayList<>();
        parts.add(kind != null ? Html.escape(kind) : marked(type.name(), "en", page));
        if (!shown.equals(entity.label())) parts.add(marked(entity.label(), "en", page));
        for (String name : entity.names()) {
            if (!name.equals(shown) && !name.equals(entity.label()) && name.codePoints().anyMatch(c -> c > 0x2FF)) parts.add(marked(name, Scripts.languageOf(name), page));
        }
        return String.join(" · ", parts);
    }

    /** {@code text} as HTML, in a span that says its language {@code lang} where that is not the page's. */
    private static String marked(String text, String lang, Language page) {
        if (lang.isEmpty() || lang.equals(page.tag)) return Html.escape(text);
        return "<span lang=\"" + lang + "\">" + Html.escape(text) + "</span>";
    }
}
