package org.w3id.scokg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.scokg.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code validate}: build the graph in memory and run every check on it; write nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check the ontology, shapes and tables; report every problem.")
final class ValidateCommand implements Callable<Integer> {
    @Option(names = "--project", description = "Project folder (default: the current folder).", defaultValue = ".")
    Path project;

    @Override
    public Integer call() {
        Validator.buildValidated(project);
        System.out.println("valid");
        return 0;
    }
}
