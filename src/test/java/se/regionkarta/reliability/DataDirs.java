package se.regionkarta.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The bundled data directory ({@code data/} of the project) and copies of it for tests that change it. */
final class DataDirs {

    private DataDirs() {
    }

    /** The project's data directory. */
    static Path bundled() {
        Path data = Path.of("data");
        if (!Files.isDirectory(data)) {
            throw new IllegalStateException("the tests run in the project directory, which holds data/");
        }
        return data;
    }

    /** Copies a directory tree. */
    static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data files under a directory, by their path relative to it ('/' between names), in order. */
    static List<String> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(".yaml") || n.endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
