package org.w3id.scokg.validate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
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

    /**
     * Throws an {@link InputException} listing every problem, or returns quietly. The OWL 2 check
     * runs beside the others, on a thread of its own: each only reads the built graph (in memory,
     * from {@code GraphBuilder}), and at x100 the OWL 2 check and the others took about as long
     * (8.5 and 7.5 s). The problems are listed in the same order either way, and a check that fails
     * outright (shapes that are not SHACL) is reported as it was before the OWL 2 check is. After
     * such a failure the OWL 2 thread is interrupted, which HermiT does not heed: it runs to its end
     * on a daemon thread, which the commands' exit stops.
     */
    public static void validate(KnowledgeGraph graph, Path root) {
        ProjectLayout layout = new ProjectLayout(root);
        List<Problem> problems = new ArrayList<>();
        ExecutorService beside = Executors.newSingleThreadExecutor(check -> {
            Thread thread = new Thread(check, "validate-owl");
            thread.setDaemon(true);
            return thread;
        });
        // A named graph a project has no rows for is made when first asked for, which writes the
        // dataset's map of graphs: asked for here, before two threads read it.
        graph.ontology();
        graph.data();
        graph.provenance();
        graph.inferred();
        try {
            Future<List<Problem>> owl = beside.submit(() -> timed("OWL 2 (HermiT)", () -> OwlReasoning.check(graph, layout)));
            Graph union = timed("the union copied", () -> graph.read(() -> KnowledgeGraph.copyOfUnion(graph.dataset())));
            problems.addAll(timed("SHACL shapes", () -> ShapesValidator.check(graph, union, layout)));
            problems.addAll(timed("terms", () -> TermChecker.check(graph)));
            problems.addAll(timed("violation queries", () -> ViolationChecks.check(graph, union, layout)));
            problems.addAll(done(owl));
        } finally {
            beside.shutdownNow();
        }
        if (!problems.isEmpty()) throw new InputException(problems);
    }

    /** A check's problems, waited for; its failure thrown as it was thrown. */
    private static List<Problem> done(Future<List<Problem>> check) {
        try {
            return check.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the graph was checked", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) throw failure;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        }
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
