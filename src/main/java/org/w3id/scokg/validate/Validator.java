package org.w3id.scokg.validate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Problem;
import org.w3id.scokg.project.ProjectLayout;

/**
 * Checks a built graph: the SHACL shapes, the terms it uses, the labels of the ontology, the
 * violation queries, and the consistency of it all with the vocabularies it reuses under an OWL 2
 * reasoner. Every problem of every check is reported together; how long each check took is logged
 * (INFO), wall and CPU time, so that the cost of each can be followed as the data grows.
 */
public final class Validator {
    private static final Logger LOG = LoggerFactory.getLogger(Validator.class);
    /** The CPU time of the checking thread, which the machine's other work does not inflate as it does the wall time. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Validator() {}

    /** Throws an {@link InputException} listing every problem, or returns quietly. */
    public static void validate(KnowledgeGraph graph, Path root) {
        ProjectLayout layout = new ProjectLayout(root);
        List<Problem> problems = new ArrayList<>();
        Graph union = timed("the union copied", () -> graph.read(() -> copyOfUnion(graph)));
        problems.addAll(timed("SHACL shapes", () -> ShapesValidator.check(graph, union, layout)));
        problems.addAll(timed("terms", () -> TermChecker.check(graph)));
        problems.addAll(timed("violation queries", () -> ViolationChecks.check(graph, union, layout)));
        problems.addAll(timed("OWL 2 (HermiT)", () -> OwlReasoning.check(graph, layout)));
        if (!problems.isEmpty()) throw new InputException(problems);
    }

    /**
     * The union of the graph's named graphs in one plain graph, which SHACL and the violation
     * queries both read: a union view finds each triple in every graph and drops the repeats on
     * every look-up.
     */
    private static Graph copyOfUnion(KnowledgeGraph graph) {
        Graph copy = GraphFactory.createGraphMem();
        graph.union().find().forEachRemaining(copy::add);
        return copy;
    }

    private static <T> T timed(String step, Supplier<T> run) {
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        T done = run.get();
        LOG.info("validate: {} took {} ms, {} ms of CPU in this thread{}", step, (System.nanoTime() - start) / 1_000_000,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000, done instanceof List<?> found ? " (" + found.size() + " problems)" : "");
        return done;
    }
}
