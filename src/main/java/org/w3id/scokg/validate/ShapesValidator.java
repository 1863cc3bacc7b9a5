package org.w3id.scokg.validate;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.util.FmtUtils;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.project.Problem;
import org.w3id.scokg.project.ProjectFiles;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.project.ShapesGraph;
import org.w3id.scokg.vocab.SCO;

/**
 * Validates the union graph against ontology/shapes.ttl, its blank nodes named as {@code /shapes}
 * publishes them ({@link ShapesGraph}); each result points at the row its node came from. The union
 * is given as a graph of its own (a copy, see Validator).
 */
final class ShapesValidator {
    private ShapesValidator() {}

    static List<Problem> check(KnowledgeGraph graph, Graph union, ProjectLayout layout) {
        String display = layout.display(layout.shapes());
        Graph shapesGraph = ProjectFiles.readTurtle(layout.shapes(), display);
        checkCounts(shapesGraph, display);
        Shapes shapes;
        try {
            // Validated as /shapes publishes them, each blank node named, so the shapes published are those that passed.
            shapes = Shapes.parse(ShapesGraph.named(shapesGraph, SCO.SHAPES_NS, display));
        } catch (ShaclParseException e) {
            throw new InputException(Location.file(display), "not valid SHACL: " + e.getMessage());
        }
        ValidationReport report = ShaclValidator.get().validate(shapes, union);
        List<Problem> problems = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            Node focus = entry.focusNode();
            String path = entry.resultPath() == null ? "" : entry.resultPath() + ": ";
            problems.add(new Problem(graph.originOf(focus, "the built graph"),
                    "<" + focus + "> " + path + entry.message()));
        }
        return problems;
    }

    /** The parameters whose value SHACL says is an xsd:integer; Jena's parser casts them unchecked. */
    private static final List<Node> COUNTS = List.of(SHACL.minCount, SHACL.maxCount, SHACL.minLength, SHACL.maxLength,
            SHACL.qualifiedMinCount, SHACL.qualifiedMaxCount);

    /**
     * Refuses a count that is not an integer, naming it: Jena's SHACL parser reads {@code sh:minCount
     * "one"} as a number and fails with a ClassCastException (Jena 5.6), which {@code validate} would
     * otherwise show as an internal error.
     */
    private static void checkCounts(Graph shapes, String display) {
        for (Node parameter : COUNTS) {
            shapes.find(Node.ANY, parameter, Node.ANY).forEach(triple -> {
                Node value = triple.getObject();
                if (!value.isLiteral() || !(value.getLiteralValue() instanceof Integer)) {
                    String shape = triple.getSubject().isURI() ? "<" + triple.getSubject().getURI() + ">" : "a property shape";
                    throw new InputException(Location.file(display), "not valid SHACL: " + shape + " has sh:" + parameter.getLocalName() + " "
                            + FmtUtils.stringForNode(value) + ", which is not an integer of at most 2,147,483,647");
                }
            });
        }
    }
}
