package se.regionkarta.elections;

/**
 * One thing wrong with an election's input.
 *
 * @param line the line of the file it was found on (1 = the header), or 0 when it concerns the
 *     input as a whole or a parameter
 */
public record InputProblem(int line, String message) {

    /** Writes the problem as compilers do, {@code votes.csv:4: message}. */
    public String in(String file) {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}
