package org.w3id.scokg.query.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterProcessBinding;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * jena-text's {@code text:query} read inside {@code GRAPH}: a match is a match in the graph only
 * where that graph holds the text matched, its subject, one of its field's properties and the
 * literal itself. sco-kg's index is of the union of the graphs and records no graph (jena-text's
 * graph field would need an index per graph), so jena-text alone answers {@code GRAPH ?g { ?s
 * text:query (rdfs:label "India") }} with every match once per graph, the ontology's too. Outside
 * {@code GRAPH} (the default graph, the union) a match stands as jena-text gives it, the index's
 * entries of no graph (a Wikidata ID, a title the pages compose) too; inside one, those match
 * nothing, as no triple of the graph holds them. Where FROM names the default graph, it is checked
 * as a named graph is, so {@code FROM <…/graph/ontology>} does not answer the union's matches.
 *
 * <p>The subject list is read as jena-text reads it ({@code (?s ?score ?literal ?graph ?property)});
 * where the query leaves the literal or the property out, they are asked for under variables of
 * their own and taken out of each solution again. With {@code "highlight:"} among the arguments the
 * literal jena-text binds is the marked fragments of the text, not the text: a match is held where
 * the graph holds, on the subject under a property of the field, a literal of its language that
 * contains each fragment with its marks taken out (no literal of the graph holds the marked
 * fragment itself, so a highlighting query inside {@code GRAPH} would find nothing).
 */
final class TextQueryInGraph extends PropertyFunctionBase {
    /** jena-text's subject list: the thing, its score, the literal, the graph, the property. */
    private static final int SUBJECT = 0, SCORE = 1, LITERAL = 2, PROPERTY = 4, LIST_SIZE = 5;

    private static final Var HIDDEN_SCORE = Var.alloc(ARQConstants.allocVarMarker + "textScore");
    private static final Var HIDDEN_LITERAL = Var.alloc(ARQConstants.allocVarMarker + "textLiteral");
    private static final Var HIDDEN_GRAPH = Var.alloc(ARQConstants.allocVarMarker + "textGraph");
    private static final Var HIDDEN_PROPERTY = Var.alloc(ARQConstants.allocVarMarker + "textProperty");
    private static final List<Var> HIDDEN = List.of(HIDDEN_SCORE, HIDDEN_LITERAL, HIDDEN_GRAPH, HIDDEN_PROPERTY);

    private final PropertyFunctionBase textQuery;
    private PropFuncArg subjects;

    TextQueryInGraph(PropertyFunctionBase textQuery) {
        this.textQuery = textQuery;
    }

    @Override
    public void build(PropFuncArg argSubject, Node predicate, PropFuncArg argObject, ExecutionContext execCxt) {
        super.build(argSubject, predicate, argObject, execCxt);
        subjects = whole(argSubject);
        textQuery.build(subjects, predicate, argObject, execCxt);
    }

