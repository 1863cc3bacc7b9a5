package org.w3id.scokg.server.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionEnvBase;

/**
 * The rows of a named query's answer in the order its page's reader expects. The queries order by
 * English names (they ask for {@code "en"}), and a page in Russian or Chinese shows each name in
 * its own language: read in the query's order, the rows looked shuffled. Where a key of the
 * query's {@code ORDER BY} is a column of names (a variable whose every value is a literal with a
 * language), the rows are ordered by the names as the page shows them, in the collation of the
 * page's language (ICU's: Chinese by pinyin); every other key (a date, a number, a word of the
 * query's own, an IRI) orders as SPARQL orders it, in its place among the keys. Rows equal on
 * every key keep the query's order. A download in English keeps the query's order; one in Russian or
 * Chinese ({@code ?lang=}) comes in its page's ({@link AnswerNames}).
 */
final class ReaderOrder {
    private ReaderOrder() {}

    /**
     * {@code rows}, reordered where the query orders by a column of names; as they are where it
     * does not. {@code shown} gives the text a name is shown as, {@code collation} the language's order.
     */
    static List<Binding> of(Query query, List<Binding> rows, Function<Node, String> shown, Comparator<String> collation) {
        if (!query.hasOrderBy() || rows.size() < 2) return rows;
        List<SortCondition> conditions = query.getOrderBy();
        boolean[] names = new boolean[conditions.size()];
        Comparator<Object[]> order = null;
        for (int i = 0; i < names.length; i++) {
            Expr expr = conditions.get(i).getExpression();
            names[i] = expr.isVariable() && isNames(expr.asVar(), rows);
            Comparator<Object[]> key = names[i] ? byKey(i, collation) : byKey(i, NodeValue::compareAlways);
            if (conditions.get(i).getDirection() == Query.ORDER_DESCENDING) key = key.reversed();
            order = order == null ? key : order.thenComparing(key);
        }
        if (!contains(names)) return rows;
        // Each row's keys once (a name's words are looked up in the graph), then a stable sort:
        // rows equal on every key stay in the query's order.
        FunctionEnv env = new FunctionEnvBase();
        Map<Node, String> words = new HashMap<>();
        List<Keyed> keyed = new ArrayList<>(rows.size());
        for (Binding row : rows) {
            Object[] keys = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                Expr expr = conditions.get(i).getExpression();
                Node name = names[i] ? row.get(expr.asVar()) : null;
                keys[i] = names[i] ? (name == null ? null : words.computeIfAbsent(name, shown)) : value(expr, row, env);
            }
            keyed.add(new Keyed(row, keys));
        }
        Comparator<Object[]> byKeys = order;
        keyed.sort((a, b) -> byKeys.compare(a.keys(), b.keys()));
        return keyed.stream().map(Keyed::row).toList();
    }

    private record Keyed(Binding row, Object[] keys) {}

    private static boolean contains(boolean[] flags) {
        for (boolean flag : flags) if (flag) return true;
        return false;
    }

    /** By the {@code i}th key; a row without one (unbound, or an error) first, as SPARQL puts an unbound value first. */
    @SuppressWarnings("unchecked")
    private static <T> Comparator<Object[]> byKey(int i, Comparator<T> order) {
        return Comparator.comparing(keys -> (T) keys[i], Comparator.nullsFirst(order));
    }

    /** Whether every value of {@code v} is a literal with a language, and there is one at least. */
    private static boolean isNames(Var v, List<Binding> rows) {
        boolean any = false;
        for (Binding row : rows) {
            Node value = row.get(v);
            if (value == null) continue;
            if (!value.isLiteral() || value.getLiteralLanguage().isEmpty()) return false;
            any = true;
        }
        return any;
    }

    /** The key's value as SPARQL orders it (Jena's order for ORDER BY); none when it is an error. */
    private static NodeValue value(Expr expr, Binding row, FunctionEnv env) {
        try {
            return expr.eval(row, env);
        } catch (ExprEvalException e) {
            return null;
        }
    }
}
