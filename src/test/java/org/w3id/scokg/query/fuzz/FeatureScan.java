package org.w3id.scokg.query.fuzz;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.path.P_Mod;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrOne;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.PatternVars;

/** The {@link Feature}s of one parsed query, sub-queries and EXISTS patterns included. */
final class FeatureScan {
    /** VALUES blocks with at least this many rows count as many. */
    static final int MANY_ROWS = 33;
    private final Predicate<Node> inData;
    private final Set<Feature> found = EnumSet.noneOf(Feature.class);
    /** GRAPH patterns around the element being scanned. */
    private int graphs;

    private FeatureScan(Predicate<Node> inData) {
        this.inData = inData;
    }

    /** The features of {@code query}; {@code inData} says which terms the dataset holds. */
    static Set<Feature> of(Query query, Predicate<Node> inData) {
        FeatureScan scan = new FeatureScan(inData);
        scan.found.add(query.isSelectType() ? Feature.SELECT : query.isAskType() ? Feature.ASK : query.isConstructType() ? Feature.CONSTRUCT : Feature.DESCRIBE);
        if (!query.getGraphURIs().isEmpty()) scan.found.add(Feature.FROM);
        if (!query.getNamedGraphURIs().isEmpty()) scan.found.add(Feature.FROM_NAMED);
        for (List<String> graphs : List.of(query.getGraphURIs(), query.getNamedGraphURIs())) {
            if (graphs.stream().anyMatch(name -> !inData.test(NodeFactory.createURI(name)))) scan.found.add(Feature.FROM_ABSENT);
        }
        if (query.hasValues()) {
            scan.found.add(Feature.VALUES_TRAILING);
            scan.values(query.getValuesVariables(), query.getValuesData());
        }
        scan.query(query);
        return scan.found;
    }

    private void query(Query query) {
        if (!query.getGroupBy().isEmpty()) found.add(Feature.GROUP_BY);
        else if (query.hasAggregators()) found.add(Feature.IMPLICIT_GROUP);
        if (query.hasHaving()) found.add(Feature.HAVING);
        if (query.isDistinct()) found.add(Feature.DISTINCT);
        if (query.isReduced()) found.add(Feature.REDUCED);
        if (query.hasOrderBy()) found.add(Feature.ORDER_BY);
        if (query.hasLimit()) found.add(Feature.LIMIT);
        if (query.hasOffset()) found.add(Feature.OFFSET);
        query.getAggregators().forEach(aggregate -> aggregator(aggregate.getAggregator()));
        if (countsOneTriple(query)) {
            found.add(Feature.COUNT_OF_ONE_TRIPLE);
            if (leavesOutAPredicate(query.getQueryPattern())) found.add(Feature.COUNT_PREDICATE_LEFT_OUT);
        }
        if (query.getQueryPattern() != null) element(query.getQueryPattern(), Set.of(), false);
    }

    /** Whether {@code query}'s aggregates are all COUNTs of one triple pattern, under FILTERs and at most one GRAPH. */
    private static boolean countsOneTriple(Query query) {
        if (!query.hasAggregators() || !query.getAggregators().stream().allMatch(a -> a.getAggregator().getClass().getSimpleName().startsWith("AggCount"))) {
            return false;
        }
        return oneTriple(query.getQueryPattern(), true);
    }

    /** Whether a FILTER of {@code element}, a count's group (or its GRAPH's), is {@code ?p != <iri>} of its triple's predicate variable. */
    private static boolean leavesOutAPredicate(Element element) {
        ElementGroup group = (ElementGroup) element;
        Element pattern = group.getElements().stream().filter(e -> !(e instanceof ElementFilter)).findFirst().orElseThrow();
        List<ElementFilter> filters = new java.util.ArrayList<>(group.getElements().stream().filter(ElementFilter.class::isInstance).map(ElementFilter.class::cast).toList());
        if (pattern instanceof ElementNamedGraph named) {
            ElementGroup inner = (ElementGroup) named.getElement();
            inner.getElements().stream().filter(ElementFilter.class::isInstance).map(ElementFilter.class::cast).forEach(filters::add);
            pattern = inner.getElements().stream().filter(e -> !(e instanceof ElementFilter)).findFirst().orElseThrow();
        }
        Node predicate = ((ElementPathBlock) pattern).getPattern().get(0).getPredicate();
        if (!predicate.isVariable()) return false;
        for (ElementFilter filter : filters) {
            if (filter.getExpr() instanceof org.apache.jena.sparql.expr.E_NotEquals notEquals) {
                Expr a = notEquals.getArg1();
                Expr b = notEquals.getArg2();
                if ((a.isVariable() && a.asVar().equals(predicate) && b.isConstant() && b.getConstant().isIRI())
                        || (b.isVariable() && b.asVar().equals(predicate) && a.isConstant() && a.getConstant().isIRI())) return true;
            }
        }
        return false;
    }