    /**
     * {@code argSubject} as a list of all five, its own terms first, a hidden variable where it has
     * none; a list longer than five is left for jena-text to refuse.
     */
    private static PropFuncArg whole(PropFuncArg argSubject) {
        // An empty list, (), is also the node rdf:nil: read as a list, as jena-text reads it, and refused there.
        List<Node> given = argSubject.isList() ? argSubject.getArgList() : List.of(argSubject.getArg());
        if (given.isEmpty() || given.size() > LIST_SIZE) return argSubject;
        List<Node> all = new ArrayList<>(given);
        for (int i = all.size(); i < LIST_SIZE; i++) all.add(HIDDEN.get(i - 1));
        return new PropFuncArg(all);
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg argSubject, Node predicate, PropFuncArg argObject, ExecutionContext execCxt) {
        // Lucene reads and compiles the search inside one call no deadline reaches: bounded first.
        TextSearchSize.check(argObject, binding);
        // The arguments as jena-text reads them, each variable its value in the solution: a limit or a
        // highlighting option bound by VALUES inside GRAPH, or under FROM, is substituted nowhere else
        // (left a variable, the limit counted the union's matches before the check, and a highlighting
        // option so bound held no match).
        PropFuncArg arguments = Substitute.substitute(argObject, binding);
        TextHighlightOptions.check(arguments);
        Highlight highlight = Highlight.of(arguments);
        Graph active = execCxt.getActiveGraph();
        TextIndex index = execCxt.getContext().get(TextQuery.textIndex);
        // A FROM makes the default graph the graphs it names, not the union the index is of: checked too.
        boolean inNamedGraph = named(active, execCxt.getDataset()) || OwnGraphs.isDescribed(execCxt.getDataset());
        boolean checked = inNamedGraph && index != null && subjects.isList() && subjects.getArgListSize() == LIST_SIZE;
        int limitAt = checked ? limitAt(arguments) : -1;
        List<Node> terms = subjects.isList() ? subjects.getArgList() : List.of();
        java.util.function.Predicate<Binding> isHeld = solution -> !checked || held(active, index.getDocDef(), value(terms.get(SUBJECT), solution),
                value(terms.get(PROPERTY), solution), value(terms.get(LITERAL), solution), highlight);
        if (limitAt >= 0) return best(binding, predicate, arguments, limitAt, isHeld, terms, execCxt);
        // Lucene's search is made here, in jena-text's exec, its reads stopped with the query (CancellableReads).
        QueryIterator matches = CancellableReads.during(execCxt.getCancelSignal(), () -> textQuery.exec(binding, subjects, predicate, argObject, execCxt));
        return new QueryIterProcessBinding(matches, execCxt) {
            @Override
            public Binding accept(Binding solution) {
                return isHeld.test(solution) ? withoutHidden(solution) : null;
            }
        };
    }

    /**
     * The graph's best matches, at most the limit {@code arguments} give at {@code limitAt}: every
     * match of the index read, those held kept, the best first.
     */
    private QueryIterator best(Binding binding, Node predicate, PropFuncArg arguments, int limitAt, java.util.function.Predicate<Binding> isHeld, List<Node> terms,
            ExecutionContext execCxt) {
        int limit = NodeFactoryExtra.nodeToInt(arguments.getArg(limitAt));
        List<Binding> best = CancellableReads.during(execCxt.getCancelSignal(), () -> {
            QueryIterator matches = textQuery.exec(binding, subjects, predicate, without(arguments, limitAt), execCxt);
            List<Binding> held = new ArrayList<>();
            try {
                matches.forEachRemaining(solution -> {
                    if (isHeld.test(solution)) held.add(solution);
                });
            } finally {
                matches.close();
            }
            return held;
        });
        best.sort(java.util.Comparator.comparingDouble((Binding solution) -> score(value(terms.get(SCORE), solution))).reversed());
        return QueryIterPlainWrapper.create(best.stream().limit(limit).map(TextQueryInGraph::withoutHidden).iterator(), execCxt);
    }

    /** A match's score as jena-text binds it, a float; 0 where there is none. */
    private static double score(Node score) {
        return score != null && score.isLiteral() && score.getLiteralValue() instanceof Number number ? number.doubleValue() : 0;
    }

    /**
     * Where {@code argObject} gives a limit, its place in the list, else -1: the literal right after
     * the query string (itself the first argument that is not a property), an integer above 0 (0 and
     * less are left to jena-text, which answers nothing for 0 and reads less as no limit). Inside a graph the limit counts the matches held there, the
     * best scored, as it would in an index that recorded each text's graph (jena-text's graph field):
     * the index is asked for all its matches and the limit applied after the check (a limit counting
     * the union's matches first lets {@code GRAPH <g> { ?s text:query ("India" 3) }} answer fewer than
     * the three best {@code g} holds, or none).
     */
    private static int limitAt(PropFuncArg argObject) {
        if (!argObject.isList()) return -1;
        List<Node> args = argObject.getArgList();
        int query = 0;
        while (query < args.size() && args.get(query).isURI()) query++;
        int limit = query + 1;
        if (limit >= args.size() || !args.get(limit).isLiteral()) return -1;
        return NodeFactoryExtra.nodeToInt(args.get(limit)) > 0 ? limit : -1;
    }

