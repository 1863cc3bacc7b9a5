package org.w3id.scokg.server.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Texts;

/**
 * The answer of a named query as the table of its page ({@link NamedQueryPage}): a column for each
 * variable but those that only name another column's thing or that another column links to, the
 * rows in the order the reader's names give, each value as the site shows it, and the count of rows.
 */
final class AnswerTable {
    private final Graph union;
    private final AnswerNames names;

    AnswerTable(Graph union, AnswerNames names) {
        this.union = union;
        this.names = names;
    }

    /** The columns of {@code resultVars} the page shows for {@code answer}. */
    List<Var> columns(NamedQuery query, List<Var> resultVars, List<Binding> answer) {
        List<Var> vars = new ArrayList<>(resultVars);
        vars.removeIf(v -> namesAnother(v, vars, answer));
        // A thing another column's cells link to (a status's membership) is not a column of its own here.
        Map<String, String> links = query.links();
        vars.removeIf(v -> links.containsValue(v.getVarName()));
        return vars;
    }

    /** Appends to {@code body} the table of {@code answer} in the columns {@code vars}, then its count of rows. */
    void render(StringBuilder body, NamedQuery query, List<Var> vars, List<Binding> answer, Texts texts) {
        // A table whose rows are stacked on a phone, each cell after its column's word (data-label): site.css.
        body.append("<div class=\"table-wrap\"><table class=\"stacked\"><tr>");
        // A column by the interface's word for its variable, the variable itself on hover, as in the downloads.
        vars.forEach(v -> body.append("<th scope=\"col\" title=\"?").append(Html.escape(v.getVarName())).append("\">")
                .append(Html.escape(column(v, texts))).append("</th>"));
        body.append("</tr>");
        // Ordered by the names as this page shows them, where the query orders by names (ReaderOrder).
        List<Binding> ordered = ReaderOrder.of(query.query(), answer, v -> shown(v, texts), texts.language().order());
        Map<String, String> joined = query.joined();
        Map<String, String> links = query.links();
        ordered.forEach(b -> row(body, b, vars, joined, links, texts));
        body.append("</table></div><p>").append(Html.escape(texts.format("query.rows", ordered.size()))).append("</p>");
    }

    /** One row of the table; {@code joined} the columns that join several values, {@code links} those whose cells link to another's thing. */
    private void row(StringBuilder body, Binding b, List<Var> vars, Map<String, String> joined, Map<String, String> links, Texts texts) {
        body.append("<tr>");
        for (Var v : vars) {
            Node value = b.get(v);
            String separator = joined.get(v.getVarName());
            String shown = value == null ? "" : names.stated(value, b, vars) ? Html.value(value, union, texts)
                    : separator == null ? cell(value, texts) : joinedCell(value, separator, texts);
            body.append(Html.cell(column(v, texts), linked(shown, value, b, links.get(v.getVarName()))));
        }
        body.append("</tr>");
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
}
