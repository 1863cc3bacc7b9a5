package org.w3id.scokg.server.site;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.w3id.scokg.publish.DatasetDescription;
import org.w3id.scokg.server.http.MediaTypes;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.Terms;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.vocab.SCO;
import org.w3id.scokg.vocab.SD;

/**
 * The dataset description ({@code /void}, {@code /.well-known/void}) as a page for a browser: what
 * the dataset is, its licence, its size, its other files, the services that serve it, its subsets
 * (the named graphs) and linksets, how many things each class has
 * and how many statements each property makes, and links to the description itself in each RDF
 * format: a browser shows Turtle as text or downloads it.
 * Everything on it is read from the description; the vocabulary graph gives the classes' and
 * properties' names in the reader's language.
 */
final class DatasetPage {
    private static final Node DCAT_BYTE_SIZE = NodeFactory.createURI("http://www.w3.org/ns/dcat#byteSize");
    private static final Node DCAT_DISTRIBUTION = NodeFactory.createURI("http://www.w3.org/ns/dcat#distribution");

    private DatasetPage() {}

    static String render(Page page, Graph description, Graph vocabulary) {
        Texts texts = page.texts();
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(texts.get("void.title"))).append("</h1>");
        Optional<Node> found = dataset(description);
        if (found.isPresent()) {
            Node dataset = found.get();
            literal(description, dataset, DCTerms.title.asNode(), texts).ifPresent(t -> body.append("<p class=\"lead\"><strong>").append(t).append("</strong></p>"));
            literal(description, dataset, DCTerms.description.asNode(), texts).ifPresent(t -> body.append("<p>").append(t).append("</p>"));
            body.append("<div class=\"table-wrap\"><table class=\"stacked\">");
            row(body, texts.get("void.triples"), count(description, dataset, VOID.triples.asNode(), texts));
            row(body, texts.get("void.entities"), count(description, dataset, VOID.entities.asNode(), texts));
            row(body, texts.get("void.classes"), count(description, dataset, VOID.classes.asNode(), texts));
            row(body, texts.get("void.properties"), count(description, dataset, VOID.properties.asNode(), texts));
            row(body, texts.get("void.license"), values(description, dataset, DCTerms.license.asNode(), vocabulary, texts));
            row(body, texts.get("void.rights"), literal(description, dataset, DCTerms.rights.asNode(), texts).orElse(""));
            row(body, texts.get("void.conformsTo"), values(description, dataset, DCTerms.conformsTo.asNode(), vocabulary, texts));
            row(body, texts.get("void.endpoint"), values(description, dataset, VOID.sparqlEndpoint.asNode(), vocabulary, texts));
            row(body, texts.get("void.dumps"), "<a href=\"/dumps/\">" + Html.escape(texts.get("home.use.dumps")) + "</a>");
            row(body, texts.get("void.otherFiles"), otherFiles(description, dataset, texts));
            body.append("</table></div>");
            services(body, description, dataset, texts);
            subsets(body, description, dataset, texts);
            partitions(body, description, dataset, VOID.classPartition.asNode(), VOID._class.asNode(), VOID.entities.asNode(), "void.classPartitions", "void.class",
                    "void.entities", vocabulary, texts);
            partitions(body, description, dataset, VOID.propertyPartition.asNode(), VOID.property.asNode(), VOID.triples.asNode(), "void.propertyPartitions",
                    "void.property", "void.triples", vocabulary, texts);
        }
        body.append("<h2>").append(Html.escape(texts.get("void.asRdf"))).append("</h2><p>");
        List<String> links = new ArrayList<>();
        for (MediaTypes.Format format : MediaTypes.RDF) {
            // Its own URL in each format (/void.ttl and the rest), not ?format=.
            links.add("<a href=\"/void." + format.extension + "\" type=\"" + format.mediaType + "\">" + Html.escape(texts.get("format." + format.extension)) + "</a>");
            page.alternate(format.mediaType, "/void." + format.extension);
        }
        body.append(String.join(" · ", links)).append("</p>");
        return page.title(texts.get("void.title")).crumb(Html.escape(texts.get("void.title")), "/void").body(body.toString()).render();
    }

    /** The dataset the description is about: the void:Dataset no other lists as its subset. */
    private static Optional<Node> dataset(Graph description) {
        return description.find(Node.ANY, RDF.type.asNode(), VOID.Dataset.asNode()).mapWith(Triple::getSubject)
                .filterKeep(d -> description.contains(d, VOID.triples.asNode(), Node.ANY) && !description.contains(Node.ANY, VOID.subset.asNode(), d))
                .toList().stream().min(Comparator.comparing(Node::toString));
    }

    /** The subsets (the named graphs, the linksets): name, size, and for a linkset what it links with. */
    private static void subsets(StringBuilder body, Graph description, Node dataset, Texts texts) {
        List<Node> subsets = description.find(dataset, VOID.subset.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        if (subsets.isEmpty()) return;
        subsets.sort(Comparator.comparing(Node::toString));
        body.append("<h2>").append(Html.escape(texts.get("void.subsets"))).append("</h2><div class=\"table-wrap\"><table class=\"stacked\"><tr><th scope=\"col\">")
                .append(Html.escape(texts.get("void.subset"))).append("</th><th scope=\"col\">").append(Html.escape(texts.get("void.triples")))
                .append("</th><th scope=\"col\">").append(Html.escape(texts.get("void.linkPredicate"))).append("</th><th scope=\"col\">")
                .append(Html.escape(texts.get("void.download"))).append("</th></tr>");
        List<String> notes = new ArrayList<>();
        for (Node subset : subsets) {
            // The linksets and the ontology's graph in the reader's words: the description names them in English only.
            String name = linksetName(description, subset, texts)
                    .or(() -> subset.equals(DatasetDescription.ONTOLOGY) ? Optional.of(Html.escape(texts.get("void.ontology"))) : Optional.empty())
                    .or(() -> graphName(description, subset, texts))
                    .or(() -> literal(description, subset, DCTerms.title.asNode(), texts))
                    .or(() -> literal(description, subset, RDFS.label.asNode(), texts)).orElse(Html.escape(Html.curie(subset)));
            linksetNote(description, subset, texts).ifPresent(note -> notes.add("<li><strong>" + name + "</strong>" + Html.escape(texts.colon()) + note + "</li>"));
            String predicate = description.find(subset, VOID.linkPredicate.asNode(), Node.ANY).mapWith(t -> "<code>" + Html.escape(Html.curie(t.getObject())) + "</code>")
                    .toList().stream().sorted().reduce((a, b) -> a + ", " + b).orElse("");
            List<String> downloads = new ArrayList<>();
            description.find(subset, DCAT_DISTRIBUTION, Node.ANY).mapWith(Triple::getObject).toList().stream().sorted(Comparator.comparing(Node::toString))
                    .forEach(d -> downloads.add("<a href=\"" + Html.escape(Html.href(d)) + "\">" + Html.escape(d.getURI().substring(d.getURI().lastIndexOf('/') + 1))
                            + "</a>" + byteSize(description, d, texts)));
            body.append("<tr>").append(Html.cell(texts.get("void.subset"), name)).append(countCell(texts.get("void.triples"), count(description, subset, VOID.triples.asNode(), texts)))
                    .append(Html.cell(texts.get("void.linkPredicate"), predicate)).append(Html.cell(texts.get("void.download"), String.join(", ", downloads))).append("</tr>");
        }
        body.append("</table></div>");
        if (!notes.isEmpty()) body.append("<ul class=\"linkset-notes\">").append(String.join("", notes)).append("</ul>");
    }

    /**
     * A named graph's subset in the reader's words, by the graph's name (sd:name): the description
     * names it in English only. Empty for a graph the page has no words for, which goes by its title.
     */
    private static Optional<String> graphName(Graph description, Node subset, Texts texts) {
        Node name = first(description, subset, SD.name);
        if (name == null || !name.isURI() || !name.getURI().startsWith(SCO.BASE + "graph/")) return Optional.empty();
        return texts.find("void.graph." + name.getURI().substring((SCO.BASE + "graph/").length())).map(Html::escape);
    }

    /**
     * The services that serve the dataset (dcat:DataService): each by name in the reader's words, its
     * address and the specifications it follows, every one of them, not the SPARQL endpoint alone.
     */
    private static void services(StringBuilder body, Graph description, Node dataset, Texts texts) {
        List<Node> services = description.find(Node.ANY, DCAT.servesDataset.asNode(), dataset).mapWith(Triple::getSubject).toList();
        if (services.isEmpty()) return;
        services.sort(Comparator.comparing(Node::toString));
        body.append("<h2>").append(Html.escape(texts.get("void.services"))).append("</h2><div class=\"table-wrap\"><table class=\"stacked\"><tr>");
        for (String column : List.of("void.service", "void.endpointUrl", "void.specification")) {
            body.append("<th scope=\"col\">").append(Html.escape(texts.get(column))).append("</th>");
        }
        body.append("</tr>");
        for (Node service : services) {
            String local = service.getURI().substring(service.getURI().indexOf('#') + 1).replaceFirst("^service-", "");
            String name = texts.find("void.service." + local).map(Html::escape)
                    .or(() -> literal(description, service, DCTerms.title.asNode(), texts)).orElse(Html.escape(Html.curie(service)));
            body.append("<tr>").append(Html.cell(texts.get("void.service"), name))
                    .append(Html.cell(texts.get("void.endpointUrl"), links(description, service, DCAT.endpointURL.asNode(), texts)))
                    .append(Html.cell(texts.get("void.specification"), links(description, service, DCTerms.conformsTo.asNode(), texts))).append("</tr>");
        }
        body.append("</table></div>");
    }

    /** The IRIs {@code subject} has for {@code property}, each a link to itself, in order. */
    private static String links(Graph description, Node subject, Node property, Texts texts) {
        return description.find(subject, property, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList().stream().sorted(Comparator.comparing(Node::getURI))
                .map(v -> "<a href=\"" + Html.escape(Html.href(v) != null ? Html.href(v) : v.getURI()) + "\">" + Html.escape(v.getURI()) + "</a>")
                .reduce((a, b) -> a + texts.get("punct.list") + b).orElse("");
    }

    /**
     * The dataset's distributions that are not dumps of its RDF (the exports for Wikidata): each
     * file's name, linked, with its size. Empty when there is none.
     */
    private static String otherFiles(Graph description, Node dataset, Texts texts) {
        return description.find(dataset, DCAT_DISTRIBUTION, Node.ANY).mapWith(Triple::getObject)
                .filterDrop(d -> description.contains(dataset, VOID.dataDump.asNode(), d)).filterKeep(Node::isURI).toList().stream()
                .sorted(Comparator.comparing(Node::getURI))
                .map(d -> "<a href=\"" + Html.escape(Html.href(d)) + "\">" + Html.escape(d.getURI().substring(d.getURI().lastIndexOf('/') + 1)) + "</a>" + byteSize(description, d, texts))
                .reduce((a, b) -> a + texts.get("punct.list") + b).orElse("");
    }

    /**
     * A linkset's name in the reader's words, from its target's name ("sco-kg links to Wikidata",
     * «Ссылки sco-kg на Wikidata»): the description names it in English only, which a Russian or
     * Chinese page would otherwise show.
     */
    private static Optional<String> linksetName(Graph description, Node subset, Texts texts) {
        Node target = first(description, subset, VOID.objectsTarget.asNode());
        if (!description.contains(subset, RDF.type.asNode(), VOID.Linkset.asNode()) || target == null) return Optional.empty();
        Node label = first(description, target, RDFS.label.asNode());
        return label == null || !label.isLiteral() ? Optional.empty() : Optional.of(Html.escape(texts.format("void.linkset", label.getLiteralLexicalForm())));
    }

    /** The sentence void.rq writes a linkset that rests on matches the data doubts: its figures, all its links or the doubted of the links. */
    private static final java.util.regex.Pattern DOUBTED = java.util.regex.Pattern.compile(
            "(?:All (\\d+) of its links|(\\d+) of its (\\d+) links) rest on matches the data marks second hand or widely reported\\b.*",
            java.util.regex.Pattern.DOTALL);

    /**
     * What a linkset's links rest on, in the reader's words: how many of its links the data marks
     * second hand or widely reported (the figures of its {@code dcterms:description}, which void.rq
     * writes in English), or, where it has none, that none of its {@code void:triples} links does
     * (void.rq writes no description then). A description of another wording is shown as it is, in
     * its language (issue 13).
     */
    private static Optional<String> linksetNote(Graph description, Node subset, Texts texts) {
        if (!description.contains(subset, RDF.type.asNode(), VOID.Linkset.asNode())) return Optional.empty();
        Node said = first(description, subset, DCTerms.description.asNode());
        if (said != null && said.isLiteral()) {
            java.util.regex.Matcher figures = DOUBTED.matcher(said.getLiteralLexicalForm());
            if (!figures.matches()) return literal(description, subset, DCTerms.description.asNode(), texts);
            boolean all = figures.group(1) != null;
            long links = Long.parseLong(all ? figures.group(1) : figures.group(3));
            long doubted = all ? links : Long.parseLong(figures.group(2));
            // "All 14 of its links", not "14 of its 14 links".
            if (doubted == links) return Optional.of(Html.escape(texts.format("void.linksetAllDoubted", links)));
            return Optional.of(Html.escape(texts.format("void.linksetDoubted", doubted, links)));
        }
        Node links = first(description, subset, VOID.triples.asNode());
        if (links == null || !links.isLiteral() || !(links.getLiteralValue() instanceof Number number)) return Optional.empty();
        return Optional.of(Html.escape(texts.format("void.linksetChecked", number.longValue())));
    }

    /** A table of the class or property partitions, largest first, each term by its name in the reader's language. */
    private static void partitions(StringBuilder body, Graph description, Node dataset, Node partition, Node term, Node size, String title,
            String termHeading, String sizeHeading, Graph vocabulary, Texts texts) {
        record Part(Node term, long size) {}
        List<Part> parts = new ArrayList<>();
        description.find(dataset, partition, Node.ANY).mapWith(Triple::getObject).forEachRemaining(p -> {
            Node t = first(description, p, term);
            Node n = first(description, p, size);
            if (t != null && t.isURI() && n != null && n.isLiteral() && n.getLiteralValue() instanceof Number number) parts.add(new Part(t, number.longValue()));
        });
        if (parts.isEmpty()) return;
        parts.sort(Comparator.comparingLong(Part::size).reversed().thenComparing(p -> p.term().getURI()));
        body.append("<h2>").append(Html.escape(texts.get(title)))
                .append("</h2><div class=\"table-wrap\"><table class=\"stacked\"><tr><th scope=\"col\">").append(Html.escape(texts.get(termHeading)))
                .append("</th><th scope=\"col\">").append(Html.escape(texts.get("void.term"))).append("</th><th scope=\"col\">")
                .append(Html.escape(texts.get(sizeHeading))).append("</th></tr>");
        for (Part part : parts) {
            Labels.Label name = Terms.of(part.term(), vocabulary, texts);
            body.append("<tr>").append(Html.cell(texts.get(termHeading), "<a href=\"" + Html.escape(Html.href(part.term())) + "\">" + name.html(texts.language()) + "</a>"))
                    .append(Html.cell(texts.get("void.term"), "<code>" + Html.escape(Html.curie(part.term())) + "</code>"))
                    .append(countCell(texts.get(sizeHeading), number(part.size(), texts))).append("</tr>");
        }
        body.append("</table></div>");
    }

    /** A count's cell, right-aligned on a screen so the figures line up; on a phone after its column's word, as {@link Html#cell} is. */
    private static String countCell(String column, String figure) {
        return "<td class=\"count\" data-label=\"" + Html.escape(column) + "\">" + figure + "</td>";
    }

    private static void row(StringBuilder body, String heading, String html) {
        if (html.isEmpty()) return;
        body.append("<tr><th scope=\"row\">").append(Html.escape(heading)).append("</th><td>").append(html).append("</td></tr>");
    }

    private static Node first(Graph graph, Node subject, Node property) {
        List<Node> objects = graph.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList();
        return objects.isEmpty() ? null : objects.stream().min(Comparator.comparing(Node::toString)).orElseThrow();
    }

    /** A literal in the reader's language, else in English, else any, as HTML marked with its language. */
    private static Optional<String> literal(Graph graph, Node subject, Node property, Texts texts) {
        List<Node> literals = graph.find(subject, property, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
        Optional<Node> chosen = literals.stream().filter(l -> l.getLiteralLanguage().equals(texts.language().tag)).findFirst()
                .or(() -> literals.stream().filter(l -> l.getLiteralLanguage().equals("en")).findFirst()).or(() -> literals.stream().findFirst());
        return chosen.map(l -> new Labels.Label(l.getLiteralLexicalForm(), l.getLiteralLanguage()).html(texts.language()));
    }

    private static String count(Graph graph, Node subject, Node property, Texts texts) {
        Node n = first(graph, subject, property);
        return n != null && n.isLiteral() && n.getLiteralValue() instanceof Number number ? number(number.longValue(), texts) : "";
    }

    /** A count as the reader's language writes it (21,678; 21 678; 21,678). */
    private static String number(long n, Texts texts) {
        return NumberFormat.getIntegerInstance(texts.language().locale()).format(n);
    }

    private static String values(Graph graph, Node subject, Node property, Graph vocabulary, Texts texts) {
        return graph.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList().stream().sorted(Comparator.comparing(Node::toString))
                .map(v -> v.isURI() && Html.href(v) != null ? "<a href=\"" + Html.escape(Html.href(v)) + "\">" + Html.escape(v.getURI()) + "</a>"
                        : v.isURI() ? Html.escape(v.getURI()) : Html.value(v, vocabulary, texts))
                .reduce((a, b) -> a + texts.get("punct.list") + b).orElse("");
    }

    private static String byteSize(Graph graph, Node distribution, Texts texts) {
        Node n = first(graph, distribution, DCAT_BYTE_SIZE);
        return n != null && n.isLiteral() && n.getLiteralValue() instanceof Number number ? texts.space() + texts.aside(Html.escape(DumpServlet.size(number.longValue(), texts))) : "";
    }
}
