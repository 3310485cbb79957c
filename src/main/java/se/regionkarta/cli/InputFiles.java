package se.regionkarta.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import se.regionkarta.input.BadInput;

/** Reads the input files the commands are given, refusing a file that cannot be read and a number out of its range. */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * Returns a file's bytes.
     *
     * @throws BadInput when there is no such file or it cannot be read
     */
    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw BadInput.of("no such file: " + file);
        } catch (AccessDeniedException e) {
            throw BadInput.of("cannot read " + file + ": permission denied");
        } catch (IOException e) {
            String why = Files.isDirectory(file) ? "it is a folder, not a file"
                    : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
            throw BadInput.of("cannot read " + file + ": " + why);
        }
    }

    /** Refuses a number option outside its range. */
    public static void requireRange(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw BadInput.field(option, option + " must be from " + min + " to " + max + ", got " + value);
        }
    }
}
