package org.w3id.scokg.project;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception a user sees: every problem found in the input, each with its location. The
 * command line prints them one per line and exits with status 1.
 */
public class InputException extends RuntimeException {
    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted().toList();
    }

    public InputException(Location location, String message) {
        this(List.of(new Problem(location, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
