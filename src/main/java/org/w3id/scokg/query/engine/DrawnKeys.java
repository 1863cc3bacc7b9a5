package org.w3id.scokg.query.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterAssign;
import org.apache.jena.sparql.engine.iterator.QueryIterConvert;
import org.apache.jena.sparql.expr.E_Call;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.Unstable;
import org.w3id.scokg.query.functions.FunctionLibrary;

/**
 * Sort keys that draw a new value each time they are evaluated ({@code ORDER BY RAND()}, {@code
 * UUID()}, {@code STRUUID()}, {@code BNODE()}, a function that is not pure) drawn once per solution:
 * each is bound to a variable of its own before the sort, the sort reads that variable, and the
 * variable is removed from the sorted solutions, which leave as they came.
 *
 * <p>A sort needs each solution's key to stay the same while it sorts. Jena's comparator evaluates
 * the keys on every comparison, and {@link OrderByKeys} keeps them for at most {@value
 * OrderByKeys#REMEMBERED} solutions: past them a drawn key was drawn again, the order contradicted
 * itself, and Java's sort failed with "Comparison method violates its general contract!". {@code
 * SELECT ?s { ?s ?p ?o } ORDER BY RAND()} over the graph's 19,587 triples twelve times over answered
 * 500 with a stack trace in the log; plain ARQ fails the same way. A key drawn once per solution is
 * what SPARQL describes (the expression evaluated for each solution) and what a random sample
 * ({@code ORDER BY RAND() LIMIT 10}) needs.
 */
final class DrawnKeys {
    private final VarExprList drawn;
    private final List<SortCondition> conditions;

    private DrawnKeys(VarExprList drawn, List<SortCondition> conditions) {
        this.drawn = drawn;
        this.conditions = conditions;
    }

    /** The drawn keys of {@code conditions}, or null when no key draws anew. */
    static DrawnKeys of(List<SortCondition> conditions) {
        if (conditions.stream().noneMatch(c -> draws(c.getExpression()))) return null;
        Set<Var> mentioned = new HashSet<>();
        conditions.forEach(c -> mentioned.addAll(c.getExpression().getVarsMentioned()));
        VarExprList drawn = new VarExprList();
        List<SortCondition> sorted = new ArrayList<>();
        for (SortCondition condition : conditions) {
            if (!draws(condition.getExpression())) {
                sorted.add(condition);
                continue;
            }
            Var key = fresh(mentioned);
            drawn.add(key, condition.getExpression());
            sorted.add(new SortCondition(new ExprVar(key), condition.getDirection()));
        }
        return new DrawnKeys(drawn, List.copyOf(sorted));
    }

    /** The conditions to sort by: the drawn keys replaced by their variables. */
    List<SortCondition> conditions() {
        return conditions;
    }

    /** {@code rows}, each with its drawn keys bound (a key in error is left unbound, as a sort takes an error). */
    QueryIterator bind(QueryIterator rows, ExecutionContext context) {
        return new QueryIterAssign(rows, drawn, context, false);
    }

    /** {@code sorted}, the drawn keys' variables removed again. */
    QueryIterator unbind(QueryIterator sorted, ExecutionContext context) {
        return new QueryIterConvert(sorted, this::without, context);
    }

    private Binding without(Binding row) {
        BindingBuilder kept = Binding.builder();
        row.forEach((var, value) -> {
            if (!drawn.contains(var)) kept.add(var, value);
        });
        return kept.build();
    }

    /**
     * A variable no query names: a name of letters and digits (Jena's spill files write the
     * variables of every row and read back only names that SPARQL allows), random, and not one of
     * {@code taken}.
     */
    private static Var fresh(Set<Var> taken) {
        Var var;
        do {
            var = Var.alloc("scokgDrawnKey" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1));
        } while (!taken.add(var));
        return var;
    }

    /** True when {@code expr} calls something that may give another value each time it is called. */
    static boolean draws(Expr expr) {
        if (!(expr instanceof ExprFunction f)) return false;
        if (f instanceof Unstable || f instanceof E_Call) return true;
        if (f instanceof E_Function function && !FunctionLibrary.pure(function.getFunctionIRI())) return true;
        String named = FunctionLibrary.calledByName(f);
        if (named != null && (named.isEmpty() || !FunctionLibrary.pure(named))) return true;
        return f.getArgs().stream().anyMatch(DrawnKeys::draws);
    }
}
