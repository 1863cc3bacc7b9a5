package org.w3id.scokg.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.scokg.build.GraphBuilder;
import org.w3id.scokg.build.KnowledgeGraph;
import org.w3id.scokg.build.ProjectLayout;
import org.w3id.scokg.query.NamedQuery;
import org.w3id.scokg.query.QueryCatalog;
import org.w3id.scokg.query.QueryRunner;
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

    @Option(names = "--format", description = "table, csv, tsv, json, xml (SELECT) or ttl (CONSTRUCT); default: ${DEFAULT-VALUE}.", defaultValue = "table")
    String format;

    @Option(names = "--project", description = "Project folder (default: the current folder).", defaultValue = ".")
    Path project;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!java.util.List.of("table", "csv", "tsv", "json", "xml", "ttl").contains(format)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "': use table, csv, tsv, json, xml or ttl");
        }
        ProjectLayout layout = new ProjectLayout(project);
        NamedQuery named = new QueryCatalog(layout).resolve(query, layout);
        named.bind(params);
        KnowledgeGraph graph = GraphBuilder.build(project);
        QueryRunner.write(graph.sparqlDataset(), named, params, format, System.out);
        System.out.flush();
        return 0;
    }
}
