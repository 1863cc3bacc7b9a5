package org.w3id.scokg.server.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.vocab.SCO;

/**
 * The page of a named query: a form with a picker for each parameter (a date input for a date; for
 * an IRI, a list by label of the things of the same class as its default: states, organisations,
 * roles), the answer as a table whose IRIs open this site's pages, links to the same answer as JSON,
 * CSV, TSV and XML that keep the chosen values, and a link that opens it in the editor.
 */
final class NamedQueryPage {
    private final Graph data;
    private final Graph union;

    NamedQueryPage(Graph data, Graph union) {
        this.data = data;
        this.union = union;
    }

    /**
     * The form again, with the values given and, above it, what is wrong with them, for a reader
     * whose browser sent a value the query cannot take (until 2 December 2026 a bare line of text
     * replaced the form: a review found it).
     */
    String renderError(Page page, NamedQuery query, Map<String, String> given, String problem) {
        return renderError(page, query, given, problem, null);
    }

    /** As {@link #renderError(Page, NamedQuery, Map, String)}, for a parameter given more than once: {@code repeated} names it. */
    String renderError(Page page, NamedQuery query, Map<String, String> given, String problem, String repeated) {
        Texts texts = page.texts();
        StringBuilder body = head(query, texts);
        Optional<String> said = repeated == null ? problem(query, given, texts)
                : Optional.of(texts.format("queries.repeated", query.parameters().stream().filter(p -> p.name().equals(repeated)).findFirst()
                        .map(p -> field(p, texts)).orElse(NamedQuery.echo(repeated))));
        body.append("<p class=\"error\" role=\"alert\" lang=\"").append(said.isPresent() ? texts.language().tag : "en").append("\">")
                .append(Html.escape(said.orElse(problem))).append("</p>");
        form(body, query, given, texts);
        NamedQuery.Words title = query.title(texts.language().tag);
        return page.title(new Labels.Label(title.text(), title.lang())).crumb(Html.escape(texts.get("nav.queries")), "/queries/").crumb(title(query, texts, "span"), "")
                .body(body.toString()).render();
    }

    /**
     * What is wrong with the values, in the reader's words: a field the query does not have, a date
     * that is not one, a thing the graph does not name; else nothing, and the query's own sentence
     * (in English) is shown. Until 2 December 2026 a Russian or Chinese page said it in English only.
     */
    private Optional<String> problem(NamedQuery query, Map<String, String> given, Texts texts) {
        Map<String, NamedQuery.Parameter> byName = new LinkedHashMap<>();
        query.parameters().forEach(p -> byName.put(p.name(), p));
        for (Map.Entry<String, String> value : given.entrySet()) {
            NamedQuery.Parameter p = byName.get(value.getKey());
            if (p == null) {
                List<String> fields = query.parameters().stream().map(q -> field(q, texts)).toList();
                return Optional.of(texts.format("queries.unknown", NamedQuery.echo(value.getKey()), String.join(", ", fields)));
            }
            try {
                Node thing = p.toNode(value.getValue(), query.file());
                if (p.type().equals("iri") && !names(thing)) return Optional.of(texts.format("queries.unnamed", field(p, texts), NamedQuery.echo(value.getValue())));
            } catch (InputException e) {
                String kind = p.type().equals("xsd:date") ? "date" : p.type().equals("iri") ? "iri" : null;
                return kind == null ? Optional.empty() : Optional.of(texts.format("queries.bad." + kind, field(p, texts), NamedQuery.echo(value.getValue())));
            }
        }
        Optional<String[]> reversed = query.reversed(given);
        if (reversed.isPresent()) {
            return Optional.of(texts.format("queries.reversed", texts.find("param.from").orElse("from"), reversed.get()[0],
                    texts.find("param.to").orElse("to"), reversed.get()[1]));
        }
        return Optional.empty();
    }

    /**
     * Whether {@code thing} is in the graph, as a subject or an object. A parameter's value that is
     * not names nothing (a key mistyped, "organization=foo"): a 400 saying so, where until a review
     * on 3 December 2026 it answered "No rows" and the form offered "foo" as a choice.
     */
    boolean names(Node thing) {
        return union.contains(thing, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, thing);
    }

    private static String field(NamedQuery.Parameter p, Texts texts) {
        return texts.find("param." + p.name()).orElse(p.name());
    }