    /** A group of one triple (or, where {@code graph}, of one GRAPH of such a group) and FILTERs. */
    private static boolean oneTriple(Element element, boolean graph) {
        if (!(element instanceof ElementGroup group)) return false;
        List<Element> patterns = group.getElements().stream().filter(e -> !(e instanceof ElementFilter)).toList();
        if (patterns.size() != 1) return false;
        if (patterns.get(0) instanceof ElementNamedGraph named) return graph && oneTriple(named.getElement(), false);
        return patterns.get(0) instanceof ElementPathBlock block && block.getPattern().size() == 1 && block.getPattern().get(0).isTriple();
    }

    private void aggregator(Aggregator aggregator) {
        String name = aggregator.getClass().getSimpleName();
        if (name.equals("AggCount")) found.add(Feature.COUNT_STAR);
        else if (name.startsWith("AggCountVarDistinct") || name.equals("AggCountDistinct")) found.add(Feature.COUNT_DISTINCT);
        else if (name.startsWith("AggCount")) found.add(Feature.COUNT);
        else if (name.startsWith("AggSum")) found.add(Feature.SUM);
        else if (name.startsWith("AggAvg")) found.add(Feature.AVG);
        else if (name.startsWith("AggMin")) found.add(Feature.MIN);
        else if (name.startsWith("AggMax")) found.add(Feature.MAX);
        else if (name.startsWith("AggSample")) found.add(Feature.SAMPLE);
        else if (name.startsWith("AggGroupConcat")) {
            found.add(Feature.GROUP_CONCAT);
            if (aggregator.toString().contains("separator")) found.add(Feature.GROUP_CONCAT_SEPARATOR);
        }
    }

    /** {@code outer}: variables of the patterns around this one; {@code optional}: inside an OPTIONAL. */
    private void element(Element element, Set<Var> outer, boolean optional) {
        if (element instanceof ElementGroup group) {
            group(group, outer, optional);
        } else if (element instanceof ElementOptional opt) {
            optional(opt, outer, optional);
        } else if (element instanceof ElementUnion union) {
            found.add(Feature.UNION);
            union.getElements().forEach(e -> element(e, outer, optional));
        } else if (element instanceof ElementMinus minus) {
            found.add(Feature.MINUS);
            element(minus.getMinusElement(), outer, optional);
        } else if (element instanceof ElementNamedGraph graph) {
            graph(graph.getGraphNameNode());
            if (!readsTriples(graph.getElement())) found.add(Feature.GRAPH_OVER_NO_TRIPLES);
            graphs++;
            element(graph.getElement(), outer, optional);
            graphs--;
        } else if (element instanceof ElementSubQuery sub) {
            found.add(Feature.SUBQUERY);
            if (sub.getQuery().hasLimit()) found.add(Feature.SUBQUERY_WINDOW);
            query(sub.getQuery());
        } else {
            leaf(element, outer, optional);
        }
    }

    private void optional(ElementOptional opt, Set<Var> outer, boolean optional) {
        found.add(optional ? Feature.NESTED_OPTIONAL : Feature.OPTIONAL);
        found.add(Feature.OPTIONAL);
        Set<Var> inside = new HashSet<>(PatternVars.vars(opt.getOptionalElement()));
        if (opt.getOptionalElement() instanceof ElementGroup group) optionalGroup(group, outer);
        element(opt.getOptionalElement(), union(outer, inside), true);
    }

