package org.w3id.scokg.server.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.publish.CanonicalOrder;
import org.w3id.scokg.publish.DatasetDescription;
import org.w3id.scokg.vocab.Prefixes;
import org.w3id.scokg.vocab.SCO;
import org.w3id.scokg.vocab.VOID;

/**
 * The description of one entity, read from the built graph with {@code describe.rq}, within a
 * deadline: the query is the server's own and reads from the indexes, but an entity many things
 * link to is described with all of them, so its time grows with the graph; past the deadline it is
 * stopped ({@link org.apache.jena.query.QueryCancelledException}) as a SPARQL query is.
 */
final class Descriptions {
    private static final Query DESCRIBE = QueryFactory.create(resource("describe.rq"));
    static final Node LICENSE = NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/");

    private final KnowledgeGraph graph;
    private final long timeoutMillis;

    Descriptions(KnowledgeGraph graph, long timeoutMillis) {
        this.graph = graph;
        this.timeoutMillis = timeoutMillis;
    }

    /** True when the graph says anything about the entity. */
    boolean exists(Node entity) {
        return graph.union().contains(entity, Node.ANY, Node.ANY);
    }

    /** The entity's description, with the document's own metadata. */
    Graph describe(Node entity, Node document) {
        Graph described = QueryExec.graph(graph.union()).query(DESCRIBE).substitution("entity", entity).timeout(timeoutMillis, TimeUnit.MILLISECONDS).construct();
        described.add(document, RDF.type.asNode(), FOAF.Document.asNode());
        described.add(document, FOAF.primaryTopic.asNode(), entity);
        described.add(document, VOID.inDataset, DatasetDescription.DATASET);
        described.add(document, DCTerms.license.asNode(), LICENSE);
        // In the dumps' canonical order, not the graph's: Jena's writers keep the order they are given,
        // and a TDB2 store gives its triples in another order than the memory graph: the same
        // description would be other bytes, with another ETag, on serve --tdb2.
        Graph description = CanonicalOrder.canonical(described);
        description.getPrefixMapping().clearNsPrefixMap().setNsPrefixes(described.getPrefixMapping()).setNsPrefixes(Prefixes.STANDARD).setNsPrefix("id", SCO.ID);
        return description;
    }

    /**
     * The description as a dataset, for the syntaxes that name graphs (TriG, N-Quads): each triple
     * in every named graph of the built dataset that holds it ({@code graph/data},
     * {@code graph/provenance}, {@code graph/inferred}, {@code graph/ontology}, as the dumps' TriG and
     * N-Quads have them), so that an entailment reads as one; the document's own triples (its topic,
     * licence and dataset), which no graph of the dataset holds, in the default graph.
     */
    DatasetGraph inGraphs(Graph description) {
        List<Node> names = new ArrayList<>();
        graph.dataset().listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::getURI));
        DatasetGraph quads = DatasetGraphFactory.createGeneral();
        description.getPrefixMapping().getNsPrefixMap().forEach(quads.prefixes()::add);
        description.find().forEachRemaining(triple -> {
            boolean held = false;
            for (Node name : names) {
                if (graph.dataset().getGraph(name).contains(triple)) {
                    quads.add(name, triple.getSubject(), triple.getPredicate(), triple.getObject());
                    held = true;
                }
            }
            if (!held) quads.getDefaultGraph().add(triple);
        });
        return quads;
    }

    private static String resource(String name) {
        try (InputStream in = Descriptions.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
