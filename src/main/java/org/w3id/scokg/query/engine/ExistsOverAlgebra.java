package org.w3id.scokg.query.engine;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.graph.NodeTransform;
import org.apache.jena.sparql.graph.NodeTransformLib;

/**
 * Every EXISTS and NOT EXISTS of a plan as one that takes a row into its algebra only. Jena 5.6.0
 * substitutes a row into an EXISTS ({@code ExprFunctionOp.copySubstitute}) twice: into its algebra,
 * which is evaluated, and into its pattern written back as syntax ({@code OpAsQuery}), which is kept
 * for display only. Once the optimiser or TDB2's quad form has rewritten the pattern, writing it back
 * fails on what syntax cannot say: a top-N (ARQNotImplemented: OpTopN), the names of graphs
 * (OpDatasetNames), a GRAPH variable bound to a literal in TDB2's quad form (InternalErrorException
 * "Managed to turn an assigned variable"), each failing a query SPARQL answers; and it prints
 * "Expected (group), got filter" to standard output. Here the written-back pattern is never made
 * while a query runs; the answer is the one the algebra gives, as before. It is done before ARQ's
 * optimiser as well as after: the optimiser substitutes too, a FILTER's {@code ?x = "2005"} into the
 * pattern it filters ({@code TransformFilterEquality}), and an EXISTS there whose pattern it had
 * already planned as a top-N failed the query's planning in sco-kg's engine as in plain ARQ
 * ({@code GRAPH ?g { ?s ?p ?o FILTER(false || NOT EXISTS { SELECT ?x { ?x ?q ?y } ORDER BY ?x LIMIT
 * 1 }) } FILTER(?s = <a>)}; the differential fuzzer's seed 45, #3756, failed on both sides).
 *
 * <p>Not reached: the sort conditions of a top-N (ORDER BY with LIMIT, as ARQ's optimiser plans it),
 * which Jena's transformer does not visit; an EXISTS there keeps Jena's own substitution.
 */
final class ExistsOverAlgebra extends ExprTransformCopy {

    /** {@code op} with each EXISTS and NOT EXISTS in it (at any depth, top-N sort conditions apart) taking rows into its algebra only. */
    static Op rewrite(Op op) {
        return Transformer.transform(new TransformCopy(), new ExistsOverAlgebra(), op);
    }

    @Override
    public Expr transform(ExprFunctionOp function, ExprList args, Op pattern) {
        if (function instanceof E_NotExists) return new NotExists(pattern);
        if (function instanceof E_Exists) return new Exists(pattern);
        return super.transform(function, args, pattern);
    }

    private static final class Exists extends E_Exists {
        Exists(Op pattern) {
            super(pattern);
        }

        @Override
        public Expr copySubstitute(Binding row) {
            return new Exists(Substitute.substitute(getGraphPattern(), row));
        }

        @Override
        public Expr applyNodeTransform(NodeTransform transform) {
            return new Exists(NodeTransformLib.transform(transform, getGraphPattern()));
        }

        @Override
        public ExprFunctionOp copy(ExprList args, Op pattern) {
            return new Exists(pattern);
        }
    }

    private static final class NotExists extends E_NotExists {
        NotExists(Op pattern) {
            super(pattern);
        }

        @Override
        public Expr copySubstitute(Binding row) {
            return new NotExists(Substitute.substitute(getGraphPattern(), row));
        }

        @Override
        public Expr applyNodeTransform(NodeTransform transform) {
            return new NotExists(NodeTransformLib.transform(transform, getGraphPattern()));
        }

        @Override
        public ExprFunctionOp copy(ExprList args, Op pattern) {
            return new NotExists(pattern);
        }
    }
}
