package org.w3id.scokg.server.fragments;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.XSD;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.Texts;

/**
 * A page of a fragment for people, as the Linked Data Fragments server shows one to a browser: a
 * form over subject, predicate, object and graph (Hydra's explicit representation, as the search
 * template), the count, the page's quads in a table whose every term selects the fragment of that
 * term in its place, and links to the first, previous and next pages. The same page in RDF is
 * what a program's {@code Accept} gets at the same URL ({@code <link rel="alternate">}).
 */
final class FragmentHtml {
    private static final List<String> PLACES = List.of("subject", "predicate", "object", "graph");

    private FragmentHtml() {}

    /** The page; {@code given} holds the parameters as asked, in {@link #PLACES}' order, null where absent. */
    static String render(Page page, FragmentPage fragment, String[] given, List<String> rdfTypes) {
        Texts texts = page.texts();
        StringBuilder body = head(texts);
        form(body, texts, given);
        List<Quad> shown = fragment.quadsOfPage();
        body.append("<h2 id=\"matches\">").append(Html.escape(texts.format("fragments.count", fragment.total(), fragment.page(), fragment.last())))
                .append("</h2>");
        if (!shown.isEmpty()) {
            body.append("<div class=\"table-wrap\"><table class=\"stacked\"><tr>");
            for (String place : PLACES) body.append("<th scope=\"col\">").append(Html.escape(texts.get("fragments." + place))).append("</th>");
            body.append("</tr>");
            for (Quad quad : shown) {
                body.append("<tr>");
                cell(body, texts, "subject", quad.getSubject());
                cell(body, texts, "predicate", quad.getPredicate());
                cell(body, texts, "object", quad.getObject());
                // The union's quads are in the graph the metadata calls the default graph, and asked for by that IRI.
                cell(body, texts, "graph", quad.isDefaultGraph() ? fragment.defaultGraph() : quad.getGraph());
                body.append("</tr>");
            }
            body.append("</table></div>");
        }
        body.append("<nav class=\"pages\" aria-label=\"").append(Html.escape(texts.get("fragments.pages"))).append("\"><ul>");
        pageLink(body, fragment.path(1), texts.get("fragments.first"));
        if (fragment.previous() > 0) pageLink(body, fragment.path(fragment.previous()), texts.get("fragments.previous"));
        // A page past the last links a reader back to the last (no "previous" in the RDF: that page is empty too).
        if (fragment.pastTheLast()) pageLink(body, fragment.path(fragment.last()), texts.get("fragments.last"));
        if (fragment.next() > 0) pageLink(body, fragment.path(fragment.next()), texts.get("fragments.next"));
        body.append("</ul></nav>");
        // Each form at a URL of its own, format= naming it: the page's own URL with the type alone
        // would give a browser that follows the link this page.
        rdfTypes.forEach(type -> page.alternate(type, inFormat(fragment.pageUrl(), MediaTypes.byMediaType(type).orElseThrow().extension)));
        return page.title(texts.get("fragments.title")).crumb(Html.escape(texts.get("fragments.title")), "/fragments").body(body.toString()).render();
    }

    /** {@code pageUrl} with {@code format=extension} in place of any format it names. */
    static String inFormat(String pageUrl, String extension) {
        int query = pageUrl.indexOf('?');
        String base = query < 0 ? pageUrl : pageUrl.substring(0, query);
        List<String> kept = new ArrayList<>();
        if (query >= 0) {
            for (String pair : pageUrl.substring(query + 1).split("&")) {
                if (!pair.isEmpty() && !pair.startsWith("format=") && !pair.equals("format")) kept.add(pair);
            }
        }
        kept.add("format=" + extension);
        return base + "?" + String.join("&", kept);
    }

