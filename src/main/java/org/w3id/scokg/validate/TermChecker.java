package org.w3id.scokg.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.project.Problem;
import org.w3id.scokg.vocab.SCO;

/**
 * Every property and class the data uses is defined in the ontology or belongs to a reused
 * vocabulary, and every term the ontology defines has a label and a definition.
 */
final class TermChecker {
    /**
     * The vocabularies the ontology reuses (DESIGN.md, and DCMI's elements for a publisher's name, a
     * literal); terms from any other namespace are errors.
     */
    static final List<String> REUSED = List.of(
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2002/07/owl#", "http://www.w3.org/2004/02/skos/core#",
            "http://purl.org/dc/terms/", "http://purl.org/dc/elements/1.1/", "http://www.w3.org/ns/org#", "http://www.w3.org/2006/time#",
            "http://www.w3.org/ns/prov#", "http://www.w3.org/ns/oa#", "http://schema.org/",
            "http://xmlns.com/foaf/0.1/");
    private static final String ONTOLOGY_FILE = "ontology/sco.ttl";

    private TermChecker() {}

    static List<Problem> check(KnowledgeGraph graph) {
        List<Problem> problems = new ArrayList<>();
        Graph ontology = graph.ontology();
        Set<String> reported = new TreeSet<>();
        for (Graph g : List.of(graph.data(), graph.provenance())) {
            for (Triple t : g.find().toList()) {
                checkTerm(t.getPredicate(), t.getSubject(), ontology, graph, problems, reported);
                if (t.getPredicate().equals(RDF.type.asNode())) {
                    checkTerm(t.getObject(), t.getSubject(), ontology, graph, problems, reported);
                }
            }
        }
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream()
                .map(Triple::getSubject)
                .filter(s -> s.isURI() && s.getURI().startsWith(SCO.NS))
                .distinct()
                .forEach(term -> {
                    if (!ontology.contains(term, RDFS.label.asNode(), Node.ANY)) {
                        problems.add(new Problem(Location.file(ONTOLOGY_FILE), "sco:" + term.getLocalName() + " has no rdfs:label"));
                    }
                    if (!ontology.contains(term, RDFS.comment.asNode(), Node.ANY)
                            && !ontology.contains(term, SKOS.definition.asNode(), Node.ANY)) {
                        problems.add(new Problem(Location.file(ONTOLOGY_FILE), "sco:" + term.getLocalName() + " has neither rdfs:comment nor skos:definition"));
                    }
                });
        return problems;
    }

    private static void checkTerm(Node term, Node subject, Graph ontology, KnowledgeGraph graph,
            List<Problem> problems, Set<String> reported) {
        if (!term.isURI()) return;
        String iri = term.getURI();
        boolean known = iri.startsWith(SCO.NS)
                ? ontology.contains(term, RDF.type.asNode(), Node.ANY)
                : REUSED.stream().anyMatch(iri::startsWith);
        if (!known && reported.add(iri)) {
            problems.add(new Problem(graph.originOf(subject, "the built graph"),
                    "<" + iri + "> is neither defined in " + ONTOLOGY_FILE + " nor in a reused vocabulary"));
        }
    }
}
