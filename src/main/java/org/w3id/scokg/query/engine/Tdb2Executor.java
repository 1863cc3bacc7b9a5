package org.w3id.scokg.query.engine;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDatasetNames;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterRepeatApply;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's executor with the repairs {@link SparqlExecutor} makes in memory: a hash join's table is
 * built when the join is made, so closing a join never read does not fail (a NullPointerException
 * in Jena 5.6.0); and a row binding a predicate to a literal goes no further into a pattern ({@link
 * IriPredicates}); and the names of graphs are listed for every input row. Everything else is TDB2's. Installed on a TDB2 store by {@link
 * SparqlEngine#forQueries}.
 */
final class Tdb2Executor extends OpExecutorTDB2 {
    static final OpExecutorFactory FACTORY = Tdb2Executor::new;

    private Tdb2Executor(ExecutionContext context) {
        super(context);
    }

    @Override
    protected QueryIterator execute(OpBGP pattern, QueryIterator input) {
        return super.execute(pattern, IriPredicates.only(pattern.getPattern(), input, execCxt));
    }

    @Override
    protected QueryIterator execute(OpQuadPattern pattern, QueryIterator input) {
        return super.execute(pattern, IriPredicates.only(pattern.getBasicPattern(), input, execCxt));
    }

    /**
     * The names of the dataset's graphs ({@code GRAPH ?g {}} in quad form), for each input row: TDB2's
     * own evaluation dropped the input row's values (after a pattern before it, one row per graph
     * came back, without the pattern's values), and on a dataset that is not TDB2's own (FROM NAMED)
     * ARQ has none (ARQNotImplemented).
     */
    @Override
    protected QueryIterator execute(OpDatasetNames names, QueryIterator input) {
        DatasetGraph dataset = execCxt.getDataset();
        return new QueryIterRepeatApply(input, execCxt) {
            @Override
            protected QueryIterator nextStage(Binding row) {
                Node name = Substitute.substitute(names.getGraphNode(), row);
                Iterator<Binding> rows;
                if (name instanceof Var variable) rows = Iter.map(dataset.listGraphNodes(), graph -> BindingFactory.binding(row, variable, graph));
                else rows = (name.isURI() || name.isBlank()) && dataset.containsGraph(name) ? Iter.singletonIterator(row) : Iter.nullIterator();
                return QueryIterPlainWrapper.create(rows, execCxt);
            }
        };
    }

    @Override
    protected QueryIterator execute(OpJoin join, QueryIterator input) {
        return SparqlExecutor.built(super.execute(join, input));
    }

    @Override
    protected QueryIterator execute(OpLeftJoin leftJoin, QueryIterator input) {
        return SparqlExecutor.built(super.execute(leftJoin, input));
    }
}
