package se.regionkarta.elections;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Refuses an election's input: every problem found, each with its line. An
 * {@link IllegalArgumentException}, so that the edges treat it as bad input (exit code 2, HTTP 400).
 */
public final class BadInput extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<InputProblem> problems;

    public BadInput(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("bad input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public BadInput(int line, String message) {
        this(List.of(new InputProblem(line, message)));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
