package org.w3id.scokg.build;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.scokg.vocab.SCO;

/**
 * The built graph: the dataset with its four named graphs (ontology, data, provenance, inferred),
 * and for every subject the table row it came from, so that later checks can say where to look.
 */
public record KnowledgeGraph(DatasetGraph dataset, Map<Node, Table.Row> origins) {

    public Graph ontology() {
        return dataset.getGraph(SCO.GRAPH_ONTOLOGY);
    }

    public Graph data() {
        return dataset.getGraph(SCO.GRAPH_DATA);
    }

    public Graph provenance() {
        return dataset.getGraph(SCO.GRAPH_PROVENANCE);
    }

    public Graph inferred() {
        return dataset.getGraph(SCO.GRAPH_INFERRED);
    }

    /** The union of the four graphs, as the SPARQL default graph shows it. */
    public Graph union() {
        return dataset.getUnionGraph();
    }

    /**
     * The dataset as SPARQL sees it: the four named graphs, and their union as the default graph.
     * A view over the same graphs, nothing copied.
     */
    public DatasetGraph sparqlDataset() {
        // A TDB2 store shows its union as the default graph by its own setting.
        if (org.apache.jena.tdb2.sys.TDBInternal.isTDB2(dataset)) return dataset;
        DatasetGraph view = DatasetGraphFactory.create(dataset.getUnionGraph());
        dataset.listGraphNodes().forEachRemaining(name -> view.addGraph(name, dataset.getGraph(name)));
        // A graph the dataset does not hold (FROM NAMED <elsewhere>) is empty, never created.
        return new org.apache.jena.sparql.core.DatasetGraphWrapper(view) {
            @Override
            public Graph getGraph(Node name) {
                return view.containsGraph(name) ? view.getGraph(name) : Graph.emptyGraph;
            }
        };
    }

    /** Runs {@code read} inside a read transaction on the dataset (a TDB2 store needs one). */
    public <T> T read(java.util.function.Supplier<T> read) {
        return dataset.isInTransaction() ? read.get() : org.apache.jena.system.Txn.calculateRead(dataset, read);
    }

    /** Where a node was defined: its row, or the file that holds it. */
    public Location originOf(Node subject, String fallbackFile) {
        Table.Row row = origins.get(subject);
        return row == null ? Location.file(fallbackFile) : row.at(null);
    }
}
