package org.w3id.scokg.server.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The name a page shows for a node, in the reader's language where the graph has one: an {@code
 * rdfs:label} or {@code skos:prefLabel} in that language exactly ({@code zh}, simplified, on a Chinese
 * page), else in another script of it ({@code zh-Hant}), else a {@code skos:altLabel} likewise, in the
 * language and then in another script of it, else in English, else in any language, else the IRI's
 * last segment. A label carries the language it is in, for the page's {@code lang} attributes. Every
 * heading, link, breadcrumb, picture, search result and composed title names things through here.
 */
public final class Labels {
    /**
     * A label and the BCP 47 tag of its language ("" when the literal has none); for a label made of
     * parts ({@link FactTitles}), its HTML too, each part that is in another language marked so.
     */
    public record Label(String text, String lang, String markup) {
        public Label(String text, String lang) {
            this(text, lang, null);
        }

        /**
         * The label as HTML, in a span that says its language when it is not the page's, and each run
         * of another script in it marked with its own ({@link Scripts#markOtherScripts}), so an English
         * note quoting a name ("“印度共和国”: The state's official name …") and a source's English title
         * beginning with its Chinese headline are not English throughout.
         */
        /**
         * Whether its words are in more than one language: a title made of parts ({@link #markup}), one
         * of which is marked with another language than the title's (an act's «Внесение: International
         * code …», its document named in English only).
         */
        public boolean mixed() {
            return markup != null && markup.contains("<span lang=\"");
        }

        public String html(Language page) {
            String marked = markup == null && !lang.isEmpty() ? Scripts.markOtherScripts(text, lang) : null;
            String body = markup != null ? markup : marked != null ? marked : Html.escape(text);
            if (lang.isEmpty() || lang.equals(page.tag)) return body;
            return "<span lang=\"" + Html.escape(lang) + "\">" + body + "</span>";
        }
    }

    private Labels() {}

    /** The node's label in {@code language}, falling back as the class says. */
    public static Label of(Graph graph, Node node, Language language) {
        return find(graph, node, language).orElseGet(() -> new Label(localName(node), ""));
    }

    /** The node's label when the graph has one. */
    public static Optional<Label> find(Graph graph, Node node, Language language) {
        if (!node.isURI() && !node.isBlank()) return Optional.empty();
        List<Node> labels = literals(graph, node, RDFS.label.asNode(), SKOS.prefLabel.asNode());
        // A name the graph has only as another name in the reader's language (a document's short
        // Russian name, «Тяньцзиньская декларация») is still the reader's, so the Russian page of the
        // Tianjin Declaration is not headed with its English title.
        List<Node> others = literals(graph, node, SKOS.altLabel.asNode());
        // A fact the graph titles only in English is titled from its parts in the reader's language.
        return pick(labels, language.tag).or(() -> pickScript(labels, language.tag)).or(() -> pick(others, language.tag))
                .or(() -> pickScript(others, language.tag)).or(() -> FactTitles.of(graph, node, language)).or(() -> pick(labels, "en"))
                .or(() -> pick(labels, null));
    }

    private static List<Node> literals(Graph graph, Node node, Node... properties) {
        List<Node> literals = new java.util.ArrayList<>();
        for (Node property : properties) {
            graph.find(node, property, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).forEachRemaining(literals::add);
        }
        return literals;
    }

    /**
     * A label in a script or region of the language ({@code zh-Hant} for {@code zh}: a name only its
     * traditional form has a source for is still Chinese to a Chinese reader).
     */
    private static Optional<Label> pickScript(List<Node> labels, String tag) {
        return labels.stream().filter(l -> l.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT).startsWith(tag + "-"))
                .map(l -> new Label(l.getLiteralLexicalForm(), l.getLiteralLanguage())).min(Comparator.comparing(Label::text));
    }

    /** The first label (in code-point order, so the choice is stable) in {@code tag}, or in any language when null. */
    private static Optional<Label> pick(List<Node> labels, String tag) {
        return labels.stream().filter(l -> tag == null || tag.equals(l.getLiteralLanguage()))
                .map(l -> new Label(l.getLiteralLexicalForm(), l.getLiteralLanguage())).min(Comparator.comparing(Label::text));
    }

    private static String localName(Node node) {
        if (!node.isURI()) return node.toString();
        String iri = node.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
