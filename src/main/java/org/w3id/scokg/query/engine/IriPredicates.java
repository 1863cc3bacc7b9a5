package org.w3id.scokg.query.engine;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterProcessBinding;

/**
 * The rows going into a basic graph pattern, less those that bind one of its predicate variables to
 * something other than an IRI. No triple has a literal or a blank node as its predicate, so such a
 * row matches nothing, as SPARQL says; but Jena 5.6.0 substitutes the row into the pattern and its
 * pattern reordering fails on a literal predicate ("Unidentified predicate", {@code StatsMatcher}),
 * failing the query (the differential fuzzer found it, in memory and on TDB2). Dropping the row first
 * gives the answer SPARQL defines.
 */
final class IriPredicates {
    private IriPredicates() {}

    /**
     * Whether {@code pattern} names a predicate that is no IRI: a literal that a row put there by
     * substitution (ARQ's OPTIONAL by substitution, a GRAPH evaluated name by name). No triple
     * matches it, and Jena's pattern reordering fails on it ("Unidentified predicate"; plain ARQ
     * too, where RDF4J answers).
     */
    static boolean matchesNothing(BasicPattern pattern) {
        return pattern.getList().stream().map(Triple::getPredicate).anyMatch(predicate -> predicate.isConcrete() && !predicate.isURI());
    }

    /** No rows: every row of {@code input} read and dropped, as a pattern that matches nothing does. */
    static QueryIterator none(QueryIterator input, ExecutionContext context) {
        return new QueryIterProcessBinding(input, context) {
            @Override
            public Binding accept(Binding row) {
                return null;
            }
        };
    }

    static QueryIterator only(BasicPattern pattern, QueryIterator input, ExecutionContext context) {
        List<Var> predicates = pattern.getList().stream().map(Triple::getPredicate).filter(Node::isVariable).map(Var::alloc).distinct().toList();
        if (predicates.isEmpty()) return input;
        return new QueryIterProcessBinding(input, context) {
            @Override
            public Binding accept(Binding row) {
                for (Var predicate : predicates) {
                    Node value = row.get(predicate);
                    if (value != null && !value.isURI()) return null;
                }
                return row;
            }
        };
    }
}
