package org.w3id.scokg.server.sparql;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.w3id.scokg.query.engine.OwnGraphs;

/**
 * Fuseki's Graph Store read, unchanged but for the dataset it reads: a view that stops the read
 * once {@link GraphStoreReads} has stopped it (at the deadline, or when its client went away), at
 * the next triple or quad read. {@link GraphStoreReads} stops it too at the next write; this
 * stops the writers that build their answer in memory before they write (JSON-LD, RDF/XML) while
 * they read. In it Jena's names for the union and the default graph name no graph ({@link
 * OwnGraphs}), so {@code ?graph=urn:x-arq:UnionGraph} is a 404 as any graph the dataset does not hold
 * (SPARQL 1.1 Graph Store Protocol 5.6; Fuseki answers the union with a 200), on a TDB2 store
 * too. Fuseki's extension point: {@code decideDataset}.
 */
final class GraphStoreRead extends GSP_R {
    /**
     * Fuseki's refusals of a read, as the query service's are ({@link PublicQueryService}): one
     * sentence cut at its length. "No such graph: <...>" quotes the graph asked for, and a name of
     * 7,000 letters would go out whole, a 404 of 7,022 bytes.
     */
    @Override
    protected void executeLifecycle(HttpAction action) {
        PublicQueryService.inOneSentence(action, () -> super.executeLifecycle(action));
    }

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        DatasetGraph dataset = own(super.decideDataset(action));
        Runnable check = GraphStoreReads.check(action.getRequest());
        return check == null ? dataset : new Checked(dataset, check);
    }

    private static DatasetGraph own(DatasetGraph dataset) {
        if (dataset instanceof OwnGraphs) return dataset;
        return new OwnGraphs(dataset.getContext().isTrue(TDB2.symUnionDefaultGraph) ? new UnionAsDefault(dataset) : dataset);
    }

    /**
     * A TDB2 store whose union is the SPARQL default graph, with that union as its default graph for
     * {@code ?default} too: TDB2's own default graph is empty, so {@code /sparql?default} would answer
     * no triples with a 200 on {@code serve --tdb2}, where in memory (and in a SPARQL query on
     * either) the default graph is the union of the four graphs.
     */
    private static final class UnionAsDefault extends DatasetGraphWrapper {
        UnionAsDefault(DatasetGraph store) {
            super(store);
        }

        @Override
        public Graph getDefaultGraph() {
            return super.getUnionGraph();
        }
    }

    /** The dataset, each of whose triples and quads is read after {@code check} has run. */
    private static final class Checked extends DatasetGraphWrapper {
        private final Runnable check;

        Checked(DatasetGraph dataset, Runnable check) {
            super(dataset);
            this.check = check;
        }

        private <T> Iterator<T> checked(Iterator<T> items) {
            return Iter.map(items, item -> {
                check.run();
                return item;
            });
        }

        @Override
        public Iterator<Quad> find() {
            return checked(super.find());
        }

        @Override
        public Iterator<Quad> find(Quad quad) {
            return checked(super.find(quad));
        }

        @Override
        public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
            return checked(super.find(g, s, p, o));
        }

        @Override
        public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
            return checked(super.findNG(g, s, p, o));
        }

        @Override
        public Graph getDefaultGraph() {
            return new CheckedGraph(super.getDefaultGraph(), check);
        }

        @Override
        public Graph getUnionGraph() {
            return new CheckedGraph(super.getUnionGraph(), check);
        }

        @Override
        public Graph getGraph(Node name) {
            return new CheckedGraph(super.getGraph(name), check);
        }
    }

    /** A graph each of whose triples is read after {@code check} has run. */
    private static final class CheckedGraph extends GraphWrapper {
        private final Runnable check;

        CheckedGraph(Graph graph, Runnable check) {
            super(graph);
            this.check = check;
        }

        @Override
        public ExtendedIterator<Triple> find(Triple pattern) {
            return checked(super.find(pattern));
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            return checked(super.find(s, p, o));
        }

        private ExtendedIterator<Triple> checked(ExtendedIterator<Triple> triples) {
            return triples.mapWith(triple -> {
                check.run();
                return triple;
            });
        }
    }
}
