package org.w3id.scokg.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.vocab.SCO;

/**
 * The description query ({@code describe.rq}) makes the graph its plainest form makes ({@code
 * describe-reference.rq}, one branch per part, as it was until 6 December 2026), for the things of
 * the real graph most things link to and every hundredth other thing (on 6 December 2026 every one
 * of its 4,568 things compared the same, in a run outside the suite): the facts of a node that links to the
 * entity are taken once per node now, not once per type, label and link of it.
 */
class DescribeQueryTest {
    private static final Node DOCUMENT = NodeFactory.createURI(SCO.BASE + "doc/test");

    @Test
    void descriptions_are_the_graphs_of_the_plain_form() throws IOException {
        KnowledgeGraph graph = TestGraph.real();
        Query reference;
        try (InputStream in = DescribeQueryTest.class.getResourceAsStream("describe-reference.rq")) {
            reference = QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Descriptions descriptions = new Descriptions(graph, 60_000);
        List<String> different = new ArrayList<>();
        long start = System.nanoTime();
        int compared = graph.read(() -> {
            int count = 0;
            for (Node entity : things(graph)) {
                Graph described = descriptions.describe(entity, DOCUMENT);
                // The document's own triples (its type, topic, dataset and licence) are added after the query.
                List<Triple> own = described.find(DOCUMENT, Node.ANY, Node.ANY).toList();
                own.forEach(described::delete);
                Graph plain = QueryExec.graph(graph.union()).query(reference).substitution("entity", entity).construct();
                if (!described.isIsomorphicWith(plain)) different.add(entity.getURI() + ": " + described.size() + " triples, the plain form " + plain.size());
                count++;
            }
            return count;
        });
        System.out.printf("%d descriptions compared in %.1f s%n", compared, (System.nanoTime() - start) / 1e9);
        assertEquals(List.of(), different);
        assertTrue(compared > 40, "things compared: " + compared);
    }

    /** What most things link to, whose descriptions the plain form made slowest: China and the SCO. */
    private static final Set<String> LINKED_TO_MOST = Set.of("state/CN", "organization/SCO");

    /** The things {@link #LINKED_TO_MOST} and every hundredth other thing, in the order of their IRIs. */
    private static Set<Node> things(KnowledgeGraph graph) {
        Set<String> iris = new TreeSet<>();
        graph.union().find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(SCO.ID)) iris.add(t.getSubject().getURI());
        });
        Set<Node> chosen = new java.util.LinkedHashSet<>();
        int turn = 0;
        for (String iri : iris) {
            if (LINKED_TO_MOST.contains(iri.substring(SCO.ID.length())) || turn++ % 100 == 0) chosen.add(NodeFactory.createURI(iri));
        }
        return chosen;
    }
}