    /** The query's title in the page's language where it has one, in an element that says its language. */
    static String title(NamedQuery query, Texts texts, String element) {
        NamedQuery.Words title = query.title(texts.language().tag);
        return "<" + element + " lang=\"" + title.lang() + "\">" + Html.escape(title.text()) + "</" + element + ">";
    }

    private static StringBuilder head(NamedQuery query, Texts texts) {
        NamedQuery.Words description = query.description(texts.language().tag);
        return new StringBuilder(title(query, texts, "h1")).append("<p class=\"lead\" lang=\"").append(description.lang()).append("\">")
                .append(Html.escape(description.text())).append("</p>");
    }

    private void form(StringBuilder body, NamedQuery query, Map<String, String> given, Texts texts) {
        body.append("<form class=\"params\" method=\"get\">");
        for (NamedQuery.Parameter p : query.parameters()) field(body, query, p, given.getOrDefault(p.name(), p.defaultValue()), texts);
        body.append("<p><button type=\"submit\">").append(Html.escape(texts.get("editor.run"))).append("</button></p></form>");
    }

    String render(Page page, NamedQuery query, Map<String, String> given, RowSet rows) {
        Texts texts = page.texts();
        StringBuilder body = head(query, texts);
        form(body, query, given, texts);
        String params = parameters(given);
        body.append("<p class=\"downloads\">").append(Html.escape(texts.get("queries.as"))).append(' ');
        for (String format : List.of("csv", "json", "tsv", "xml")) {
            body.append("<a href=\"?").append(Html.escape(params)).append("format=").append(format).append("\" download>")
                    .append(Html.escape(texts.get("format." + format))).append("</a> ");
        }
        body.append("<a href=\"/query#query=").append(Html.escape(URLEncoder.encode(query.textWith(given, texts.language().tag), StandardCharsets.UTF_8).replace("+", "%20")))
                .append("\">").append(Html.escape(texts.get("queries.editor"))).append("</a></p>");
        Map<String, String> joined = query.joined();
        List<Binding> answer = new ArrayList<>();
        rows.forEachRemaining(answer::add);
        List<Var> vars = new ArrayList<>(rows.getResultVars());
        vars.removeIf(v -> namesAnother(v, vars, answer));
        body.append("<div class=\"table-wrap\"><table><tr>");
        // A column by the interface's word for its variable, the variable itself on hover, as in the downloads.
        vars.forEach(v -> body.append("<th scope=\"col\" title=\"?").append(Html.escape(v.getVarName())).append("\">")
                .append(Html.escape(texts.find("column." + v.getVarName()).orElse(v.getVarName()))).append("</th>"));
        body.append("</tr>");
        // Ordered by the names as this page shows them, where the query orders by names (ReaderOrder).
        List<Binding> ordered = ReaderOrder.of(query.query(), answer, v -> shown(v, texts), texts.language().order());
        int[] count = {0};
        ordered.forEach(b -> {
            count[0]++;
            body.append("<tr>");
            for (Var v : vars) {
                Node value = b.get(v);
                String separator = joined.get(v.getVarName());
                body.append("<td>").append(value == null ? "" : separator == null ? cell(value, texts) : joinedCell(value, separator, texts)).append("</td>");
            }
            body.append("</tr>");
        });
        body.append("</table></div><p>").append(Html.escape(texts.format("query.rows", count[0]))).append("</p>");
        body.append("<details><summary>SPARQL</summary><pre lang=\"en\">").append(Html.escape(query.text())).append("</pre></details>");
        NamedQuery.Words title = query.title(texts.language().tag);
        return page.title(new Labels.Label(title.text(), title.lang())).crumb(Html.escape(texts.get("nav.queries")), "/queries/").crumb(title(query, texts, "span"), "")
                .body(body.toString()).render();
    }

    /**
     * Whether the column {@code v} only names what another column links to: in every row that binds
     * it, a label of the thing another column holds ("China" beside state/CN, which the table already
     * shows by its name in the reader's language). Such a column is for the downloads, not repeated on
     * the page (a review on 3 December 2026 read "China | China").
     */
    private boolean namesAnother(Var v, List<Var> vars, List<Binding> rows) {
        boolean bound = false;
        for (Binding row : rows) {
            Node value = row.get(v);
            if (value == null) continue;
            bound = true;
            if (!value.isLiteral()) return false;
            boolean names = false;
            for (Var other : vars) {
                Node thing = row.get(other);
                names |= !other.equals(v) && thing != null && thing.isURI() && union.contains(thing, RDFS.label.asNode(), value);
            }
            if (!names) return false;
        }
        return bound;
    }

