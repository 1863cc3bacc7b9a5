package org.w3id.scokg.validate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.scokg.graph.GraphBuilder;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Problem;
import org.w3id.scokg.project.ProjectLayout;

/**
 * Checks a built graph: the SHACL shapes ({@link ShapesValidator}), the terms it uses and the
 * labels of the ontology ({@link TermChecker}), the IRIs of other sites it holds ({@link
 * ExternalIris}), the violation queries ({@link ViolationChecks}), and the consistency of it all
 * with the vocabularies it reuses under an OWL 2 reasoner ({@link OwlReasoning}). Every problem of every check is reported together; how long each check took is logged
 * (INFO), wall and CPU time, so that the cost of each can be followed as the data grows.
 */
public final class Validator {
    private static final Logger LOG = LoggerFactory.getLogger(Validator.class);
    /** The CPU time of the checking thread, which the machine's other work does not inflate as it does the wall time. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** As many checks at once as the machine has cores, two at least (the OWL 2 check and the rest). */
    private static final int BESIDE = Math.max(2, Runtime.getRuntime().availableProcessors());

    private Validator() {}

    /**
     * Throws an {@link InputException} listing every problem, or returns quietly. The checks run
     * side by side, each on a worker thread: each only reads the built graph (in memory, from
     * {@code GraphBuilder}) or the copy of its union, which nothing writes. The OWL 2 check and the
     * terms start at once, beside the copy of the union; SHACL and each violation query then run on
     * whichever worker is free, so the second core is not idle once the OWL 2 check is done (at
     * x100 it took half the time of the others). The problems are listed in the same order as one
     * check after another lists them (SHACL, the terms, the external IRIs, the violation queries in
 * file order, OWL 2),
     * and a check that fails outright (shapes that are not SHACL, a violation query that is not a
     * SELECT) is reported as the first such failure in that order. After such a failure the workers
     * are interrupted, which HermiT does not heed: it runs to its end on a daemon thread, which the
     * commands' exit stops.
     */
    public static void validate(KnowledgeGraph graph, Path root) {
        ProjectLayout layout = new ProjectLayout(root);
        ExecutorService beside = workers();
        try {
            check(graph, layout, beside, owl(graph, layout, beside));
        } finally {
            beside.shutdownNow();
        }
    }

    /**
     * The graph of the project at {@code root}, built and checked as {@link #validate} checks it,
     * the OWL 2 check started while the graph is still being built: it reads only the ontology, the
     * data and the provenance, which are complete before the entailments are added (a tenth of the
     * build at x100, on one core). A build that fails is reported as it was; an OWL 2 check then
     * under way runs to its end on its daemon thread.
     */
    public static KnowledgeGraph buildValidated(Path root) {
        ProjectLayout layout = new ProjectLayout(root);
        ExecutorService beside = workers();
        try {
            List<Future<List<Problem>>> owl = new ArrayList<>();
            KnowledgeGraph graph = GraphBuilder.build(root, asserted -> owl.add(owl(asserted, layout, beside)));
            check(graph, layout, beside, owl.get(0));
            return graph;
        } finally {
            beside.shutdownNow();
        }
    }

    private static ExecutorService workers() {
        AtomicInteger workers = new AtomicInteger();
        return Executors.newFixedThreadPool(BESIDE, check -> {
            Thread thread = new Thread(check, "validate-" + workers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The OWL 2 check, started on a worker. */
    private static Future<List<Problem>> owl(KnowledgeGraph graph, ProjectLayout layout, ExecutorService beside) {
        // A named graph a project has no rows for is made when first asked for, which writes the
        // dataset's map of graphs: asked for here, before other threads read it.
        graph.ontology();
        graph.data();
        graph.provenance();
        graph.inferred();
        return beside.submit(() -> timed("OWL 2 (HermiT)", () -> OwlReasoning.check(graph, layout)));
    }

    /** The other checks, on the workers once the union is copied; every check's problems, in order, or the first failure. */
    private static void check(KnowledgeGraph graph, ProjectLayout layout, ExecutorService beside, Future<List<Problem>> owl) {
        // The terms are read from the named graphs, beside the copy.
        Future<List<Problem>> terms = beside.submit(() -> timed("terms", () -> TermChecker.check(graph)));
        Graph union = timed("the union copied", () -> graph.read(() -> KnowledgeGraph.copyOfUnion(graph.dataset())));
        List<Future<List<Problem>>> checks = new ArrayList<>();
        checks.add(beside.submit(() -> timed("SHACL shapes", () -> ShapesValidator.check(graph, union, layout))));
        checks.add(terms);
        checks.add(beside.submit(() -> timed("external IRIs", () -> ExternalIris.check(graph))));
        for (Callable<List<Problem>> query : ViolationChecks.checks(graph, union, layout)) checks.add(beside.submit(query));
        checks.add(owl);
        List<Problem> problems = new ArrayList<>();
        for (Future<List<Problem>> check : checks) problems.addAll(done(check));
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
