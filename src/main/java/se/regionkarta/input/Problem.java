package se.regionkarta.input;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with what a person gave the registry, said so that they can find and fix it:
 * where (a file and line, a field, or both) and what.
 *
 * @param file the file, relative to the data directory or as named on the command line; null when
 *     the input is not a file (a query parameter, a request body)
 * @param line the line (1-based), or 0 when the problem concerns the input as a whole
 * @param field the field, column or parameter concerned, or null
 */
public record Problem(String file, int line, String field, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator
            .comparing(Problem::file, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(Problem::line);

    public Problem {
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("a line is 1 or more, or 0 when unknown");
        }
    }

    /** A problem at a line of a file. */
    public static Problem at(String file, int line, String message) {
        return new Problem(file, line, null, message);
    }

    /** A problem at a line of the input, whose file the edge that read it will name. */
    public static Problem atLine(int line, String message) {
        return new Problem(null, line, null, message);
    }

    /** A problem with one field or parameter. */
    public static Problem inField(String field, String message) {
        return new Problem(null, 0, field, message);
    }

    /** Returns the problem as found in the given file, unless it already names one. */
    public Problem inFile(String name) {
        return file != null ? this : new Problem(name, line, field, message);
    }

    /** Returns the problem as found at a line, unless it already has one. */
    public Problem atLineIfUnknown(int at) {
        return line > 0 ? this : new Problem(file, at, field, message);
    }

    @Override
    public int compareTo(Problem o) {
        return ORDER.compare(this, o);
    }

    /**
     * Writes the problem as compilers do: {@code votes.csv:4: message}, {@code line 4: message}
     * when no file is known, and the field first where one is named ({@code seats: must be …}).
     */
    @Override
    public String toString() {
        String what = field == null || message.startsWith(field) ? message : field + ": " + message;
        if (file != null) {
            return line > 0 ? file + ":" + line + ": " + what : file + ": " + what;
        }
        return line > 0 ? "line " + line + ": " + what : what;
    }
}
