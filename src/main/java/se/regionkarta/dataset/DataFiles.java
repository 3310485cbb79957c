package se.regionkarta.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.regionkarta.input.Problem;

/**
 * Lists and reads the data files of a data directory, on disk or inside the application's jar, as
 * bytes: how they are decoded is the loader's business, so that a file that is not UTF-8 is one
 * problem among others, with its name and line.
 */
final class DataFiles {

    /** Where the build puts the bundled data set on the class path. */
    static final String BUNDLED = "regionkarta-data";

    private DataFiles() {
    }

    /**
     * The data files of a directory by path relative to it, in a stable order, and the problems of
     * those (or of folders) that could not be read.
     */
    record Listing(Map<String, byte[]> files, List<Problem> problems) {
    }

    /** Returns every data file under {@code root}. */
    static Listing read(Path root) {
        return read(root, Files::readAllBytes);
    }

    /** Reads a file's bytes; the tests give one that fails as a file without read permission does (they run as root). */
    @FunctionalInterface
    interface ByteReader {
        byte[] read(Path file) throws IOException;
    }

    /** Returns every data file under {@code root}, each read by {@code reader}. */
    static Listing read(Path root, ByteReader reader) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("not a directory: " + root);
        }
        Map<String, byte[]> files = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && isDataFile(file)) {
                        try {
                            files.put(relative(root, file), reader.read(file));
                        } catch (IOException e) {
                            problems.add(Problem.at(relative(root, file), 0, "cannot be read: " + reason(e)));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // a folder (or file) that cannot be opened: its files are not checked, and that is said
                    problems.add(Problem.at(relative(root, file), 0, "cannot be read: " + reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data directory " + root, e);
        }
        return new Listing(files, problems);
    }

    /** Returns the data files of the data set bundled with the application. */
    static Listing bundled() {
        URL marker = DataFiles.class.getClassLoader().getResource(BUNDLED + "/sources.yaml");
        if (marker == null) {
            throw new IllegalStateException("the bundled data set is missing from the class path");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                return readFromJar(uri);
            }
            return read(Path.of(uri).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the bundled data set", e);
        }
    }

    private static Listing readFromJar(URI uri) {
        FileSystem fs;
        boolean opened = false;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the application's jar", e);
        }
        try {
            return read(fs.getPath(BUNDLED));
        } finally {
            if (opened) {
                try {
                    fs.close();
                } catch (IOException ignored) {
                    // closing a read-only zip file system cannot lose data
                }
            }
        }
    }

    static boolean isDataFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".csv");
    }

    private static String relative(Path root, Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }

    /** Says why a file could not be read in words, not as the name of an exception. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it disappeared while the directory was read";
        }
        return e.getMessage() == null ? "an input/output error" : e.getMessage();
    }
}
