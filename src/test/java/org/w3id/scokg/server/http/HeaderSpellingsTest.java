package org.w3id.scokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeaderSpellingsTest {
    @Test
    void media_types_are_lowered_and_their_parameters_kept() {
        assertEquals("application/sparql-query; charset=UTF-8", HeaderSpellings.lowerMediaTypes("Application/SPARQL-Query; charset=UTF-8"));
        assertEquals("text/csv, application/ld+json;profile=\"http://www.w3.org/ns/json-ld#Compacted\";q=0.5, */*;Q=0.1",
                HeaderSpellings.lowerMediaTypes("TEXT/CSV, Application/LD+JSON;profile=\"http://www.w3.org/ns/json-ld#Compacted\";q=0.5, */*;Q=0.1"));
        // A quoted parameter may hold a comma or a semicolon; what follows it is still a parameter.
        assertEquals("a/b;p=\"X,Y;Z\", c/d", HeaderSpellings.lowerMediaTypes("A/B;p=\"X,Y;Z\", C/D"));
        assertEquals("text/turtle", HeaderSpellings.lowerMediaTypes("text/turtle"));
    }

    @Test
    void x_gzip_is_read_as_gzip_unless_gzip_is_named_too() {
        assertEquals("gzip", HeaderSpellings.gzipByItsNewName("x-gzip"));
        assertEquals("deflate, gzip;q=0.5", HeaderSpellings.gzipByItsNewName("deflate, X-GZIP;q=0.5"));
        assertEquals("gzip;q=0, x-gzip", HeaderSpellings.gzipByItsNewName("gzip;q=0, x-gzip"));
        assertEquals("x-gzip, gzip", HeaderSpellings.gzipByItsNewName("x-gzip, gzip"));
        assertEquals("br, deflate", HeaderSpellings.gzipByItsNewName("br, deflate"));
    }
}
