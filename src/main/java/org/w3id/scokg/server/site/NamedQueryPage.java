package org.w3id.scokg.server.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Page;
import org.w3id.scokg.server.web.PersistentAddress;
import org.w3id.scokg.server.web.Texts;

/**
 * The page of a named query: a form with a picker for each parameter (a date input for a date; for
 * an IRI, a list by label of the things the query can take, grouped by kind: {@link ParameterForm}),
 * the answer as a table whose IRIs open this site's pages, links to the same answer as JSON,
 * CSV, TSV and XML that keep the chosen values and the page's language (their names as the table
 * shows them: {@link AnswerNames}), and a link that opens it in the editor.
 */
final class NamedQueryPage {
    private final Graph union;
    private final ParameterForm form;
    private final AnswerNames names;

    NamedQueryPage(Graph data, Graph union, AnswerNames names) {
        this.union = union;
        this.names = names;
        this.form = new ParameterForm(data, union);
    }

    /**
     * The form again, with the values given and, above it, what is wrong with them, for a reader
     * whose browser sent a value the query cannot take, not a bare line of text in its place.
     */
    String renderError(Page page, NamedQuery query, Map<String, String> given, String problem) {
        return renderError(page, query, given, problem, null);
    }

    /** As {@link #renderError(Page, NamedQuery, Map, String)}, for a parameter given more than once: {@code repeated} names it. */
    String renderError(Page page, NamedQuery query, Map<String, String> given, String problem, String repeated) {
        Texts texts = page.texts();
        StringBuilder body = head(query, texts);
        Optional<Problem> found = repeated == null ? problem(query, given, texts)
                : Optional.of(new Problem(texts.format("queries.repeated", query.parameters().stream().filter(p -> p.name().equals(repeated)).findFirst()
                        .map(p -> field(p, texts)).orElse(NamedQuery.echo(repeated))), repeated));
        Optional<String> said = found.map(Problem::sentence);
        body.append("<p class=\"error\" id=\"").append(ParameterForm.ERROR).append("\" role=\"alert\" lang=\"").append(said.isPresent() ? texts.language().tag : "en").append("\">")
                .append(Html.escape(said.orElse(problem))).append("</p>");
        form.render(body, query, given, texts, found.map(Problem::field).orElse(null));
        NamedQuery.Words title = query.title(texts.language().tag);
        // Nothing to cite: the address was refused ("membership-history?state=state/IN&x=1" is no
        // address to cite).
        return page.title(new Labels.Label(title.text(), title.lang())).crumb(Html.escape(texts.get("nav.queries")), "/queries/").crumb(title(query, texts, "span"), "")
                .uncited().body(body.toString()).render();
    }

    /**
     * What is wrong, in the reader's words, and the field it is wrong in (null where it is no one
     * field's), which the form marks invalid and describes by the sentence.
     */
    record Problem(String sentence, String field) {}

    /**
     * What is wrong with the values, in the reader's words: a field the query does not have, a date
     * that is not one, a thing the graph does not name; else nothing, and the query's own sentence
     * (in English) is shown, so that a Russian or Chinese page is not in English alone.
     */
    private Optional<Problem> problem(NamedQuery query, Map<String, String> given, Texts texts) {
        Map<String, NamedQuery.Parameter> byName = new LinkedHashMap<>();
        query.parameters().forEach(p -> byName.put(p.name(), p));
        for (Map.Entry<String, String> value : given.entrySet()) {
            NamedQuery.Parameter p = byName.get(value.getKey());
            if (p == null) {
                List<String> fields = query.parameters().stream().map(q -> field(q, texts)).toList();
                return Optional.of(new Problem(texts.format("queries.unknown", NamedQuery.echo(value.getKey()), String.join(", ", fields)), null));
            }
            try {
                Node thing = p.toNode(value.getValue(), query.file());
                if (p.type().equals("iri") && !names(thing)) return Optional.of(new Problem(texts.format("queries.unnamed", field(p, texts), NamedQuery.echo(value.getValue())), p.name()));
                Optional<List<Node>> offered = form.fixedSet(query, p, texts);
                if (offered.isPresent() && !offered.get().contains(thing)) {
                    String names = String.join(", ", offered.get().stream().map(n -> Html.name(n, union, texts).text()).toList());
                    return Optional.of(new Problem(texts.format("queries.offered", field(p, texts), NamedQuery.echo(value.getValue()), names), p.name()));
                }
            } catch (InputException e) {
                String kind = p.type().equals("xsd:date") ? "date" : p.type().equals("iri") ? "iri" : null;
                return kind == null ? Optional.empty() : Optional.of(new Problem(texts.format("queries.bad." + kind, field(p, texts), NamedQuery.echo(value.getValue())), p.name()));
            }
        }
        Optional<String[]> reversed = query.reversed(given);
        if (reversed.isPresent()) {
            return Optional.of(new Problem(texts.format("queries.reversed", texts.find("param.from").orElse("from"), reversed.get()[0],
                    texts.find("param.to").orElse("to"), reversed.get()[1]), null));
        }
        return Optional.empty();
    }