    /**
     * A value as the site shows it, and a word the queries themselves write ("certain", "possible",
     * "began", "day", ...: a plain string) in the page's language; the downloads keep the word as written.
     */
    private String cell(Node value, Texts texts) {
        if (value.isLiteral() && value.getLiteralDatatypeURI().equals(XSD.xstring.getURI()) && value.getLiteralLexicalForm().matches("[a-z]{1,12}")) {
            Optional<String> word = texts.find("answer." + value.getLiteralLexicalForm());
            if (word.isPresent()) return Html.escape(word.get());
        }
        if (value.isLiteral() && value.getLiteralLanguage().equals("en") && texts.language() != Language.EN) {
            Optional<Node> named = namedBy(value);
            if (named.isPresent()) return Html.name(named.get(), union, texts).html(texts.language());
        }
        return Html.value(value, union, texts);
    }

    /** The text of a name as {@link #cell} shows it: in the page's language where the name is the English one of one thing. */
    private String shown(Node value, Texts texts) {
        if (value.isLiteral() && value.getLiteralLanguage().equals("en") && texts.language() != Language.EN) {
            Optional<Node> named = namedBy(value);
            if (named.isPresent()) return Html.name(named.get(), union, texts).text();
        }
        return Html.name(value, union, texts).text();
    }

    /**
     * A cell that joins English names ({@code GROUP_CONCAT}, as the actors of {@code document-acts}):
     * on a page in another language, each name that is the English label of exactly one thing is
     * shown as that thing's page names it, joined by the same separator. Where any part is not such a
     * name (a name that holds the separator itself, a text that is no name), the cell is shown as it is.
     */
    private String joinedCell(Node value, String separator, Texts texts) {
        if (!value.isLiteral() || texts.language() == Language.EN || separator.isEmpty()) return cell(value, texts);
        List<String> names = new ArrayList<>();
        for (String part : value.getLiteralLexicalForm().split(Pattern.quote(separator), -1)) {
            Optional<Node> named = namedBy(NodeFactory.createLiteralLang(part, "en"));
            if (named.isEmpty()) return cell(value, texts);
            names.add(Html.name(named.get(), union, texts).html(texts.language()));
        }
        return String.join(Html.escape(separator), names);
    }

