package org.w3id.scokg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.vocab.Prefixes;

class JsonLdWriterTest {
    /** Terms a JSON-LD writer can get wrong, each read back by Jena's JSON-LD parser (titanium) as written. */
    private static final String TRICKY = """
            @prefix sco: <https://w3id.org/sco-kg/ontology#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <https://w3id.org/sco-kg/id/a> a sco:State , <http://example.org/Class> ;
                rdfs:label "" , "quote \\" backslash \\\\ new\\nline tab\\t" , "\\u0001 control" , "non-BMP \\U0001F600" ,
                    "Россия"@ru , "中华人民共和国"@zh-Hans , "x"@en ;
                rdfs:comment "12"^^xsd:integer , "2004-06-17"^^xsd:date , "2004"^^xsd:gYear , "v"^^<http://example.org/dt> ,
                    "[1, {\\"a\\": 2}]"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON> ;
                <http://example.org/p> <https://w3id.org/sco-kg/id/b> , <http://example.org/ü> ;
                <http://schema.org///odd> <https://w3id.org/sco-kg/id/c> ;
                sco: "an empty local part" ;
                <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "a literal type" .
            <https://w3id.org/sco-kg/id/b> rdfs:label "b"@en .
            """;

    @Test
    void every_term_reads_back_as_written() {
        Graph graph = turtle(TRICKY);
        graph.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
        byte[] json = JsonLdWriter.dump(graph);
        Graph read = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(json)).lang(Lang.JSONLD).parse(read);
        assertEquals(graph.size(), read.size(), new String(json, StandardCharsets.UTF_8));
        assertTrue(graph.isIsomorphicWith(read), new String(json, StandardCharsets.UTF_8));
    }

    @Test
    void keys_and_types_are_compact_iris_of_the_prefixes_and_ids_are_whole() {
        Graph graph = turtle(TRICKY);
        graph.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
        String json = new String(JsonLdWriter.dump(graph), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"rdfs:label\": [") && json.contains("\"sco:State\"") && json.contains("\"@type\": \"xsd:gYear\""), json);
        assertTrue(json.contains("{\"@id\": \"https://w3id.org/sco-kg/id/b\"}"), json);
        // A local part starting "//" or empty stays whole: "schema://odd" would be read as an IRI of the scheme "schema".
        assertTrue(json.contains("\"http://schema.org///odd\"") && json.contains("\"https://w3id.org/sco-kg/ontology#\": ["), json);
    }

    @Test
    void the_same_graph_gives_the_same_bytes_whatever_the_order_it_was_made_in() {
        Graph graph = turtle(TRICKY);
        graph.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
        Graph reversed = GraphFactory.createGraphMem();
        java.util.List<org.apache.jena.graph.Triple> triples = new java.util.ArrayList<>(graph.find().toList());
        java.util.Collections.reverse(triples);
        triples.forEach(reversed::add);
        reversed.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
        assertEquals(new String(JsonLdWriter.dump(graph), StandardCharsets.UTF_8), new String(JsonLdWriter.dump(reversed), StandardCharsets.UTF_8));
    }

    @Test
    void an_iri_a_reader_would_take_for_a_compact_iri_fails_the_build() {
        Graph graph = turtle("<org:x> <http://example.org/p> <https://w3id.org/sco-kg/id/a> .");
        graph.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> JsonLdWriter.dump(graph));
        assertTrue(refused.getMessage().contains("<org:x>"), refused.getMessage());
    }

    /**
     * An answer of the endpoint: named graphs, blank nodes, an rdf:JSON literal that is not JSON, many
     * values of one property (which Jena's writer folds in time that grows with the square of their
     * number) and an IRI whose scheme is a prefix of the query: read back by Jena as the same dataset.
     */
    @Test
    void an_answer_reads_back_as_the_same_dataset() throws IOException {
        StringBuilder trig = new StringBuilder(TRICKY).append("""
                <urn:x> <http://example.org/p> _:b1 , "[1,2"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON> .
                _:b1 <http://example.org/p> _:b2 .
                <https://w3id.org/sco-kg/graph/g> { <urn:x> <http://example.org/q> "in g" . _:b2 <http://example.org/q> <urn:y> . }
                _:g { _:b1 <http://example.org/q> "in a graph named by a blank node" . }
                """);
        for (int i = 0; i < 3000; i++) trig.append("<https://w3id.org/sco-kg/id/many> <http://example.org/p> <https://w3id.org/sco-kg/id/v").append(i).append("> .\n");
        DatasetGraph answer = RDFParser.fromString(trig.toString(), Lang.TRIG).toDatasetGraph();
        Map<String, String> prefixes = new java.util.HashMap<>(Prefixes.STANDARD.getNsPrefixMap());
        prefixes.put("urn", "http://example.org/urn/");
        prefixes.put("", "http://example.org/empty/");
        StringWriter out = new StringWriter();
        JsonLdWriter.answer(answer, prefixes, out);
        DatasetGraph read = RDFParser.fromString(out.toString(), Lang.JSONLD).toDatasetGraph();
        assertTrue(IsoMatcher.isomorphic(answer, read), out.toString().substring(0, 2000));
        assertFalse(out.toString().contains("\"urn\":"), "the prefix urn would make <urn:x> read as http://example.org/urn/x");
        assertFalse(out.toString().contains("\"\":"), "the empty prefix is no JSON-LD term");
    }

    private static Graph turtle(String text) {
        Graph graph = GraphFactory.createGraphMem();
        RDFParser.fromString(text, Lang.TURTLE).parse(graph);
        return graph;
    }
}
