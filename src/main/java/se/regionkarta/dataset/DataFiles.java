package se.regionkarta.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lists and reads the data files of a data directory, on disk or inside the application's jar.
 */
public final class DataFiles {

    /** Where the build puts the bundled data set on the class path. */
    static final String BUNDLED = "regionkarta-data";

    private DataFiles() {
    }

    /** Returns the text of every data file under {@code root}, by path relative to it, in a stable order. */
    public static Map<String, String> read(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("not a directory: " + root);
        }
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(DataFiles::isDataFile).sorted().toList()) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                files.put(relative, Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data directory " + root, e);
        }
        return files;
    }

    /** Returns the data files of the data set bundled with the application. */
    public static Map<String, String> bundled() {
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

    private static Map<String, String> readFromJar(URI uri) {
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
}
