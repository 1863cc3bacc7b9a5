package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.scokg.SameDateActs;
import org.w3id.scokg.TestDumps;
import org.w3id.scokg.graph.GraphBuilder;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.vocab.SCO;

/**
 * Acts on one document of one date come in the order of its life (the submission before the
 * adoption) on the document's page and in its picture, in every language, whatever their names:
 * a review of 3 December 2026 found resolution 53/70's adoption first in Russian, and one of 4
 * December 2026 found it drawn first. The real data has no such pair since 5 December 2026, so the
 * server here serves a copy that has one ({@link SameDateActs}).
 */
class SameDateActsIT {
    private static LinkedDataServer server;

    @BeforeAll
    static void start() throws IOException {
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-tmp")), "same-date-");
        KnowledgeGraph graph = GraphBuilder.build(SameDateActs.into(folder.resolve("project")));
        // The copy is what it claims: the two acts share their date, known to the year.
        for (String act : new String[] {SameDateActs.SUBMISSION, SameDateActs.ADOPTION}) {
            assertTrue(graph.data().contains(NodeFactory.createURI(SCO.ID + "act/" + act), NodeFactory.createURI(SCO.NS + "date"),
                    NodeFactory.createLiteralDT("1998", XSDDatatype.XSDgYear)), act);
        }
        server = LinkedDataServer.create(graph, TestDumps.copyInto(folder.resolve("dist")), folder.resolve("project")).port(0)
                .fairness(ServerFixture.UNTHROTTLED).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "zh"})
    void acts_of_one_date_come_in_the_order_of_the_documents_life_on_its_page_and_in_its_picture(String lang) {
        HttpResponse<String> response = ServerFixture.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/doc/document/"
                + SameDateActs.DOCUMENT + "?lang=" + lang)).header("Accept", "text/html").build());
        assertEquals(200, response.statusCode());
        String page = response.body();
        String submitted = "href=\"/doc/act/" + SameDateActs.SUBMISSION + "\"";
        String adopted = "href=\"/doc/act/" + SameDateActs.ADOPTION + "\"";
        int submission = page.indexOf("<div class=\"fact\"><a " + submitted);
        int adoption = page.indexOf("<div class=\"fact\"><a " + adopted);
        assertTrue(submission > 0 && submission < adoption, lang + ": " + submission + " " + adoption);
        // And in its picture's table, drawn from the same points in the same order.
        int life = page.indexOf("<figure class=\"chart\" id=\"life\">");
        int drawn = page.indexOf(submitted, life);
        int then = page.indexOf(adopted, life);
        assertTrue(life > 0 && drawn > life && drawn < then && then < page.indexOf("</figure>", life), lang + ": " + life + " " + drawn + " " + then);
    }
}
