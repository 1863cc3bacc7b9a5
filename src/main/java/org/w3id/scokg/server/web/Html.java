package org.w3id.scokg.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.scokg.vocab.Prefixes;
import org.w3id.scokg.vocab.SCO;

/** HTML pages for people. Everything that comes from the data or the URL is escaped. */
public final class Html {
    private static final Node SAME_AS = org.apache.jena.vocabulary.OWL.sameAs.asNode();
    private static final Node DERIVED_FROM = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final Node HAS_SELECTOR = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/oa#hasSelector");
    private static final Node EXACT = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/oa#exact");

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

    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                // No favicon: an empty icon, so browsers do not ask for /favicon.ico and log a 404.
                + "<link rel=\"icon\" href=\"data:,\">"
                + "<title>" + escape(title) + " · sco-kg</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}"
                + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}"
                + "blockquote{margin:.2rem 0;color:#444;font-style:italic}nav a{margin-right:1rem}</style></head><body>"
                + "<nav><a href=\"/\">sco-kg</a><a href=\"/sparql\">SPARQL</a><a href=\"/dumps/\">Dumps</a><a href=\"/ontology\">Ontology</a></nav>"
                + body + "</body></html>\n";
    }

    /**
     * The page of one entity: its label and types, its facts with linked values, the facts it takes
     * part in with the sentence each comes from, its links out, downloads, and schema.org JSON-LD.
     */
    public static String entity(Node entity, Graph description, String docPath) {
        String label = label(description, entity);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(escape(label)).append("</h1><p><code>").append(escape(entity.getURI())).append("</code> · ");
        body.append(String.join(", ", objects(description, entity, RDF.type.asNode()).stream().map(n -> value(description, n)).toList()));
        body.append("</p>");
        body.append("<h2>Facts</h2><table>");
        Map<String, List<Node>> facts = new TreeMap<>();
        description.find(entity, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (!p.equals(RDF.type.asNode()) && !p.equals(SAME_AS) && !p.equals(DERIVED_FROM)) {
                facts.computeIfAbsent(curie(p), k -> new ArrayList<>()).add(t.getObject());
            }
        });
        facts.forEach((p, values) -> body.append("<tr><th>").append(escape(p)).append("</th><td>")
                .append(String.join("<br>", values.stream().sorted(Comparator.comparing(Node::toString)).map(n -> value(description, n)).toList()))
                .append("</td></tr>"));
        body.append("</table>");
        body.append(sources(description, entity));
        List<Node> partOf = description.find(Node.ANY, Node.ANY, entity).mapWith(Triple::getSubject).toList().stream()
                .distinct().filter(s -> !s.getURI().startsWith(SCO.DOC) && !description.contains(s, RDF.type.asNode(), RDF.Statement.asNode()))
                .sorted(Comparator.comparing(s -> label(description, s))).toList();
        if (!partOf.isEmpty()) {
            body.append("<h2>Takes part in</h2><table>");
            for (Node fact : partOf) {
                String predicates = String.join(", ", description.find(fact, Node.ANY, entity).mapWith(t -> curie(t.getPredicate())).toList());
                body.append("<tr><td>").append(value(description, fact)).append(" <small>(").append(escape(predicates)).append(")</small>");
                for (String quote : quotes(description, fact)) body.append("<blockquote>“").append(escape(quote)).append("”</blockquote>");
                for (Node source : derivedFrom(description, fact)) {
                    if (quotesOfExcerpt(description, source).isEmpty()) body.append("<br><small>source: ").append(value(description, source)).append("</small>");
                }
                body.append("</td></tr>");
            }
            body.append("</table>");
        }
        List<Node> links = objects(description, entity, SAME_AS);
        if (!links.isEmpty()) {
            body.append("<h2>Elsewhere</h2><ul>");
            links.forEach(l -> body.append("<li><a href=\"").append(escape(l.getURI())).append("\">").append(escape(l.getURI())).append("</a></li>"));
            body.append("</ul>");
        }
        body.append("<h2>Download</h2><p>");
        for (MediaTypes.Format f : MediaTypes.Format.values()) {
            if (f == MediaTypes.Format.HTML) continue;
            body.append("<a href=\"").append(escape(docPath)).append('.').append(f.extension).append("\">")
                    .append(escape(f.mediaType)).append("</a> ");
        }
        body.append("</p>");
        body.append("<script type=\"application/ld+json\">").append(schemaOrg(entity, label, description, docPath)).append("</script>");
        return page(label, body.toString());
    }

    private static String sources(Graph description, Node entity) {
        List<Node> sources = derivedFrom(description, entity);
        if (sources.isEmpty()) return "";
        StringBuilder out = new StringBuilder("<h2>Sources</h2>");
        for (Node source : sources) {
            List<String> quotes = quotesOfExcerpt(description, source);
            if (quotes.isEmpty()) out.append("<p>").append(value(description, source)).append("</p>");
            quotes.forEach(q -> out.append("<blockquote>“").append(escape(q)).append("”</blockquote>"));
        }
        return out.toString();
    }

    private static List<String> quotes(Graph description, Node fact) {
        List<String> quotes = new ArrayList<>();
        derivedFrom(description, fact).forEach(e -> quotes.addAll(quotesOfExcerpt(description, e)));
        return quotes;
    }

    /** What the statements about a node derive from: the sources of its rdf:Statements in graph/provenance. */
    private static List<Node> derivedFrom(Graph description, Node subject) {
        return description.find(Node.ANY, RDF.subject.asNode(), subject).mapWith(Triple::getSubject).toList().stream()
                .flatMap(statement -> objects(description, statement, DERIVED_FROM).stream())
                .distinct().sorted(Comparator.comparing(Node::toString)).toList();
    }

    private static List<String> quotesOfExcerpt(Graph description, Node excerpt) {
        List<String> quotes = new ArrayList<>();
        for (Node selector : objects(description, excerpt, HAS_SELECTOR)) {
            objects(description, selector, EXACT).forEach(q -> quotes.add(q.getLiteralLexicalForm()));
        }
        return quotes;
    }

    private static List<Node> objects(Graph graph, Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    /** schema.org JSON-LD for search engines; "</" is escaped so that no value can close the script. */
    private static String schemaOrg(Node entity, String label, Graph description, String docPath) {
        List<String> types = objects(description, entity, RDF.type.asNode()).stream().map(Node::getURI).toList();
        String type = types.contains(SCO.NS + "State") ? "Country"
                : types.stream().anyMatch(t -> t.startsWith("http://www.w3.org/ns/org#")) ? "Organization"
                : types.contains(SCO.NS + "Event") || types.stream().anyMatch(t -> t.endsWith("#Summit")) ? "Event"
                : types.contains("http://schema.org/Legislation") ? "Legislation"
                : types.contains(SCO.NS + "Place") ? "Place" : "Thing";
        org.apache.jena.atlas.json.JsonObject json = new org.apache.jena.atlas.json.JsonObject();
        json.put("@context", "https://schema.org");
        json.put("@id", entity.getURI());
        json.put("@type", type);
        json.put("name", label);
        json.put("url", SCO.BASE + docPath.substring(1));
        List<Node> sameAs = objects(description, entity, SAME_AS);
        if (!sameAs.isEmpty()) {
            org.apache.jena.atlas.json.JsonArray links = new org.apache.jena.atlas.json.JsonArray();
            sameAs.forEach(n -> links.add(n.getURI()));
            json.put("sameAs", links);
        }
        return org.apache.jena.atlas.json.JSON.toStringFlat(json).replace("</", "<\\/");
    }

    public static String label(Graph graph, Node node) {
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

    public static String curie(Node node) {
        String iri = node.getURI();
        String shortForm = Prefixes.STANDARD.shortForm(iri);
        return shortForm.equals(iri) ? iri : shortForm;
    }


    /** A page listing links, such as the index of one kind of thing. */
    public static String index(String title, Map<String, String> links) {
        StringBuilder body = new StringBuilder("<h1>" + escape(title) + "</h1><ul>");
        new TreeMap<>(links).forEach((text, href) -> body.append("<li><a href=\"").append(escape(href)).append("\">")
                .append(escape(text)).append("</a></li>"));
        return page(title, body.append("</ul>").toString());
    }

    /** The page of a named query: its form, filled with the values used, and its answer as a table. */
    public static String queryPage(org.w3id.scokg.query.NamedQuery query, Map<String, String> given, org.apache.jena.sparql.exec.RowSet rows) {
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
