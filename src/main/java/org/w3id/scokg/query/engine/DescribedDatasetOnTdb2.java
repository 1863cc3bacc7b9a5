package org.w3id.scokg.query.engine;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.solver.QueryEngineTDB;

/**
 * FROM and FROM NAMED on a TDB2 store whose default graph is the union of its named graphs (as
 * {@code serve --tdb2} serves it). TDB2 builds the dataset a query describes from the union then,
 * whatever graphs it names: {@code SELECT * FROM <g> { ?s ?p ?o }} read every graph, and a query
 * with only FROM NAMED read the union as its default graph, where SPARQL 1.1 (13.2) makes the
 * default graph the merge of the FROM graphs, and empty without them. The differential fuzzer found
 * it. A query that describes its dataset is planned here by TDB2's own engine with the union
 * setting off, so the dataset is built as the query says; every other query is TDB2's as before.
 * Installed per dataset through ARQ's query-engine registry by {@link SparqlEngine#configure}.
 */
final class DescribedDatasetOnTdb2 implements QueryEngineFactory {
    static final DescribedDatasetOnTdb2 FACTORY = new DescribedDatasetOnTdb2();

    private DescribedDatasetOnTdb2() {}

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return query.hasDatasetDescription() && context != null && context.isTrue(TDB2.symUnionDefaultGraph)
                && QueryEngineTDB.getFactory().accept(query, dataset, context);
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
        Context described = context.copy();
        described.set(TDB2.symUnionDefaultGraph, false);
        return QueryEngineTDB.getFactory().create(query, dataset, input, described);
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return false;
    }

    /** Never asked ({@link #accept(Op, DatasetGraph, Context)} is false): an algebra expression describes no dataset. */
    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
        return QueryEngineTDB.getFactory().create(op, dataset, input, context);
    }
}
