package org.w3id.scokg.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryCancelledException;
import org.w3id.scokg.graph.GraphBuilder;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.query.QueryCatalog;
import org.w3id.scokg.query.QueryRunner;
import org.w3id.scokg.query.engine.SparqlEngine;
import org.w3id.scokg.query.engine.SpillFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query NAME|FILE.rq}: build the graph in memory and run one query over it. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Run a named query (or a .rq file) over the graph.")
final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME|FILE.rq", description = "A query name from queries/, or a path to a .rq file.")
    String query;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter value; repeat for more.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", description = "table, csv, tsv, json, xml (SELECT) or ttl, trig, nq (CONSTRUCT); default: ${DEFAULT-VALUE}.",
            defaultValue = "table")
    String format;

    @Option(names = "--timeout", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).", defaultValue = "" + SparqlEngine.DEFAULT_TIMEOUT_SECONDS)
    int timeoutSeconds;

    @Option(names = "--project", description = "Project folder (default: the current folder).", defaultValue = ".")
    Path project;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!java.util.List.of("table", "csv", "tsv", "json", "xml", "ttl", "trig", "nq").contains(format)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "': use table, csv, tsv, json, xml, ttl, trig or nq");
        }
        ProjectLayout layout = new ProjectLayout(project);
        NamedQuery named = new QueryCatalog(layout).resolve(query, layout);
        named.bind(params);
        // Before the graph is built: a format that cannot carry the answer is known from the query.
        QueryRunner.refuseFormat(named, format);
        KnowledgeGraph graph = GraphBuilder.build(project);
        SpillFolder spill = SpillFolder.claim();
        try {
            QueryRunner.write(SparqlEngine.copyForQueries(graph), named, params, format, timeoutSeconds * 1000L, System.out);
        } catch (QueryCancelledException e) {
            throw new InputException(Location.file(named.file()), "the query ran past its timeout of " + timeoutSeconds + " s");
        } finally {
            spill.removeAndRestore();
        }
        System.out.flush();
        return 0;
    }
}
