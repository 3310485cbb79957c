package se.regionkarta.input;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Refuses what a person gave the registry (a data file, a CSV upload, a query parameter, a command
 * line option), carrying every problem found. Every reader and rule throws this one type; each
 * face turns it into its answer in one place: a 400 problem+json in the API, an error page on the
 * site, {@code FILE:LINE: message} lines and exit code 2 on the command line. Handlers do not catch it.
 */
public final class BadInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public BadInput(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("bad input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public BadInput(Problem problem) {
        this(List.of(problem));
    }

    /** Refuses the input as a whole. */
    public static BadInput of(String message) {
        return new BadInput(new Problem(null, 0, null, message));
    }

    /** Refuses one field, column or parameter. */
    public static BadInput field(String field, String message) {
        return new BadInput(Problem.inField(field, message));
    }

    /** Refuses a line of the input. */
    public static BadInput atLine(int line, String message) {
        return new BadInput(Problem.atLine(line, message));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Returns the same refusal with every problem that names no file placed in the given one. */
    public BadInput inFile(String file) {
        return map(p -> p.inFile(file));
    }

    /** Returns the same refusal with each problem changed by {@code change}. */
    public BadInput map(UnaryOperator<Problem> change) {
        return new BadInput(problems.stream().map(change).toList());
    }
}
