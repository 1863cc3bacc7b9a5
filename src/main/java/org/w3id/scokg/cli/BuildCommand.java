package org.w3id.scokg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.scokg.graph.GraphBuilder;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.publish.DumpWriter;
import org.w3id.scokg.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code build}: validate the inputs, then write every dump and the dataset description. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the graph, validate it and write the dumps.")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).", defaultValue = "target/dist")
    Path out;

    @Option(names = "--project", description = "Project folder with ontology/, data/ and queries/ (default: the current folder).", defaultValue = ".")
    Path project;

    @Override
    public Integer call() {
        KnowledgeGraph graph = GraphBuilder.build(project);
        Validator.validate(graph, project);
        var files = DumpWriter.write(graph, out);
        System.out.println("wrote " + files.size() + " files to " + out);
        return 0;
    }
}
