package org.w3id.scokg.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.TemplateLib;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.project.ProjectFiles;

/**
 * The declarative mapping of one table: a SPARQL CONSTRUCT query run once per row, with each
 * non-empty cell bound to the variable named after its column (a plain string). A header line
 * {@code # list: col1 col2} names columns whose cells hold several values separated by ';'; the
 * query then runs once per combination of their values. A header line {@code # own: col ...} names
 * the columns whose facts are sco-kg's own statements (an editorial note, a replaced key), not a
 * source's: their triples cite sco-kg itself, unless the row names a source of its own for the
 * column ({@code note_source}, {@code note_quote}, {@code note_confidence}): then they cite that, as
 * any column's do. A header line {@code # own-predicates: skos:inScheme
 * ...} names the properties (prefixed as in the query) whose triples are sco-kg's own whatever the
 * row: a place in sco-kg's own scheme, which no source of the row states.
 */
public final class Mapping {
    private static final Pattern LIST_LINE = Pattern.compile("(?m)^#\\s*list:\\s*(.+)$");
    private static final Pattern OWN_LINE = Pattern.compile("(?m)^#\\s*own:\\s*(.+)$");
    private static final Pattern OWN_PREDICATES_LINE = Pattern.compile("(?m)^#\\s*own-predicates:\\s*(.+)$");
    private static final Graph EMPTY = GraphFactory.createGraphMem();

    private final String file;
    private final Query query;
    private final Set<String> listColumns;
    private final Set<String> ownColumns;
    private final Set<org.apache.jena.graph.Node> ownPredicates;
    /** The query's pattern, planned once: every row is evaluated with its cells as the plan's input. */
    private final Op plan;
    /** Variables the query binds itself (BIND, VALUES), which no column may also bind. */
    private final Set<Var> bound;

    private Mapping(String file, Query query, Set<String> listColumns, Set<String> ownColumns, Set<org.apache.jena.graph.Node> ownPredicates) {
        this.file = file;
        this.query = query;
        this.listColumns = listColumns;
        this.ownColumns = ownColumns;
        this.ownPredicates = ownPredicates;
        this.plan = RememberedIris.in(Algebra.optimize(Algebra.compile(query)));
        this.bound = boundByQuery(query);
    }

    private static Set<Var> boundByQuery(Query query) {
        Set<Var> vars = new HashSet<>();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementBind el) {
                vars.add(el.getVar());
            }

            @Override
            public void visit(ElementData el) {
                vars.addAll(el.getVars());
            }
        });
        return vars;
    }

    /** Parses a mapping file; a syntax error is reported with its line and column. */
    public static Mapping read(Path path, String display) {
        String text = ProjectFiles.readUtf8(path, display);
        Query query = ProjectFiles.parseQuery(text, display);
        if (!query.isConstructType()) {
            throw new InputException(Location.file(display), "a mapping must be a CONSTRUCT query");
        }
        Set<org.apache.jena.graph.Node> ownPredicates = new HashSet<>();
        for (String name : columns(OWN_PREDICATES_LINE, text)) {
            String iri = query.getPrefixMapping().expandPrefix(name);
            if (iri.equals(name)) throw new InputException(Location.file(display), "own-predicates: '" + name + "' is not a prefixed name of the query's prefixes");
            ownPredicates.add(org.apache.jena.graph.NodeFactory.createURI(iri));
        }
        return new Mapping(display, query, columns(LIST_LINE, text), columns(OWN_LINE, text), Set.copyOf(ownPredicates));
    }

    private static Set<String> columns(Pattern line, String text) {
        Matcher header = line.matcher(text);
        return header.find() ? Set.of(header.group(1).trim().split("\\s+")) : Set.of();
    }

    /** The columns whose facts are sco-kg's own statements. */
    public Set<String> ownColumns() {
        return ownColumns;
    }

    /** The properties whose triples are sco-kg's own statements in every row. */
    public Set<org.apache.jena.graph.Node> ownPredicates() {
        return ownPredicates;
    }


    /** Runs the CONSTRUCT query in {@code path} over {@code graph}. */
    public static Graph construct(Path path, String display, Graph graph) {
        Query query = ProjectFiles.parseQuery(ProjectFiles.readUtf8(path, display), display);
        if (!query.isConstructType()) throw new InputException(Location.file(display), "expected a CONSTRUCT query");
        return QueryExec.graph(graph).query(query).construct();
    }

    /** The triples of one row, given extra bindings the build computed for it (such as ?derivedFrom). */
    public Graph apply(Table.Row row, Binding extra) {
        Graph out = GraphFactory.createGraphMem();
        for (Binding binding : bindings(row, extra)) construct(binding, out);
        return out;
    }

    /** The triples of a query bound by the build itself, not by a row. */
    public Graph apply(Binding binding) {
        Graph out = GraphFactory.createGraphMem();
        construct(binding, out);
        return out;
    }

    /**
     * The CONSTRUCT's triples for one binding, as running the query with the binding substituted
     * for its variables gives them, from the plan made once: planning per row was most of the build.
     */
    private void construct(Binding binding, Graph out) {
        binding.vars().forEachRemaining(var -> {
            if (bound.contains(var)) {
                throw new InputException(Location.file(file), "a column's variable is also bound in the query: ?" + var.getVarName());
            }
        });
        QueryIterator rows = QC.execute(plan, binding, ExecutionContext.createForGraph(EMPTY));
        try {
            TemplateLib.calcTriples(query.getConstructTemplate().getTriples(), rows).forEachRemaining(t -> {
                if (t.isConcrete()) out.add(t);
            });
        } finally {
            rows.close();
        }
    }

    private List<Binding> bindings(Table.Row row, Binding extra) {
        List<Binding> combos = new ArrayList<>();
        BindingBuilder first = Binding.builder(extra);
        combos.add(first.build());
        for (var cell : row.cells().entrySet()) {
            List<String> values = listColumns.contains(cell.getKey())
                    ? List.of(cell.getValue().split("\\s*;\\s*"))
                    : List.of(cell.getValue());
            List<Binding> next = new ArrayList<>();
            for (Binding combo : combos) {
                for (String value : values) {
                    if (value.isEmpty()) continue;
                    next.add(Binding.builder(combo).add(Var.alloc(cell.getKey()), NodeFactory.createLiteralString(value)).build());
                }
            }
            combos = next;
        }
        return combos;
    }

}
