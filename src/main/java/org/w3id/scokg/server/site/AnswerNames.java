package org.w3id.scokg.server.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Texts;

/**
 * The names in a named query's answer in a reader's language, as its page shows them and as its
 * downloads in that language ({@code ?lang=ru&format=csv}) give them. The queries name things in
 * English (they ask for {@code "en"}): an English name that is the label of exactly one thing or
 * term stands for that thing, named as its page names it in the reader's language (its English name
 * where it has none there), and so does each part of a column that joins such names ({@code
 * GROUP_CONCAT}), where every part is one. A value the row states (the object of a triple whose
 * subject and property are in the row) is the datum itself and is kept as the graph holds it; so is
 * every other value, the words the queries write themselves ("certain", "day") too.
 */
final class AnswerNames {
    private final Graph union;

    AnswerNames(Graph union) {
        this.union = union;
    }

    /**
     * The answer in {@code language}: each row's names as its page shows them, the rows in the page's
     * order where the query orders by names ({@link ReaderOrder}); in English the answer as it is.
     */
    RowSet in(Language language, NamedQuery query, RowSet rows) {
        if (language == Language.EN) return rows;
        Texts texts = Texts.of(language);
        List<Var> vars = rows.getResultVars();
        Map<String, String> joined = query.joined();
        List<Binding> named = new ArrayList<>();
        rows.forEachRemaining(row -> named.add(named(row, vars, joined, texts)));
        List<Binding> ordered = ReaderOrder.of(query.query(), named, name -> Html.name(name, union, texts).text(), language.order());
        return RowSetStream.create(vars, ordered.iterator());
    }

    private Binding named(Binding row, List<Var> vars, Map<String, String> joined, Texts texts) {
        BindingBuilder out = Binding.builder();
        row.vars().forEachRemaining(v -> {
            Node value = row.get(v);
            String separator = joined.get(v.getVarName());
            out.add(v, stated(value, row, vars) ? value : separator == null ? named(value, texts).orElse(value) : joined(value, separator, texts));
        });
        return out.build();
    }

    /** An English name of one thing as that thing's name in the texts' language, a literal in the language it is in. */
    private Optional<Node> named(Node value, Texts texts) {
        return name(value, texts).map(name -> name.lang().isEmpty() ? NodeFactory.createLiteralString(name.text()) : NodeFactory.createLiteralLang(name.text(), name.lang()));
    }

    /** Names joined by {@code separator}, each named in the texts' language, joined again as a plain string (what GROUP_CONCAT gives). */
    private Node joined(Node value, String separator, Texts texts) {
        Optional<List<Node>> things = parts(value, separator);
        if (things.isEmpty()) return named(value, texts).orElse(value);
        List<String> names = things.get().stream().map(thing -> Html.name(thing, union, texts).text()).toList();
        return NodeFactory.createLiteralString(String.join(separator, names));
    }

    /**
     * The name the page shows for {@code value}, in the texts' language, where it is the English
     * name of one thing and the language is not English; else empty.
     */
    Optional<Labels.Label> name(Node value, Texts texts) {
        if (!value.isLiteral() || !value.getLiteralLanguage().equals("en") || texts.language() == Language.EN) return Optional.empty();
        return namedBy(value).map(thing -> Html.name(thing, union, texts));
    }

    /**
     * The things a cell that joins English names stands for, one per part, where every part is the
     * English name of one thing; empty where any is not (a name that holds the separator itself, a
     * text that is no name).
     */
    Optional<List<Node>> parts(Node value, String separator) {
        if (!value.isLiteral() || separator.isEmpty()) return Optional.empty();
        List<Node> things = new ArrayList<>();
        for (String part : value.getLiteralLexicalForm().split(Pattern.quote(separator), -1)) {
            Optional<Node> named = namedBy(NodeFactory.createLiteralLang(part, "en"));
            if (named.isEmpty()) return Optional.empty();
            things.add(named.get());
        }
        return Optional.of(things);
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

    /**
     * Whether the row states {@code value}: a literal that is the object of a triple whose subject and
     * property are in the row's other columns (a statement's value in {@code statement-sources}). It is
     * the datum itself, shown as the graph holds it: a Russian page must not show the SCO's English
     * name there as its Russian one, beside the English quote that supports it.
     */
    boolean stated(Node value, Binding row, List<Var> vars) {
        if (!value.isLiteral()) return false;
        for (Var property : vars) {
            Node p = row.get(property);
            if (p == null || !p.isURI()) continue;
            for (Var subject : vars) {
                Node s = row.get(subject);
                if (s != null && !subject.equals(property) && (s.isURI() || s.isBlank()) && union.contains(s, p, value)) return true;
            }
        }
        return false;
    }
}
