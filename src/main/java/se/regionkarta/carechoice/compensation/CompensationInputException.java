package se.regionkarta.carechoice.compensation;

import java.util.List;

/**
 * An input file that cannot be used: the problems found, each with its line, the first ones by line
 * (at most {@link Problems#KEEP}), and how many there were in all.
 */
public final class CompensationInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final transient List<Problem> problems;
    private final long count;

    CompensationInputException(String file, List<Problem> problems, long count) {
        super(file + ":" + (problems.isEmpty() ? "" : problems.get(0)));
        this.file = file;
        this.problems = List.copyOf(problems);
        this.count = count;
    }

    CompensationInputException(String file, long line, String message) {
        this(file, List.of(new Problem(line, message)), 1);
    }

    /** Returns the file the problems are in, as it was named. */
    public String file() {
        return file;
    }

    /** Returns the first problems, in order of line. */
    public List<Problem> problems() {
        return problems;
    }

    /** Returns how many problems were found, also those not kept. */
    public long count() {
        return count;
    }
}