    /** The values {@code p} may take where its list offers a fixed set ({@link ParameterForm#fixedSet}); else empty. */
    Optional<List<Node>> fixedSet(NamedQuery query, NamedQuery.Parameter p, Texts texts) {
        return form.fixedSet(query, p, texts);
    }

    /**
     * Whether {@code thing} is in the graph, as a subject or an object. A parameter's value that is
     * not names nothing (a key mistyped, "organization=foo"): a 400 saying so, not "No rows" with
     * "foo" offered by the form as a choice.
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
                .append(Html.keepWhole(Html.escape(description.text()))).append("</p>");
    }

    String render(Page page, NamedQuery query, Map<String, String> given, RowSet rows) {
        // The address of the answer as the query read it: its parameters, a moved key as the thing's
        // own (as Content-Location names it), without lang, format and the campaign tags.
        page.cites(PersistentAddress.of("/queries/" + query.name(), given));
        Texts texts = page.texts();
        StringBuilder body = head(query, texts);
        form.render(body, query, given, texts, null);
        // The downloads in the page's language, their names as the table shows them (AnswerNames):
        // a Russian page's CSV names China in Russian, not "China".
        String params = parameters(given) + inLanguage(texts.language());
        body.append("<p class=\"downloads\">").append(Html.escape(texts.get("queries.as"))).append(texts.space());
        for (String format : List.of("csv", "json", "tsv", "xml")) {
            body.append("<a href=\"?").append(Html.escape(params)).append("format=").append(format).append("\" download>")
                    .append(Html.escape(texts.get("format." + format))).append("</a> ");
        }
        // Without JavaScript the link opens the plain form, holding the query with the values chosen and
        // its answer; site.js puts the editor's address (data-editor), which runs nothing on the server, in
        // its place. A fragment never reaches the server: the editor's address alone would give the
        // plain form, without JavaScript, nothing but its own first query.
        String tag = texts.language().tag;
        body.append("<a href=\"/query?query=").append(Html.escape(URLEncoder.encode(EditorPage.addressable(query, given, tag), StandardCharsets.UTF_8)))
                .append("&amp;lang=").append(tag).append("\" data-editor=\"/query#query=")
                .append(Html.escape(URLEncoder.encode(query.textWith(given, tag), StandardCharsets.UTF_8).replace("+", "%20")))
                .append("\">").append(Html.escape(texts.get("queries.editor"))).append("</a></p>");
        Map<String, String> joined = query.joined();
        List<Binding> answer = new ArrayList<>();
        rows.forEachRemaining(answer::add);
        List<Var> vars = new ArrayList<>(rows.getResultVars());
        vars.removeIf(v -> namesAnother(v, vars, answer));
        // A thing another column's cells link to (a status's membership) is not a column of its own here.
        Map<String, String> links = query.links();
        vars.removeIf(v -> links.containsValue(v.getVarName()));
        if (answer.isEmpty()) {
            nothing(body, query, given, texts);
            return finish(page, query, body);
        }
        // A table whose rows are stacked on a phone, each cell after its column's word (data-label): site.css.
        body.append("<div class=\"table-wrap\"><table class=\"stacked\"><tr>");
        // A column by the interface's word for its variable, the variable itself on hover, as in the downloads.
        vars.forEach(v -> body.append("<th scope=\"col\" title=\"?").append(Html.escape(v.getVarName())).append("\">")
                .append(Html.escape(column(v, texts))).append("</th>"));
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
                String shown = value == null ? "" : names.stated(value, b, vars) ? Html.value(value, union, texts)
                        : separator == null ? cell(value, texts) : joinedCell(value, separator, texts);
                body.append(Html.cell(column(v, texts), linked(shown, value, b, links.get(v.getVarName()))));
            }
            body.append("</tr>");
        });
        body.append("</table></div><p>").append(Html.escape(texts.format("query.rows", count[0]))).append("</p>");
        return finish(page, query, body);
    }

    /**
     * A cell's words as a link to the thing of its row's column {@code to} ({@code # link:} in the
     * query), where the cell holds a value that is no link itself and the row has such a thing: the
     * status on {@code statuses-on-date} links to its membership, whose page has the dates' sources
     * (one click from a status to its source, not three).
     */
    private static String linked(String shown, Node value, Binding row, String to) {
        Node thing = to == null ? null : row.get(Var.alloc(to));
        String href = thing == null || !thing.isURI() || value == null || !value.isLiteral() ? null : Html.href(thing);
        return href == null ? shown : "<a href=\"" + Html.escape(href) + "\">" + shown + "</a>";
    }

