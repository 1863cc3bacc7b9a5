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
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
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
    private final AnswerTable table;

    NamedQueryPage(Graph data, Graph union, AnswerNames names) {
        this.union = union;
        this.table = new AnswerTable(union, names);
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
        downloads(body, query, given, texts);
        List<Binding> answer = new ArrayList<>();
        rows.forEachRemaining(answer::add);
        if (answer.isEmpty()) {
            nothing(body, query, given, texts);
            return finish(page, query, body);
        }
        table.render(body, query, table.columns(query, rows.getResultVars(), answer), answer, texts);
        return finish(page, query, body);
    }

    /** The links to the answer as CSV, JSON, TSV and XML, and to the query in the editor. */
    private static void downloads(StringBuilder body, NamedQuery query, Map<String, String> given, Texts texts) {
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
