package org.w3id.scokg.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.project.ShapesGraph;
import org.w3id.scokg.vocab.SCO;

/**
 * The shapes are well-formed SHACL (STYLE.md: "SHACL-SHACL on the shapes"): ontology/shapes.ttl, as
 * written and as published with its blank nodes named ({@link ShapesGraph}), conforms to the
 * shapes graph of SHACL itself, the SHACL-SHACL of the specification's appendix, which jena-shacl
 * carries as {@code std/shacl-shacl.ttl}.
 */
class ShapesAreShaclTest {
    private static final Shapes SHACL_SHACL = Shapes.parse(RDFParserBuilder.create().source(ShapesAreShaclTest.class.getResourceAsStream("/std/shacl-shacl.ttl"))
            .lang(org.apache.jena.riot.Lang.TURTLE).toGraph());

    private static final Path FILE = new ProjectLayout(Path.of("")).shapes();

    @Test
    void the_shapes_as_written_are_well_formed_shacl() {
        assertConforms(RDFParserBuilder.create().source(FILE).toGraph());
    }

    @Test
    void the_shapes_as_published_are_well_formed_shacl() {
        assertConforms(ShapesGraph.read(FILE, FILE.toString(), SCO.SHAPES_NS));
    }

    @Test
    void a_shape_with_a_malformed_constraint_does_not_conform() {
        Graph broken = GraphFactory.createDefaultGraph();
        RDFParserBuilder.create().fromString("""
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX ex: <http://example.org/>
                ex:Shape a sh:NodeShape ; sh:targetClass ex:C ; sh:minCount "one" .
                """).lang(org.apache.jena.riot.Lang.TURTLE).parse(broken);
        assertFalse(ShaclValidator.get().validate(SHACL_SHACL, broken).conforms());
    }

    private static void assertConforms(Graph shapes) {
        ValidationReport report = ShaclValidator.get().validate(SHACL_SHACL, shapes);
        if (!report.conforms()) ShLib.printReport(report);
        assertTrue(report.conforms(), "ontology/shapes.ttl breaks SHACL-SHACL; the report is above");
    }
}
