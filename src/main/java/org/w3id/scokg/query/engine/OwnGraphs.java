package org.w3id.scokg.query.engine;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.core.Quad;

/**
 * A dataset as queries and Graph Store reads see it: its own graphs and no others. Jena's names for
 * the union and the default graph ({@code urn:x-arq:UnionGraph}, {@code urn:x-arq:DefaultGraph},
 * {@code urn:x-arq:DefaultGraphNode}) name no graph of it, so {@code GRAPH} with one as a constant
 * matches nothing and a Graph Store read of one finds nothing (404), as for any IRI the dataset does
 * not hold; a graph it does not hold is empty, never created (creating one inside a query's read
 * transaction fails). A view ({@link DatasetGraphWrapperView}), so that ARQ queries it and does not
 * unwrap it to query the dataset underneath ({@code QueryEngineFactoryWrapper}).
 *
 * <p>Jena gives those names their meaning in two places a query reaches: the dataset's {@code
 * getGraph} (ARQ's {@code GRAPH} evaluation asks it for them without asking whether it holds them),
 * overridden here; and {@link DynamicDatasets}, which reads them in FROM and FROM NAMED without asking
 * the dataset at all, so {@link #described} leaves them out of a description before Jena builds its
 * dataset.
 */
public final class OwnGraphs extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    public OwnGraphs(DatasetGraph dataset) {
        super(dataset);
    }

    /** Whether {@code name} is one of Jena's own names for the union or the default graph. */
    public static boolean isJenasName(Node name) {
        return Quad.isUnionGraph(name) || Quad.isDefaultGraph(name);
    }

    @Override
    public boolean containsGraph(Node name) {
        return !isJenasName(name) && getR().containsGraph(name);
    }

    @Override
    public Graph getGraph(Node name) {
        return containsGraph(name) ? getR().getGraph(name) : Graph.emptyGraph;
    }

    /**
     * The dataset {@code description} (a query's FROM and FROM NAMED, or the protocol's {@code
     * default-graph-uri} and {@code named-graph-uri}) picks from {@code dataset}, as Jena builds it
     * ({@link DynamicDatasets}), but that Jena's names pick nothing: as FROM of an IRI the dataset
     * does not hold, they add nothing to the default graph, and as FROM NAMED no graph at all, so
     * {@code GRAPH ?g} never binds {@code ?g} to one. {@code dataset} itself when the description is
     * empty.
     */
    public static DatasetGraph described(DatasetGraph dataset, DatasetDescription description) {
        if (description == null || description.isEmpty()) return dataset;
        return new OwnGraphs(DynamicDatasets.dynamicDataset(own(description.getDefaultGraphURIs()), own(description.getNamedGraphURIs()), dataset, false));
    }

    /** Whether {@code dataset} is the part of a dataset a FROM or FROM NAMED picked, by {@link #described} or by Jena itself. */
    public static boolean isDescribed(DatasetGraph dataset) {
        DatasetGraph picked = dataset instanceof OwnGraphs own ? own.getR() : dataset;
        return picked instanceof DynamicDatasets.DynamicDatasetGraph;
    }

    private static Collection<Node> own(List<String> iris) {
        Collection<Node> names = new LinkedHashSet<>();
        iris.stream().map(NodeFactory::createURI).filter(name -> !isJenasName(name)).forEach(names::add);
        return names;
    }
}
