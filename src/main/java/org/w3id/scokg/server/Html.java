package org.w3id.scokg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.scokg.publish.Prefixes;
import org.w3id.scokg.vocab.SCO;

/** HTML pages for people. Everything that comes from the data or the URL is escaped. */
final class Html {
    private static final String OA_EXACT = "http://www.w3.org/ns/oa#exact";

    private Html() {}

    static String escape(String text) {
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

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " · sco-kg</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}"
                + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}"
                + "blockquote{margin:.2rem 0;color:#444;font-style:italic}nav a{margin-right:1rem}</style></head><body>"
                + "<nav><a href=\"/\">sco-kg</a><a href=\"/sparql\">SPARQL</a><a href=\"/dumps/\">Dumps</a><a href=\"/ontology\">Ontology</a></nav>"
                + body + "</body></html>\n";
    }

    /** The page of one entity: its label, its facts with linked values, incoming links and quoted sources. */
    static String entity(Node entity, Graph description, String docPath) {
        String label = label(description, entity);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(escape(label)).append("</h1><p><code>").append(escape(entity.getURI())).append("</code></p>");
        body.append("<h2>Facts</h2><table>");
        for (Triple t : sorted(description.find(entity, Node.ANY, Node.ANY).toList())) {
            body.append("<tr><th>").append(escape(curie(t.getPredicate()))).append("</th><td>")
                    .append(value(description, t.getObject())).append("</td></tr>");
        }
        body.append("</table>");
        List<Triple> incoming = sorted(description.find(Node.ANY, Node.ANY, entity).toList());
        if (!incoming.isEmpty()) {
            body.append("<h2>Linked from</h2><table>");
            for (Triple t : incoming) {
                if (t.getPredicate().getURI().equals("http://xmlns.com/foaf/0.1/primaryTopic")) continue;
                body.append("<tr><td>").append(value(description, t.getSubject())).append("</td><th>")
                        .append(escape(curie(t.getPredicate()))).append("</th></tr>");
            }
            body.append("</table>");
        }
        List<String> quotes = description.find(Node.ANY, org.apache.jena.graph.NodeFactory.createURI(OA_EXACT), Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList().stream().distinct().sorted().toList();
        if (!quotes.isEmpty()) {
            body.append("<h2>Sources</h2>");
            quotes.forEach(q -> body.append("<blockquote>“").append(escape(q)).append("”</blockquote>"));
        }
        body.append("<h2>Download</h2><p>");
        for (MediaTypes.Format f : MediaTypes.Format.values()) {
            if (f == MediaTypes.Format.HTML) continue;
            body.append("<a href=\"").append(escape(docPath)).append('.').append(f.extension).append("\">")
                    .append(escape(f.mediaType)).append("</a> ");
        }
        body.append("</p>");
        return page(label, body.toString());
    }

    static String label(Graph graph, Node node) {
        List<Node> labels = graph.find(node, RDFS.label.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        return labels.stream().filter(l -> "en".equals(l.getLiteralLanguage())).map(Node::getLiteralLexicalForm).findFirst()
                .or(() -> labels.stream().map(Node::getLiteralLexicalForm).sorted().findFirst())
                .orElse(node.isURI() ? node.getLocalName() : node.toString());
    }

    private static String value(Graph graph, Node node) {
        if (node.isLiteral()) return escape(node.getLiteralLexicalForm());
        if (!node.isURI()) return "";
        String iri = node.getURI();
        String text = graph.contains(node, RDFS.label.asNode(), Node.ANY) ? label(graph, node) : curie(node);
        String href = iri.startsWith(SCO.BASE) ? iri.substring(SCO.BASE.length() - 1) : iri;
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    static String curie(Node node) {
        String iri = node.getURI();
        String shortForm = Prefixes.STANDARD.shortForm(iri);
        return shortForm.equals(iri) ? iri : shortForm;
    }

    private static List<Triple> sorted(List<Triple> triples) {
        List<Triple> copy = new ArrayList<>(triples);
        copy.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        return copy;
    }

    /** A page listing links, such as the index of one kind of thing. */
    static String index(String title, Map<String, String> links) {
        StringBuilder body = new StringBuilder("<h1>" + escape(title) + "</h1><ul>");
        new TreeMap<>(links).forEach((text, href) -> body.append("<li><a href=\"").append(escape(href)).append("\">")
                .append(escape(text)).append("</a></li>"));
        return page(title, body.append("</ul>").toString());
    }

    /** The page of a named query: its form, filled with the values used, and its answer as a table. */
    static String queryPage(org.w3id.scokg.query.NamedQuery query, Map<String, String> given, org.apache.jena.sparql.exec.RowSet rows) {
        StringBuilder body = new StringBuilder("<h1>" + escape(query.title()) + "</h1><p>" + escape(query.description()) + "</p><form method=\"get\">");
        for (var p : query.parameters()) {
            String value = given.getOrDefault(p.name(), p.defaultValue());
            body.append("<p><label>").append(escape(p.name())).append(" <input name=\"").append(escape(p.name()))
                    .append("\" value=\"").append(escape(value)).append("\"></label> <small>").append(escape(p.description())).append("</small></p>");
        }
        body.append("<p><button type=\"submit\">Run</button> · as <a href=\"?format=json\">JSON</a>, <a href=\"?format=csv\">CSV</a></p></form><table><tr>");
        List<org.apache.jena.sparql.core.Var> vars = rows.getResultVars();
        vars.forEach(v -> body.append("<th>").append(escape(v.getVarName())).append("</th>"));
        body.append("</tr>");
        Graph none = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        rows.forEachRemaining(b -> {
            body.append("<tr>");
            for (var v : vars) {
                Node n = b.get(v);
                body.append("<td>").append(n == null ? "" : value(none, n)).append("</td>");
            }
            body.append("</tr>");
        });
        body.append("</table><h2>SPARQL</h2><pre>").append(escape(query.text())).append("</pre>");
        return page(query.title(), body.toString());
    }
}
