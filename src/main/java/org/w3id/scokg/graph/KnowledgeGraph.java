package org.w3id.scokg.graph;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.scokg.project.Location;
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
     * A copy of the union of {@code quads}' named graphs in one plain in-memory graph, which drops
     * repeats as they are added: each graph is copied in turn, in the order the union view reads
     * them, so the copy is made by the same additions in the same order as a copy of the view, and
     * is the same graph, its triples found in the same order. Reading the view drops the repeats
     * through a set of every triple it has given, which took half of the copy's time (x100: 1.6
     * million triples).
     */
    public static Graph copyOfUnion(DatasetGraph quads) {
        Graph copy = GraphFactory.createGraphMem();
        quads.listGraphNodes().forEachRemaining(name -> quads.getGraph(name).find().forEachRemaining(copy::add));
        return copy;
    }

    /** Runs {@code read} inside a read transaction on the dataset (a TDB2 store needs one). */
    public <T> T read(Supplier<T> read) {
        return dataset.isInTransaction() ? read.get() : Txn.calculateRead(dataset, read);
    }

    /** Where a node was defined: its row, or the file that holds it. */
    public Location originOf(Node subject, String fallbackFile) {
        Table.Row row = origins.get(subject);
        return row == null ? Location.file(fallbackFile) : row.at(null);
    }
}
