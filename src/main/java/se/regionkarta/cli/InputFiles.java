package se.regionkarta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import se.regionkarta.elections.BadInput;
import se.regionkarta.elections.InputProblem;

/** Reads the input files of the election commands and reports their problems as {@code FILE:LINE: message}. */
public final class InputFiles {

    private InputFiles() {
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCode.USAGE, "no such file: " + file);
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, "cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Prints every problem on its own line and returns the exit code for bad input. */
    public static int report(BadInput bad, Path file, PrintWriter err) {
        for (InputProblem p : bad.problems()) {
            err.println("regionkarta: " + p.in(file.toString()));
        }
        return ExitCode.BAD_INPUT;
    }

    /** Ends the command when a number option is outside its range. */
    public static void requireRange(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new CliException(ExitCode.USAGE, option + " must be from " + min + " to " + max + ", got " + value);
        }
    }
}
