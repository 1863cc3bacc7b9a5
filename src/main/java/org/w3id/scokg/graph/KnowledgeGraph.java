package org.w3id.scokg.graph;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.mem2.GraphMem2Roaring;
import org.apache.jena.mem2.IndexingStrategy;
import org.apache.jena.sparql.core.DatasetGraph;
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
     *
     * <p>The copy is Jena's {@link GraphMem2Roaring}, not the default {@code GraphMem2Fast}: it finds
     * the triples of a pattern with two terms bound ({@code ?act sco:actor ?state} from a bound
     * {@code ?act}) by intersecting bitmaps of each term's triples instead of filtering one term's
     * triples, which made joins at x100 up to six times faster (docs/performance.md) for about a
     * quarter more heap than the default graph (123 MiB against 99 MiB at x100). Its index is made
     * once all triples are in, on every core, and never changes after, so concurrent reads are safe.
     */
    public static Graph copyOfUnion(DatasetGraph quads) {
        GraphMem2Roaring copy = new GraphMem2Roaring(IndexingStrategy.MANUAL);
        quads.listGraphNodes().forEachRemaining(name -> quads.getGraph(name).find().forEachRemaining(copy::add));
        copy.initializeIndexParallel();
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
