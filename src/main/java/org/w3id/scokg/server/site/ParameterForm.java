package org.w3id.scokg.server.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Labels;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.vocab.SCO;

/**
 * The form of a named query's parameters: a date picker for a date, a list of things by their
 * names, grouped by kind, for an IRI, and a text field for anything else.
 */
final class ParameterForm {
    /** The kinds of things offered where a parameter may be any thing, in the order their groups are shown. */
    private static final List<String> ANY_THING = List.of("state", "organization", "document", "event", "threat", "norm", "place", "membership", "position", "source");
    /** Every kind, in that order; "" (no kind: a term of the ontology, or elsewhere) last. */
    private static final List<String> KINDS = new ArrayList<>(ANY_THING);

    static {
        KINDS.addAll(List.of("act", "statement", "excerpt", "assertion", ""));
    }

    private final Graph data;
    private final Graph union;

    ParameterForm(Graph data, Graph union) {
        this.data = data;
        this.union = union;
    }

    /** The id of the sentence above the form that says what is wrong, which describes the field it is wrong in. */
    static final String ERROR = "form-error";

    /**
     * The form, {@code invalid} (a parameter's name, or null) marked invalid and described by the
     * sentence above it, so that a screen reader on the field says what is wrong with it.
     */
    void render(StringBuilder body, NamedQuery query, Map<String, String> given, Texts texts, String invalid) {
        body.append("<form class=\"params\" method=\"get\">");
        for (NamedQuery.Parameter p : query.parameters()) {
            field(body, query, p, given.getOrDefault(p.name(), p.defaultValue()), texts, p.name().equals(invalid));
        }
        body.append("<p><button type=\"submit\">").append(Html.escape(texts.get("editor.run"))).append("</button></p></form>");
    }

    private void field(StringBuilder body, NamedQuery query, NamedQuery.Parameter p, String value, Texts texts, boolean invalid) {
        String id = "param-" + p.name();
        String marked = invalid ? "\" aria-invalid=\"true\" aria-describedby=\"" + ERROR : "";
        body.append("<p><label for=\"").append(id).append("\">").append(Html.escape(texts.find("param." + p.name()).orElse(p.name())))
                .append(" <span class=\"hint\" lang=\"").append(p.description(texts.language().tag).lang()).append("\">")
                .append(Html.escape(p.description(texts.language().tag).text())).append("</span></label>");
        if (p.type().equals("xsd:date")) {
            // Required: an emptied date would be sent, and answered with a 400.
            body.append("<input type=\"date\" id=\"").append(id).append(marked).append("\" name=\"").append(Html.escape(p.name())).append("\" value=\"").append(Html.escape(value))
                    .append("\" required>");
        } else if (p.type().equals("iri")) {
            body.append("<select id=\"").append(id).append(marked).append("\" name=\"").append(Html.escape(p.name())).append("\">");
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
            body.append("<input id=\"").append(id).append(marked).append("\" name=\"").append(Html.escape(p.name())).append("\" value=\"").append(Html.escape(value)).append("\">");
        }
        body.append("</p>");
    }

    /**
     * The things the parameter can stand for, by label, grouped by kind: those that stand where the
     * query puts it (the objects of {@code ?statement sco:statementOf $subject}: the events and
     * documents that have statements); where the query only filters by it or reads it under any
     * predicate, every thing of the graph but the statements' records; the chosen value among them
     * even when it is not. The things of the default's classes alone would not do: threats-addressed
     * would offer events and no document, and statement-sources six organisations.
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

    /**
     * The values a parameter may take where its list offers a fixed set, terms of the ontology (the
     * four statuses of members-on-date's role), in their names' order in {@code texts}' language;
     * empty where it offers things of the graph, for which any thing the graph names may stand. A
     * thing sent for a status is then named as wrong, not answered with an empty table.
     */
    Optional<List<Node>> fixedSet(NamedQuery query, NamedQuery.Parameter p, Texts texts) {
        if (!p.type().equals("iri")) return Optional.empty();
        Optional<Triple> place = place(query, Var.alloc(p.name()));
        if (place.isEmpty()) return Optional.empty();
        boolean asObject = place.get().getObject().isVariable();
        Set<Node> terms = union.find(Node.ANY, place.get().getPredicate(), Node.ANY).mapWith(t -> asObject ? t.getObject() : t.getSubject()).toSet();
        if (terms.isEmpty() || !terms.stream().allMatch(n -> n.isURI() && n.getURI().startsWith(SCO.NS))) return Optional.empty();
        return Optional.of(terms.stream().sorted(Comparator.comparing((Node n) -> Html.name(n, union, texts).text(), texts.language().order())).toList());
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
