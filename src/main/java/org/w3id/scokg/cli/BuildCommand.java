package org.w3id.scokg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.project.InputManifest;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.publish.DumpWriter;
import org.w3id.scokg.publish.W3idRules;
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

    @Option(names = "--w3id-target", paramLabel = "URL", description = "The host the w3id.org redirects (w3id.htaccess) send https://w3id.org/sco-kg/ to (default: ${DEFAULT-VALUE}).",
            defaultValue = W3idRules.DEFAULT_TARGET)
    String w3idTarget;

    @Option(names = "--force", description = "Build, validate and write the dumps even when those in --out were made from these very inputs.")
    boolean force;

    /**
     * Builds, validates and writes the dumps, unless {@link #out} already holds the dumps of these
     * very inputs (the project's files, sco-kg's code and the settings: {@link InputManifest}),
     * unchanged since they were written ({@link DumpWriter#current}): they were validated when they
     * were made, and the same inputs make the same bytes, so nothing is done again, as {@code make}
     * does not.
     */
    @Override
    public Integer call() {
        // A path is kept (https://pub.example/sco-kg): the server behind it may be served under one.
        if (!w3idTarget.matches("^https?://[^/\\s?#]+(/[^\\s?#]*)?$")) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--w3id-target must be an absolute http or https URL without a query, such as https://sco-kg.example.org or https://pub.example/sco-kg");
        }
        String manifest = InputManifest.of(new ProjectLayout(project), W3idRules.MANIFEST_SETTING + w3idTarget);
        if (!force && DumpWriter.current(out, manifest)) {
            System.out.println(out + " holds the dumps of these very inputs; nothing to do (--force builds them again)");
            return 0;
        }
        KnowledgeGraph graph = Validator.buildValidated(project);
        var files = DumpWriter.write(graph, out, w3idTarget, manifest);
        System.out.println("wrote " + files.size() + " files to " + out);
        return 0;
    }
}
