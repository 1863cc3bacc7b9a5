package org.w3id.scokg.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.scokg.project.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The sco-kg command line. Exit codes: 0 ok, 1 bad input or data, 2 usage, 70 internal error
 * (one line on stderr; the stack trace is logged at DEBUG).
 */
@Command(name = "sco-kg", mixinStandardHelpOptions = true, version = "sco-kg 0.1.0",
        description = "Build, check, query and serve the SCO information-security knowledge graph.",
        subcommands = {BuildCommand.class, ValidateCommand.class, QueryCommand.class, ServeCommand.class})
public final class Main implements Runnable {
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 70;
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its exit-code mapping, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputException input) {
                input.problems().forEach(p -> commandLine.getErr().println(p));
                commandLine.getErr().println(input.problems().size() + (input.problems().size() == 1 ? " problem" : " problems"));
                return BAD_INPUT;
            }
            LOG.debug("internal error", e);
            commandLine.getErr().println("internal error: " + e);
            return INTERNAL;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return USAGE;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
