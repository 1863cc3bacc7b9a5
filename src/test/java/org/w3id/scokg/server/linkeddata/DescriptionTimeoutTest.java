package org.w3id.scokg.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.server.web.MovedKeys;
import org.w3id.scokg.server.web.PublicUrls;
import org.w3id.scokg.vocab.SCO;

/**
 * A description stopped at the timeout answers 503 with Retry-After and one sentence, over HTTP; asked
 * again within the Retry-After, it answers 503 at once instead of taking a whole timeout again. The
 * servlet is served by a real Jetty on a free port, over a graph with an entity 100,000 things
 * link to, and a timeout of 1 s.
 */
class DescriptionTimeoutTest {
    private static final long TIMEOUT_MILLIS = 1_000;

    @Test
    void a_description_past_the_timeout_answers_503_and_is_not_made_again_at_once() throws Exception {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        Node hub = NodeFactory.createURI(SCO.ID + "organization/hub");
        Node link = NodeFactory.createURI(SCO.NS + "linksTo");
        dataset.add(SCO.GRAPH_DATA, hub, RDF.type.asNode(), NodeFactory.createURI(SCO.NS + "Organization"));
        for (int i = 0; i < 100_000; i++) {
            Node thing = NodeFactory.createURI(SCO.ID + "act/a" + i);
            dataset.add(SCO.GRAPH_DATA, thing, link, hub);
            dataset.add(SCO.GRAPH_DATA, thing, RDF.type.asNode(), NodeFactory.createURI(SCO.NS + "Act"));
            dataset.add(SCO.GRAPH_DATA, thing, RDFS.label.asNode(), NodeFactory.createLiteralString("act " + i));
        }
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        KnowledgeGraph graph = new KnowledgeGraph(dataset, Map.of());
        context.addServlet(new ServletHolder(new LinkedDataServlet(graph, new PublicUrls(null), TIMEOUT_MILLIS, new MovedKeys(graph.union()))), "/*");
        jetty.setHandler(context);
        jetty.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            URI turtle = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/doc/organization/hub.ttl");
            HttpResponse<String> first = client.send(HttpRequest.newBuilder(turtle).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, first.statusCode(), first.body());
            assertEquals("30", first.headers().firstValue("Retry-After").orElse(""));
            assertTrue(first.body().contains("took longer than this server's timeout"), first.body());
            long start = System.nanoTime();
            HttpResponse<String> again = client.send(HttpRequest.newBuilder(turtle).build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, again.statusCode(), again.body());
            // Not a measure of the machine's speed: a description made again takes its whole timeout (the
            // hub's takes seconds), so an answer within it was not made again.
            assertTrue(millis < TIMEOUT_MILLIS, "answered again in " + millis + " ms");
            URI small = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/doc/act/a7.ttl");
            assertEquals(200, client.send(HttpRequest.newBuilder(small).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        } finally {
            jetty.stop();
        }
    }
}
