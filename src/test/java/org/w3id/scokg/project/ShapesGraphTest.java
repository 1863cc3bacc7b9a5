package org.w3id.scokg.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.vocab.SCO;

class ShapesGraphTest {
    private static final Path SHAPES = Path.of("ontology/shapes.ttl");
    private static final String PREFIXES = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix sco: <https://w3id.org/sco-kg/ontology#> .
            @prefix shape: <https://w3id.org/sco-kg/shapes#> .
            """;

    @Test
    void the_shapes_have_no_blank_node_once_named_and_lose_no_triple() {
        Graph file = ProjectFiles.readTurtle(SHAPES, "ontology/shapes.ttl");
        assertTrue(file.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).hasNext(), "the file writes its lists as blank nodes");
        Graph named = ShapesGraph.read(SHAPES, "ontology/shapes.ttl", SCO.SHAPES_NS);
        assertFalse(named.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).hasNext());
        assertEquals(file.size(), named.size(), "every blank node of the file is a node of its own");
        for (Triple t : named.find().toList()) {
            for (Node node : List.of(t.getSubject(), t.getObject())) {
                if (node.isURI() && node.getURI().startsWith(SCO.SHAPES_NS)) assertTrue(named.contains(node, Node.ANY, Node.ANY), node + " is described");
            }
        }
    }

    @Test
    void a_property_shape_the_file_names_keeps_its_name() {
        Graph named = ShapesGraph.read(SHAPES, "ontology/shapes.ttl", SCO.SHAPES_NS);
        Node state = NodeFactory.createURI(SCO.SHAPES_NS + "State");
        Node alpha2 = NodeFactory.createURI(SCO.SHAPES_NS + "State-iso3166Alpha2");
        assertTrue(named.contains(state, SHACL.property, alpha2));
        assertTrue(named.contains(alpha2, SHACL.path, NodeFactory.createURI(SCO.NS + "iso3166Alpha2")));
    }

    /** Another parse gives the blank nodes other labels; another order finds them in another order: the names are the same. */
    @Test
    void the_names_depend_on_the_content_alone() {
        Set<String> first = lines(ShapesGraph.read(SHAPES, "ontology/shapes.ttl", SCO.SHAPES_NS));
        assertEquals(first, lines(ShapesGraph.read(SHAPES, "ontology/shapes.ttl", SCO.SHAPES_NS)), "a second read");
        List<Triple> shuffled = new ArrayList<>(ProjectFiles.readTurtle(SHAPES, "ontology/shapes.ttl").find().toList());
        Collections.shuffle(shuffled, new Random(7));
        Graph reordered = GraphFactory.createGraphMem();
        shuffled.forEach(reordered::add);
        assertEquals(first, lines(ShapesGraph.named(reordered, SCO.SHAPES_NS, "ontology/shapes.ttl")), "the triples in another order");
    }

    @Test
    void the_same_list_under_two_shapes_gets_two_names() {
        Graph named = ShapesGraph.named(parse("shape:A sh:or ( [ sh:datatype xsd:date ] ) . shape:B sh:or ( [ sh:datatype xsd:date ] ) ."), SCO.SHAPES_NS, "test");
        Node a = named.find(NodeFactory.createURI(SCO.SHAPES_NS + "A"), SHACL.or, Node.ANY).next().getObject();
        Node b = named.find(NodeFactory.createURI(SCO.SHAPES_NS + "B"), SHACL.or, Node.ANY).next().getObject();
        assertTrue(a.getURI().startsWith(SCO.SHAPES_NS + "node-"), a.toString());
        assertFalse(a.equals(b), "two lists, two names");
    }

    @Test
    void blank_nodes_in_a_cycle_are_refused_naming_the_file() {
        Graph cycle = parse("_:a sh:node _:b . _:b sh:node _:a . shape:A sh:node _:a .");
        InputException refused = assertThrows(InputException.class, () -> ShapesGraph.named(cycle, SCO.SHAPES_NS, "ontology/shapes.ttl"));
        assertTrue(refused.getMessage().startsWith("ontology/shapes.ttl: blank nodes that point at each other in a cycle"), refused.getMessage());
    }

    /**
     * Shapes whose constraints sit in named lists, sh:or's and sh:xone's, still refuse data that breaks
     * them: an instant with two dates, a date of the wrong datatype; data that keeps them passes.
     */
    @Test
    void a_broken_constraint_still_fails_validation_once_named() {
        String shapes = """
                shape:Instant a sh:NodeShape ; sh:targetClass sco:Instant ;
                    sh:xone ( [ sh:path sco:day ; sh:minCount 1 ] [ sh:path sco:year ; sh:minCount 1 ] ) .
                shape:Dated a sh:NodeShape ; sh:targetClass sco:Instant ;
                    sh:property [ sh:path sco:day ; sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:gYear ] ) ] .
                """;
        Shapes named = Shapes.parse(ShapesGraph.named(parse(shapes), SCO.SHAPES_NS, "test"));
        Graph broken = parse("sco:i a sco:Instant ; sco:day \"2001-06-15\" ; sco:year \"2001\"^^xsd:gYear .");
        ValidationReport report = ShaclValidator.get().validate(named, broken);
        assertEquals(2, report.getEntries().size(), report.getEntries().toString());
        assertEquals(report.getEntries().size(), ShaclValidator.get().validate(Shapes.parse(parse(shapes)), broken).getEntries().size(), "as many as with the blank nodes");
        assertTrue(ShaclValidator.get().validate(named, parse("sco:i a sco:Instant ; sco:day \"2001-06-15\"^^xsd:date .")).conforms());
    }

    private static Graph parse(String turtle) {
        return RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).toGraph();
    }

    private static Set<String> lines(Graph graph) {
        Set<String> lines = new TreeSet<>();
        graph.find().forEachRemaining(t -> lines.add(NodeFmtLib.str(t)));
        return lines;
    }
}
