package se.regionkarta.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import se.regionkarta.input.BadInput;

/**
 * Writes the files a command is told to write ({@code --out}) as a person expects: whole or not at
 * all (a temporary file beside it, moved into place when complete), readable as their other files
 * are (created under their umask, not owner-only as a temporary file would be), and refused with a
 * sentence naming the option when its folder is missing or cannot be written.
 */
public final class OutputFile {

    private OutputFile() {
    }

    /** Writes one part of a file. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes {@code file} whole or not at all. */
    public static void write(Path file, String option, Body body) {
        Path target = file.toAbsolutePath();
        Path folder = requireFolder(target, option);
        Path part = folder.resolve("." + target.getFileName() + ".part-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                body.write(out);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(part);
            throw refusal(file, option, e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        }
    }

    /** Returns a folder to write files into, made if it is missing; refuses a path that is a file or cannot be made. */
    public static Path folder(Path dir, String option) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw BadInput.field(option, dir + " is a file, not a folder");
        }
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw refusal(dir, option, e);
        }
    }

    private static Path requireFolder(Path target, String option) {
        if (Files.isDirectory(target)) {
            throw BadInput.field(option, target + " is a folder; give the name of a file to write");
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw BadInput.field(option, "the folder " + folder + " does not exist; create it first, or write elsewhere");
        }
        if (!Files.isWritable(folder)) {
            throw BadInput.field(option, "cannot write in the folder " + folder + ": permission denied");
        }
        return folder;
    }

    private static BadInput refusal(Path path, String option, IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "a folder on the way does not exist"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage());
        return BadInput.field(option, "cannot write " + path + ": " + why);
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // the part file is named as ours and hidden; a stale one harms nothing
        }
    }
}