    /** {@code argObject}, a list, without its argument at {@code at}. */
    private static PropFuncArg without(PropFuncArg argObject, int at) {
        List<Node> args = new ArrayList<>(argObject.getArgList());
        args.remove(at);
        return new PropFuncArg(args);
    }

    /**
     * Whether {@code active} is a named graph of {@code dataset}: a view of one (TDB2's graphs are
     * views, a new one each time one is asked for), or in memory a graph other than the default one.
     */
    private static boolean named(Graph active, DatasetGraph dataset) {
        if (active == null) return false;
        if (active instanceof GraphView view) {
            Node name = view.getGraphName();
            return name != null && !Quad.isDefaultGraph(name) && !Quad.isUnionGraph(name);
        }
        return active != dataset.getDefaultGraph();
    }

    /**
     * Whether {@code graph} holds {@code literal} as the value of {@code subject} under a property of
     * the field {@code property} was found in; where the query highlights, a literal of its language
     * holding each of its fragments.
     */
    private static boolean held(Graph graph, EntityDefinition fields, Node subject, Node property, Node literal, Highlight highlight) {
        if (subject == null || literal == null) return false;
        String field = property == null ? null : fields.getField(property);
        Collection<Node> properties = field == null ? allProperties(fields) : fields.getPredicates(field);
        for (Node p : properties) {
            if (highlight == null ? graph.contains(subject, p, literal)
                    : graph.find(subject, p, Node.ANY).filterKeep(t -> highlight.marks(literal, t.getObject())).hasNext()) {
                return true;
            }
        }
        return false;
    }

    /**
     * jena-text's highlighting as a query asks it ({@code "highlight:s:<b> | e:</b> | f:…"}): the marks
     * around a matched word and after each fragment, jena-text's own where the query names none.
     */
    private record Highlight(String start, String end, String separator) {
        private static final String OPTION = "highlight:";

        static Highlight of(PropFuncArg argObject) {
            if (!argObject.isList()) return null;
            for (Node arg : argObject.getArgList()) {
                if (!arg.isLiteral() || !arg.getLiteralLexicalForm().startsWith(OPTION)) continue;
                String start = "↦", end = "↤", separator = "∣";
                for (String option : arg.getLiteralLexicalForm().substring(OPTION.length()).trim().split("\\|")) {
                    String o = option.trim();
                    if (o.startsWith("s:")) start = o.substring(2);
                    else if (o.startsWith("e:")) end = o.substring(2);
                    else if (o.startsWith("f:")) separator = o.substring(2);
                }
                return new Highlight(start, end, separator);
            }
            return null;
        }

        /** Whether {@code text}, a literal of the graph, is the text {@code marked} (its fragments, marked) was made from. */
        boolean marks(Node marked, Node text) {
            if (!text.isLiteral() || !text.getLiteralLanguage().equalsIgnoreCase(marked.getLiteralLanguage())) return false;
            String plain = marked.getLiteralLexicalForm();
            if (!start.isEmpty()) plain = plain.replace(start, "");
            if (!end.isEmpty()) plain = plain.replace(end, "");
            List<String> fragments = separator.isEmpty() ? List.of(plain) : List.of(plain.split(java.util.regex.Pattern.quote(separator)));
            String lexical = text.getLiteralLexicalForm();
            return fragments.stream().map(String::strip).allMatch(lexical::contains);
        }
    }

    private static Collection<Node> allProperties(EntityDefinition fields) {
        List<Node> all = new ArrayList<>();
        for (String field : fields.fields()) all.addAll(fields.getPredicates(field));
        return all;
    }

    private static Node value(Node term, Binding solution) {
        return Var.isVar(term) ? solution.get(Var.alloc(term)) : term;
    }

    private static Binding withoutHidden(Binding solution) {
        if (HIDDEN.stream().noneMatch(solution::contains)) return solution;
        BindingBuilder kept = Binding.builder();
        solution.forEach((var, node) -> {
            if (!HIDDEN.contains(var)) kept.add(var, node);
        });
        return kept.build();
    }
}
