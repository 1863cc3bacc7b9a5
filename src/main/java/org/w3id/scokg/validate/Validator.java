package org.w3id.scokg.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Problem;
import org.w3id.scokg.project.ProjectLayout;

/**
 * Checks a built graph: the SHACL shapes, the terms it uses, the labels of the ontology, the
 * violation queries, and the consistency of it all with the vocabularies it reuses under an OWL 2
 * reasoner. Every problem of every check is reported together.
 */
public final class Validator {
    private Validator() {}

    /** Throws an {@link InputException} listing every problem, or returns quietly. */
    public static void validate(KnowledgeGraph graph, Path root) {
        ProjectLayout layout = new ProjectLayout(root);
        List<Problem> problems = new ArrayList<>();
        problems.addAll(ShapesValidator.check(graph, layout));
        problems.addAll(TermChecker.check(graph));
        problems.addAll(ViolationChecks.check(graph, layout));
        problems.addAll(OwlReasoning.check(graph, layout));
        if (!problems.isEmpty()) throw new InputException(problems);
    }
}
