package se.regionkarta.dataset.model;

import java.util.Objects;

/**
 * Something wrong in a data file, said so that an editor can find and fix it.
 *
 * @param file the file, relative to the data directory
 * @param line the line (1-based), or 0 when the problem concerns the file as a whole
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Integer.compare(line, o.line);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