    /**
     * The page for a pattern that cannot be read: what is wrong, in the reader's words (the
     * parameter's sentence in English where they have none), and the form with what was typed.
     */
    static String renderProblem(Page page, String[] given, TermPattern.BadTerm problem) {
        Texts texts = page.texts();
        StringBuilder body = head(texts);
        String place = PLACES.contains(problem.parameter) ? texts.get("fragments." + problem.parameter) : problem.parameter;
        Optional<String> said = texts.find("fragments.bad." + problem.problem).map(words -> texts.format("fragments.bad." + problem.problem, place, problem.value));
        body.append("<p class=\"error\" role=\"alert\" lang=\"").append(said.isPresent() ? texts.language().tag : "en").append("\">")
                .append(Html.escape(said.orElse(problem.getMessage()))).append("</p>");
        form(body, texts, given);
        return page.title(texts.get("fragments.title")).crumb(Html.escape(texts.get("fragments.title")), "/fragments").uncited().body(body.toString()).render();
    }

    private static StringBuilder head(Texts texts) {
        return new StringBuilder("<h1>").append(Html.escape(texts.get("fragments.title"))).append("</h1><p class=\"lead\">")
                .append(Html.escape(texts.get("fragments.lead"))).append("</p>");
    }

    /** The form over the four places, each holding what was asked in it. */
    private static void form(StringBuilder body, Texts texts, String[] given) {
        body.append("<form class=\"params\" action=\"/fragments\" method=\"get\">");
        for (int i = 0; i < PLACES.size(); i++) {
            String place = PLACES.get(i);
            body.append("<div><label for=\"fragment-").append(place).append("\">").append(Html.escape(texts.get("fragments." + place)))
                    .append("</label><input id=\"fragment-").append(place).append("\" name=\"").append(place).append("\" type=\"text\" size=\"60\" value=\"")
                    .append(Html.escape(given[i] == null ? "" : given[i])).append("\" autocomplete=\"off\" spellcheck=\"false\"></div>");
        }
        body.append("<p class=\"hint\">").append(Html.keepWhole(Html.escape(texts.get("fragments.hint")))).append("</p><div><button type=\"submit\">")
                .append(Html.escape(texts.get("fragments.find"))).append("</button></div></form>");

    }

    /**
     * A term as a link to the fragment of that term in the same place, shown by its prefixed name;
     * a literal as the form takes it (Hydra's explicit representation), its datatype prefixed.
     */
    private static void cell(StringBuilder body, Texts texts, String place, Node term) {
        String shown = term.isURI() ? Html.curie(term) : explicit(term, Html.curie(NodeFactory.createURI(term.getLiteralDatatypeURI())));
        String asked = term.isURI() ? term.getURI() : explicit(term, term.getLiteralDatatypeURI());
        // On a phone after its column's word (Html.cell), as the rows are stacked there.
        body.append("<td data-label=\"").append(Html.escape(texts.get("fragments." + place))).append("\"><a href=\"/fragments?").append(place).append('=').append(URLEncoder.encode(asked, StandardCharsets.UTF_8))
                // An IRI is kept on one line (the table scrolls in its box); a literal wraps between its
                // words, its dates and identifiers kept whole.
                .append(term.isURI() ? "\" class=\"term\"" : "\"");
        if (term.isLiteral() && !term.getLiteralLanguage().isEmpty()) {
            body.append(" lang=\"").append(Html.escape(term.getLiteralLanguage().replaceFirst("--.*", ""))).append('"');
        }
        body.append('>').append(term.isURI() ? Html.escape(shown) : Html.keepWhole(Html.escape(shown))).append("</a></td>");
    }

    /** A literal in Hydra's explicit representation: {@code "text"}, {@code "text"@lang} or {@code "text"^^datatype}. */
    private static String explicit(Node literal, String datatype) {
        String text = '"' + literal.getLiteralLexicalForm() + '"';
        if (!literal.getLiteralLanguage().isEmpty()) return text + "@" + literal.getLiteralLanguage();
        return literal.getLiteralDatatypeURI().equals(XSD.xstring.getURI()) ? text : text + "^^" + datatype;
    }

    private static void pageLink(StringBuilder body, String absolute, String text) {
        body.append("<li><a href=\"").append(Html.escape(absolute)).append("\">").append(Html.escape(text)).append("</a></li>");
    }
}
