package se.regionkarta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Where the command line writes what a person need not see: the stack trace of an unexpected
 * failure, under its id, in {@code logs/errors.log} of the registry's home ({@code --home}, else
 * {@code $REGIONKARTA_HOME}, else {@code $XDG_DATA_HOME/regionkarta}, else
 * {@code ~/.local/share/regionkarta}: the rules of the store's own directory), or in the temporary
 * directory when the home cannot be written. Appended to, never truncated: each failure is one entry.
 */
final class ErrorLog {

    private final Map<String, String> env;
    private final Path userHome;
    private final Path temp;

    /**
     * @param env the environment ($REGIONKARTA_HOME, $XDG_DATA_HOME)
     * @param temp the directory to fall back on when the home cannot be written
     */
    ErrorLog(Map<String, String> env, Path userHome, Path temp) {
        this.env = env;
        this.userHome = userHome;
        this.temp = temp;
    }

    /** Returns the log of this process's environment. */
    static ErrorLog ofSystem() {
        return new ErrorLog(System.getenv(), Path.of(System.getProperty("user.home")), Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Writes a failure's entry: when, its id, the command (not its arguments, which may hold a
     * database URL with a password) and the stack trace.
     *
     * @param home the home given to the command ({@code --home}), or null
     * @return the file written, or empty when neither the home nor the temporary directory could be written
     */
    Optional<Path> write(Path home, String id, Instant when, String command, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String entry = when + " error " + id + " in: " + command + System.lineSeparator() + trace;
        for (Path file : new Path[] {directory(home).resolve("logs").resolve("errors.log"), temp.resolve("regionkarta-errors.log")}) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                return Optional.of(file);
            } catch (IOException | RuntimeException e) {
                // try the next place: this one cannot be written (no such directory, read-only, a file in the way)
            }
        }
        return Optional.empty();
    }

    /** Returns the registry's home, by the same rules as the store's directory. */
    Path directory(Path home) {
        if (home != null) {
            return home;
        }
        String own = env.get("REGIONKARTA_HOME");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("regionkarta");
    }
}
