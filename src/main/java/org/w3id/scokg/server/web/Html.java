package org.w3id.scokg.server.web;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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
    private Html() {}

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
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
     * /ontology}, anything else its own IRI.
     */
    public static String href(Node node) {
        String iri = node.getURI();
        if (iri.startsWith(SCO.ID)) return "/doc/" + iri.substring(SCO.ID.length());
        if (iri.startsWith(SCO.NS)) return "/ontology#" + iri.substring(SCO.NS.length());
        if (iri.startsWith(SCO.BASE)) return iri.substring(SCO.BASE.length() - 1);
        return iri;
    }

    /** A value as a page shows it: a link with the node's label (in the reader's language), or a literal. */
    /**
     * An IRI of another graph as people name it: "Wikidata Q668", "DBpedia India", "GeoNames
     * 1269750"; any other by its prefixed name.
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

    public static String value(Node node, Graph graph, Texts texts) {
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            String text = escape(node.getLiteralLexicalForm());
            return lang.isEmpty() || lang.equals(texts.language().tag) ? text : "<span lang=\"" + escape(lang) + "\">" + text + "</span>";
        }
        if (!node.isURI()) return "";
        String iri = node.getURI();
        boolean own = iri.startsWith(SCO.BASE);
        String text = own || graph.contains(node, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY)
                ? (iri.startsWith(SCO.NS) ? Terms.of(node, graph, texts) : Labels.of(graph, node, texts.language())).html(texts.language())
                : texts.find(Terms.key("term.", node)).map(Html::escape).orElseGet(() -> escape(outside(node)));
        return "<a href=\"" + escape(href(node)) + "\">" + text + "</a>";
    }
}
