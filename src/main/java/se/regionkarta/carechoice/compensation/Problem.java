package se.regionkarta.carechoice.compensation;

/** A problem found in an input file, on its line (0 when it concerns the whole file). */
public record Problem(long line, String message) implements Comparable<Problem> {

    @Override
    public int compareTo(Problem other) {
        return Long.compare(line, other.line);
    }

    @Override
    public String toString() {
        return (line > 0 ? line + ": " : "") + message;
    }
}
