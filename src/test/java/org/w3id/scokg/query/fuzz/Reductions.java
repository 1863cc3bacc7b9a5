package org.w3id.scokg.query.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Every query one edit smaller than a given one, for {@link Minimiser}: query-level edits first
 * (the form to SELECT *, no DISTINCT, REDUCED, ORDER BY key, LIMIT, OFFSET, HAVING, GROUP BY,
 * projected variable, FROM, trailing VALUES or half its rows), then the pattern's
 * ({@link ElementEdit}), sub-queries included. A candidate that no longer parses is left out.
 */
final class Reductions {
    private Reductions() {}

    static List<Query> of(Query query) {
        List<Query> candidates = new ArrayList<>();
        String text = query.toString();
        withoutTrailingValues(text, candidates);
        for (int target = 0;; target++) {
            Query copy = parse(text);
            Sites sites = new Sites(target);
            edit(copy, sites);
            if (!sites.applied()) return candidates;
            Query candidate = parseOrNull(copy);
            if (candidate != null) candidates.add(candidate);
        }
    }

    /** Makes the edit {@code sites} points at in {@code query}, a fresh copy, or in its pattern. */
    static void edit(Query query, Sites sites) {
        if (!query.isSelectType() && sites.here()) {
            query.setQuerySelectType();
            query.setQueryResultStar(true);
            return;
        }
        if (query.isDistinct() && sites.here()) query.setDistinct(false);
        if (query.isReduced() && sites.here()) query.setReduced(false);
        if (query.hasOrderBy()) {
            for (int i = 0; i < query.getOrderBy().size(); i++) {
                if (sites.here()) query.getOrderBy().remove(i);
            }
        }
        if (query.hasLimit() && sites.here()) query.setLimit(Query.NOLIMIT);
        if (query.hasOffset() && sites.here()) query.setOffset(Query.NOLIMIT);
        if (query.hasHaving() && sites.here()) query.getHavingExprs().clear();
        if (!query.getGroupBy().isEmpty() && sites.here()) query.getGroupBy().clear();
        projection(query, sites);
        graphs(query.getGraphURIs(), sites);
        graphs(query.getNamedGraphURIs(), sites);
        if (query.hasValues() && query.getValuesData().size() > 1) values(query, sites);
        if (query.getQueryPattern() != null) query.setQueryPattern(new ElementEdit(sites).element(query.getQueryPattern()));
    }

    private static void projection(Query query, Sites sites) {
        if (!query.isSelectType() || query.isQueryResultStar()) return;
        if (!query.hasAggregators() && sites.here()) {
            query.getProject().clear();
            query.setQueryResultStar(true);
            return;
        }
        List<Var> vars = new ArrayList<>(query.getProject().getVars());
        if (vars.size() < 2) return;
        for (Var var : vars) if (sites.here()) query.getProject().remove(var);
    }

    private static void graphs(List<String> names, Sites sites) {
        if (names == null) return;
        for (int i = 0; i < names.size(); i++) if (sites.here()) names.remove(i);
    }

    private static void values(Query query, Sites sites) {
        List<Binding> rows = query.getValuesData();
        List<Var> vars = query.getValuesVariables();
        if (sites.here()) query.setValuesDataBlock(vars, new ArrayList<>(rows.subList(0, rows.size() / 2)));
        else if (sites.here()) query.setValuesDataBlock(vars, new ArrayList<>(rows.subList(rows.size() / 2, rows.size())));
    }

    /** The query without its trailing VALUES, which Jena's Query cannot drop: it is printed last, unindented. */
    private static void withoutTrailingValues(String text, List<Query> candidates) {
        int values = text.lastIndexOf("\nVALUES ");
        if (values < 0) return;
        try {
            candidates.add(QueryFactory.create(text.substring(0, values + 1), Syntax.syntaxARQ));
        } catch (QueryException e) {
            // Not a trailing block after all.
        }
    }

    static Query parse(String text) {
        return QueryFactory.create(text, Syntax.syntaxARQ);
    }

    private static Query parseOrNull(Query edited) {
        try {
            return parse(edited.toString());
        } catch (QueryException | IllegalArgumentException | UnsupportedOperationException e) {
            return null;
        }
    }
}
