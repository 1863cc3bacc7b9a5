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
     * In memory it is a copy in plain graphs: the graph does not change while it is queried, and a
     * materialised union answers large queries about twice as fast as a union view; it is queried
     * with {@link SparqlExecutor}. A TDB2 store is served as it is, showing its union as the
     * default graph by its own setting.
     */
    public DatasetGraph sparqlDataset() {
        if (org.apache.jena.tdb2.sys.TDBInternal.isTDB2(dataset)) return dataset;
        DatasetGraph copy = read(() -> {
            DatasetGraph plain = DatasetGraphFactory.create(copyOf(dataset.getUnionGraph()));
            dataset.listGraphNodes().forEachRemaining(name -> plain.addGraph(name, copyOf(dataset.getGraph(name))));
            return plain;
        });
        SparqlExecutor.install(copy.getContext());
        // A graph the dataset does not hold (FROM NAMED <elsewhere>) is empty, never created.
        return new org.apache.jena.sparql.core.DatasetGraphWrapper(copy) {
            @Override
            public Graph getGraph(Node name) {
                return copy.containsGraph(name) ? copy.getGraph(name) : Graph.emptyGraph;
            }
        };
    }

    private static Graph copyOf(Graph graph) {
        Graph copy = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        graph.find().forEachRemaining(copy::add);
        return copy;
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
