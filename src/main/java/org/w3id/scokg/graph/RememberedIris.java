package org.w3id.scokg.graph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_IRI;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * A mapping's plan in which every {@code IRI(...)} remembers the IRIs it has made: a mapping makes
 * the same IRIs row after row (a state's, an instrument's, and each row's own again for every
 * column whose claims are found by mapping the row without it), and ARQ's IRI() parses and checks
 * each one anew with jena-iri, which was a third of mapping the tables at x100 in a JFR profile.
 * What IRI() makes of a value depends only on the value and the base, which are the same for every
 * row of a mapping, so a remembered IRI is the one IRI() would make again. A value IRI() refuses is
 * not remembered: it is refused again, as it was.
 */
final class RememberedIris {
    private RememberedIris() {}

    /** {@code plan} with each one-argument {@code IRI()} replaced by one that remembers. */
    static Op in(Op plan) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunction1 func, Expr arg) {
                if (func.getClass() == E_IRI.class) return new RememberedIri(((E_IRI) func).getParserBase(), arg);
                return super.transform(func, arg);
            }
        }, plan);
    }

    /** IRI(expr), its answers kept by the value of expr. Rows are mapped side by side, so the map is concurrent. */
    private static final class RememberedIri extends E_IRI {
        private final Map<Node, NodeValue> made = new ConcurrentHashMap<>();

        RememberedIri(String parserBase, Expr relExpr) {
            super(parserBase, relExpr);
        }

        @Override
        protected NodeValue evalSpecial(Binding binding, FunctionEnv env) {
            Node value = getRelExpr().eval(binding, env).asNode();
            NodeValue iri = made.get(value);
            if (iri == null) {
                // The argument is evaluated again here, once per distinct value.
                iri = super.evalSpecial(binding, env);
                made.put(value, iri);
            }
            return iri;
        }

        @Override
        public Expr copy(Expr expr) {
            return new RememberedIri(getParserBase(), expr);
        }
    }
}