    /** Triple patterns, VALUES, FILTER and BIND: the elements with no group of their own (but EXISTS's). */
    private void leaf(Element element, Set<Var> outer, boolean optional) {
        if (element instanceof ElementPathBlock block) {
            block.getPattern().forEach(path -> PathFeatures.of(path.getPath(), found));
        } else if (element instanceof ElementData data) {
            values(data.getVars(), data.getRows());
        } else if (element instanceof ElementFilter filter) {
            found.add(Feature.FILTER);
            expression(filter.getExpr(), outer, optional);
        } else if (element instanceof ElementBind bind) {
            found.add(Feature.BIND);
            expression(bind.getExpr(), outer, optional);
        }
    }

    private void group(ElementGroup group, Set<Var> outer, boolean optional) {
        if (graphs > 0 && !readsTriples(group)) found.add(Feature.GRAPH_OVER_NO_TRIPLES);
        Set<Var> here = union(outer, new HashSet<>(PatternVars.vars(group)));
        Set<Var> fromOptionals = new HashSet<>();
        Set<Var> mandatory = new HashSet<>();
        for (Element element : group.getElements()) {
            if (element instanceof ElementBind bind && bind.getExpr().getVarsMentioned().stream().anyMatch(v -> fromOptionals.contains(v) && !mandatory.contains(v))) {
                found.add(Feature.BIND_OF_OPTIONAL);
            }
            if (element instanceof ElementOptional opt) fromOptionals.addAll(PatternVars.vars(opt.getOptionalElement()));
            else if (!(element instanceof ElementFilter)) mandatory.addAll(PatternVars.vars(element));
            element(element, here, optional);
        }
    }

    /** An OPTIONAL's own group: filters reading what only the left side binds, zero-length paths. */
    private void optionalGroup(ElementGroup group, Set<Var> outer) {
        Set<Var> own = new HashSet<>();
        for (Element element : group.getElements()) if (!(element instanceof ElementFilter)) own.addAll(PatternVars.vars(element));
        for (Element element : group.getElements()) {
            if (element instanceof ElementFilter filter && filter.getExpr().getVarsMentioned().stream().anyMatch(v -> outer.contains(v) && !own.contains(v))) {
                found.add(Feature.OPTIONAL_FILTER_READS_OUTER);
            }
            if (element instanceof ElementPathBlock block) {
                for (TriplePath path : block.getPattern()) {
                    if (path.getPath() instanceof P_ZeroOrMore1 || path.getPath() instanceof P_ZeroOrOne || path.getPath() instanceof P_Mod) {
                        found.add(Feature.OPTIONAL_ZERO_LENGTH_PATH);
                    }
                }
            }
        }
    }

    private void expression(Expr expr, Set<Var> outer, boolean optional) {
        if (expr instanceof E_Exists || expr instanceof E_NotExists) {
            found.add(expr instanceof E_Exists ? Feature.EXISTS : Feature.NOT_EXISTS);
            Element pattern = ((ExprFunctionOp) expr).getElement();
            if (PatternVars.vars(pattern).stream().anyMatch(outer::contains)) found.add(Feature.EXISTS_READS_OUTER);
            element(pattern, outer, optional);
        } else if (expr instanceof ExprFunction function && !(expr instanceof ExprAggregator)) {
            function.getArgs().forEach(arg -> expression(arg, outer, optional));
        }
    }

    /** Whether every solution of {@code element} matches a triple pattern of its own group. */
    private static boolean readsTriples(Element element) {
        if (element instanceof ElementPathBlock block) return !block.isEmpty();
        return element instanceof ElementGroup group && group.getElements().stream().anyMatch(FeatureScan::readsTriples);
    }

    private void graph(Node name) {
        if (name.isVariable()) found.add(Feature.GRAPH_VARIABLE);
        else found.add(inData.test(name) ? Feature.GRAPH_CONSTANT : Feature.GRAPH_ABSENT);
    }

    private void values(List<Var> vars, List<Binding> rows) {
        found.add(Feature.VALUES);
        if (rows.size() >= MANY_ROWS) found.add(Feature.VALUES_MANY_ROWS);
        for (Binding row : rows) {
            if (row.size() < vars.size()) found.add(Feature.VALUES_UNDEF);
            row.forEach((var, node) -> {
                if (!inData.test(node)) found.add(Feature.VALUES_ABSENT_TERM);
            });
        }
    }

    private static Set<Var> union(Collection<Var> a, Collection<Var> b) {
        Set<Var> union = new HashSet<>(a);
        union.addAll(b);
        return union;
    }
}
