package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestDumps;
import org.w3id.scokg.TestGraph;

/** Behind a proxy: with --base, every absolute link the server makes starts with it. */
class PublicBaseIT {
    @Test
    void redirects_and_self_descriptions_use_the_public_base(@TempDir Path temp) {
        LinkedDataServer server = served(temp, "https://sco-kg.example.org/");
        try {
            String local = "http://localhost:" + server.port();
            HttpResponse<String> redirect = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + "/id/state/CN")).build());
            assertEquals(303, redirect.statusCode());
            assertEquals("https://sco-kg.example.org/doc/state/CN.html", redirect.headers().firstValue("Location").orElse(""));
            HttpResponse<String> slashed = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + "/doc/state/CN/?lang=zh")).build());
            assertEquals(301, slashed.statusCode(), "a trailing slash moved (TrailingSlashes)");
            assertEquals("https://sco-kg.example.org/doc/state/CN?lang=zh", slashed.headers().firstValue("Location").orElse(""));
            String sitemap = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + "/sitemap.xml")).build()).body();
            assertTrue(sitemap.contains("<loc>https://sco-kg.example.org/doc/state/CN</loc>"));
            String description = ServerFixture.send(HttpRequest.newBuilder(URI.create(local + "/sparql")).build()).body();
            assertTrue(description.contains("<https://sco-kg.example.org/sparql>"), description);
        } finally {
            server.stop();
        }
    }

    /** Under a path (--base https://host/kg/): the crawlers' rules name the routes under it, and the sitemap there. */
    @Test
    void robots_txt_names_the_routes_under_the_public_path(@TempDir Path temp) {
        LinkedDataServer server = served(temp, "https://example.org/kg/");
        try {
            String robots = ServerFixture.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/robots.txt")).build()).body();
            java.util.List<String> lines = robots.lines().toList();
            assertTrue(lines.contains("Disallow: /kg/sparql"), robots);
            assertTrue(lines.contains("Allow: /kg/queries/$") && lines.contains("Disallow: /kg/queries/"), robots);
            assertTrue(lines.contains("Sitemap: https://example.org/kg/sitemap.xml"), robots);
            assertTrue(lines.stream().noneMatch(l -> l.startsWith("Disallow: /sparql")), robots);
        } finally {
            server.stop();
        }
    }

    /** The real graph served from a free port with {@code base} as its public URL. */
    private static LinkedDataServer served(Path temp, String base) {
        TestDumps.copyInto(temp.resolve("dist"));
        return LinkedDataServer.create(TestGraph.real(), temp.resolve("dist"), ProjectCopy.ROOT).port(0).publicBase(base).start();
    }
}