    private static String finish(Page page, NamedQuery query, StringBuilder body) {
        Texts texts = page.texts();
        body.append("<details><summary>SPARQL</summary><pre lang=\"en\">").append(Html.escape(query.text())).append("</pre></details>");
        NamedQuery.Words title = query.title(texts.language().tag);
        return page.title(new Labels.Label(title.text(), title.lang())).crumb(Html.escape(texts.get("nav.queries")), "/queries/").crumb(title(query, texts, "span"), "")
                .body(body.toString()).render();
    }

    /**
     * An answer of no rows, said in the reader's words with the values asked about (the given ones,
     * else the defaults: a date as written, a thing by its name in the page's language) and a link to
     * the form's first field to change them, not a table of headings alone and "No rows.", which does
     * not say for which values.
     */
    private void nothing(StringBuilder body, NamedQuery query, Map<String, String> given, Texts texts) {
        body.append("<div class=\"nothing\" role=\"status\">");
        if (query.parameters().isEmpty()) {
            body.append("<p>").append(Html.escape(texts.get("queries.nothing"))).append("</p></div>");
            return;
        }
        body.append("<p>").append(Html.escape(texts.get("queries.nothing.for"))).append("</p><ul class=\"asked\">");
        for (NamedQuery.Parameter p : query.parameters()) {
            String value = given.getOrDefault(p.name(), p.defaultValue());
            body.append("<li>").append(Html.escape(field(p, texts))).append(Html.escape(texts.colon()));
            if (p.type().equals("iri")) body.append(Html.name(p.toNode(value, query.file()), union, texts).html(texts.language()));
            else if (p.type().equals("xsd:date")) body.append("<time>").append(Html.escape(value.strip())).append("</time>");
            else body.append(Html.escape(value));
            body.append("</li>");
        }
        body.append("</ul><p><a href=\"#param-").append(Html.escape(query.parameters().get(0).name())).append("\">")
                .append(Html.escape(texts.get("queries.nothing.change"))).append("</a></p></div>");
    }

    private static String column(Var v, Texts texts) {
        return texts.find("column." + v.getVarName()).orElse(v.getVarName());
    }

    /**
     * Whether the column {@code v} only names what another column links to: in every row that binds
     * it, a label of the thing another column holds ("China" beside state/CN, which the table already
     * shows by its name in the reader's language). Such a column is for the downloads, not repeated on
     * the page ("China | China").
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
        Optional<Labels.Label> name = names.name(value, texts);
        if (name.isPresent()) return name.get().html(texts.language());
        return Html.value(value, union, texts);
    }

    /** The text of a name as {@link #cell} shows it: in the page's language where the name is the English one of one thing. */
    private String shown(Node value, Texts texts) {
        return names.name(value, texts).orElseGet(() -> Html.name(value, union, texts)).text();
    }

    /**
     * A cell that joins English names ({@code GROUP_CONCAT}, as the actors of {@code document-acts}):
     * on a page in another language, each name that is the English label of exactly one thing is
     * shown as that thing's page names it, joined by the same separator. Where any part is not such a
     * name (a name that holds the separator itself, a text that is no name), the cell is shown as it is.
     */
    private String joinedCell(Node value, String separator, Texts texts) {
        Optional<List<Node>> things = texts.language() == Language.EN ? Optional.empty() : names.parts(value, separator);
        if (things.isEmpty()) return cell(value, texts);
        return String.join(Html.escape(separator), things.get().stream().map(thing -> Html.name(thing, union, texts).html(texts.language())).toList());
    }

    /** {@code lang=ru&} for a download whose names are in Russian; nothing for English, the downloads' own language. */
    static String inLanguage(Language language) {
        return language == Language.EN ? "" : "lang=" + language.tag + "&";
    }

    /** The chosen values as a query string that ends ready for one more parameter ("a=1&b=2&"). */
    static String parameters(Map<String, String> given) {
        StringBuilder out = new StringBuilder();
        given.forEach((k, v) -> out.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        return out.toString();
    }

}
