package org.w3id.scokg.validate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.project.Problem;
import org.w3id.scokg.project.ProjectFiles;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.query.engine.SparqlEngine;

/**
 * Runs every {@code queries/checks/*-violation.rq}: a SELECT that must return no rows. Each row
 * it returns is a problem; a {@code ?focus} variable points it at the table row of that node, and
 * a {@code ?message} variable says what is wrong.
 */
final class ViolationChecks {
    private static final Logger LOG = LoggerFactory.getLogger(ViolationChecks.class);
    /** Each check's CPU time, which the machine's other work does not inflate as it does the wall time. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ViolationChecks() {}

    /**
     * One check per file, each to be run on any thread (they only read): it reads and parses its
     * query, so a file that is not a SELECT fails its own check, and returns the rows as problems.
     */
    static List<Callable<List<Problem>>> checks(KnowledgeGraph graph, Graph union, ProjectLayout layout) {
        List<Path> files = ProjectLayout.list(layout.checks(), "-violation.rq");
        if (files.isEmpty()) return List.of();
        DatasetGraph dataset = graph.read(() -> queried(graph, union));
        return files.stream().<Callable<List<Problem>>>map(file -> () -> check(graph, dataset, layout.display(file), file)).toList();
    }

    private static List<Problem> check(KnowledgeGraph graph, DatasetGraph dataset, String display, Path file) {
        List<Problem> problems = new ArrayList<>();
        long start = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        Query query = ProjectFiles.parseQuery(ProjectFiles.readUtf8(file, display), display);
        if (!query.isSelectType()) throw new InputException(Location.file(display), "a violation check must be a SELECT query");
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row -> {
                Node focus = row.get("focus");
                Node message = row.get("message");
                Location where = focus == null ? Location.file(display) : graph.originOf(focus, display);
                problems.add(new Problem(where, display.replaceFirst(".*/", "") + ": "
                        + (message == null ? row.toString() : message.getLiteralLexicalForm())
                        + (focus == null ? "" : " <" + focus + ">")));
            });
        }
        LOG.info("validate: {} took {} ms, {} ms of CPU", display, (System.nanoTime() - start) / 1_000_000,
                (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        return problems;
    }

    /**
     * The dataset the checks query, as the endpoint shows it (the union as the default graph, the
     * named graphs by name), over {@code union} and the built graphs themselves: nothing changes
     * while validation runs, so nothing is copied for it. A TDB2 store is queried as it is.
     */
    private static DatasetGraph queried(KnowledgeGraph graph, Graph union) {
        if (TDBInternal.isTDB2(graph.dataset())) return SparqlEngine.forQueries(graph.dataset());
        Map<Node, Graph> named = new LinkedHashMap<>();
        graph.dataset().listGraphNodes().forEachRemaining(name -> named.put(name, graph.dataset().getGraph(name)));
        return SparqlEngine.forQueries(union, named);
    }
}
