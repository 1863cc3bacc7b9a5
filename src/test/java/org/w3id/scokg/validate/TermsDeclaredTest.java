package org.w3id.scokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.vocab.SCO;

/**
 * Every predicate and class the built graphs use (data, provenance, entailments) is declared where a
 * client can look it up: a term of sco:, PROV-O, ORG, the Web Annotation vocabulary or OWL-Time in
 * {@code ontology/sco.ttl} or the file of {@code ontology/imports/} that the ontology imports (so a
 * misspelt {@code org:memberDurin} fails here; HermiT alone would take it for a new property); any
 * other term is of one of the vocabularies the README names as reused but not shipped (RDF, RDFS,
 * OWL, SKOS, DCTERMS, DC elements, schema.org, FOAF), whose terms count as declared by their use.
 */
class TermsDeclaredTest {
    private static final List<String> CHECKED = List.of(SCO.NS, "http://www.w3.org/ns/prov#", "http://www.w3.org/ns/org#", "http://www.w3.org/ns/oa#",
            "http://www.w3.org/2006/time#");
    private static final List<String> NOT_SHIPPED = List.of("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2002/07/owl#", "http://www.w3.org/2004/02/skos/core#", "http://purl.org/dc/terms/", "http://purl.org/dc/elements/1.1/",
            "http://schema.org/", "http://xmlns.com/foaf/0.1/");

    @Test
    void every_predicate_and_class_the_graphs_use_is_declared_or_of_a_named_vocabulary() throws Exception {
        Graph declarations = GraphFactory.createGraphMem();
        try (Stream<Path> files = Files.list(ProjectCopy.ROOT.resolve("ontology/imports"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ttl")).toList()) RDFParser.source(file).parse(declarations);
        }
        RDFParser.source(ProjectCopy.ROOT.resolve("ontology/sco.ttl")).parse(declarations);
        DatasetGraph dataset = TestGraph.plainCopy();
        Set<String> undeclared = new TreeSet<>();
        int[] terms = {0};
        for (Node graph : List.of(SCO.GRAPH_DATA, SCO.GRAPH_PROVENANCE, SCO.GRAPH_INFERRED)) {
            Set<Node> used = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
            for (Triple t : dataset.getGraph(graph).find().toList()) {
                used.add(t.getPredicate());
                if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) used.add(t.getObject());
            }
            for (Node term : used) {
                terms[0]++;
                String iri = term.getURI();
                if (CHECKED.stream().anyMatch(iri::startsWith)) {
                    if (!declarations.contains(term, RDF.type.asNode(), Node.ANY)) undeclared.add(iri + " in " + graph.getURI() + ": not declared");
                } else if (NOT_SHIPPED.stream().noneMatch(iri::startsWith)) {
                    undeclared.add(iri + " in " + graph.getURI() + ": of a vocabulary neither shipped nor named");
                }
            }
        }
        assertTrue(terms[0] > 50, "the graphs use some terms: " + terms[0]);
        assertEquals(Set.of(), undeclared);
    }
}