    /**
     * The one thing or term whose English label a literal is: the queries name things in English
     * (they ask for {@code "en"}), and a page in another language names it as the thing's page does.
     * A name two things share is left as it is.
     */
    private Optional<Node> namedBy(Node label) {
        List<Node> named = union.find(Node.ANY, RDFS.label.asNode(), label).mapWith(Triple::getSubject).filterKeep(Node::isURI).toList();
        return named.stream().distinct().count() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The chosen values as a query string that ends ready for one more parameter ("a=1&b=2&"). */
    static String parameters(Map<String, String> given) {
        StringBuilder out = new StringBuilder();
        given.forEach((k, v) -> out.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        return out.toString();
    }

    private void field(StringBuilder body, NamedQuery query, NamedQuery.Parameter p, String value, Texts texts) {
        String id = "param-" + p.name();
        body.append("<p><label for=\"").append(id).append("\">").append(Html.escape(texts.find("param." + p.name()).orElse(p.name())))
                .append(" <span class=\"hint\" lang=\"").append(p.description(texts.language().tag).lang()).append("\">")
                .append(Html.escape(p.description(texts.language().tag).text())).append("</span></label>");
        if (p.type().equals("xsd:date")) {
            body.append("<input type=\"date\" id=\"").append(id).append("\" name=\"").append(Html.escape(p.name())).append("\" value=\"").append(Html.escape(value)).append("\">");
        } else if (p.type().equals("iri")) {
            body.append("<select id=\"").append(id).append("\" name=\"").append(Html.escape(p.name())).append("\">");
            Node chosen = NodeFactory.createURI(value.matches("^[a-z][a-z0-9+.-]*:.*") ? value : SCO.ID + value);
            Map<String, Map<Node, Labels.Label>> choices = choices(query, p, chosen, texts);
            choices.forEach((kind, things) -> {
                // Groups by kind where there are several kinds to choose among.
                boolean grouped = choices.size() > 1 && !kind.isEmpty();
                if (grouped) body.append("<optgroup label=\"").append(Html.escape(texts.get("kind." + kind))).append("\">");
                things.forEach((thing, label) -> {
                    body.append("<option value=\"").append(Html.escape(thing.getURI())).append('"').append(thing.equals(chosen) ? " selected" : "");
                    if (!label.lang().isEmpty() && !label.lang().equals(texts.language().tag)) body.append(" lang=\"").append(label.lang()).append('"');
                    body.append('>').append(Html.escape(label.text())).append("</option>");
                });
                if (grouped) body.append("</optgroup>");
            });
            body.append("</select>");
        } else {
            body.append("<input id=\"").append(id).append("\" name=\"").append(Html.escape(p.name())).append("\" value=\"").append(Html.escape(value)).append("\">");
        }
        body.append("</p>");
    }

    /**
     * The things the parameter can stand for, by label, grouped by kind: those that stand where the
     * query puts it (the objects of {@code ?statement sco:statementOf $subject}: the events and
     * documents that have statements); where the query only filters by it or reads it under any
     * predicate, every thing of the graph but the statements' records; the chosen value among them
     * even when it is not. Until 2 December 2026 they were the things of the default's classes only,
     * so threats-addressed offered events and no document, and statement-sources six organisations
     * (a review found it).
     */
    private Map<String, Map<Node, Labels.Label>> choices(NamedQuery query, NamedQuery.Parameter p, Node chosen, Texts texts) {
        Set<Node> things = new LinkedHashSet<>();
        Optional<Triple> place = place(query, Var.alloc(p.name()));
        if (place.isPresent()) {
            boolean asObject = place.get().getObject().isVariable();
            union.find(Node.ANY, place.get().getPredicate(), Node.ANY).mapWith(t -> asObject ? t.getObject() : t.getSubject()).filterKeep(Node::isURI)
                    .forEachRemaining(things::add);
        } else {
            data.find(Node.ANY, RDFS.label.asNode(), Node.ANY).mapWith(Triple::getSubject).filterKeep(n -> kind(n).filter(ANY_THING::contains).isPresent())
                    .forEachRemaining(things::add);
        }
        things.add(chosen);
        Map<String, Map<Node, Labels.Label>> byKind = new TreeMap<>(Comparator.comparingInt(KINDS::indexOf));
        // A term of the ontology (a status) by the interface's word for it, as entity pages name it.
        things.stream().map(n -> Map.entry(n, Html.name(n, union, texts))).sorted(Comparator.comparing(e -> e.getValue().text(), texts.language().order()))
                .forEach(e -> byKind.computeIfAbsent(kind(e.getKey()).orElse(""), k -> new LinkedHashMap<>()).put(e.getKey(), e.getValue()));
        return byKind;
    }

    /** The kinds of things offered where a parameter may be any thing, in the order their groups are shown. */
    private static final List<String> ANY_THING = List.of("state", "organization", "document", "event", "threat", "norm", "place", "membership", "position", "source");
    /** Every kind, in that order; "" (no kind: a term of the ontology, or elsewhere) last. */
    private static final List<String> KINDS = new ArrayList<>(ANY_THING);

    static {
        KINDS.addAll(List.of("act", "statement", "excerpt", "assertion", ""));
    }

    /** The kind of a thing of the graph (state/IN is a state), none for a term or a part of a thing. */
    private static Optional<String> kind(Node thing) {
        if (!thing.isURI() || !thing.getURI().startsWith(SCO.ID) || thing.getURI().contains("#")) return Optional.empty();
        String path = thing.getURI().substring(SCO.ID.length());
        return path.indexOf('/') > 0 ? Optional.of(path.substring(0, path.indexOf('/'))).filter(KINDS::contains) : Optional.empty();
    }

    /** The first triple of the query's pattern that has {@code v} as its subject or object under a constant predicate. */
    private static Optional<Triple> place(NamedQuery query, Var v) {
        List<Triple> found = new ArrayList<>();
        ElementWalker.walk(query.query().getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock block) {
                block.patternElts().forEachRemaining(path -> {
                    Triple t = path.asTriple();
                    if (t != null && t.getPredicate().isURI() && (v.equals(t.getSubject()) != v.equals(t.getObject()))) found.add(t);
                });
            }
        });
        return found.stream().findFirst();
    }
}
